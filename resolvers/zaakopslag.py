"""Saving a changed marriage case: its claims on location and BABS (choosing a BABS when the
municipality assigns one), its hold in an external agenda, and the outbox messages that tell
the case system, the agenda and the payment provider - all in one transaction, and only if
nobody saved the case in between (`versie`). Also lapsing a case whose time has come, and
accounting for the processing of personal data (the Logboek)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from trouwgraph.adapters.agenda import AgendaSlot, TijdslotNietBeschikbaar
from trouwgraph.adapters.logboek import Logboek
from trouwgraph.domain.begrippen import Ambtenaarkeuze
from trouwgraph.domain.beschikbaarheid import (
    Bezetting,
    Tijdslot,
    tijdsloten_op,
    vrije_tijdsloten,
    zoekvraag,
)
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.resolvers.agendareservering import agendaberichten, agendaslot, laat_los
from trouwgraph.resolvers.claims import (
    ZONDER_CLAIMS,
    claimbare_ambtenaar,
    claims_van,
    claims_voor,
    middelen,
    toegewezen_ambtenaar,
    zonder_eigen,
)
from trouwgraph.resolvers.errors import NietGevonden
from trouwgraph.resolvers.procesdiensten import Procesdiensten
from trouwgraph.resolvers.terugbetaling import terugbetalingen_voor
from trouwgraph.resolvers.zaakfouten import SlotBezet, VersieConflict
from trouwgraph.resolvers.zaakregistratie import berichten_voor
from trouwgraph.store.errors import StaleVersion
from trouwgraph.store.huwelijken import VERLOPENDE_STATUSSEN, Dossier
from trouwgraph.store.outbox import Bericht
from trouwgraph.store.records import ReservationChange, ResourceClaim

__all__ = ["Zaakopslag"]


class Zaakopslag:
    """The save path of the marriage use cases (`resolvers.huwelijken`)."""

    def __init__(
        self, diensten: Procesdiensten, nu: Callable[[], datetime], logboek: Logboek
    ) -> None:
        self._diensten = diensten
        self._nu = nu
        self._logboek = logboek

    @property
    def config(self) -> ProcesConfiguratie:
        """The municipality's process configuration."""
        return self._diensten.config

    async def bewaar(
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
            ambtenaar_id = await self.kies_ambtenaar(huwelijk, eigen=voor)
            na = claims_voor(huwelijk, ambtenaar_id)
        oud = dossier.agenda_reservering_id
        nieuw = oud
        if self._diensten.agenda is not None:
            if huwelijk.status in ZONDER_CLAIMS:
                nieuw = None
            elif agendaslot(huwelijk) != voor_slot:
                # Moved: hold the new slot first; the old one is released once this is saved.
                nieuw = await self.houd_vast(huwelijk)
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
                await self.laat_los(nieuw)
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
            self.verantwoord(f"huwelijk.{gebeurtenis}", [opgeslagen])
        return opgeslagen

    async def kies_ambtenaar(self, huwelijk: Huwelijk, *, eigen: list[ResourceClaim]) -> str | None:
        """Check the case's slot is free; the BABS to claim (for TOEGEWEZEN: pick one)."""
        keuze = huwelijk.ambtenaar
        slot = await self._eigen_slot(
            huwelijk,
            eigen,
            ambtenaar_id=keuze.ambtenaar_id,
            eigen_babs=keuze.soort is Ambtenaarkeuze.EIGEN,
        )
        if slot is None:
            if keuze.soort is Ambtenaarkeuze.KEUZE and await self._eigen_slot(huwelijk, eigen):
                # The moment is free, only the chosen BABS is not: say so, so the couple
                # picks another BABS rather than another moment.
                raise SlotBezet("Deze trouwambtenaar is op dat moment niet beschikbaar.")
            raise SlotBezet("Dit tijdslot is niet (meer) beschikbaar.")
        if keuze.soort is not Ambtenaarkeuze.TOEGEWEZEN:
            return keuze.ambtenaar_id
        huidig = next((c.resource_id for c in eigen if c.kind == "ambtenaar"), None)
        return huidig if huidig in slot.ambtenaar_ids else slot.ambtenaar_ids[0]

    async def vrije_ambtenaren(self, dossier: Dossier) -> tuple[str, ...]:
        """The municipal BABS free at the case's moment and location, its own claims not
        counted; none for a case that no longer holds its slot or whose moment has passed."""
        huwelijk = dossier.huwelijk
        if huwelijk.status in ZONDER_CLAIMS or huwelijk.moment.start <= self._nu():
            return ()
        slot = await self._eigen_slot(huwelijk, claims_van(dossier))
        return slot.ambtenaar_ids if slot is not None else ()

    async def _eigen_slot(
        self,
        huwelijk: Huwelijk,
        eigen: list[ResourceClaim],
        *,
        ambtenaar_id: str | None = None,
        eigen_babs: bool = False,
    ) -> Tijdslot | None:
        """The case's own slot if it is free apart from the case's claims `eigen`."""
        config = self.config
        dag = huwelijk.moment.start.astimezone(config.zone).date()
        bezet = zonder_eigen(await self.bezetting(dag, dag), eigen)
        slot_in_agenda = agendaslot(huwelijk)
        if self._diensten.agenda is not None and slot_in_agenda is not None:
            # The external agenda decides the location's times (its hold follows); here the
            # local claims and the BABS planning.
            vraag = zoekvraag(
                config,
                van=dag,
                tot=dag,
                ceremonietype=huwelijk.ceremonietype,
                locatie_id=huwelijk.locatie.locatie_id,
                ambtenaar_id=ambtenaar_id,
                eigen_babs=eigen_babs,
            )
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
                ambtenaar_id=ambtenaar_id,
                eigen_babs=eigen_babs,
            )
        return next((s for s in slots if s.start == huwelijk.moment.start), None)

    async def bezetting(self, van: date, tot: date) -> list[Bezetting]:
        # Whole weeks: a BABS's week capacity counts every ceremony of the week.
        zone = self.config.zone
        maandag = van - timedelta(days=van.weekday())
        zondag = tot + timedelta(days=6 - tot.weekday())
        begin = datetime.combine(maandag, time(0), tzinfo=zone)
        eind = datetime.combine(zondag + timedelta(days=1), time(0), tzinfo=zone)
        return await self._diensten.huwelijken.bezetting(
            self.config.gemeentecode, begin, eind, self._nu()
        )

    async def houd_vast(self, huwelijk: Huwelijk) -> str | None:
        """Hold the case's slot in the external agenda; its reservation id (None without an
        external agenda, or at an own location). A refusal is `SlotBezet`."""
        agenda, slot = self._diensten.agenda, agendaslot(huwelijk)
        if agenda is None or slot is None:
            return None
        try:
            return await agenda.houd_vast(slot, zaak_id=huwelijk.id)
        except TijdslotNietBeschikbaar:
            raise SlotBezet("Dit tijdslot is niet (meer) beschikbaar.") from None

    async def laat_los(self, reservering: str | None) -> None:
        """Compensation: release a hold made for a change that was not saved."""
        if reservering is not None and self._diensten.agenda is not None:
            await laat_los(self._diensten.agenda, reservering)

    async def laat_verlopen_als_nodig(self, dossier: Dossier) -> Dossier:
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

    def verantwoord(self, verwerking: str, dossiers: Sequence[Dossier]) -> None:
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
