"""Reading the YAML the way staff mean it, and remembering where each value was written.

Numbers stay exact, times stay text for our own checks, a repeated key is a problem rather than
a silent overwrite, and every key and list item keeps its line number for the problem report.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import yaml
from yaml.constructor import SafeConstructor

from bot.config.errors import Loc


class _ConfigLoader(yaml.SafeLoader):
    """SafeLoader that keeps numbers exact and leaves times as text for our own checks.

    * ``0.45`` becomes ``Decimal("0.45")``, never the float 0.450000000000000011...
    * ``21:00`` stays ``"21:00"`` (YAML 1.1 would read it as the base-60 number 1260).
    * ``2027-02-20 10:00:00`` stays text, so we can insist on a local time without an offset.
    """


def _construct_number_or_text(
    loader: SafeConstructor, node: yaml.ScalarNode, exact: bool
) -> object:
    text = str(loader.construct_scalar(node))
    if ":" in text:
        return text
    if exact:
        try:
            number = Decimal(text.replace("_", ""))
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite():
            return number
        return SafeConstructor.construct_yaml_float(loader, node)
    return SafeConstructor.construct_yaml_int(loader, node)


_ConfigLoader.add_constructor(
    "tag:yaml.org,2002:float",
    lambda loader, node: _construct_number_or_text(loader, node, exact=True),
)
_ConfigLoader.add_constructor(
    "tag:yaml.org,2002:int",
    lambda loader, node: _construct_number_or_text(loader, node, exact=False),
)
_ConfigLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: str(loader.construct_scalar(node))
)


@dataclass
class ParsedYaml:
    """The data, the line of every path in it, and what was wrong while reading (repeats)."""

    data: object
    lines: dict[Loc, int]
    problems: list[tuple[Loc, str]]


def parse_yaml(text: str) -> ParsedYaml:
    """Parse YAML, remembering the line of every key and list item; raises yaml.YAMLError."""
    loader = _ConfigLoader(text)
    try:
        root = loader.get_single_node()
        lines: dict[Loc, int] = {}
        problems: list[tuple[Loc, str]] = []
        if root is not None:
            _map_lines(root, (), lines, problems, set())
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return ParsedYaml(data, lines, problems)


def _map_lines(
    node: yaml.Node,
    loc: Loc,
    lines: dict[Loc, int],
    problems: list[tuple[Loc, str]],
    seen: set[int],
) -> None:
    if id(node) in seen:  # an alias: its lines belong to the anchor
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys_at: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                continue
            key, line = key_node.value, key_node.start_mark.line + 1
            if key in keys_at:
                problems.append(
                    (
                        (*loc, key),
                        f"duplicate key (also on line {keys_at[key]}); only the last counts",
                    )
                )
            keys_at[key] = line
            lines.setdefault((*loc, key), line)
            _map_lines(value_node, (*loc, key), lines, problems, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines.setdefault((*loc, index), item.start_mark.line + 1)
            _map_lines(item, (*loc, index), lines, problems, seen)
