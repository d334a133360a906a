"""What the marriage use cases need (`Procesdiensten`, made once in the app's lifespan) and
the shapes of the changes they apply."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from trouwgraph.adapters.agenda import Agenda
from trouwgraph.adapters.bag import Adresregister
from trouwgraph.domain.actor import Actor
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.dagoverzicht import Dagoverzichten
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.regels.uitkomst import Regeluitkomst
from trouwgraph.store.huwelijken import HuwelijkRepository

__all__ = ["Actie", "Procesdiensten", "Toetser"]


@dataclass(frozen=True)
class Procesdiensten:
    """What the marriage use cases need, made once in the app's lifespan."""

    huwelijken: HuwelijkRepository
    config: ProcesConfiguratie
    nieuw_id: Callable[[], str]
    adresregister: Adresregister
    zaakregistratie: bool = True  # register notices as zaken in the case system
    agenda: Agenda | None = None  # an external agenda (Qmatic); None: the built-in one
    dagoverzichten: Dagoverzichten = field(default_factory=Dagoverzichten)
    """`beschikbaarheid`'s day summaries, kept between requests (the built-in agenda)."""


Actie = Callable[[Huwelijk, Actor, datetime], None]
Toetser = Callable[[Huwelijk], Awaitable[list[Regeluitkomst]]]
