"""Pages of a long list: no console list shows more than `PAGE_SIZE` rows at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

PAGE_SIZE = 50


@dataclass(frozen=True)
class Page:
    """One page of rows, and the links to its neighbours (None at either end)."""

    rows: list[Any]
    number: int
    pages: int
    total: int
    previous_url: str | None
    next_url: str | None


def page_number(raw: object) -> int:
    """A page number from the query string; anything odd is page 1."""
    try:
        return max(1, int(str(raw)))
    except ValueError:
        return 1


def paginate(
    rows: list[Any],
    number: int,
    base: str,
    params: dict[str, str],
    total: int | None = None,
    *,
    param: str = "page",
) -> Page:
    """Cut `rows` (all of them, or with `total` already the requested page) into a Page whose
    links carry its number as `param` (two lists on one page page apart)."""
    total = len(rows) if total is None else total
    pages = max(1, -(-total // PAGE_SIZE))
    number = min(max(1, number), pages)
    if total == len(rows):
        rows = rows[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]

    def link(to: int) -> str:
        query = {key: value for key, value in params.items() if value} | {param: str(to)}
        return f"{base}?{urlencode(query)}"

    return Page(
        rows,
        number,
        pages,
        total,
        link(number - 1) if number > 1 else None,
        link(number + 1) if number < pages else None,
    )
