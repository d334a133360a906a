"""Use cases on marriage cases: read with authorisation, reserve, and change through the domain.

Every change follows one path (`_wijzig`): load the case, check the actor may see it, let the
aggregate apply the change (the domain checks the state machine and the rules), recompute the
case's claims on its location and BABS, and save - only if nobody saved in between
(`versie`), and only if the claimed slot is still free (the database's constraint). Any
refusal leaves the stored case untouched.

With an external agenda (Qmatic, `Procesdiensten.agenda`) its free times are the candidate
slots, and a reservation or a move holds the slot there before the save, releasing it again
when the save fails; confirming and releasing follow through the outbox
(`resolvers.agendareservering`). The local claims stay: they plan the BABS and keep the slot
from other couples whatever the agenda's hold expiry does.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from trouwgraph.adapters.agenda import Agenda, AgendaSlot, TijdslotNietBeschikbaar
from trouwgraph.adapters.bag import Adresregister
from trouwgraph.adapters.logboek import Logboek
from trouwgraph.domain.actor import Actor
from trouwgraph.domain.adrescontrole import controleer_eigen_locatie
from trouwgraph.domain.begrippen import Ambtenaarkeuze, Verbintenissoort
from trouwgraph.domain.beschikbaarheid import (
    Bezetting,
    Dagaanbod,
    Tijdslot,
    per_dag,
    tijdsloten_op,
    vrije_tijdsloten,
    zoekvraag,
)
from trouwgraph.domain.boeking import controleer_datum, zoekbereik
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.huwelijk import Huwelijk, weigert_melding
from trouwgraph.domain.onderdelen import AmbtenaarKeuze, LocatieKeuze, Verklaring
from trouwgraph.domain.regels.lopendezaak import toets_lopende_zaken
from trouwgraph.domain.regels.uitkomst import Betreft, Regeluitkomst, voor_burger
from trouwgraph.resolvers.agendareservering import agendaberichten, agendaslot, laat_los, vrijgave
from trouwgraph.resolvers.claims import (
    ZONDER_CLAIMS,
    claimbare_ambtenaar,
    claims_van,
    claims_voor,
    middelen,
    toegewezen_ambtenaar,
    zonder_eigen,
)
from trouwgraph.resolvers.errors import (
    NietGeauthenticeerd,
    NietGevonden,
    NietToegestaan,
    OngeldigeInvoer,
)
from trouwgraph.resolvers.terugbetaling import terugbetalingen_voor
from trouwgraph.resolvers.zaakfouten import (
    BeletselGevonden,
    EigenLocatieAfgewezen,
    LopendeZaak,
    SlotBezet,
    VersieConflict,
)
from trouwgraph.resolvers.zaakregistratie import berichten_voor
from trouwgraph.store.errors import InvalidCursor, StaleVersion
from trouwgraph.store.huwelijken import VERLOPENDE_STATUSSEN, Dossier, HuwelijkRepository
from trouwgraph.store.outbox import Bericht
from trouwgraph.store.records import (
    CaseFilter,
    HistoryEntry,
    Page,
    ReservationChange,
    ResourceClaim,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Procesdiensten:
    """What the marriage use cases need, made once in the app's lifespan."""

    huwelijken: HuwelijkRepository
    config: ProcesConfiguratie
    nieuw_id: Callable[[], str]
    adresregister: Adresregister
    zaakregistratie: bool = True  # register notices as zaken in the case system
    agenda: Agenda | None = None  # an external agenda (Qmatic); None: the built-in one


Actie = Callable[[Huwelijk, Actor, datetime], None]
Toetser = Callable[[Huwelijk], Awaitable[list[Regeluitkomst]]]


