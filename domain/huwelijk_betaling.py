"""Paying for a case and confirming it once paid."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from trouwgraph.domain import betaling
from trouwgraph.domain.actor import Actor
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import (
    NietBetaald,
    NietToegestaan,
    OngeldigeInvoer,
    OngeldigeStatusovergang,
)
from trouwgraph.domain.huwelijk_basis import HuwelijkBasis
from trouwgraph.domain.onderdelen import Betaalstatus, Betaling
from trouwgraph.domain.regels.betrokkenen import MAX_GETUIGEN, MIN_GETUIGEN
from trouwgraph.domain.status import Gebeurtenis

__all__ = ["HuwelijkBetaling"]


class HuwelijkBetaling(HuwelijkBasis):
    """Payments received, started or broken off, and the confirmation that needs them."""

    # --- payment, confirmation, end -----------------------------------------------------

    def registreer_betaling(
        self,
        *,
        bedrag_cents: int,
        referentie: str,
        geslaagd: bool,
        config: ProcesConfiguratie,
        door: Actor,
        nu: datetime,
        via_provider: bool = False,
    ) -> None:
        """Record an amount received (after approval), or a failed attempt (`geslaagd`
        False). The case is paid, and its payment term ends, once nothing is open.
        `via_provider`: through the payment provider, which refunds it on cancellation."""
        naar = self._mag(Gebeurtenis.REGISTREER_BETALING, door, nu)
        if geslaagd:
            with self._in_status(Gebeurtenis.REGISTREER_BETALING):
                self.betaling = betaling.ontvangen(
                    self.betaling,
                    bedrag_cents=bedrag_cents,
                    referentie=referentie,
                    totaal_cents=self.prijs(config).totaal_cents,
                    nu=nu,
                    via_provider=via_provider,
                )
        else:
            if not referentie.strip():
                raise OngeldigeInvoer("Een betaling heeft een referentie.", veld="referentie")
            if self.is_betaald:
                raise OngeldigeStatusovergang(
                    self.status.value,
                    Gebeurtenis.REGISTREER_BETALING.value,
                    "Het huwelijk is al betaald.",
                )
            self.betaling = Betaling(
                Betaalstatus.MISLUKT, betaling.betaald_cents(self.betaling), referentie, nu
            )
        if self.is_betaald:
            self.verloopt_op = None
        self._leg_vast(Gebeurtenis.REGISTREER_BETALING, self.status, naar, door, nu)

    def start_betaling(self, referentie: str, *, door: Actor, nu: datetime) -> None:
        """A payment of what is open was started at the provider (`referentie`)."""
        naar = self._mag(Gebeurtenis.REGISTREER_BETALING, door, nu)
        with self._in_status(Gebeurtenis.REGISTREER_BETALING):
            self.betaling = betaling.gestart(self.betaling, referentie, nu)
        self._leg_vast(Gebeurtenis.REGISTREER_BETALING, self.status, naar, door, nu)

    def betaling_afgebroken(
        self, referentie: str, uitkomst: Betaalstatus, *, door: Actor, nu: datetime
    ) -> bool:
        """The provider says the open payment failed, was cancelled or expired; False (and
        nothing changed) when `referentie` is not the case's open payment."""
        nieuw = betaling.afgebroken(self.betaling, referentie, uitkomst, nu)
        if nieuw is None:
            return False
        naar = self._mag(Gebeurtenis.REGISTREER_BETALING, door, nu, verlopen_mag=True)
        self.betaling = nieuw
        self._leg_vast(Gebeurtenis.REGISTREER_BETALING, self.status, naar, door, nu)
        return True

    @contextmanager
    def _in_status(self, gebeurtenis: Gebeurtenis) -> Iterator[None]:
        """A payment's own refusal, told as a refusal in the case's status."""
        try:
            yield
        except betaling.Betaalstatusfout as fout:
            raise OngeldigeStatusovergang(
                self.status.value, gebeurtenis.value, fout.melding
            ) from None

    def bevestig(self, *, config: ProcesConfiguratie, door: Actor, nu: datetime) -> None:
        """Confirm an approved case: paid in full (unless free) and with 2-4 witnesses."""
        naar = self._mag(Gebeurtenis.BEVESTIG, door, nu)
        if not MIN_GETUIGEN <= len(self.getuigen) <= MAX_GETUIGEN:
            raise NietToegestaan(f"Er zijn {MIN_GETUIGEN} tot {MAX_GETUIGEN} getuigen nodig.")
        totaal = self.prijs(config).totaal_cents
        betaald = betaling.betaald_cents(self.betaling)
        if betaald < totaal:
            raise NietBetaald(totaal - betaald)
        self._leg_vast(Gebeurtenis.BEVESTIG, self.status, naar, door, nu)
