"""Which case transitions show up in the municipality's case system, and as which ZGW status.

The notice ("melding voorgenomen huwelijk/partnerschap") is registered as a zaak of the
Huwelijksplanner zaaktype `Melding_voorgenomen_huwelijk_behandelen`, whose statustypen run
Ontvangen (1) -> In behandeling genomen (2) -> Verwerkt (3), with result Verwerkt or
Ingetrokken. This module maps the domain's transitions onto those statustypen, by their
`omschrijving` (the catalogue gives their URLs):

    doe_melding                      -> Ontvangen (registers the zaak first)
    neem_melding_in_behandeling      -> In behandeling genomen
    wijs_af                          -> In behandeling genomen, noting the rejection: the couple
                                        may correct the notice and give it again
    keur_goed                        -> Verwerkt, result Verwerkt
    annuleer before approval         -> Verwerkt, result Ingetrokken

Every other transition leaves the zaak as it is: after approval the notice is done with (the
zaak has its end status and result), so cancelling an approved case, or its lapsing unpaid
(verloop GOEDGEKEURD -> VERLOPEN), changes nothing there. Reservations lapse before any zaak
exists. No verloop has a step, which lets the store expire cases in bulk without messages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from trouwgraph.domain.status import Gebeurtenis, Status

__all__ = [
    "MELDING_ZAAKTYPE",
    "Zaakresultaat",
    "Zaakstap",
    "Zaakstatus",
    "zaakidentificatie",
    "zaakstap",
]

MELDING_ZAAKTYPE = "Melding_voorgenomen_huwelijk_behandelen"
"""The Huwelijksplanner zaaktype's `identificatie` in the catalogue."""

_ZAAK_PREFIX = "HUW-"
_ZAAK_IDENTIFICATIE_MAX = 40  # Zaken API 1.5.1: Zaak.identificatie maxLength
_SAFE_ID = re.compile(r"^[A-Za-z0-9-]+$")


class Zaakstatus(StrEnum):
    """The statustypen of the melding zaaktype, by `omschrijving`."""

    ONTVANGEN = "Ontvangen"
    IN_BEHANDELING = "In behandeling genomen"
    VERWERKT = "Verwerkt"


class Zaakresultaat(StrEnum):
    """The resultaattypen of the melding zaaktype, by `omschrijving`."""

    VERWERKT = "Verwerkt"
    INGETROKKEN = "Ingetrokken"


@dataclass(frozen=True, slots=True)
class Zaakstap:
    """What one transition means for the zaak: a new status, maybe a result, a remark."""

    status: Zaakstatus
    toelichting: str
    resultaat: Zaakresultaat | None = None
    registreert_zaak: bool = False


_NA_MELDING_OPEN = (Status.GEMELD, Status.AFGEWEZEN)


def zaakstap(van: Status | None, gebeurtenis: Gebeurtenis, naar: Status) -> Zaakstap | None:
    """The zaak's next step for the transition `van` -(`gebeurtenis`)-> `naar`, or None."""
    if gebeurtenis is Gebeurtenis.DOE_MELDING and naar is Status.GEMELD:
        return Zaakstap(
            Zaakstatus.ONTVANGEN, "Melding voorgenomen huwelijk ontvangen", registreert_zaak=True
        )
    if gebeurtenis is Gebeurtenis.NEEM_IN_BEHANDELING:
        return Zaakstap(Zaakstatus.IN_BEHANDELING, "Melding in behandeling genomen")
    if gebeurtenis is Gebeurtenis.WIJS_AF and naar is Status.AFGEWEZEN:
        return Zaakstap(
            Zaakstatus.IN_BEHANDELING, "Melding afgewezen; wacht op een verbeterde melding"
        )
    if gebeurtenis is Gebeurtenis.KEUR_GOED and naar is Status.GOEDGEKEURD:
        return Zaakstap(
            Zaakstatus.VERWERKT, "Melding goedgekeurd", resultaat=Zaakresultaat.VERWERKT
        )
    if gebeurtenis is Gebeurtenis.ANNULEER and van in _NA_MELDING_OPEN:
        return Zaakstap(
            Zaakstatus.VERWERKT, "Melding ingetrokken", resultaat=Zaakresultaat.INGETROKKEN
        )
    return None


def zaakidentificatie(case_id: str) -> str:
    """The zaak's stable `identificatie` for a case: the same case always gives the same one.

    A short, plain case id is kept readable (`HUW-<id>`); anything else is hashed so it fits
    the Zaken API's 40 characters.
    """
    if not case_id:
        raise ValueError("a case id is needed")
    if _SAFE_ID.fullmatch(case_id) and len(_ZAAK_PREFIX) + len(case_id) <= _ZAAK_IDENTIFICATIE_MAX:
        return f"{_ZAAK_PREFIX}{case_id}"
    digest = hashlib.sha256(case_id.encode()).hexdigest()
    return f"{_ZAAK_PREFIX}{digest[: _ZAAK_IDENTIFICATIE_MAX - len(_ZAAK_PREFIX)]}"
