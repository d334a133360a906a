"""Plain records the case store reads and writes.

These are deliberately free of SQLAlchemy (and of the domain model): the store
persists a case as a JSON document plus the columns it must index or lock on, and
the caller maps its domain objects to and from these records. The indexed columns
(`status`, `versie`, times, resources) are authoritative; the `document` is opaque
to the store.

All datetimes are timezone-aware; the store keeps them in UTC and returns them in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, NamedTuple

__all__ = [
    "BusyInterval",
    "CaseFilter",
    "CaseOrder",
    "HistoryEntry",
    "Page",
    "ReservationChange",
    "ResourceClaim",
    "ResourceKind",
    "StoredCase",
]

ResourceKind = Literal["ambtenaar", "locatie"]
CaseOrder = Literal["moment_start", "aangemaakt_op"]


def _require_aware(name: str, value: datetime | None) -> None:
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


@dataclass(frozen=True, slots=True)
class StoredCase:
    """One marriage or partnership case (Huwelijk aggregate) as the store keeps it."""

    id: str
    gemeentecode: str
    soort: str
    status: str
    versie: int
    partner_bsns: tuple[str, ...]
    moment_start: datetime | None
    moment_eind: datetime | None
    locatie_id: str | None
    ambtenaar_id: str | None
    verloopt_op: datetime | None
    document: dict[str, Any]
    aangemaakt_op: datetime
    gewijzigd_op: datetime
    agenda_reservering_id: str | None = None  # written only through a `ReservationChange`
    # The partners this case speaks for (one case each at a time, `partner_claims`); written
    # on every add and save, not read back.
    claimed_bsns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("moment_start", "moment_eind", "verloopt_op", "aangemaakt_op", "gewijzigd_op"):
            _require_aware(name, getattr(self, name))
        if self.versie < 1:
            raise ValueError("versie starts at 1")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One status transition of a case; `door` names the actor (user id or "systeem")."""

    op: datetime
    door: str
    van_status: str | None
    naar_status: str
    reden: str | None = None
    gebeurtenis: str | None = None  # what happened, e.g. "voeg_getuige_toe"

    def __post_init__(self) -> None:
        _require_aware("op", self.op)


@dataclass(frozen=True, slots=True)
class ResourceClaim:
    """A case's claim on a BABS (`ambtenaar`) or a location for [start, end).

    `expires_at` is set for provisional reservations: once it has passed, the claim
    no longer blocks anyone. `None` means the claim holds until released.
    """

    kind: ResourceKind
    resource_id: str
    start: datetime
    end: datetime
    expires_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.kind not in ("ambtenaar", "locatie"):
            raise ValueError(f"unknown resource kind {self.kind!r}")
        for name in ("start", "end", "expires_at"):
            _require_aware(name, getattr(self, name))
        if self.end <= self.start:
            raise ValueError("a claim must end after it starts")


@dataclass(frozen=True, slots=True)
class ReservationChange:
    """Replace the case's external agenda reservation `expected` by `new` (either may be None).

    The save fails as a stale version when the stored reservation is not `expected`: an outbox
    worker may have replaced a lapsed hold meanwhile, and that one must not be lost."""

    expected: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Selection for `CaseRepository.list`.

    `van` (inclusive) and `tot` (exclusive) select on `moment_start`; an empty
    `statuses` means every status.
    """

    statuses: frozenset[str] = field(default_factory=frozenset)
    van: datetime | None = None
    tot: datetime | None = None
    locatie_id: str | None = None
    ambtenaar_id: str | None = None
    order_by: CaseOrder = "moment_start"

    def __post_init__(self) -> None:
        _require_aware("van", self.van)
        _require_aware("tot", self.tot)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of cases; pass `end_cursor` as `after` to get the next page."""

    items: tuple[StoredCase, ...]
    end_cursor: str | None
    has_next_page: bool
    total_count: int


class BusyInterval(NamedTuple):
    """A time during which a resource is claimed by a (non-expired) reservation."""

    kind: ResourceKind
    resource_id: str
    start: datetime
    end: datetime
