# size: the marriage use cases share one load-check-change-save path; split, it would be copied
"""Use cases on marriage cases: read with authorisation, reserve, and change through the domain.

Every change follows one path (`_wijzig`): load the case, check the actor may see it, let the
aggregate apply the change (the domain checks the state machine and the rules), recompute the
case's claims on its location and BABS, and save - only if nobody saved in between
(`versie`), and only if the claimed slot is still free (the database's constraint). Any
refusal leaves the stored case untouched. The save itself (claims, agenda hold, outbox,
processing log) is `resolvers.zaakopslag`; what the use cases need, `resolvers.procesdiensten`.

With an external agenda (Qmatic, `Procesdiensten.agenda`) its free times are the candidate
slots, and a reservation or a move holds the slot there before the save, releasing it again
when the save fails; confirming and releasing follow through the outbox
(`resolvers.agendareservering`). The local claims stay: they plan the BABS and keep the slot
from other couples whatever the agenda's hold expiry does.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime

from trouwgraph.adapters.logboek import Logboek
from trouwgraph.domain.actor import Actor
from trouwgraph.domain.adrescontrole import controleer_eigen_locatie
from trouwgraph.domain.begrippen import Verbintenissoort
from trouwgraph.domain.beschikbaarheid import (
    Bezetting,
    Dagaanbod,
    Tijdslot,
    Zoekvraag,
    per_dag,
    tijdsloten_op,
    vrij_in,
    zoekvraag,
)
from trouwgraph.domain.boeking import controleer_datum, zoekbereik
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.huwelijk import Huwelijk, weigert_melding
from trouwgraph.domain.onderdelen import AmbtenaarKeuze, LocatieKeuze
from trouwgraph.domain.regels.lopendezaak import toets_lopende_zaken
from trouwgraph.domain.regels.uitkomst import Betreft, Regeluitkomst, voor_burger
from trouwgraph.resolvers.agendareservering import agendaslot, vrijgave
from trouwgraph.resolvers.claims import (
    claims_van,
    claims_voor,
    toegewezen_ambtenaar,
)
from trouwgraph.resolvers.errors import (
    NietGeauthenticeerd,
    NietGevonden,
    NietToegestaan,
    OngeldigeInvoer,
)
from trouwgraph.resolvers.procesdiensten import Actie, Procesdiensten, Toetser
from trouwgraph.resolvers.zaakfouten import (
    BeletselGevonden,
    EigenLocatieAfgewezen,
    LopendeZaak,
    VersieConflict,
)
from trouwgraph.resolvers.zaakopslag import Zaakopslag
from trouwgraph.store.errors import InvalidCursor
from trouwgraph.store.huwelijken import Dossier
from trouwgraph.store.outbox import Bericht
from trouwgraph.store.records import (
    CaseFilter,
    HistoryEntry,
    Page,
)

logger = logging.getLogger(__name__)

__all__ = ["Actie", "Huwelijkszaken", "Procesdiensten", "Toetser", "mag_zien"]


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
        self._opslag = Zaakopslag(diensten, nu, logboek)

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
        self._opslag.verantwoord("huwelijk.inzien", [dossier])
        return dossier

    async def laad(self, huwelijk_id: str) -> Dossier:
        """The case if the actor may see it, expired if its time has come; NietGevonden
        otherwise. Not accounted for: for use cases that go on to change or pay it."""
        actor = self._vereist_actor()
        dossier = await self._diensten.huwelijken.haal(huwelijk_id, self.config.gemeentecode)
        if dossier is None or not mag_zien(actor, dossier.huwelijk):
            raise NietGevonden("Er is geen huwelijk met dit id.")
        return await self._opslag.laat_verlopen_als_nodig(dossier)

    async def vrije_ambtenaren(self, dossier: Dossier) -> tuple[str, ...]:
        """The BABS the case could choose now, at its own moment and location."""
        return await self._opslag.vrije_ambtenaren(dossier)

    async def mijn_dossiers(self) -> list[Dossier]:
        """The acting citizen's cases (as partner 1, or as invited partner 2)."""
        actor = self._vereist_actor()
        if actor.bsn is None:
            return []
        dossiers = await self._diensten.huwelijken.van_partner(self.config.gemeentecode, actor.bsn)
        gelezen = [await self._opslag.laat_verlopen_als_nodig(d) for d in dossiers]
        self._opslag.verantwoord("huwelijk.inzien", gelezen)
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
        self._opslag.verantwoord("huwelijk.inzien", dossiers)
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
        zoek = await self._zoek(van, tot, ceremonietype, locatie_id, ambtenaar_id, datumveld)
        if zoek is None:
            return []
        vraag, van, tot, bezet, nu = zoek
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
        return vrij_in(self.config, vraag, van, tot, bezet, nu)

    async def beschikbare_dagen(
        self,
        *,
        van: date,
        tot: date,
        ceremonietype: str,
        locatie_id: str | None,
        ambtenaar_id: str | None,
    ) -> list[Dagaanbod]:
        """The days with free slots, summarised (`beschikbaarheid`'s slots, per day); with the
        built-in agenda each day's summary is kept for the next search (`Dagoverzichten`)."""
        if self._diensten.agenda is not None:
            slots = await self.beschikbaarheid(
                van=van,
                tot=tot,
                ceremonietype=ceremonietype,
                locatie_id=locatie_id,
                ambtenaar_id=ambtenaar_id,
            )
            return per_dag(slots, self.config.zone)
        zoek = await self._zoek(van, tot, ceremonietype, locatie_id, ambtenaar_id, None)
        if zoek is None:
            return []
        vraag, van, tot, bezet, nu = zoek
        return self._diensten.dagoverzichten.per_dag(self.config, vraag, van, tot, bezet, nu)

    async def _zoek(
        self,
        van: date,
        tot: date,
        ceremonietype: str,
        locatie_id: str | None,
        ambtenaar_id: str | None,
        datumveld: str | None,
    ) -> tuple[Zoekvraag, date, date, list[Bezetting], datetime] | None:
        """A checked search, the dates in it `reserveer` accepts now and their weeks'
        bookings; None when nothing can be free."""
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
            return None
        van, tot = bereik
        return vraag, van, tot, await self._opslag.bezetting(van, tot), nu

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
        # The outside world (the BAG, the other cases) only once the domain accepted the input.
        await self.controleer_locatie(locatie)
        await self.geen_lopende_zaak(bsn, behalve=None)
        ambtenaar_id = await self._opslag.kies_ambtenaar(huwelijk, eigen=[])
        # Held in the external agenda before the case exists; released if it never does.
        reservering = await self._opslag.houd_vast(huwelijk)
        try:
            dossier = await self._diensten.huwelijken.voeg_toe(
                huwelijk,
                claims=claims_voor(huwelijk, ambtenaar_id),
                toegewezen_ambtenaar_id=toegewezen_ambtenaar(huwelijk, ambtenaar_id),
                nu=nu,
                agenda_reservering_id=reservering,
            )
        except BaseException:
            await self._opslag.laat_los(reservering)
            raise
        self._opslag.verantwoord("huwelijk.reserveer", [dossier])
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
        with the outside world once the domain allowed the change (who acts, then the state):
        the answer to someone not allowed never depends on the outside world, nor asks it.
        `naar_zaaksysteem=False` for a change the case system itself made: it has it already."""
        dossier = await self.voor_wijziging(huwelijk_id, versie)
        voor, voor_slot = claims_van(dossier), agendaslot(dossier.huwelijk)
        nu = self._nu()
        actie(dossier.huwelijk, self._vereist_actor(), nu)  # on this request's copy only
        if controle is not None:
            await controle()
        return await self._opslag.bewaar(
            dossier, versie, voor, voor_slot, nu, naar_zaaksysteem=naar_zaaksysteem
        )

    async def doe_melding(self, huwelijk_id: str, versie: int, toetser: Toetser) -> Dossier:
        """Give the notice and run every check; an impediment refuses it, saving nothing."""
        dossier = await self.voor_wijziging(huwelijk_id, versie)
        huwelijk, actor, nu = dossier.huwelijk, self._vereist_actor(), self._nu()
        voor, voor_slot = claims_van(dossier), agendaslot(huwelijk)
        huwelijk.doe_melding(config=self.config, door=actor, nu=nu)
        uitkomsten = await toetser(huwelijk) + await self._lopende_zaken(huwelijk, nu)
        if weigert_melding(uitkomsten):
            raise BeletselGevonden(huwelijk, uitkomsten)
        huwelijk.registreer_toetsing(uitkomsten, door=actor, nu=nu)
        return await self._opslag.bewaar(dossier, versie, voor, voor_slot, nu)

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

    def _vereist_actor(self) -> Actor:
        if self._actor is None:
            raise NietGeauthenticeerd("Deze vraag vereist een geldig toegangstoken.")
        return self._actor

    def vereist_actor(self) -> Actor:
        """The acting user; NietGeauthenticeerd without a valid token."""
        return self._vereist_actor()

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
