"""The declarative base every model shares, and the column helpers they use.

Constraint names follow one convention, so migrations name them the same on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, MetaData, Numeric, false
from sqlalchemy.orm import DeclarativeBase, mapped_column

from db.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with constraint names that are stable across SQLite and PostgreSQL."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        Decimal: Numeric(10, 2),
    }


def new_rasa_sender_id() -> str:
    """A conversation's id in Rasa (see Conversation.rasa_sender_id)."""
    return str(uuid.uuid4())


def utcnow_column() -> Any:
    """A creation timestamp filled in by Python, so SQLite and PostgreSQL agree on it."""
    return mapped_column(UTCDateTime(), default=utcnow)


def sandbox_column() -> Any:
    """Whether a row comes from the staff try-it page rather than a real member."""
    return mapped_column(Boolean, default=False, server_default=false())
