"""The marriage case (`Huwelijk`): the aggregate every use case loads, changes and saves.

Its state changes only through its methods. Each method first asks the transition table
(`domain.status`) whether the action is allowed in the current status, then checks the
business preconditions, and only then changes anything, so a refused action leaves the case
untouched. Every action is appended to `historie`. `versie` is for optimistic concurrency: the
store bumps it on save; the aggregate never does. The clock is always a parameter (`nu`).

The aggregate is one class made of one module per part of the process: its state and guard
(`huwelijk_basis`), the partners (`huwelijk_partners`), the reservation's details
(`huwelijk_reservering`), each partner's own declaration (`huwelijk_verklaringen`), the notice
(`huwelijk_melding`) and payment (`huwelijk_betaling`). This module builds a case and ends it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from trouwgraph.domain import betaling
from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Partnerrol, Verbintenissoort
from trouwgraph.domain.boeking import controleer_boeking
from trouwgraph.domain.bsn import bevat_mogelijk_bsn, controleer_bsn
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import (
    NietToegestaan,
    OngeldigeInvoer,
    TermijnNogNietOpen,
    TermijnVerstreken,
)
from trouwgraph.domain.huwelijk_basis import SYSTEEM
from trouwgraph.domain.huwelijk_betaling import HuwelijkBetaling
from trouwgraph.domain.huwelijk_melding import HuwelijkMelding, weigert_melding
from trouwgraph.domain.huwelijk_partners import HuwelijkPartners
from trouwgraph.domain.huwelijk_reservering import HuwelijkReservering
from trouwgraph.domain.keuzes import (
    controleer_ambtenaar,
    controleer_extras,
    controleer_locatie,
    controleer_starttijd,
    moment_voor,
)
from trouwgraph.domain.onderdelen import (
    AmbtenaarKeuze,
    Instemming,
    Instemmingstatus,
    LocatieKeuze,
    Partner,
    vereis_tijdzone,
)
from trouwgraph.domain.status import VERLOOPREDENEN, Gebeurtenis, Status, volgende_status
from trouwgraph.domain.termijnen import voorlopig_verloopt_op

__all__ = ["SYSTEEM", "Huwelijk", "weigert_melding"]


@dataclass(eq=False)
class Huwelijk(HuwelijkPartners, HuwelijkReservering, HuwelijkMelding, HuwelijkBetaling):
    """A marriage or registered-partnership case. Build it with `reserveer`; the store
    rebuilds it with the constructor."""

    # --- construction -------------------------------------------------------------------

    @classmethod
    def reserveer(
        cls,
        *,
        id: str,
        config: ProcesConfiguratie,
        soort: Verbintenissoort,
        partner1_bsn: str,
        ceremonietype: str,
        start: datetime,
        locatie: LocatieKeuze,
        ambtenaar: AmbtenaarKeuze | None = None,
        extras: Sequence[str] = (),
        door: Actor,
        nu: datetime,
    ) -> Huwelijk:
        """A provisional reservation of a slot, held until `verloopt_op`."""
        volgende_status(None, Gebeurtenis.RESERVEER)
        vereis_tijdzone(nu, "nu")
        controleer_bsn(partner1_bsn, "partner1.bsn")
        if door.rol is Rol.BURGER and door.bsn != partner1_bsn:
            raise NietToegestaan("U kunt alleen voor uzelf reserveren, als partner 1.")
        keuze_ambtenaar = ambtenaar or AmbtenaarKeuze.toegewezen()
        type_ = config.ceremonietype(ceremonietype)
        plek = controleer_locatie(config, type_, locatie)
        controleer_ambtenaar(config, type_, keuze_ambtenaar, [partner1_bsn])
        # The same rule decides what `beschikbaarheid` offers (domain.boeking).
        controleer_boeking(config, type_, start, nu)
        controleer_starttijd(config, type_, start)
        huwelijk = cls(
            id=id,
            gemeentecode=config.gemeentecode,
            soort=soort,
            status=Status.VOORLOPIG,
            partners=(
                Partner(
                    partner1_bsn, Partnerrol.PARTNER1, Instemming(Instemmingstatus.VERLEEND, nu)
                ),
            ),
            ceremonietype=type_.code,
            moment=moment_voor(config, type_, plek, start),
            locatie=locatie,
            ambtenaar=keuze_ambtenaar,
            extras=controleer_extras(config, extras),
            verloopt_op=voorlopig_verloopt_op(nu, config),
        )
        huwelijk._leg_vast(Gebeurtenis.RESERVEER, None, Status.VOORLOPIG, door, nu)
        return huwelijk

    # --- end ---------------------------------------------------------------------------

    def annuleer(self, *, reden: str | None = None, door: Actor, nu: datetime) -> None:
        """Cancel, by a partner or staff, until the ceremony starts."""
        naar = self._mag(Gebeurtenis.ANNULEER, door, nu, verlopen_mag=True)
        if nu >= self.moment.start:
            raise TermijnVerstreken("De ceremonie is begonnen; annuleren kan niet meer.")
        if reden is not None and bevat_mogelijk_bsn(reden):
            raise OngeldigeInvoer("Zet geen burgerservicenummer in de reden.", veld="reden")
        self.verloopt_op = None
        self.betaling = betaling.terugbetaald(self.betaling, nu)
        self._leg_vast(Gebeurtenis.ANNULEER, self.status, naar, door, nu, reden)

    def verloop(self, *, nu: datetime) -> None:
        """Expire a case whose hold has lapsed (run by the system)."""
        naar = self._mag(Gebeurtenis.VERLOOP, None, nu, verlopen_mag=True)
        if not self.is_verlopen(nu):
            raise NietToegestaan("De reservering is nog niet verlopen.")
        self.verloopt_op = None
        reden = VERLOOPREDENEN[self.status]
        self._leg_vast(Gebeurtenis.VERLOOP, self.status, naar, SYSTEEM, nu, reden)

    def markeer_voltrokken(self, *, door: Actor, nu: datetime) -> None:
        """Staff record that the ceremony took place."""
        naar = self._mag(Gebeurtenis.VOLTREK, door, nu, alleen=Rol.MEDEWERKER)
        if nu < self.moment.start:
            raise TermijnNogNietOpen("De ceremonie is nog niet begonnen.")
        self._leg_vast(Gebeurtenis.VOLTREK, self.status, naar, door, nu)
