"""The marriage case (`Huwelijk`): the aggregate every use case loads, changes and saves.

Its state changes only through its methods. Each method first asks the transition table
(`domain.status`) whether the action is allowed in the current status, then checks the
business preconditions, and only then changes anything, so a refused action leaves the case
untouched. Every action is appended to `historie`. `versie` is for optimistic concurrency: the
store bumps it on save; the aggregate never does. The clock is always a parameter (`nu`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Naamgebruik, Partnerrol, Verbintenissoort
from trouwgraph.domain.bsn import bevat_mogelijk_bsn, controleer_bsn
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import (
    DubbelePersoon,
    GetuigenMaximum,
    NietToegestaan,
    OngeldigeInvoer,
    TermijnNogNietOpen,
    TermijnVerstreken,
)
from trouwgraph.domain.keuzes import (
    controleer_ambtenaar,
    controleer_extras,
    controleer_locatie,
    controleer_starttijd,
    moment_voor,
)
from trouwgraph.domain.onderdelen import (
    AmbtenaarKeuze,
    Betaalstatus,
    Betaling,
    Getuige,
    Instemming,
    Instemmingstatus,
    LocatieKeuze,
    Melding,
    Meldingstatus,
    Moment,
    Partner,
    Statuswijziging,
    Verklaring,
    vereis_tijdzone,
)
from trouwgraph.domain.prijs import Prijsopgave, bereken_prijs
from trouwgraph.domain.regels.betrokkenen import MAX_GETUIGEN, MIN_GETUIGEN
from trouwgraph.domain.regels.uitkomst import Regelcode, Regeluitkomst, Uitkomst
from trouwgraph.domain.status import (
    VERLOOPREDENEN,
    Gebeurtenis,
    Status,
    toegestane_gebeurtenissen,
    volgende_status,
)
from trouwgraph.domain.termijnen import (
    betaling_verloopt_op,
    getuigen_uiterlijk,
    lokale_datum,
    melding_geldig_tot,
    meldingsvenster,
    reservering_verloopt_op,
    voorlopig_verloopt_op,
)

__all__ = ["AANVULBARE_REGELS", "SYSTEEM", "Huwelijk"]

SYSTEEM = "systeem"  # the history label of actions nobody performed (expiry)

# Checks that may still fail when the notice is approved: witnesses can be named until the
# witness deadline, and `bevestig` requires them.
AANVULBARE_REGELS = frozenset({Regelcode.GETUIGEN_AANTAL})

# Why an action reserved for one role is refused, as the other role reads it.
_ALLEEN_VOOR = {
    Rol.BURGER: "Dit kan alleen de partner zelf doen.",
    Rol.MEDEWERKER: "Dit kan alleen een medewerker van de gemeente doen.",
}


def _datum(dag: date) -> str:
    """A date as Dutch readers write it (31-12-2026)."""
    return dag.strftime("%d-%m-%Y")


@dataclass(eq=False)
class Huwelijk:
    """A marriage or registered-partnership case. Build it with `reserveer`; the store
    rebuilds it with the constructor."""

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
        controleer_starttijd(config, type_, start)
        if start <= nu:
            raise OngeldigeInvoer("Kies een moment in de toekomst.", veld="start")
        venster = meldingsvenster(lokale_datum(start, config), config)
        if lokale_datum(nu, config) > venster.uiterlijk:
            raise TermijnVerstreken(
                "Voor deze datum kan de melding niet meer op tijd worden gedaan."
            )
        # For these types the notice must precede the booking: it has to be possible now.
        if type_.alleen_na_melding and not venster.bevat(lokale_datum(nu, config)):
            raise NietToegestaan(
                "Deze soort ceremonie kunt u alleen boeken voor een datum waarvoor u vandaag "
                "de melding kunt doen.",
                veld="ceremonietype",
            )
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

    @property
    def verklaring_bloedverwantschap(self) -> bool:
        """True when a partner made the sworn declaration for 3rd/4th degree relatives."""
        return self.melding is not None and any(
            v.beedigde_verklaring_bloedverwantschap for v in self.melding.verklaringen
        )

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
            raise NietToegestaan("Deze partner is er (nog) niet.")
        if door.rol is Rol.BURGER and door.bsn != partner.bsn:
            raise NietToegestaan("U kiest alleen uw eigen naamgebruik.")
        self._vervang_partner(replace(partner, naamgebruik=naamgebruik))
        self._leg_vast(Gebeurtenis.KIES_NAAMGEBRUIK, self.status, naar, door, nu)

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
        controleer_starttijd(config, type_, start)
        if start <= nu:
            raise OngeldigeInvoer("start: must lie in the future")
        if self.melding is None:
            if (
                lokale_datum(nu, config)
                > meldingsvenster(lokale_datum(start, config), config).uiterlijk
            ):
                raise TermijnVerstreken(
                    "Voor deze datum kan de melding niet meer op tijd worden gedaan."
                )
        else:
            ingediend = lokale_datum(self.melding.ingediend_op, config)
            nieuwe_datum = lokale_datum(start, config)
            if not meldingsvenster(nieuwe_datum, config).bevat(ingediend) or (
                nieuwe_datum > melding_geldig_tot(ingediend, config)
            ):
                raise TermijnVerstreken("De melding is voor deze nieuwe datum niet meer geldig.")
        plek = controleer_locatie(config, type_, self.locatie)
        self.moment = moment_voor(config, type_, plek, start)
        if self.status is Status.GERESERVEERD:
            self.verloopt_op = reservering_verloopt_op(self.trouwdatum(config), config)
        self._werk_betaaltermijn_bij(config, nu)
        self._leg_vast(gebeurtenis, self.status, naar, door, nu)

    # --- notice and review --------------------------------------------------------------

    def doe_melding(
        self,
        verklaringen: Sequence[Verklaring],
        *,
        config: ProcesConfiguratie,
        door: Actor,
        nu: datetime,
    ) -> None:
        """Give the notice with both partners' declarations, within the notice window."""
        naar = self._mag(Gebeurtenis.DOE_MELDING, door, nu)
        if any(p.instemming.status is not Instemmingstatus.VERLEEND for p in self.partners) or (
            len(self.partners) != 2
        ):
            raise NietToegestaan("Beide partners moeten eerst hebben ingestemd.")
        rollen = sorted(v.rol for v in verklaringen)
        if rollen != [Partnerrol.PARTNER1, Partnerrol.PARTNER2]:
            raise OngeldigeInvoer(
                "Geef van elke partner precies één verklaring.", veld="verklaringen"
            )
        if not all(v.volledig for v in verklaringen):
            raise OngeldigeInvoer(
                "Bevestig elke verklaring om de melding te doen.", veld="verklaringen"
            )
        vandaag = lokale_datum(nu, config)
        venster = meldingsvenster(self.trouwdatum(config), config)
        if vandaag > venster.uiterlijk:
            raise TermijnVerstreken(
                f"De melding moest uiterlijk {_datum(venster.uiterlijk)} gedaan zijn."
            )
        if vandaag < venster.vroegst:
            raise TermijnNogNietOpen(f"U kunt de melding doen vanaf {_datum(venster.vroegst)}.")
        self.melding = Melding(tuple(verklaringen), nu)
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
            if any(
                u.uitkomst is Uitkomst.NIET_VOLDAAN and u.regel not in AANVULBARE_REGELS
                for u in self.toetsing
            ):
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

    # --- payment, confirmation, end -----------------------------------------------------

    def registreer_betaling(
        self,
        *,
        bedrag_cents: int,
        referentie: str,
        geslaagd: bool,
        door: Actor,
        nu: datetime,
        via_provider: bool = False,
    ) -> None:
        """Record a payment attempt (after approval); a successful one ends the payment term.
        `via_provider`: made through the payment provider, which refunds it on cancellation."""
        naar = self._mag(Gebeurtenis.REGISTREER_BETALING, door, nu)
        if self.is_betaald:
            raise NietToegestaan("Het huwelijk is al betaald.")
        if bedrag_cents < 0 or not referentie.strip():
            raise OngeldigeInvoer(
                "Een betaling heeft een bedrag van 0 of meer en een referentie.",
                veld="bedragInCenten" if bedrag_cents < 0 else "referentie",
            )
        status = Betaalstatus.BETAALD if geslaagd else Betaalstatus.MISLUKT
        self.betaling = Betaling(status, bedrag_cents, referentie, nu, via_provider)
        if geslaagd:
            self.verloopt_op = None
        self._leg_vast(Gebeurtenis.REGISTREER_BETALING, self.status, naar, door, nu)

    def bevestig(self, *, config: ProcesConfiguratie, door: Actor, nu: datetime) -> None:
        """Confirm an approved case: paid in full (unless free) and with 2-4 witnesses."""
        naar = self._mag(Gebeurtenis.BEVESTIG, door, nu)
        if not MIN_GETUIGEN <= len(self.getuigen) <= MAX_GETUIGEN:
            raise NietToegestaan(f"Er zijn {MIN_GETUIGEN} tot {MAX_GETUIGEN} getuigen nodig.")
        totaal = self.prijs(config).totaal_cents
        betaald = self.betaling.bedrag_cents if self.betaling and self.is_betaald else 0
        if betaald < totaal:
            raise NietToegestaan("Het huwelijk is nog niet volledig betaald.")
        self._leg_vast(Gebeurtenis.BEVESTIG, self.status, naar, door, nu)

    def annuleer(self, *, reden: str | None = None, door: Actor, nu: datetime) -> None:
        """Cancel, by a partner or staff, until the ceremony starts."""
        naar = self._mag(Gebeurtenis.ANNULEER, door, nu, verlopen_mag=True)
        if nu >= self.moment.start:
            raise TermijnVerstreken("De ceremonie is begonnen; annuleren kan niet meer.")
        if reden is not None and bevat_mogelijk_bsn(reden):
            raise OngeldigeInvoer("reden: must not contain a BSN")
        self.verloopt_op = None
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
        """The status after `gebeurtenis`, once the table, the actor and the hold allow it."""
        naar = volgende_status(self.status, gebeurtenis)
        vereis_tijdzone(nu, "nu")
        if door is not None:
            if alleen is not None and door.rol is not alleen:
                raise NietToegestaan(_ALLEEN_VOOR[alleen])
            self._controleer_burger(door, gebeurtenis)
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
                f"Getuigen konden tot en met {_datum(uiterlijk)} worden gewijzigd."
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
