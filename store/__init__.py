"""The gateway's own case store: marriage cases as JSON documents plus indexed columns.

SQLAlchemy 2 async on SQLite (default) or PostgreSQL; the schema comes only from the
Alembic migrations in `store/migrations`. Nothing here depends on the domain model.
"""

from store.database import create_engine, migrate, ping, session_factory
from store.errors import InvalidCursor, SlotTaken, StaleVersion, StoreError, StoreUnavailable
from store.records import (
    BusyInterval,
    CaseFilter,
    HistoryEntry,
    Page,
    ResourceClaim,
    StoredCase,
)
from store.repository import CaseRepository

__all__ = [
    "BusyInterval",
    "CaseFilter",
    "CaseRepository",
    "HistoryEntry",
    "InvalidCursor",
    "Page",
    "ResourceClaim",
    "SlotTaken",
    "StaleVersion",
    "StoreError",
    "StoreUnavailable",
    "StoredCase",
    "create_engine",
    "migrate",
    "ping",
    "session_factory",
]
