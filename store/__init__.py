"""The gateway's own case store: marriage cases as JSON documents plus indexed columns.

SQLAlchemy 2 async on SQLite (default) or PostgreSQL; the schema comes only from the
Alembic migrations in `store/migrations`. `store.huwelijken` maps the domain's aggregate onto
it; the rest knows nothing of the domain. A new column the store must filter or lock on goes in
`models` with a migration in `migrations/versions/`; a field that is only read back needs
neither (docs/adr/0001-case-as-a-json-document.md).
"""

from trouwgraph.store.database import create_engine, migrate, ping, session_factory
from trouwgraph.store.errors import (
    InvalidCursor,
    PartnerSpokenFor,
    SlotTaken,
    StaleVersion,
    StoreError,
    StoreUnavailable,
)
from trouwgraph.store.idempotentie import IdempotentieRepository  # its table on the metadata
from trouwgraph.store.outbox import OutboxRepository  # also puts the outbox table on the metadata
from trouwgraph.store.records import (
    BusyInterval,
    CaseFilter,
    HistoryEntry,
    Page,
    ResourceClaim,
    StoredCase,
)
from trouwgraph.store.repository import CaseRepository

__all__ = [
    "BusyInterval",
    "CaseFilter",
    "CaseRepository",
    "HistoryEntry",
    "IdempotentieRepository",
    "InvalidCursor",
    "OutboxRepository",
    "Page",
    "PartnerSpokenFor",
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
