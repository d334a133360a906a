"""Ceremonies planned in an external agenda (Qmatic): what the case's reservation there needs.

With an external agenda (`Procesdiensten.agenda`), a case at a municipal location holds its slot
there. `reserveer` and a change that moves the ceremony hold the new slot before the case is
saved (`resolvers.huwelijken`); what follows a saved change goes through the outbox, durably,
written in the same transaction as the change:

    agenda.bevestig   the case became BEVESTIGD (or moved while confirmed): confirm its hold
    agenda.annuleer   the case was cancelled, expired or moved: release that reservation

Qmatic drops a hold after its reservation expiry time (600 s by default), long before a case is
confirmed. Confirming a lapsed hold therefore takes the slot again (a new hold, confirmed at
once) and records the new reservation with the case; if Qmatic has given the slot away, the
message fails with `AGENDA_SLOT_VERLOREN` and is retried until staff move or cancel the case.
A message about a reservation the case no longer holds is settled without effect, and releasing
a reservation that is gone already is fine: a repeated delivery never fails.
"""

from __future__ import annotations

import logging
from datetime import datetime

from trouwgraph.adapters.agenda import (
    Agenda,
    AgendaSlot,
    ReserveringNietGevonden,
    TijdslotNietBeschikbaar,
)
from trouwgraph.adapters.errors import UpstreamError
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.status import Gebeurtenis, Status
from trouwgraph.store.huwelijken import HuwelijkRepository
from trouwgraph.store.outbox import Bericht, Uitgaand

__all__ = [
    "SOORT_ANNULEER",
    "SOORT_BEVESTIG",
    "Agendabevestiger",
    "AgendaslotVerloren",
    "Agendavrijgever",
    "agendaberichten",
    "agendaslot",
    "laat_los",
    "vrijgave",
]

logger = logging.getLogger(__name__)

SOORT_BEVESTIG = "agenda.bevestig"
SOORT_ANNULEER = "agenda.annuleer"


class AgendaslotVerloren(UpstreamError):
    """The agenda gave the case's slot to someone else after its hold lapsed."""

    suffix = "SLOT_VERLOREN"


def agendaslot(huwelijk: Huwelijk) -> AgendaSlot | None:
    """The slot the case takes in the agenda; None at an own location (no branch there)."""
    locatie_id = huwelijk.locatie.locatie_id
    if locatie_id is None:
        return None
    moment = huwelijk.moment
    return AgendaSlot(moment.start, moment.eind, locatie_id, huwelijk.ceremonietype)


def vrijgave(gemeentecode: str, case_id: str, reservering_id: str) -> Bericht:
    """The message that releases `reservering_id` (a `store.repository.Release`)."""
    return Bericht(
        gemeentecode,
        case_id,
        SOORT_ANNULEER,
        f"{case_id}:agenda:annuleer:{reservering_id}",
        {"reservering_id": reservering_id},
    )


def agendaberichten(huwelijk: Huwelijk, oud: str | None, nieuw: str | None) -> list[Bericht]:
    """The agenda messages of a saved change: release the reservation the case let go of,
    confirm the one it holds when it is (or stays) confirmed."""
    berichten: list[Bericht] = []
    if oud is not None and oud != nieuw:
        berichten.append(vrijgave(huwelijk.gemeentecode, huwelijk.id, oud))
    bevestigd = any(w.gebeurtenis is Gebeurtenis.BEVESTIG for w in huwelijk.historie)
    verplaatst = huwelijk.status is Status.BEVESTIGD and nieuw != oud
    slot = agendaslot(huwelijk)
    if nieuw is not None and slot is not None and (bevestigd or verplaatst):
        berichten.append(
            Bericht(
                huwelijk.gemeentecode,
                huwelijk.id,
                SOORT_BEVESTIG,
                f"{huwelijk.id}:agenda:bevestig:{nieuw}",
                {
                    "reservering_id": nieuw,
                    "start": slot.start.isoformat(),
                    "eind": slot.eind.isoformat(),
                    "locatie_id": slot.locatie_id,
                    "ceremonietype": slot.ceremonietype,
                },
            )
        )
    return berichten


async def laat_los(agenda: Agenda, reservering_id: str) -> None:
    """Release a hold whose case was not saved; when the agenda fails too, its own hold
    expiry frees the slot, so this never raises."""
    try:
        await agenda.annuleer(reservering_id)
    except (UpstreamError, ValueError) as fout:
        logger.warning("agenda hold %s not released (%s); it lapses itself", reservering_id, fout)


class Agendabevestiger:
    """The outbox `verwerker` of `agenda.bevestig`."""

    def __init__(self, agenda: Agenda, huwelijken: HuwelijkRepository) -> None:
        self._agenda = agenda
        self._huwelijken = huwelijken

    async def __call__(self, bericht: Uitgaand) -> None:
        """Confirm the reservation the case holds for the message's slot; take the slot again
        when the hold lapsed. A case that moved or ended meanwhile needs nothing."""
        payload = bericht.payload
        slot = AgendaSlot(
            datetime.fromisoformat(str(payload["start"])),
            datetime.fromisoformat(str(payload["eind"])),
            str(payload["locatie_id"]),
            str(payload["ceremonietype"]),
        )
        dossier = await self._huwelijken.haal(bericht.case_id, bericht.gemeentecode)
        if dossier is None or agendaslot(dossier.huwelijk) != slot:
            return
        huidig = dossier.agenda_reservering_id
        if huidig is None:
            return
        try:
            await self._agenda.bevestig(huidig)
            return
        except ReserveringNietGevonden:
            pass  # the hold lapsed: take the slot again
        except TijdslotNietBeschikbaar:
            raise _verloren(bericht) from None
        try:
            nieuw = await self._agenda.houd_vast(slot, zaak_id=bericht.case_id)
        except TijdslotNietBeschikbaar:
            raise _verloren(bericht) from None
        if not await self._huwelijken.vervang_agenda_reservering(bericht.case_id, huidig, nieuw):
            await laat_los(self._agenda, nieuw)  # the case changed meanwhile: retry afresh
            raise AgendaslotVerloren("AGENDA", "the case changed while its slot was taken again")
        try:
            await self._agenda.bevestig(nieuw)
        except (ReserveringNietGevonden, TijdslotNietBeschikbaar):
            raise _verloren(bericht) from None  # a retry starts from `nieuw`


def _verloren(bericht: Uitgaand) -> AgendaslotVerloren:
    logger.warning("the agenda no longer keeps the slot of case %s", bericht.case_id)
    return AgendaslotVerloren(
        "AGENDA", "the agenda gave the slot away after the hold lapsed; move or cancel the case"
    )


class Agendavrijgever:
    """The outbox `verwerker` of `agenda.annuleer`."""

    def __init__(self, agenda: Agenda) -> None:
        self._agenda = agenda

    async def __call__(self, bericht: Uitgaand) -> None:
        """Release the reservation (gone already counts as released)."""
        await self._agenda.annuleer(str(bericht.payload["reservering_id"]))
