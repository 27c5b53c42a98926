"""Pages of a long list: every console list shows at most `PAGE_SIZE` rows, with links to the
others, so a page stays quick to load and to read on a phone whatever the assembly's size.

A list is paged in the database where it comes from one query (`page_query`), or in memory
where the rows are built from several (`page_rows`). The page number is a query parameter
(`?page=2`, or another name when one screen pages two lists); anything that is not a page
number reads as the first page, and a number past the end as the last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlencode

from fastapi import Request
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

PAGE_SIZE = 50

T = TypeVar("T")


@dataclass(frozen=True)
class Pager:
    """Where one page sits in its list, and the links to the pages around it."""

    number: int
    pages: int
    total: int
    size: int
    path: str
    query: tuple[tuple[str, str], ...]
    param: str = "page"

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def first_row(self) -> int:
        return min(self.offset + 1, self.total)

    @property
    def last_row(self) -> int:
        return min(self.offset + self.size, self.total)

    def url(self, number: int) -> str:
        """This page's address with another page number; the other parameters (a search, a
        tab) stay, a one-off `done` message does not."""
        kept = [(k, v) for k, v in self.query if k not in (self.param, "done")]
        return f"{self.path}?{urlencode([*kept, (self.param, str(number))])}"

    @property
    def previous_url(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.pages else None


def pager_for(request: Request, total: int, *, param: str = "page", size: int = PAGE_SIZE) -> Pager:
    """The page `request` asks for in a list of `total` rows."""
    pages = max(1, -(-total // size))
    raw = request.query_params.get(param, "")
    number = int(raw) if raw.isdigit() and len(raw) < 7 else 1
    return Pager(
        number=max(1, min(number, pages)),
        pages=pages,
        total=total,
        size=size,
        path=request.url.path,
        query=tuple(request.query_params.multi_items()),
        param=param,
    )


def page_rows(request: Request, rows: Sequence[T], *, param: str = "page") -> tuple[list[T], Pager]:
    """One page of rows already in memory."""
    pager = pager_for(request, len(rows), param=param)
    return list(rows[pager.offset : pager.offset + pager.size]), pager


def page_query(
    request: Request, session: Session, query: Select[Any], *, param: str = "page"
) -> tuple[list[Any], Pager]:
    """One page of a query's rows (counted, then read with OFFSET/LIMIT)."""
    total = session.execute(
        select(func.count()).select_from(query.order_by(None).subquery())
    ).scalar_one()
    pager = pager_for(request, total, param=param)
    rows = session.execute(query.offset(pager.offset).limit(pager.size)).all()
    return list(rows), pager
