"""Test data for the case store tests: a reserved case, claims and history entries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from trouwgraph.store.records import HistoryEntry, ResourceClaim, ResourceKind, StoredCase

GEMEENTE = "0363"
NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
CEREMONY = datetime(2026, 6, 12, 13, 0, tzinfo=UTC)


def make_case(**changes: Any) -> StoredCase:
    """A provisional case reserved for CEREMONY; keyword arguments override fields."""
    fields: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "gemeentecode": GEMEENTE,
        "soort": "HUWELIJK",
        "status": "VOORLOPIG",
        "versie": 1,
        "partner_bsns": ("999993653", "999991723"),
        "moment_start": CEREMONY,
        "moment_eind": CEREMONY + timedelta(hours=1),
        "locatie_id": "stadhuis-trouwzaal",
        "ambtenaar_id": "babs-1",
        "verloopt_op": NOW + timedelta(minutes=30),
        "document": {"ceremonie": {"soort": "eenvoudig"}, "getuigen": []},
        "aangemaakt_op": NOW,
        "gewijzigd_op": NOW,
    }
    fields.update(changes)
    return StoredCase(**fields)


def claim(
    kind: ResourceKind,
    resource_id: str,
    start: datetime,
    minutes: int = 60,
    expires_at: datetime | None = None,
) -> ResourceClaim:
    """A claim on one resource for `minutes` from `start`."""
    return ResourceClaim(kind, resource_id, start, start + timedelta(minutes=minutes), expires_at)


def created(case: StoredCase, door: str = "burger") -> HistoryEntry:
    """The history entry of a freshly reserved case."""
    return HistoryEntry(op=case.aangemaakt_op, door=door, van_status=None, naar_status=case.status)
