"""Each partner's own declaration for the notice (verklaring).

By law each partner declares for themselves: a citizen records only their own declaration,
with their own login; staff record one a partner gave at the municipality's desk. A
declaration may be replaced (corrected) until the notice, and after a rejected notice; the
notice (`huwelijk_melding`) takes both and is refused while one is missing. Every declaration,
and who recorded it, is in the history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Partnerrol
from trouwgraph.domain.fouten import NietToegestaan, OngeldigeInvoer
from trouwgraph.domain.huwelijk_basis import HuwelijkBasis
from trouwgraph.domain.onderdelen import Instemmingstatus, Partner, Verklaring
from trouwgraph.domain.status import Gebeurtenis

__all__ = ["HuwelijkVerklaringen"]


class HuwelijkVerklaringen(HuwelijkBasis):
    """The partners' own declarations, before the notice."""

    @property
    def verklaringen(self) -> tuple[Verklaring, ...]:
        """The declarations the checks read: the partners' own, as given so far; a case
        whose notice predates own declarations keeps those its notice carried."""
        eigen = tuple(p.verklaring for p in self.partners if p.verklaring is not None)
        if eigen or self.melding is None:
            return eigen
        return self.melding.verklaringen

    @property
    def verklaring_bloedverwantschap(self) -> bool:
        """True when a partner made the sworn declaration for 3rd/4th degree relatives."""
        return any(v.beedigde_verklaring_bloedverwantschap for v in self.verklaringen)

    def nog_te_verklaren(self) -> tuple[Partnerrol, ...]:
        """The partners (by role) whose own declaration the notice still needs."""
        aanwezig = {p.rol for p in self.partners if p.verklaring is not None}
        return tuple(rol for rol in Partnerrol if rol not in aanwezig)

    def leg_verklaring_af(self, verklaring: Verklaring, *, door: Actor, nu: datetime) -> None:
        """A partner, logged in as themselves, gives (or corrects) their own declaration."""
        naar = self._mag(Gebeurtenis.LEG_VERKLARING_AF, door, nu, alleen=Rol.BURGER)
        partner = self.partner(verklaring.rol)
        if partner is None or door.bsn is None or partner.bsn != door.bsn:
            raise NietToegestaan("U legt alleen uw eigen verklaring af; uw partner doet dat zelf.")
        self._neem_op(partner, verklaring, aan_balie=False, nu=nu)
        self._leg_vast(Gebeurtenis.LEG_VERKLARING_AF, self.status, naar, door, nu)

    def registreer_verklaring(self, verklaring: Verklaring, *, door: Actor, nu: datetime) -> None:
        """Staff record the declaration a partner gave at the desk (the history names them)."""
        naar = self._mag(Gebeurtenis.LEG_VERKLARING_AF, door, nu, alleen=Rol.MEDEWERKER)
        partner = self.partner(verklaring.rol)
        if partner is None:
            raise NietToegestaan("Deze partner is er (nog) niet.", veld="partner")
        if partner.instemming.status is not Instemmingstatus.VERLEEND:
            raise NietToegestaan(
                "Deze partner heeft nog niet ingestemd met het huwelijk.", veld="partner"
            )
        self._neem_op(partner, verklaring, aan_balie=True, nu=nu)
        reden = f"aan de balie afgelegd door {partner.rol.value.lower()}"
        self._leg_vast(Gebeurtenis.LEG_VERKLARING_AF, self.status, naar, door, nu, reden)

    def _neem_op(
        self, partner: Partner, verklaring: Verklaring, *, aan_balie: bool, nu: datetime
    ) -> None:
        if not verklaring.volledig:
            raise OngeldigeInvoer(
                "Bevestig alle drie de verklaringen; zonder kan de melding niet worden gedaan.",
                veld="verklaring",
            )
        eigen = replace(verklaring, op=nu, aan_balie=aan_balie)
        self._vervang_partner(replace(partner, verklaring=eigen))
