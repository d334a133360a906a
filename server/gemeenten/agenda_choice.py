"""The municipality's agenda: the built-in one, or Qmatic Orchestra (`[agenda] soort`).

`kies_agenda` runs in the lifespan: for Qmatic it opens the `registers.qmatic` client (the
embedded Qmatic registry by default), builds the `QmaticAgenda` for the use cases and the outbox
`verwerkers` that confirm and release its reservations. The built-in agenda needs neither.

A Qmatic service lasts as long as its ceremony type; where [proces] gives a location a longer
slot, that length is sent as Qmatic's custom slot length, so Qmatic offers only times where the
whole slot fits (reserving sends it always).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from trouwgraph.adapters.agenda import Agenda
from trouwgraph.adapters.qmatic import QmaticAgenda
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.resolvers.agendareservering import (
    SOORT_ANNULEER,
    SOORT_BEVESTIG,
    Agendabevestiger,
    Agendavrijgever,
)
from trouwgraph.resolvers.zaakregistratie import Verwerker
from trouwgraph.server.gemeenten.config import QMATIC, Gemeente
from trouwgraph.store.huwelijken import HuwelijkRepository
from trouwgraph.store.repository import CaseRepository

__all__ = ["Agendakeuze", "kies_agenda"]


@dataclass(frozen=True)
class Agendakeuze:
    """The agenda for `Procesdiensten.agenda` (None: built in) and its outbox verwerkers."""

    agenda: Agenda | None = None
    verwerkers: Mapping[str, Verwerker] = field(default_factory=dict)


async def kies_agenda(
    gemeente: Gemeente,
    client: Callable[[str], httpx.AsyncClient],
    stack: AsyncExitStack,
    sessions: async_sessionmaker[AsyncSession],
) -> Agendakeuze:
    """The agenda `gemeente` chose; `client(name)` makes a registry's client, which `stack`
    closes on shutdown."""
    keuze = gemeente.agenda
    if keuze.soort != QMATIC:
        return Agendakeuze()
    http = await stack.enter_async_context(client("qmatic"))
    agenda = QmaticAgenda(
        http,
        timeout=http.timeout,
        vestigingen=keuze.vestigingen,
        diensten=keuze.diensten,
        locatie_slotlengte_minuten=eigen_slotlengtes(gemeente.procesconfiguratie),
    )
    huwelijken = HuwelijkRepository(CaseRepository(sessions))
    return Agendakeuze(
        agenda,
        {
            SOORT_BEVESTIG: Agendabevestiger(agenda, huwelijken),
            SOORT_ANNULEER: Agendavrijgever(agenda),
        },
    )


def eigen_slotlengtes(config: ProcesConfiguratie) -> dict[tuple[str, str], int]:
    """(ceremony type, location) -> minutes, where the location's slot outlasts the type."""
    return {
        (soort.code, locatie.id): config.slotduur_minuten(soort, locatie)
        for soort in config.ceremonietypen
        for locatie in config.locaties_voor(soort)
        if config.slotduur_minuten(soort, locatie) != soort.duur_minuten
    }