class Huwelijkszaken:
    """The marriage use cases for one request's actor."""

    def __init__(
        self,
        diensten: Procesdiensten,
        actor: Actor | None,
        nu: Callable[[], datetime],
        logboek: Logboek,
    ) -> None:
        self._diensten = diensten
        self._actor = actor
        self._nu = nu
        self._logboek = logboek

    @property
    def config(self) -> ProcesConfiguratie:
        """The municipality's process configuration."""
        return self._diensten.config

    def nu(self) -> datetime:
        """The time now, by the use cases' clock."""
        return self._nu()

    async def plaats(self, berichten: list[Bericht]) -> None:
        """Place outbox messages that go with no change of a case."""
        await self._diensten.huwelijken.plaats(berichten, self._nu())

    # --- reading ------------------------------------------------------------------------

    async def dossier(self, huwelijk_id: str) -> Dossier:
        """The case if the actor may see it; NietGevonden otherwise (also when it exists)."""
        dossier = await self.laad(huwelijk_id)
        self._verantwoord("huwelijk.inzien", [dossier])
        return dossier

    async def laad(self, huwelijk_id: str) -> Dossier:
        """The case if the actor may see it, expired if its time has come; NietGevonden
        otherwise. Not accounted for: for use cases that go on to change or pay it."""
        actor = self._vereist_actor()
        dossier = await self._diensten.huwelijken.haal(huwelijk_id, self.config.gemeentecode)
        if dossier is None or not mag_zien(actor, dossier.huwelijk):
            raise NietGevonden("Er is geen huwelijk met dit id.")
        return await self._laat_verlopen_als_nodig(dossier)

    async def mijn_dossiers(self) -> list[Dossier]:
        """The acting citizen's cases (as partner 1, or as invited partner 2)."""
        actor = self._vereist_actor()
        if actor.bsn is None:
            return []
        dossiers = await self._diensten.huwelijken.van_partner(self.config.gemeentecode, actor.bsn)
        gelezen = [await self._laat_verlopen_als_nodig(d) for d in dossiers]
        self._verantwoord("huwelijk.inzien", gelezen)
        return gelezen

    async def zoek(
        self, filter: CaseFilter, first: int, after: str | None
    ) -> tuple[list[Dossier], Page]:
        """Cases for staff, filtered and paged."""
        self.vereist_medewerker()
        await self._diensten.huwelijken.laat_verlopen(
            self.config.gemeentecode,
            self._nu(),
            vrijgave=vrijgave if self._diensten.agenda is not None else None,
        )
        try:
            dossiers, page = await self._diensten.huwelijken.lijst(
                self.config.gemeentecode, filter, first, after
            )
        except InvalidCursor:
            raise OngeldigeInvoer("after: deze cursor komt niet van deze lijst.") from None
        self._verantwoord("huwelijk.inzien", dossiers)
        return dossiers, page

    async def beschikbaarheid(
        self,
        *,
        van: date,
        tot: date,
        ceremonietype: str,
        locatie_id: str | None,
        ambtenaar_id: str | None,
        datumveld: str | None = None,
    ) -> list[Tijdslot]:
        """Free slots with their price: from the configuration's own start grid, or from the
        external agenda's free times; the local claims and the BABS planning apply to both.
        Only dates `reserveer` accepts now are searched (`domain.boeking`). `datumveld`: the
        argument's name when `van` and `tot` are one date argument."""
        nu = self._nu()
        vraag = zoekvraag(
            self.config,
            van=controleer_datum(van, datumveld or "van", nu),
            tot=controleer_datum(tot, datumveld or "tot", nu),
            ceremonietype=ceremonietype,
            locatie_id=locatie_id,
            ambtenaar_id=ambtenaar_id,
        )
        bereik = zoekbereik(self.config, vraag.soort, van, tot, nu)
        if bereik is None or not vraag.locaties:
            return []
        van, tot = bereik
        bezet = await self._bezetting(van, tot)
        agenda = self._diensten.agenda
        if agenda is not None:
            vrij = await agenda.vrije_tijdsloten(
                van, tot, ceremonietype=ceremonietype, locatie_id=locatie_id
            )
            return tijdsloten_op(
                self.config,
                vraag,
                [(s.locatie_id, s.start, s.eind) for s in vrij],
                bezet=bezet,
                na=nu,
            )
        return vrije_tijdsloten(
            self.config,
            van=van,
            tot=tot,
            ceremonietype=ceremonietype,
            bezet=bezet,
            locatie_id=locatie_id,
            ambtenaar_id=ambtenaar_id,
            na=nu,
        )

    async def beschikbare_dagen(
        self,
        *,
        van: date,
        tot: date,
        ceremonietype: str,
        locatie_id: str | None,
        ambtenaar_id: str | None,
    ) -> list[Dagaanbod]:
        """The days with free slots, summarised (`beschikbaarheid`'s slots, per day)."""
        slots = await self.beschikbaarheid(
            van=van,
            tot=tot,
            ceremonietype=ceremonietype,
            locatie_id=locatie_id,
            ambtenaar_id=ambtenaar_id,
        )
        return per_dag(slots, self.config.zone)

    async def controleer_locatie(self, keuze: LocatieKeuze) -> None:
        """An own location with an address must exist in the BAG and lie in the municipality."""
        adres = keuze.adres
        if adres is None:
            return
        gevonden = await self._diensten.adresregister.zoek(
            adres.postcode, adres.huisnummer, adres.huisletter, adres.toevoeging
        )
        controle = controleer_eigen_locatie(
            adres, [g.feit() for g in gevonden], self.config.gemeentecode
        )
        if not controle.akkoord:
            raise EigenLocatieAfgewezen.om(controle)

    async def historie(self, huwelijk_id: str) -> list[HistoryEntry]:
        """The history of a case the caller already read (and so may see)."""
        return await self._diensten.huwelijken.historie(huwelijk_id)

    def zichtbare_uitkomsten(
        self, huwelijk: Huwelijk, uitkomsten: Sequence[Regeluitkomst]
    ) -> list[Regeluitkomst]:
        """Check results as this actor may see them: a citizen sees details about themselves."""
        actor = self._vereist_actor()
        if actor.is_medewerker:
            return list(uitkomsten)
        partner = huwelijk.partner_met_bsn(actor.bsn) if actor.bsn else None
        if partner is None:
            return []
        return voor_burger(uitkomsten, Betreft(partner.rol.value))

    # --- changing -----------------------------------------------------------------------

    async def reserveer(
        self,
        *,
        soort: Verbintenissoort,
        partner1_bsn: str | None,
        ceremonietype: str,
        start: datetime,
        locatie: LocatieKeuze,
        ambtenaar: AmbtenaarKeuze | None,
        extras: list[str],
    ) -> Dossier:
        """A provisional reservation; partner 1 is the acting citizen (staff name them)."""
        actor = self._vereist_actor()
        bsn = partner1_bsn if actor.is_medewerker else actor.bsn
        if bsn is None:
            raise OngeldigeInvoer("Geef het BSN van partner 1 op.")
        nu = self._nu()
        await self.controleer_locatie(locatie)
        huwelijk = Huwelijk.reserveer(
            id=self._diensten.nieuw_id(),
            config=self.config,
            soort=soort,
            partner1_bsn=bsn,
            ceremonietype=ceremonietype,
            start=start,
            locatie=locatie,
            ambtenaar=ambtenaar,
            extras=extras,
            door=actor,
            nu=nu,
        )
        await self.geen_lopende_zaak(bsn, behalve=None)
        ambtenaar_id = await self._kies_ambtenaar(huwelijk, eigen=[])
        # Held in the external agenda before the case exists; released if it never does.
        reservering = await self._houd_vast(huwelijk)
        try:
            dossier = await self._diensten.huwelijken.voeg_toe(
                huwelijk,
                claims=claims_voor(huwelijk, ambtenaar_id),
                toegewezen_ambtenaar_id=toegewezen_ambtenaar(huwelijk, ambtenaar_id),
                nu=nu,
                agenda_reservering_id=reservering,
            )
        except BaseException:
            await self._laat_los(reservering)
            raise
        self._verantwoord("huwelijk.reserveer", [dossier])
        return dossier

    async def wijzig(
        self,
        huwelijk_id: str,
        versie: int,
        actie: Actie,
        controle: Callable[[], Awaitable[None]] | None = None,
        *,
        naar_zaaksysteem: bool = True,
    ) -> Dossier:
        """Apply `actie` (a domain method call) to the case and save it; `controle` checks
        with the outside world first, once the actor is known to be allowed to see the case.
        `naar_zaaksysteem=False` for a change the case system itself made: it has it already."""
        dossier = await self.voor_wijziging(huwelijk_id, versie)
        if controle is not None:
            await controle()
        voor, voor_slot = claims_van(dossier), agendaslot(dossier.huwelijk)
        nu = self._nu()
        actie(dossier.huwelijk, self._vereist_actor(), nu)
        return await self._bewaar(
            dossier, versie, voor, voor_slot, nu, naar_zaaksysteem=naar_zaaksysteem
        )

    async def doe_melding(
        self, huwelijk_id: str, versie: int, verklaringen: list[Verklaring], toetser: Toetser
    ) -> Dossier:
        """Give the notice and run every check; an impediment refuses it, saving nothing."""
        dossier = await self.voor_wijziging(huwelijk_id, versie)
        huwelijk, actor, nu = dossier.huwelijk, self._vereist_actor(), self._nu()
        voor, voor_slot = claims_van(dossier), agendaslot(huwelijk)
        huwelijk.doe_melding(verklaringen, config=self.config, door=actor, nu=nu)
        uitkomsten = await toetser(huwelijk) + await self._lopende_zaken(huwelijk, nu)
        if weigert_melding(uitkomsten):
            raise BeletselGevonden(huwelijk, uitkomsten)
        huwelijk.registreer_toetsing(uitkomsten, door=actor, nu=nu)
        return await self._bewaar(dossier, versie, voor, voor_slot, nu)

    async def geen_lopende_zaak(self, bsn: str, *, behalve: str | None) -> None:
        """`LopendeZaak` when `bsn` is a partner in another case that still leads to a
        ceremony; staff are told which, a citizen (asking about themselves) that there is one."""
        lopend = await self._diensten.huwelijken.lopende_zaken(bsn, self._nu(), behalve=behalve)
        if not lopend:
            return
        if self._vereist_actor().is_medewerker:
            zaken = ", ".join(f"{id_} (gemeente {gemeente})" for id_, gemeente in lopend)
            raise LopendeZaak(f"Deze persoon is partner in een ander lopend dossier: {zaken}.")
        raise LopendeZaak(
            "U bent al partner in een ander lopend huwelijksdossier. Annuleer dat eerst."
        )

    async def _lopende_zaken(self, huwelijk: Huwelijk, nu: datetime) -> list[Regeluitkomst]:
        per_partner = {
            p.rol: [
                id_
                for id_, _ in await self._diensten.huwelijken.lopende_zaken(
                    p.bsn, nu, behalve=huwelijk.id
                )
            ]
            for p in huwelijk.partners
        }
        return toets_lopende_zaken(per_partner)

    # --- internals ----------------------------------------------------------------------

    async def voor_wijziging(self, huwelijk_id: str, versie: int) -> Dossier:
        """The case to change at `versie` (VersieConflict when it moved on)."""
        dossier = await self.laad(huwelijk_id)
        if dossier.huwelijk.versie != versie:
            raise VersieConflict(dossier.huwelijk.versie)
        return dossier

    async def _bewaar(
        self,
        dossier: Dossier,
        versie: int,
        voor: list[ResourceClaim],
        voor_slot: AgendaSlot | None,
        nu: datetime,
        *,
        naar_zaaksysteem: bool = True,
    ) -> Dossier:
        huwelijk = dossier.huwelijk
        ambtenaar_id = claimbare_ambtenaar(huwelijk, dossier.toegewezen_ambtenaar_id)
        na = claims_voor(huwelijk, ambtenaar_id)
        if middelen(na) != middelen(voor) and na:
            ambtenaar_id = await self._kies_ambtenaar(huwelijk, eigen=voor)
            na = claims_voor(huwelijk, ambtenaar_id)
        oud = dossier.agenda_reservering_id
        nieuw = oud
        if self._diensten.agenda is not None:
            if huwelijk.status in ZONDER_CLAIMS:
                nieuw = None
            elif agendaslot(huwelijk) != voor_slot:
                # Moved: hold the new slot first; the old one is released once this is saved.
                nieuw = await self._houd_vast(huwelijk)
        try:
            return await self._sla_op(
                dossier,
                versie,
                na if na != voor else None,
                toegewezen_ambtenaar(huwelijk, ambtenaar_id),
                nu,
                ReservationChange(oud, nieuw) if nieuw != oud else None,
                naar_zaaksysteem=naar_zaaksysteem,
            )
        except BaseException:
            if nieuw != oud:
                await self._laat_los(nieuw)
            raise

    async def _sla_op(
        self,
        dossier: Dossier,
        versie: int,
        claims: list[ResourceClaim] | None,
        toegewezen_ambtenaar_id: str | None,
        nu: datetime,
        reservering: ReservationChange | None,
        *,
        naar_zaaksysteem: bool,
    ) -> Dossier:
        huwelijk = dossier.huwelijk
        berichten = self._berichten(huwelijk, naar_zaaksysteem=naar_zaaksysteem)
        if self._diensten.agenda is not None:
            oud = dossier.agenda_reservering_id
            # First: a slot is released without waiting for this change's refund or zaak status.
            nieuw = reservering.new if reservering else oud
            berichten = agendaberichten(huwelijk, oud, nieuw) + berichten
        gebeurtenissen = sorted({w.gebeurtenis.value for w in huwelijk.historie})
        try:
            opgeslagen = await self._diensten.huwelijken.bewaar(
                dossier,
                verwachte_versie=versie,
                claims=claims,
                toegewezen_ambtenaar_id=toegewezen_ambtenaar_id,
                nu=nu,
                # The case system and the agenda hear of the change through the outbox, in
                # this transaction.
                outbox=berichten,
                agenda_reservering=reservering,
            )
        except StaleVersion:
            # Saved by someone else between our read and our write: nothing was written.
            actueel = await self._diensten.huwelijken.haal(huwelijk.id, huwelijk.gemeentecode)
            raise VersieConflict(actueel.huwelijk.versie if actueel else versie) from None
        for gebeurtenis in gebeurtenissen:
            self._verantwoord(f"huwelijk.{gebeurtenis}", [opgeslagen])
        return opgeslagen

    async def _kies_ambtenaar(
        self, huwelijk: Huwelijk, *, eigen: list[ResourceClaim]
    ) -> str | None:
        """Check the case's slot is free; the BABS to claim (for TOEGEWEZEN: pick one)."""
        config = self.config
        dag = huwelijk.moment.start.astimezone(config.zone).date()
        bezet = zonder_eigen(await self._bezetting(dag, dag), eigen)
        keuze = huwelijk.ambtenaar
        vraag = zoekvraag(
            config,
            van=dag,
            tot=dag,
            ceremonietype=huwelijk.ceremonietype,
            locatie_id=huwelijk.locatie.locatie_id,
            ambtenaar_id=keuze.ambtenaar_id,
            eigen_babs=keuze.soort is Ambtenaarkeuze.EIGEN,
        )
        slot_in_agenda = agendaslot(huwelijk)
        if self._diensten.agenda is not None and slot_in_agenda is not None:
            # The external agenda decides the location's times (its hold follows); here the
            # local claims and the BABS planning.
            vrij = [(slot_in_agenda.locatie_id, slot_in_agenda.start, slot_in_agenda.eind)]
            slots = tijdsloten_op(config, vraag, vrij, bezet=bezet)
        else:
            slots = vrije_tijdsloten(
                config,
                van=dag,
                tot=dag,
                ceremonietype=huwelijk.ceremonietype,
                bezet=bezet,
                locatie_id=huwelijk.locatie.locatie_id,
                ambtenaar_id=keuze.ambtenaar_id,
                eigen_babs=keuze.soort is Ambtenaarkeuze.EIGEN,
            )
        slot = next((s for s in slots if s.start == huwelijk.moment.start), None)
        if slot is None:
            raise SlotBezet("Dit tijdslot is niet (meer) beschikbaar.")
        if keuze.soort is not Ambtenaarkeuze.TOEGEWEZEN:
            return keuze.ambtenaar_id
        huidig = next((c.resource_id for c in eigen if c.kind == "ambtenaar"), None)
        return huidig if huidig in slot.ambtenaar_ids else slot.ambtenaar_ids[0]

    async def _bezetting(self, van: date, tot: date) -> list[Bezetting]:
        # Whole weeks: a BABS's week capacity counts every ceremony of the week.
        zone = self.config.zone
        maandag = van - timedelta(days=van.weekday())
        zondag = tot + timedelta(days=6 - tot.weekday())
        begin = datetime.combine(maandag, time(0), tzinfo=zone)
        eind = datetime.combine(zondag + timedelta(days=1), time(0), tzinfo=zone)
        return await self._diensten.huwelijken.bezetting(
            self.config.gemeentecode, begin, eind, self._nu()
        )

    async def _houd_vast(self, huwelijk: Huwelijk) -> str | None:
        """Hold the case's slot in the external agenda; its reservation id (None without an
        external agenda, or at an own location). A refusal is `SlotBezet`."""
        agenda, slot = self._diensten.agenda, agendaslot(huwelijk)
        if agenda is None or slot is None:
            return None
        try:
            return await agenda.houd_vast(slot, zaak_id=huwelijk.id)
        except TijdslotNietBeschikbaar:
            raise SlotBezet("Dit tijdslot is niet (meer) beschikbaar.") from None

    async def _laat_los(self, reservering: str | None) -> None:
        """Compensation: release a hold made for a change that was not saved."""
        if reservering is not None and self._diensten.agenda is not None:
            await laat_los(self._diensten.agenda, reservering)

    async def _laat_verlopen_als_nodig(self, dossier: Dossier) -> Dossier:
        huwelijk, nu = dossier.huwelijk, self._nu()
        if huwelijk.status not in VERLOPENDE_STATUSSEN or not huwelijk.is_verlopen(nu):
            return dossier
        voor = claims_van(dossier)
        huwelijk.verloop(nu=nu)
        oud = dossier.agenda_reservering_id if self._diensten.agenda is not None else None
        try:
            return await self._diensten.huwelijken.bewaar(
                dossier,
                verwachte_versie=huwelijk.versie,
                claims=[] if voor else None,
                toegewezen_ambtenaar_id=dossier.toegewezen_ambtenaar_id,
                nu=nu,
                outbox=[
                    *agendaberichten(huwelijk, oud, None),
                    *self._berichten(huwelijk, naar_zaaksysteem=True),
                ],
                agenda_reservering=ReservationChange(oud, None) if oud else None,
            )
        except StaleVersion:
            # Someone (the bulk expiry, most likely) saved it first: read what they wrote.
            fresh = await self._diensten.huwelijken.haal(huwelijk.id, huwelijk.gemeentecode)
            if fresh is None:
                raise NietGevonden("Er is geen huwelijk met dit id.") from None
            return fresh

    def _berichten(self, huwelijk: Huwelijk, *, naar_zaaksysteem: bool) -> list[Bericht]:
        """What this change must tell the outside world, written with the change itself."""
        berichten = terugbetalingen_voor(huwelijk, huwelijk.historie, self.config)
        if naar_zaaksysteem and self._diensten.zaakregistratie:
            berichten += berichten_voor(huwelijk, huwelijk.historie)
        return berichten

    def _verantwoord(self, verwerking: str, dossiers: Sequence[Dossier]) -> None:
        """Account for processing the personal data of everyone in these cases."""
        betrokkenen: set[str] = set()
        for dossier in dossiers:
            huwelijk = dossier.huwelijk
            betrokkenen.update(p.bsn for p in huwelijk.partners)
            betrokkenen.update(g.bsn for g in huwelijk.getuigen if g.bsn)
            if huwelijk.ambtenaar.eigen is not None:
                betrokkenen.add(huwelijk.ambtenaar.eigen.bsn)
        if betrokkenen:
            self._logboek.registreer(verwerking, betrokkenen)

    def _vereist_actor(self) -> Actor:
        if self._actor is None:
            raise NietGeauthenticeerd("Deze vraag vereist een geldig toegangstoken.")
        return self._actor

    def vereist_medewerker(self) -> Actor:
        actor = self._vereist_actor()
        if not actor.is_medewerker:
            raise NietToegestaan("Alleen medewerkers van de gemeente mogen dit.")
        return actor


def mag_zien(actor: Actor, huwelijk: Huwelijk) -> bool:
    """Staff see every case; a citizen only the cases they are a partner in."""
    return actor.is_medewerker or (
        actor.bsn is not None and huwelijk.partner_met_bsn(actor.bsn) is not None
    )
