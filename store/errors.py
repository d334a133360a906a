"""Errors raised by the case store.

Callers never see SQLAlchemy or driver exceptions; the repository translates them
at its boundary into this hierarchy::

    StoreError
     +-- SlotTaken          a BABS or location is already booked for an overlapping time
     +-- PartnerSpokenFor   a partner already holds another case that leads to a ceremony
     +-- StaleVersion       the case changed since it was read (optimistic concurrency)
     +-- InvalidCursor      a pagination cursor that this store did not issue
     +-- StoreUnavailable   the database cannot be reached or timed out

Messages never contain a BSN or SQL parameters. The names carry no ``Error`` suffix:
they read as outcomes (``except SlotTaken``), like httpx's ``TimeoutException``.
"""

from __future__ import annotations

__all__ = [
    "InvalidCursor",
    "PartnerSpokenFor",
    "SlotTaken",
    "StaleVersion",
    "StoreError",
    "StoreUnavailable",
]


class StoreError(Exception):
    """Base class of every error the case store raises."""


class SlotTaken(StoreError):
    """A resource (BABS or location) is already claimed for an overlapping time block."""

    def __init__(self, kind: str, resource_id: str) -> None:
        super().__init__(f"{kind} {resource_id!r} is already booked for an overlapping time")
        self.kind = kind
        self.resource_id = resource_id


class PartnerSpokenFor(StoreError):
    """A partner of the case already holds another case that still leads to a ceremony."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"a partner of case {case_id!r} is spoken for by another case")
        self.case_id = case_id


class StaleVersion(StoreError):
    """The case was changed (or removed) since the caller read it at `expected_versie`."""

    def __init__(self, case_id: str, expected_versie: int) -> None:
        super().__init__(f"case {case_id!r} is no longer at versie {expected_versie}")
        self.case_id = case_id
        self.expected_versie = expected_versie


class InvalidCursor(StoreError):
    """A pagination cursor that is malformed or belongs to another ordering."""


class StoreUnavailable(StoreError):
    """The database could not be reached, or did not answer in time."""
