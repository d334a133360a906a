"""What the asking actor can do with a case now: the mutations they may call.

Each mutation has a probe: the domain call the mutation makes, with arguments that are valid
whatever the front end will ask (a fresh witness, the current location and moment, one's own
complete declaration). A probe runs on a copy of the case; the mutation is offered when it
raises no `Fout`. So the answer comes from the same rules the mutations apply (status, actor,
deadlines, preconditions), never from a second list that could drift. What depends on the
arguments the person still chooses (a slot that is taken, an address outside the
municipality, an impediment the checks find) can still refuse an offered mutation.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime

from trouwgraph.domain.actor import Actor
from trouwgraph.domain.begrippen import Naamgebruik, Partnerrol
from trouwgraph.domain.betaling import betaald_cents
from trouwgraph.domain.bsn import is_geldig_bsn
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import Fout, NietToegestaan
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import Getuige, Verklaring
from trouwgraph.domain.status import Gebeurtenis, toegestane_gebeurtenissen

__all__ = ["PROBES", "mogelijke_mutaties"]

Probe = Callable[[Huwelijk, Actor, datetime, ProcesConfiguratie], None]


def _vrij_bsn(h: Huwelijk) -> str:
    """A valid BSN of nobody in the case (the person a front end will still name)."""
    bezet = {p.bsn for p in h.partners} | {g.bsn for g in h.getuigen if g.bsn}
    if h.ambtenaar.eigen is not None:
        bezet.add(h.ambtenaar.eigen.bsn)
    kandidaat = 999_990_000
    while not is_geldig_bsn(str(kandidaat)) or str(kandidaat) in bezet:
        kandidaat += 1
    return str(kandidaat)


def _eigen_rol(h: Huwelijk, door: Actor) -> Partnerrol:
    partner = h.partner_met_bsn(door.bsn) if door.bsn else None
    return partner.rol if partner else Partnerrol.PARTNER1


def _registreer_verklaring(h: Huwelijk, door: Actor, nu: datetime, c: ProcesConfiguratie) -> None:
    """Offered when staff can record a desk declaration for one of the partners."""
    fout: Fout | None = None
    for rol in Partnerrol:
        try:
            h.registreer_verklaring(Verklaring(rol, True, True, True), door=door, nu=nu)
        except Fout as weigering:
            fout = weigering
        else:
            return
    assert fout is not None
    raise fout


def _beoordeel(h: Huwelijk, door: Actor, nu: datetime, c: ProcesConfiguratie) -> None:
    if h.melding is not None and h.melding.status.value == "ONTVANGEN":
        h.neem_melding_in_behandeling(door=door, nu=nu)
    h.beoordeel_melding(False, reden="reden", config=c, door=door, nu=nu)


def _registreer_betaling(h: Huwelijk, door: Actor, nu: datetime, c: ProcesConfiguratie) -> None:
    if not door.is_medewerker:
        raise NietToegestaan("Alleen een medewerker of de betaalprovider registreert betalingen.")
    open_cents = h.prijs(c).totaal_cents - betaald_cents(h.betaling)
    h.registreer_betaling(
        bedrag_cents=open_cents, referentie="r", config=c, geslaagd=True, door=door, nu=nu
    )


def _start_betaling(h: Huwelijk, door: Actor, nu: datetime, c: ProcesConfiguratie) -> None:
    # As `resolvers.betaalzaken.start_betaling` decides before it asks the provider.
    if Gebeurtenis.REGISTREER_BETALING not in toegestane_gebeurtenissen(h.status):
        raise NietToegestaan("Er is nu niets te betalen.")
    if h.prijs(c).totaal_cents - betaald_cents(h.betaling) <= 0:
        raise NietToegestaan("Er is niets te betalen.")


PROBES: dict[str, Probe] = {
    "nodigPartnerUit": lambda h, door, nu, c: h.nodig_partner_uit(_vrij_bsn(h), door=door, nu=nu),
    "stemIn": lambda h, door, nu, c: h.stem_in(config=c, door=door, nu=nu),
    "weigerInstemming": lambda h, door, nu, c: h.weiger_instemming(config=c, door=door, nu=nu),
    "voegGetuigeToe": lambda h, door, nu, c: h.voeg_getuige_toe(
        Getuige.persoon(_vrij_bsn(h)), config=c, door=door, nu=nu
    ),
    "verwijderGetuige": lambda h, door, nu, c: h.verwijder_getuige(1, config=c, door=door, nu=nu),
    "kiesAmbtenaar": lambda h, door, nu, c: h.kies_ambtenaar(
        h.ambtenaar, config=c, door=door, nu=nu
    ),
    "kiesLocatie": lambda h, door, nu, c: h.kies_locatie(h.locatie, config=c, door=door, nu=nu),
    "wijzigMoment": lambda h, door, nu, c: h.wijzig_moment(
        h.moment.start, config=c, door=door, nu=nu
    ),
    "legVerklaringAf": lambda h, door, nu, c: h.leg_verklaring_af(
        Verklaring(_eigen_rol(h, door), True, True, True), door=door, nu=nu
    ),
    "registreerVerklaring": _registreer_verklaring,
    "doeMelding": lambda h, door, nu, c: h.doe_melding(config=c, door=door, nu=nu),
    "kiesNaamgebruik": lambda h, door, nu, c: h.kies_naamgebruik(
        _eigen_rol(h, door), Naamgebruik.E, door=door, nu=nu
    ),
    "beoordeelMelding": _beoordeel,
    "registreerBetaling": _registreer_betaling,
    "startBetaling": _start_betaling,
    "bevestig": lambda h, door, nu, c: h.bevestig(config=c, door=door, nu=nu),
    "annuleer": lambda h, door, nu, c: h.annuleer(reden=None, door=door, nu=nu),
    "markeerVoltrokken": lambda h, door, nu, c: h.markeer_voltrokken(door=door, nu=nu),
}
"""Per mutation (by its GraphQL name) the domain call it makes, with stand-in arguments."""


def mogelijke_mutaties(
    huwelijk: Huwelijk, door: Actor, nu: datetime, config: ProcesConfiguratie
) -> list[str]:
    """The mutations `door` may call on `huwelijk` now, in the order of `PROBES`."""
    mogelijk = []
    for naam, probe in PROBES.items():
        try:
            probe(copy.deepcopy(huwelijk), door, nu, config)
        except Fout:
            continue
        mogelijk.append(naam)
    return mogelijk
