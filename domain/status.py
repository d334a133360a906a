"""The life cycle of a marriage case: statuses, events and the explicit transition table.

    reserveer           -> VOORLOPIG    slot held until `verloopt_op`; partner 2 is invited
    stem_in             -> GERESERVEERD partner 2 consented; must give notice before the
                                        latest notice day or the reservation lapses
    leg_verklaring_af   (no change)     each partner gives their own declaration
    doe_melding         -> GEMELD       notice, once both declared; the municipality reviews
    keur_goed / wijs_af -> GOEDGEKEURD / AFGEWEZEN (a rejected notice may be corrected and
                                        given again)
    bevestig            -> BEVESTIGD    approved and paid
    voltrek             -> VOLTROKKEN   the ceremony was held
    annuleer            -> GEANNULEERD  possible in every open status, until the ceremony
    verloop             -> VERLOPEN     a reservation that was not completed in time, or an
                                        approved case that was not paid in time

Self-transitions are part of the table too: they say in which statuses an action that does not
change the status (adding a witness, choosing a location, ...) is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trouwgraph.domain.fouten import OngeldigeStatusovergang

__all__ = [
    "EINDSTATUSSEN",
    "OVERGANGEN",
    "VERLOOPREDENEN",
    "Gebeurtenis",
    "Overgang",
    "Status",
    "mermaid_diagram",
    "toegestane_gebeurtenissen",
    "volgende_status",
]


class Status(StrEnum):
    """Where a case stands."""

    VOORLOPIG = "VOORLOPIG"
    GERESERVEERD = "GERESERVEERD"
    GEMELD = "GEMELD"
    GOEDGEKEURD = "GOEDGEKEURD"
    AFGEWEZEN = "AFGEWEZEN"
    BEVESTIGD = "BEVESTIGD"
    VOLTROKKEN = "VOLTROKKEN"
    GEANNULEERD = "GEANNULEERD"
    VERLOPEN = "VERLOPEN"


class Gebeurtenis(StrEnum):
    """What can happen to a case; values are the method names of `Huwelijk` where they exist."""

    RESERVEER = "reserveer"
    NODIG_PARTNER_UIT = "nodig_partner_uit"
    STEM_IN = "stem_in"
    WEIGER_INSTEMMING = "weiger_instemming"
    WIJZIG_GETUIGEN = "wijzig_getuigen"
    WIJZIG_RESERVERING = "wijzig_reservering"  # ambtenaar, locatie, moment by the couple
    WIJZIG_DOOR_GEMEENTE = "wijzig_door_gemeente"  # the same, after the notice, by staff
    KIES_NAAMGEBRUIK = "kies_naamgebruik"
    REGISTREER_TOETSING = "registreer_toetsing"
    LEG_VERKLARING_AF = "leg_verklaring_af"  # a partner's own declaration, or one at the desk
    DOE_MELDING = "doe_melding"
    NEEM_IN_BEHANDELING = "neem_melding_in_behandeling"
    KEUR_GOED = "keur_goed"
    WIJS_AF = "wijs_af"
    REGISTREER_BETALING = "registreer_betaling"
    BEVESTIG = "bevestig"
    VOLTREK = "markeer_voltrokken"
    ANNULEER = "annuleer"
    VERLOOP = "verloop"


@dataclass(frozen=True, slots=True)
class Overgang:
    """One row of the table: `gebeurtenis` in `van` leads to `naar` (None: the start)."""

    van: Status | None
    gebeurtenis: Gebeurtenis
    naar: Status


EINDSTATUSSEN = frozenset({Status.VOLTROKKEN, Status.GEANNULEERD, Status.VERLOPEN})

_S = Status
_G = Gebeurtenis
_OPEN_VOOR_MELDING = (_S.VOORLOPIG, _S.GERESERVEERD)
_NA_MELDING = (_S.GEMELD, _S.GOEDGEKEURD, _S.AFGEWEZEN, _S.BEVESTIGD)
_OPEN = (*_OPEN_VOOR_MELDING, *_NA_MELDING)


def _blijft(gebeurtenis: Gebeurtenis, *statussen: Status) -> tuple[Overgang, ...]:
    return tuple(Overgang(s, gebeurtenis, s) for s in statussen)


OVERGANGEN: tuple[Overgang, ...] = (
    Overgang(None, _G.RESERVEER, _S.VOORLOPIG),
    *_blijft(_G.NODIG_PARTNER_UIT, _S.VOORLOPIG),
    Overgang(_S.VOORLOPIG, _G.STEM_IN, _S.GERESERVEERD),
    *_blijft(_G.WEIGER_INSTEMMING, _S.VOORLOPIG),
    # Partner 2 withdrawing consent before the notice puts the slot back on hold.
    Overgang(_S.GERESERVEERD, _G.WEIGER_INSTEMMING, _S.VOORLOPIG),
    *_blijft(
        _G.WIJZIG_GETUIGEN, _S.VOORLOPIG, _S.GERESERVEERD, _S.GEMELD, _S.GOEDGEKEURD, _S.BEVESTIGD
    ),
    *_blijft(_G.WIJZIG_RESERVERING, *_OPEN_VOOR_MELDING),
    *_blijft(_G.WIJZIG_DOOR_GEMEENTE, *_NA_MELDING),
    *_blijft(_G.KIES_NAAMGEBRUIK, *_OPEN),
    *_blijft(_G.REGISTREER_TOETSING, _S.GERESERVEERD, _S.GEMELD, _S.GOEDGEKEURD, _S.BEVESTIGD),
    # Each partner declares before the notice (again, to correct it; after a rejection too).
    *_blijft(_G.LEG_VERKLARING_AF, _S.VOORLOPIG, _S.GERESERVEERD, _S.AFGEWEZEN),
    Overgang(_S.GERESERVEERD, _G.DOE_MELDING, _S.GEMELD),
    Overgang(_S.AFGEWEZEN, _G.DOE_MELDING, _S.GEMELD),
    *_blijft(_G.NEEM_IN_BEHANDELING, _S.GEMELD),
    Overgang(_S.GEMELD, _G.KEUR_GOED, _S.GOEDGEKEURD),
    Overgang(_S.GEMELD, _G.WIJS_AF, _S.AFGEWEZEN),
    *_blijft(_G.REGISTREER_BETALING, _S.GOEDGEKEURD),
    Overgang(_S.GOEDGEKEURD, _G.BEVESTIG, _S.BEVESTIGD),
    Overgang(_S.BEVESTIGD, _G.VOLTREK, _S.VOLTROKKEN),
    *(Overgang(s, _G.ANNULEER, _S.GEANNULEERD) for s in _OPEN),
    Overgang(_S.VOORLOPIG, _G.VERLOOP, _S.VERLOPEN),
    Overgang(_S.GERESERVEERD, _G.VERLOOP, _S.VERLOPEN),
    Overgang(_S.GOEDGEKEURD, _G.VERLOOP, _S.VERLOPEN),
)

# Why a case in each status lapses: the `reden` of its `verloop` in the history.
VERLOOPREDENEN: dict[Status, str] = {
    _S.VOORLOPIG: "reservering verlopen",
    _S.GERESERVEERD: "reservering verlopen",
    _S.GOEDGEKEURD: "niet op tijd betaald",
}

_TABEL: dict[tuple[Status | None, Gebeurtenis], Status] = {
    (o.van, o.gebeurtenis): o.naar for o in OVERGANGEN
}
assert len(_TABEL) == len(OVERGANGEN), "the transition table has a duplicate row"
assert set(VERLOOPREDENEN) == {o.van for o in OVERGANGEN if o.gebeurtenis is _G.VERLOOP}


def volgende_status(van: Status | None, gebeurtenis: Gebeurtenis) -> Status:
    """The status after `gebeurtenis` in `van`, or `OngeldigeStatusovergang` naming `van`."""
    try:
        return _TABEL[(van, gebeurtenis)]
    except KeyError:
        raise OngeldigeStatusovergang(van.value if van else "NIEUW", gebeurtenis.value) from None


def toegestane_gebeurtenissen(status: Status) -> tuple[Gebeurtenis, ...]:
    """The events allowed in `status`, in table order (front ends show them as actions)."""
    return tuple(o.gebeurtenis for o in OVERGANGEN if o.van is status)


def mermaid_diagram() -> str:
    """The transition table as a mermaid `stateDiagram-v2` (embedded in docs/process.md)."""
    regels = ["stateDiagram-v2"]
    for o in OVERGANGEN:
        van = "[*]" if o.van is None else o.van.value
        regels.append(f"    {van} --> {o.naar.value} : {o.gebeurtenis.value}")
    for eind in Status:
        if eind in EINDSTATUSSEN:
            regels.append(f"    {eind.value} --> [*]")
    return "\n".join(regels) + "\n"
