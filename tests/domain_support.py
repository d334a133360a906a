"""Builders for the pure domain tests: a fixed clock, valid BSNs, actors and cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Partnerrol, Verbintenissoort
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import Getuige, LocatieKeuze, Verklaring
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst
from trouwgraph.domain.status import Status

AMS = ZoneInfo("Europe/Amsterdam")
VANDAAG = date(2026, 11, 29)
NU = datetime.combine(VANDAAG, time(12, 0), tzinfo=AMS)
# A Friday, 2027-03-26 at 14:00: far enough ahead for every step, within a year.
TROUWDAG = date(2027, 3, 26)
START = datetime.combine(TROUWDAG, time(14, 0), tzinfo=AMS)

# BSNs from the RvIG test set; all pass the 11-proef.
BSN_1, BSN_2, BSN_3, BSN_4, BSN_5, BSN_6, BSN_7 = (
    "999993653",
    "999990639",
    "999993872",
    "999991723",
    "999992740",
    "999999333",
    "999993793",
)

CONFIG = ProcesConfiguratie.standaard()
PARTNER1 = Actor(Rol.BURGER, "sub-1", BSN_1)
PARTNER2 = Actor(Rol.BURGER, "sub-2", BSN_2)
VREEMDE = Actor(Rol.BURGER, "sub-3", BSN_3)
MEDEWERKER = Actor(Rol.MEDEWERKER, "jdevries")


def later(dagen: int = 0, minuten: int = 0) -> datetime:
    """The fixed now, moved on."""
    return NU + timedelta(days=dagen, minutes=minuten)


def verklaringen() -> list[Verklaring]:
    """Complete declarations of both partners."""
    return [Verklaring(rol, True, True, True) for rol in (Partnerrol.PARTNER1, Partnerrol.PARTNER2)]


def verklaar(
    h: Huwelijk,
    nu: datetime = NU,
    *,
    door: tuple[Actor, Actor] = (PARTNER1, PARTNER2),
    beedigd: bool = False,
) -> None:
    """Each partner gives their own complete declaration, with their own login."""
    for rol, partner in zip((Partnerrol.PARTNER1, Partnerrol.PARTNER2), door, strict=True):
        verklaring = Verklaring(rol, True, True, True, beedigd, beedigd)
        h.leg_verklaring_af(verklaring, door=partner, nu=nu)


def alles_voldaan() -> list[Regeluitkomst]:
    """A check result set without any problem."""
    return [Regeluitkomst(Regelcode.MEERDERJARIG, Uitkomst.VOLDAAN, "ok", Betreft.PARTNER1)]


def reservering(start: datetime = START, config: ProcesConfiguratie = CONFIG) -> Huwelijk:
    """A fresh provisional reservation for an extended ceremony in the trouwzaal."""
    return Huwelijk.reserveer(
        id="h-1",
        config=config,
        soort=Verbintenissoort.HUWELIJK,
        partner1_bsn=BSN_1,
        ceremonietype="UITGEBREID",
        start=start,
        locatie=LocatieKeuze(locatie_id="trouwzaal"),
        door=PARTNER1,
        nu=NU,
    )


def huwelijk_in(status: Status, config: ProcesConfiguratie = CONFIG) -> Huwelijk:
    """A case brought to `status` through the regular steps."""
    h = reservering(config=config)
    if status is Status.VOORLOPIG:
        return h
    if status is Status.VERLOPEN:
        h.verloop(nu=h.verloopt_op or NU)
        return h
    if status is Status.GEANNULEERD:
        h.annuleer(reden="anders besloten", door=PARTNER1, nu=NU)
        return h
    h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)
    h.stem_in(config=config, door=PARTNER2, nu=NU)
    if status is Status.GERESERVEERD:
        return h
    for bsn in (BSN_3, BSN_4):
        h.voeg_getuige_toe(Getuige.persoon(bsn), config=config, door=PARTNER1, nu=NU)
    melding_op = later(dagen=30)
    verklaar(h, melding_op)
    h.doe_melding(config=config, door=PARTNER1, nu=melding_op)
    if status is Status.GEMELD:
        return h
    h.registreer_toetsing(alles_voldaan(), door=MEDEWERKER, nu=melding_op)
    if status is Status.AFGEWEZEN:
        h.beoordeel_melding(False, reden="beletsel", config=config, door=MEDEWERKER, nu=melding_op)
        return h
    h.beoordeel_melding(True, config=config, door=MEDEWERKER, nu=melding_op)
    if status is Status.GOEDGEKEURD:
        return h
    totaal = h.prijs(config).totaal_cents
    h.registreer_betaling(
        bedrag_cents=totaal,
        referentie="pay-1",
        config=CONFIG,
        geslaagd=True,
        door=PARTNER1,
        nu=melding_op,
    )
    h.bevestig(config=config, door=PARTNER1, nu=melding_op)
    if status is Status.BEVESTIGD:
        return h
    h.markeer_voltrokken(door=MEDEWERKER, nu=START)
    assert status is Status.VOLTROKKEN
    return h


def met_config(**wijzigingen: object) -> ProcesConfiguratie:
    """The standard configuration with some fields replaced."""
    return replace(CONFIG, **wijzigingen)  # type: ignore[arg-type]
