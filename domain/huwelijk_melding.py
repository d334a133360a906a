"""The notice of intended marriage in a case: giving it, its checks and the review."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.bsn import bevat_mogelijk_bsn
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import (
    NietToegestaan,
    OngeldigeInvoer,
    TermijnNogNietOpen,
    TermijnVerstreken,
    VerklaringOntbreekt,
)
from trouwgraph.domain.huwelijk_basis import leesbare_datum
from trouwgraph.domain.huwelijk_verklaringen import HuwelijkVerklaringen
from trouwgraph.domain.onderdelen import Instemmingstatus, Melding, Meldingstatus
from trouwgraph.domain.regels.uitkomst import Regeluitkomst, Uitkomst
from trouwgraph.domain.status import Gebeurtenis
from trouwgraph.domain.termijnen import lokale_datum, meldingsvenster

__all__ = ["HuwelijkMelding", "weigert_melding"]


def weigert_melding(uitkomsten: Iterable[Regeluitkomst]) -> bool:
    """Any check that is not met refuses the notice, the witness count included: the
    witnesses are named before the notice (policy in docs/process.md), so a notice is never
    accepted that the couple could not complete."""
    return any(u.uitkomst is Uitkomst.NIET_VOLDAAN for u in uitkomsten)


class HuwelijkMelding(HuwelijkVerklaringen):
    """The notice, its check results and the municipality's review."""

    # --- notice and review --------------------------------------------------------------

    def doe_melding(self, *, config: ProcesConfiguratie, door: Actor, nu: datetime) -> None:
        """Give the notice, within the notice window, once both partners declared: the
        notice takes their declarations as they are now."""
        naar = self._mag(Gebeurtenis.DOE_MELDING, door, nu)
        if any(p.instemming.status is not Instemmingstatus.VERLEEND for p in self.partners) or (
            len(self.partners) != 2
        ):
            raise NietToegestaan("Beide partners moeten eerst hebben ingestemd.")
        ontbreekt = self.nog_te_verklaren()
        if ontbreekt:
            raise VerklaringOntbreekt([rol.value for rol in ontbreekt])
        vandaag = lokale_datum(nu, config)
        venster = meldingsvenster(self.trouwdatum(config), config)
        if vandaag > venster.uiterlijk:
            raise TermijnVerstreken(
                f"De melding moest uiterlijk {leesbare_datum(venster.uiterlijk)} gedaan zijn."
            )
        if vandaag < venster.vroegst:
            raise TermijnNogNietOpen(
                f"U kunt de melding doen vanaf {leesbare_datum(venster.vroegst)}."
            )
        self.melding = Melding(tuple(p.verklaring for p in self.partners if p.verklaring), nu)
        self.verloopt_op = None
        self._leg_vast(Gebeurtenis.DOE_MELDING, self.status, naar, door, nu)

    def registreer_toetsing(
        self, uitkomsten: Iterable[Regeluitkomst], *, door: Actor, nu: datetime
    ) -> None:
        """Store the results of the legal checks (replacing earlier ones)."""
        naar = self._mag(Gebeurtenis.REGISTREER_TOETSING, door, nu)
        self.toetsing = tuple(uitkomsten)
        self._leg_vast(Gebeurtenis.REGISTREER_TOETSING, self.status, naar, door, nu)

    def neem_melding_in_behandeling(self, *, door: Actor, nu: datetime) -> None:
        """Staff start reviewing the notice."""
        naar = self._mag(Gebeurtenis.NEEM_IN_BEHANDELING, door, nu, alleen=Rol.MEDEWERKER)
        assert self.melding is not None
        if self.melding.status is not Meldingstatus.ONTVANGEN:
            raise NietToegestaan("De melding is al in behandeling of beoordeeld.")
        self.melding = replace(self.melding, status=Meldingstatus.IN_BEHANDELING)
        self._leg_vast(Gebeurtenis.NEEM_IN_BEHANDELING, self.status, naar, door, nu)

    def beoordeel_melding(
        self,
        goedgekeurd: bool,
        *,
        reden: str | None = None,
        config: ProcesConfiguratie,
        door: Actor,
        nu: datetime,
    ) -> None:
        """Staff approve or reject the notice. Approval needs recorded checks without a
        failed one (witnesses may still follow), and starts the payment term when something
        is to be paid; rejection needs a reason."""
        gebeurtenis = Gebeurtenis.KEUR_GOED if goedgekeurd else Gebeurtenis.WIJS_AF
        naar = self._mag(gebeurtenis, door, nu, alleen=Rol.MEDEWERKER)
        assert self.melding is not None
        if reden is not None and bevat_mogelijk_bsn(reden):
            raise OngeldigeInvoer("Zet geen burgerservicenummer in de reden.", veld="reden")
        if goedgekeurd:
            if not self.toetsing:
                raise NietToegestaan("De toetsing is nog niet vastgelegd.")
            if weigert_melding(self.toetsing):
                raise NietToegestaan(
                    "Een toets is niet voldaan; de melding kan niet worden goedgekeurd."
                )
        elif not (reden and reden.strip()):
            raise OngeldigeInvoer("Geef een reden voor de afwijzing.", veld="reden")
        self.melding = replace(
            self.melding,
            status=Meldingstatus.GOEDGEKEURD if goedgekeurd else Meldingstatus.AFGEWEZEN,
            reden=reden,
            beoordeeld_op=nu,
        )
        self._leg_vast(gebeurtenis, self.status, naar, door, nu, reden)
        self._werk_betaaltermijn_bij(config, nu)
