"""The partners' steps of a case: the invitation, consent, and the choice of name use."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Naamgebruik, Partnerrol
from trouwgraph.domain.bsn import controleer_bsn
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import DubbelePersoon, NietToegestaan, OngeldigeStatusovergang
from trouwgraph.domain.huwelijk_basis import HuwelijkBasis
from trouwgraph.domain.onderdelen import Instemming, Instemmingstatus, Partner
from trouwgraph.domain.status import Gebeurtenis
from trouwgraph.domain.termijnen import reservering_verloopt_op, voorlopig_verloopt_op

__all__ = ["HuwelijkPartners"]


class HuwelijkPartners(HuwelijkBasis):
    """Inviting partner 2, their answer, and each partner's name use."""

    # --- partners -----------------------------------------------------------------------

    def nodig_partner_uit(self, bsn: str, *, door: Actor, nu: datetime) -> None:
        """Invite partner 2 (again, after a refusal: the invitation is replaced)."""
        naar = self._mag(Gebeurtenis.NODIG_PARTNER_UIT, door, nu)
        controleer_bsn(bsn, "partner2.bsn")
        if bsn == self.partners[0].bsn:
            raise DubbelePersoon(
                "Partner 2 moet een ander zijn dan partner 1.", veld="burgerservicenummer"
            )
        if bsn in {g.bsn for g in self.getuigen}:
            raise DubbelePersoon("Een getuige kan geen partner zijn.", veld="burgerservicenummer")
        uitgenodigd = Partner(bsn, Partnerrol.PARTNER2, Instemming(Instemmingstatus.GEVRAAGD, nu))
        self.partners = (self.partners[0], uitgenodigd)
        self._leg_vast(Gebeurtenis.NODIG_PARTNER_UIT, self.status, naar, door, nu)

    def stem_in(self, *, config: ProcesConfiguratie, door: Actor, nu: datetime) -> None:
        """Partner 2, logged in as themselves, consents: the reservation becomes definite."""
        naar = self._mag(Gebeurtenis.STEM_IN, door, nu, alleen=Rol.BURGER)
        partner = self._uitgenodigde(door)
        if partner.instemming.status is not Instemmingstatus.GEVRAAGD:
            raise NietToegestaan("U heeft al op de uitnodiging geantwoord.")
        self._vervang_partner(
            replace(partner, instemming=Instemming(Instemmingstatus.VERLEEND, nu))
        )
        self.verloopt_op = reservering_verloopt_op(self.trouwdatum(config), config)
        self._leg_vast(Gebeurtenis.STEM_IN, self.status, naar, door, nu)

    def weiger_instemming(self, *, config: ProcesConfiguratie, door: Actor, nu: datetime) -> None:
        """Partner 2 declines (when asked) or withdraws consent (before the notice)."""
        naar = self._mag(Gebeurtenis.WEIGER_INSTEMMING, door, nu, alleen=Rol.BURGER)
        partner = self._uitgenodigde(door)
        huidig = partner.instemming.status
        if huidig is Instemmingstatus.GEVRAAGD:
            nieuw = Instemmingstatus.GEWEIGERD
        elif huidig is Instemmingstatus.VERLEEND:
            nieuw = Instemmingstatus.INGETROKKEN
            self.verloopt_op = voorlopig_verloopt_op(nu, config)
        else:
            raise NietToegestaan("U heeft uw instemming al geweigerd of ingetrokken.")
        self._vervang_partner(replace(partner, instemming=Instemming(nieuw, nu)))
        self._leg_vast(Gebeurtenis.WEIGER_INSTEMMING, self.status, naar, door, nu)

    def kies_naamgebruik(
        self, rol: Partnerrol, naamgebruik: Naamgebruik, *, door: Actor, nu: datetime
    ) -> None:
        """A partner chooses how their own name will be used (staff may record it for them)."""
        naar = self._mag(Gebeurtenis.KIES_NAAMGEBRUIK, door, nu)
        partner = self.partner(rol)
        if partner is None:
            raise OngeldigeStatusovergang(
                self.status.value,
                Gebeurtenis.KIES_NAAMGEBRUIK.value,
                "Deze partner is er (nog) niet.",
            )
        if door.rol is Rol.BURGER and door.bsn != partner.bsn:
            raise NietToegestaan("U kiest alleen uw eigen naamgebruik.")
        self._vervang_partner(replace(partner, naamgebruik=naamgebruik))
        self._leg_vast(Gebeurtenis.KIES_NAAMGEBRUIK, self.status, naar, door, nu)
