"""The typed per-request context: who acts, the request's loaders, the long-lived services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from trouwgraph.adapters.betalingen import Betaalprovider
from trouwgraph.adapters.brp import PersonenBevragen, Verzoekcontext
from trouwgraph.adapters.logboek import Logboek
from trouwgraph.domain.actor import Actor
from trouwgraph.resolvers.authenticatieniveau import Authenticatiebeleid
from trouwgraph.resolvers.betaalzaken import Betaallinks
from trouwgraph.resolvers.errors import NietGeauthenticeerd, TeVeelZoekvragen
from trouwgraph.resolvers.huwelijken import Huwelijkszaken, Procesdiensten
from trouwgraph.resolvers.personen import PersoonLoader
from trouwgraph.store.outbox import OutboxRepository


@dataclass(frozen=True)
class Services:
    """Long-lived ports, made once in the app's lifespan."""

    brp: PersonenBevragen
    proces: Procesdiensten
    logboek: Logboek
    authenticatie: Authenticatiebeleid
    outbox: OutboxRepository
    betalingen: Betaalprovider
    betaallinks: Betaallinks
    agendafeed: Callable[[str, str], str | None]  # (ambtenaar|locatie, id) -> feed URL
    clock: Callable[[], datetime]


@dataclass
class Context:
    """What every resolver of one request may use."""

    services: Services
    actor: Actor | None
    # Counts one free-slot search of this request's client; False when over its limit.
    zoekbeurt: Callable[[], Awaitable[bool]] | None = None
    personen: PersoonLoader = field(init=False)
    huwelijken: Huwelijkszaken = field(init=False)

    def __post_init__(self) -> None:
        # Persons are only looked up for an authenticated actor; "anoniem" is never sent.
        gebruiker = self.actor.label if self.actor else "anoniem"
        self.personen = PersoonLoader(
            self.services.brp, Verzoekcontext(gebruiker=gebruiker), self.services.logboek
        )
        self.huwelijken = Huwelijkszaken(
            self.services.proces, self.actor, self.services.clock, self.services.logboek
        )

    def vereist_actor(self) -> Actor:
        """The acting person; raises NietGeauthenticeerd for an anonymous request."""
        if self.actor is None:
            raise NietGeauthenticeerd("Deze vraag vereist een geldig toegangstoken.")
        return self.actor

    async def vereis_zoekbeurt(self) -> None:
        """Free-slot searches are the most expensive anonymous fields: an anonymous client
        gets a limit of its own for them (TeVeelZoekvragen beyond it)."""
        if self.actor is None and self.zoekbeurt is not None and not await self.zoekbeurt():
            raise TeVeelZoekvragen(
                "U heeft te vaak naar vrije tijdsloten gezocht. Probeer het over een minuut "
                "opnieuw."
            )
