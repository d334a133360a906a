"""What a status the municipality sets in its own case system means for the case.

Staff may work a notice in the municipality's case system instead of through the gateway. A
status they set on the melding zaak (statustypen Ontvangen -> In behandeling genomen ->
Verwerkt, result Verwerkt or Ingetrokken; see `domain.zaakstatus`) flows back as a change:

    In behandeling genomen                 -> the notice is being handled
    Verwerkt, result Verwerkt              -> the notice is approved
    Verwerkt, result Ingetrokken           -> the case is cancelled by the municipality

Anything else (Ontvangen, Verwerkt without a result yet, unknown statustypen) changes nothing.
Statuses the gateway set itself come back too (the case system, or our own publication,
notifies every status): `is_eigen_status` recognises them by statustype and moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from trouwgraph.domain.zaakstatus import Zaakresultaat, Zaakstatus

__all__ = ["Gemeentewijziging", "Zaakwijziging", "is_eigen_status", "zaakwijziging"]


class Zaakwijziging(StrEnum):
    """A change of the case the municipality made in its case system."""

    MELDING_IN_BEHANDELING = "MELDING_IN_BEHANDELING"
    MELDING_GOEDGEKEURD = "MELDING_GOEDGEKEURD"
    GEANNULEERD_DOOR_GEMEENTE = "GEANNULEERD_DOOR_GEMEENTE"


@dataclass(frozen=True, slots=True)
class Gemeentewijziging:
    """A change to apply: what, when the municipality set it, and the status that says so."""

    soort: Zaakwijziging
    gezet_op: datetime
    status_url: str


def zaakwijziging(statustype: str, resultaat: str | None) -> Zaakwijziging | None:
    """The change a status of `statustype` (its `omschrijving`) with `resultaat` means."""
    if statustype == Zaakstatus.IN_BEHANDELING:
        return Zaakwijziging.MELDING_IN_BEHANDELING
    if statustype == Zaakstatus.VERWERKT and resultaat == Zaakresultaat.VERWERKT:
        return Zaakwijziging.MELDING_GOEDGEKEURD
    if statustype == Zaakstatus.VERWERKT and resultaat == Zaakresultaat.INGETROKKEN:
        return Zaakwijziging.GEANNULEERD_DOOR_GEMEENTE
    return None


def is_eigen_status(
    statustype: str, gezet_op: datetime, eigen: Iterable[tuple[str, datetime]]
) -> bool:
    """True when the gateway set this status: same statustype at the same moment."""
    if gezet_op.utcoffset() is None:
        raise ValueError("gezet_op must be timezone-aware")
    return any(
        soort == statustype and moment.utcoffset() is not None and moment == gezet_op
        for soort, moment in eigen
    )
