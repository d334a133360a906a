"""The reservation's details a case can change: witnesses, officiant, location, moment."""

from __future__ import annotations

from datetime import datetime

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.boeking import controleer_boeking, controleer_moment
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import (
    DubbelePersoon,
    GetuigenMaximum,
    NietToegestaan,
    OngeldigeInvoer,
    TermijnVerstreken,
)
from trouwgraph.domain.huwelijk_basis import HuwelijkBasis
from trouwgraph.domain.keuzes import (
    controleer_ambtenaar,
    controleer_locatie,
    controleer_starttijd,
    moment_voor,
)
from trouwgraph.domain.onderdelen import AmbtenaarKeuze, Getuige, LocatieKeuze
from trouwgraph.domain.regels.betrokkenen import MAX_GETUIGEN, MIN_GETUIGEN
from trouwgraph.domain.status import Gebeurtenis, Status
from trouwgraph.domain.termijnen import (
    lokale_datum,
    melding_geldig_tot,
    meldingsvenster,
    reservering_verloopt_op,
)

__all__ = ["HuwelijkReservering"]


class HuwelijkReservering(HuwelijkBasis):
    """Changing what was reserved: by the couple before the notice, by staff after it."""

    # --- witnesses ----------------------------------------------------------------------

    def voeg_getuige_toe(
        self, getuige: Getuige, *, config: ProcesConfiguratie, door: Actor, nu: datetime
    ) -> None:
        """Add a witness, until the witness deadline (staff may still do it after)."""
        naar = self._mag(Gebeurtenis.WIJZIG_GETUIGEN, door, nu)
        self._binnen_getuigentermijn(config, door, nu)
        if len(self.getuigen) >= MAX_GETUIGEN:
            raise GetuigenMaximum(f"Er zijn al {MAX_GETUIGEN} getuigen; meer kan niet.")
        if getuige.gemeentelijk and config.gemeentelijke_getuige_prijs_cents is None:
            raise NietToegestaan("Deze gemeente biedt geen gemeentelijke getuigen.", veld="getuige")
        if getuige.bsn is not None and getuige.bsn in {
            *(p.bsn for p in self.partners),
            *(g.bsn for g in self.getuigen),
        }:
            raise DubbelePersoon(
                "Deze persoon is al partner of getuige.",
                veld=("getuige", "burgerservicenummer"),
            )
        self.getuigen = (*self.getuigen, getuige)
        self._werk_betaaltermijn_bij(config, nu)
        self._leg_vast(Gebeurtenis.WIJZIG_GETUIGEN, self.status, naar, door, nu)

    def verwijder_getuige(
        self, volgnummer: int, *, config: ProcesConfiguratie, door: Actor, nu: datetime
    ) -> None:
        """Remove the witness at 1-based `volgnummer`, until the witness deadline."""
        naar = self._mag(Gebeurtenis.WIJZIG_GETUIGEN, door, nu)
        self._binnen_getuigentermijn(config, door, nu)
        if not 1 <= volgnummer <= len(self.getuigen):
            raise OngeldigeInvoer(f"Er is geen getuige nummer {volgnummer}.", veld="volgnummer")
        if (
            self.melding is not None
            and door.rol is not Rol.MEDEWERKER
            and len(self.getuigen) <= MIN_GETUIGEN
        ):
            # The notice was accepted with its witnesses: a partner replaces one (add, then
            # remove); staff may go below, `bevestig` still needs them.
            raise NietToegestaan(
                f"Na de melding blijven er minstens {MIN_GETUIGEN} getuigen: voeg eerst een "
                "nieuwe getuige toe."
            )
        self.getuigen = tuple(g for i, g in enumerate(self.getuigen, 1) if i != volgnummer)
        self._werk_betaaltermijn_bij(config, nu)
        self._leg_vast(Gebeurtenis.WIJZIG_GETUIGEN, self.status, naar, door, nu)

    # --- reservation details ------------------------------------------------------------

    def kies_ambtenaar(
        self, keuze: AmbtenaarKeuze, *, config: ProcesConfiguratie, door: Actor, nu: datetime
    ) -> None:
        """Change how the officiant is chosen (after the notice: staff only)."""
        gebeurtenis, naar = self._wijziging(door, nu)
        type_ = config.ceremonietype(self.ceremonietype)
        controleer_ambtenaar(config, type_, keuze, (p.bsn for p in self.partners))
        self.ambtenaar = keuze
        self._werk_betaaltermijn_bij(config, nu)
        self._leg_vast(gebeurtenis, self.status, naar, door, nu)

    def kies_locatie(
        self, keuze: LocatieKeuze, *, config: ProcesConfiguratie, door: Actor, nu: datetime
    ) -> None:
        """Change the location; the slot's end follows the location's slot length."""
        gebeurtenis, naar = self._wijziging(door, nu)
        type_ = config.ceremonietype(self.ceremonietype)
        plek = controleer_locatie(config, type_, keuze)
        self.locatie = keuze
        self.moment = moment_voor(config, type_, plek, self.moment.start)
        self._werk_betaaltermijn_bij(config, nu)
        self._leg_vast(gebeurtenis, self.status, naar, door, nu)

    def wijzig_moment(
        self, start: datetime, *, config: ProcesConfiguratie, door: Actor, nu: datetime
    ) -> None:
        """Move the ceremony; after a notice the new date must stay within its validity."""
        gebeurtenis, naar = self._wijziging(door, nu)
        type_ = config.ceremonietype(self.ceremonietype)
        controleer_moment(start, "start", nu)
        if self.melding is None:
            controleer_boeking(config, type_, start, nu)
        elif start <= nu:
            raise OngeldigeInvoer("Kies een moment in de toekomst.", veld="start")
        else:
            ingediend = lokale_datum(self.melding.ingediend_op, config)
            nieuwe_datum = lokale_datum(start, config)
            if not meldingsvenster(nieuwe_datum, config).bevat(ingediend) or (
                nieuwe_datum > melding_geldig_tot(ingediend, config)
            ):
                raise TermijnVerstreken("De melding is voor deze nieuwe datum niet meer geldig.")
        plek = controleer_locatie(config, type_, self.locatie)
        controleer_starttijd(config, type_, start)
        self.moment = moment_voor(config, type_, plek, start)
        if self.status is Status.GERESERVEERD:
            self.verloopt_op = reservering_verloopt_op(self.trouwdatum(config), config)
        self._werk_betaaltermijn_bij(config, nu)
        self._leg_vast(gebeurtenis, self.status, naar, door, nu)
