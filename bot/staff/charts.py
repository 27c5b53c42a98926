"""Bar charts as geometry for inline SVG, drawn on the server.

No chart library and no JavaScript: the page shows the same picture with scripts off, prints
well, and a table beside each chart carries the numbers for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown, e.g. "7" or "64%"
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class BarChart:
    title: str
    width: int
    height: int
    baseline: float
    bars: list[Bar]

    @property
    def description(self) -> str:
        """What the chart shows, in words, for `aria-label`."""
        parts = ", ".join(f"{bar.label}: {bar.text}" for bar in self.bars)
        return f"{self.title}. {parts}" if parts else f"{self.title}. No data yet."


def bar_chart(
    title: str,
    values: list[tuple[str, float, str]],
    *,
    max_value: float | None = None,
    width: int = 360,
    height: int = 180,
) -> BarChart:
    """Vertical bars scaled to `max_value` (or the largest value), with room for labels."""
    top_margin, bottom_margin, side_margin = 20.0, 28.0, 8.0
    plot_height = height - top_margin - bottom_margin
    scale_top = max(max_value or 0.0, *(value for _, value, _ in values), 0.0) or 1.0
    slot = (width - 2 * side_margin) / max(len(values), 1)
    bar_width = slot * 0.6
    bars = []
    for index, (label, value, text) in enumerate(values):
        bar_height = plot_height * max(value, 0.0) / scale_top
        bars.append(
            Bar(
                label=label,
                value=value,
                text=text,
                x=round(side_margin + index * slot + (slot - bar_width) / 2, 1),
                y=round(top_margin + plot_height - bar_height, 1),
                width=round(bar_width, 1),
                height=round(bar_height, 1),
            )
        )
    return BarChart(title, width, height, top_margin + plot_height, bars)
