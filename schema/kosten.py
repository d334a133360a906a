"""What each field costs in the cost model (`schema.analysis`): its weight and, for a list, how
many elements to count (`Weight`).

A scalar or an object the resolver already holds costs 1. A field that makes the gateway ask
a registry costs what that call costs: a BRP lookup of a person (`Query.persoon`,
`HuwelijkPartner.persoon`, a relative's `persoon`) 10, the legal checks of two people 20, a read
of the case store 2. Lists whose length the domain bounds count that bound (a case has 2
partners and at most 4 witnesses; a person has 2 parents) instead of the default list length.
So ordinary screens cost a fraction of the limit, and the expensive shapes (relatives of
relatives, pages of cases with every partner's BRP record) still add up past it.

Add a field here when it is not 1: `"Type.veld": Weight(cost=..., list_size=...)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from trouwgraph.schema.analysis import Weight

BRP_OPVRAGING: Final = 10
"""One person from the BRP (the gateway batches, but a lookup is still a registry call)."""

WEIGHTS: Final[Mapping[str, Weight]] = {
    # A BRP lookup of a person.
    "Query.persoon": Weight(BRP_OPVRAGING),
    "Query.personen": Weight(BRP_OPVRAGING, list_size=20),  # schema.persoon.MAX_PERSONEN
    "Query.ik": Weight(BRP_OPVRAGING),
    "HuwelijkPartner.persoon": Weight(BRP_OPVRAGING),
    "HuwelijkPartner.naam": Weight(BRP_OPVRAGING),
    "Partner.persoon": Weight(BRP_OPVRAGING),
    "Ouder.persoon": Weight(BRP_OPVRAGING),
    "Kind.persoon": Weight(BRP_OPVRAGING),
    # The legal checks: two people from the BRP and every rule.
    "Query.toets": Weight(2 * BRP_OPVRAGING, list_size=15),
    # A read of the case store.
    "Query.huwelijk": Weight(2),
    "Query.mijnHuwelijken": Weight(2, list_size=5),
    "Huwelijk.historie": Weight(2),
    "Huwelijk.zaakregistratie": Weight(2),
    # The store's claims of the case's week, then that day's slots, as `tijdsloten` weighs.
    "Huwelijk.beschikbareAmbtenaren": Weight(cost=10),
    # A month of free slots is summarised from up to a few thousand candidate slots into at
    # most 31 days: weighed as a tenth of `max_cost`, so one request holds at most about nine
    # months. One day has at most a hundred slots.
    "Query.beschikbaarheid": Weight(cost=500, list_size=31),
    "Query.tijdsloten": Weight(cost=10, list_size=100),
    # Lists the domain bounds.
    "Huwelijk.partners": Weight(list_size=2),
    "Huwelijk.getuigen": Weight(list_size=4),
    "Huwelijk.extras": Weight(list_size=5),
    "Huwelijk.toetsing": Weight(list_size=15),
    "Huwelijk.mogelijkeMutaties": Weight(list_size=16),
    "Huwelijk.mogelijkeActies": Weight(list_size=16),
    "BeletselGevonden.toetsing": Weight(list_size=15),
    "Melding.verklaringen": Weight(list_size=2),
    "Prijs.regels": Weight(list_size=10),
    "Persoon.ouders": Weight(list_size=2),
    "Persoon.nationaliteiten": Weight(list_size=3),
    "Persoon.partners": Weight(list_size=3),
    "Persoon.kinderen": Weight(list_size=10),
}
"""Every field that is not a plain 1, by `Type.veld`."""
