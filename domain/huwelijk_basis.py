"""The marriage case's state and its guard: fields, queries, authorisation and history.

`Huwelijk` (domain.huwelijk) is this base plus one mixin per part of the process. Every
action first passes `_mag` (who acts, then the transition table of `domain.status`, then
the hold), then checks its business preconditions, and only then changes anything, so a
refused action leaves the case untouched. `_leg_vast` appends every action to `historie`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Partnerrol, Verbintenissoort
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import NietToegestaan, TermijnVerstreken
from trouwgraph.domain.onderdelen import (
    AmbtenaarKeuze,
    Betaalstatus,
    Betaling,
    Getuige,
    Instemmingstatus,
    LocatieKeuze,
    Melding,
    Moment,
    Partner,
    Statuswijziging,
    vereis_tijdzone,
)
from trouwgraph.domain.prijs import Prijsopgave, bereken_prijs
from trouwgraph.domain.regels.uitkomst import Regeluitkomst
from trouwgraph.domain.status import Gebeurtenis, Status, toegestane_gebeurtenissen, volgende_status
from trouwgraph.domain.termijnen import betaling_verloopt_op, getuigen_uiterlijk, lokale_datum

__all__ = ["SYSTEEM", "HuwelijkBasis", "leesbare_datum"]

SYSTEEM = "systeem"  # the history label of actions nobody performed (expiry)

# Why an action reserved for one role is refused, as the other role reads it.
_ALLEEN_VOOR = {
    Rol.BURGER: "Dit kan alleen de partner zelf doen.",
    Rol.MEDEWERKER: "Dit kan alleen een medewerker van de gemeente doen.",
}


def leesbare_datum(dag: date) -> str:
    """A date as Dutch readers write it (31-12-2026)."""
    return dag.strftime("%d-%m-%Y")


@dataclass(eq=False)
class HuwelijkBasis:
    """The case's state, what can be read from it, and the guard every action passes:
    who may act, whether the transition table and the hold allow it, and the history line
    each action appends. The actions themselves live in the mixins `Huwelijk` is made of."""

    id: str
    gemeentecode: str
    soort: Verbintenissoort
    status: Status
    partners: tuple[Partner, ...]
    ceremonietype: str
    moment: Moment
    locatie: LocatieKeuze
    ambtenaar: AmbtenaarKeuze
    extras: tuple[str, ...] = ()
    getuigen: tuple[Getuige, ...] = ()
    melding: Melding | None = None
    toetsing: tuple[Regeluitkomst, ...] = ()
    betaling: Betaling | None = None
    historie: tuple[Statuswijziging, ...] = ()
    verloopt_op: datetime | None = None
    versie: int = 0

    # --- queries ------------------------------------------------------------------------

    def partner(self, rol: Partnerrol) -> Partner | None:
        """The partner with `rol`, if there is one."""
        return next((p for p in self.partners if p.rol is rol), None)

    def partner_met_bsn(self, bsn: str) -> Partner | None:
        """The partner with `bsn`, if there is one."""
        return next((p for p in self.partners if p.bsn == bsn), None)

    def trouwdatum(self, config: ProcesConfiguratie) -> date:
        """The local date of the ceremony."""
        return lokale_datum(self.moment.start, config)

    @property
    def aantal_gemeentelijke_getuigen(self) -> int:
        """How many witnesses the municipality provides."""
        return sum(1 for g in self.getuigen if g.gemeentelijk)

    def prijs(self, config: ProcesConfiguratie) -> Prijsopgave:
        """The current quote for the case."""
        return bereken_prijs(
            config,
            ceremonietype=self.ceremonietype,
            locatie=self.locatie,
            ambtenaar=self.ambtenaar.soort,
            extras=self.extras,
            gemeentelijke_getuigen=self.aantal_gemeentelijke_getuigen,
            start=self.moment.start,
            eind=self.moment.eind,
        )

    def is_verlopen(self, nu: datetime) -> bool:
        """True when the hold has lapsed (the case should be expired with `verloop`)."""
        return self.verloopt_op is not None and nu >= self.verloopt_op

    @property
    def is_betaald(self) -> bool:
        """True when a successful payment is recorded."""
        return self.betaling is not None and self.betaling.status is Betaalstatus.BETAALD

    def neemt_betaling_aan(self, nu: datetime) -> bool:
        """True when a payment can be recorded at `nu`: approved, not paid, not lapsed. A
        confirmed payment the case does not take is to be refunded."""
        return (
            Gebeurtenis.REGISTREER_BETALING in toegestane_gebeurtenissen(self.status)
            and not self.is_betaald
            and not self.is_verlopen(nu)
        )

    # --- internals ----------------------------------------------------------------------

    def _mag(
        self,
        gebeurtenis: Gebeurtenis,
        door: Actor | None,
        nu: datetime,
        *,
        alleen: Rol | None = None,
        verlopen_mag: bool = False,
    ) -> Status:
        """The status after `gebeurtenis`, once the actor, the table and the hold allow it.
        Who acts is checked first: the answer to someone not allowed never depends on the
        case's state."""
        vereis_tijdzone(nu, "nu")
        if door is not None:
            if alleen is not None and door.rol is not alleen:
                raise NietToegestaan(_ALLEEN_VOOR[alleen])
            self._controleer_burger(door, gebeurtenis)
        naar = volgende_status(self.status, gebeurtenis)
        if not verlopen_mag and self.is_verlopen(nu):
            raise TermijnVerstreken("De reservering is verlopen.")
        return naar

    def _wijziging(self, door: Actor, nu: datetime) -> tuple[Gebeurtenis, Status]:
        if self.status in (Status.VOORLOPIG, Status.GERESERVEERD):
            return Gebeurtenis.WIJZIG_RESERVERING, self._mag(
                Gebeurtenis.WIJZIG_RESERVERING, door, nu
            )
        gebeurtenis = Gebeurtenis.WIJZIG_DOOR_GEMEENTE
        naar = self._mag(gebeurtenis, door, nu)
        if door.rol is not Rol.MEDEWERKER:
            raise NietToegestaan(
                "Na de melding wijzigt de gemeente dit; neem contact op met de gemeente."
            )
        return gebeurtenis, naar

    def _werk_betaaltermijn_bij(self, config: ProcesConfiguratie, nu: datetime) -> None:
        """An approved case holds its slot until the payment deadline while something is to
        be paid; the term starts when payment becomes due (at approval, or when a change
        makes a free case cost money) and ends when nothing is to be paid any more."""
        if self.status is not Status.GOEDGEKEURD:
            return
        if self.is_betaald or self.prijs(config).totaal_cents == 0:
            self.verloopt_op = None
        elif self.verloopt_op is None:
            vanaf = lokale_datum(nu, config)
            self.verloopt_op = betaling_verloopt_op(vanaf, self.trouwdatum(config), config)

    def _binnen_getuigentermijn(
        self, config: ProcesConfiguratie, door: Actor, nu: datetime
    ) -> None:
        uiterlijk = getuigen_uiterlijk(self.trouwdatum(config), config)
        if door.rol is not Rol.MEDEWERKER and lokale_datum(nu, config) > uiterlijk:
            raise TermijnVerstreken(
                f"Getuigen konden tot en met {leesbare_datum(uiterlijk)} worden gewijzigd."
            )

    def _controleer_burger(self, door: Actor, gebeurtenis: Gebeurtenis) -> None:
        """A citizen acts only on their own case; partner 2 only after consenting, except to
        answer the invitation."""
        if door.rol is not Rol.BURGER:
            return
        partner = self.partner_met_bsn(door.bsn) if door.bsn else None
        if partner is None:
            raise NietToegestaan("Alleen de partners kunnen dit huwelijk wijzigen.")
        if (
            partner.rol is Partnerrol.PARTNER2
            and partner.instemming.status is not Instemmingstatus.VERLEEND
            and gebeurtenis not in (Gebeurtenis.STEM_IN, Gebeurtenis.WEIGER_INSTEMMING)
        ):
            raise NietToegestaan("U kunt dit doen nadat u heeft ingestemd.")

    def _label(self, door: Actor) -> str:
        """How the history names the actor: the partner's role for a citizen, never a BSN."""
        if door.rol is Rol.BURGER:
            partner = self.partner_met_bsn(door.bsn) if door.bsn else None
            return partner.rol.value.lower() if partner else door.label
        return door.label

    def _uitgenodigde(self, door: Actor) -> Partner:
        partner = self.partner(Partnerrol.PARTNER2)
        if partner is None or door.bsn is None or partner.bsn != door.bsn:
            raise NietToegestaan("Alleen de uitgenodigde partner kan op de uitnodiging antwoorden.")
        return partner

    def _vervang_partner(self, nieuw: Partner) -> None:
        self.partners = tuple(nieuw if p.rol is nieuw.rol else p for p in self.partners)

    def _leg_vast(
        self,
        gebeurtenis: Gebeurtenis,
        van: Status | None,
        naar: Status,
        door: Actor | str,
        nu: datetime,
        reden: str | None = None,
    ) -> None:
        label = door if isinstance(door, str) else self._label(door)
        self.historie = (*self.historie, Statuswijziging(nu, label, gebeurtenis, van, naar, reden))
        self.status = naar
