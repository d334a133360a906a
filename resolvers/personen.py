"""Person lookups for one GraphQL request, batched through a DataLoader.

Every `Persoon` a request needs, at any depth, is asked for as (BSN, BRP fields). Keys that
arrive in the same tick become one lookup: the union of their fields for all their BSNs, which
the adapter sends in calls of at most 20 BSNs.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TypeAlias

from strawberry.dataloader import DataLoader

from trouwgraph.adapters.brp import PersonenBevragen, Verzoekcontext
from trouwgraph.adapters.brp_model import Persoon
from trouwgraph.adapters.logboek import Logboek

PersoonKey: TypeAlias = tuple[str, frozenset[str]]
IDENTIFYING_FIELD = "burgerservicenummer"


class PersoonLoader(DataLoader[PersoonKey, Persoon | None]):
    """Per-request loader of BRP persons; never share one between requests."""

    def __init__(self, brp: PersonenBevragen, context: Verzoekcontext, logboek: Logboek) -> None:
        # Not a method of the loader: the loader would hold itself (a reference cycle), and
        # the request's persons would wait for the cyclic collector instead of going with it.
        super().__init__(load_fn=partial(_load_batch, brp, context, logboek))

    async def persoon(self, bsn: str, fields: frozenset[str]) -> Persoon | None:
        """The person with `bsn`, carrying at least `fields`; None when the BRP has none."""
        return await self.load((bsn, fields | {IDENTIFYING_FIELD}))

    async def personen(self, bsns: Sequence[str], fields: frozenset[str]) -> list[Persoon | None]:
        """`persoon` for each of `bsns`, in order: one lookup."""
        wanted = fields | {IDENTIFYING_FIELD}
        return await self.load_many([(bsn, wanted) for bsn in bsns])


async def _load_batch(
    brp: PersonenBevragen,
    context: Verzoekcontext,
    logboek: Logboek,
    keys: Sequence[PersoonKey],
) -> list[Persoon | None]:
    bsns = list(dict.fromkeys(bsn for bsn, _ in keys))
    fields = frozenset().union(*(wanted for _, wanted in keys))
    found = await brp.raadpleeg(bsns, fields, context)
    logboek.registreer("brp.raadplegen", found)
    return [found.get(bsn) for bsn, _ in keys]
