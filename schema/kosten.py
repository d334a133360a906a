"""What each field costs in the cost model (`schema.analysis`): its weight and, for a list, how
many elements to count.

A scalar or an object the resolver already holds costs 1. A field that makes the gateway ask
a registry costs what that call costs: a BRP lookup of a person (`Query.persoon`,
`HuwelijkPartner.persoon`, a relative's `persoon`) 10, the legal checks of two people 20, a read
of the case store 2. Lists whose length the domain bounds count that bound (a case has 2
partners and at most 4 witnesses; a person has 2 parents) instead of the default list length.
So ordinary screens cost a fraction of the limit, and the expensive shapes (relatives of
relatives, pages of cases with every partner's BRP record) still add up past it.

Add a field here when it is not 1: `"Type.veld": Veldkosten(gewicht=..., lijst=...)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Veldkosten:
    """A field's own weight and, for a list without a page argument, its element count."""

    gewicht: int = 1
    lijst: int | None = None


BRP_OPVRAGING: Final = 10
"""One person from the BRP (the gateway batches, but a lookup is still a registry call)."""

VELDKOSTEN: Final[Mapping[str, Veldkosten]] = {
    # A BRP lookup of a person.
    "Query.persoon": Veldkosten(BRP_OPVRAGING),
    "Query.ik": Veldkosten(BRP_OPVRAGING),
    "HuwelijkPartner.persoon": Veldkosten(BRP_OPVRAGING),
    "HuwelijkPartner.naam": Veldkosten(BRP_OPVRAGING),
    "Partner.persoon": Veldkosten(BRP_OPVRAGING),
    "Ouder.persoon": Veldkosten(BRP_OPVRAGING),
    "Kind.persoon": Veldkosten(BRP_OPVRAGING),
    # The legal checks: two people from the BRP and every rule.
    "Query.toets": Veldkosten(2 * BRP_OPVRAGING, lijst=15),
    # A read of the case store.
    "Query.huwelijk": Veldkosten(2),
    "Query.mijnHuwelijken": Veldkosten(2, lijst=5),
    "Huwelijk.historie": Veldkosten(2),
    "Huwelijk.zaakregistratie": Veldkosten(2),
    # Lists the domain bounds.
    "Huwelijk.partners": Veldkosten(lijst=2),
    "Huwelijk.getuigen": Veldkosten(lijst=4),
    "Huwelijk.extras": Veldkosten(lijst=5),
    "Huwelijk.toetsing": Veldkosten(lijst=15),
    "Huwelijk.mogelijkeMutaties": Veldkosten(lijst=16),
    "Huwelijk.mogelijkeActies": Veldkosten(lijst=16),
    "BeletselGevonden.toetsing": Veldkosten(lijst=15),
    "Melding.verklaringen": Veldkosten(lijst=2),
    "Prijs.regels": Veldkosten(lijst=10),
    "Persoon.ouders": Veldkosten(lijst=2),
    "Persoon.nationaliteiten": Veldkosten(lijst=3),
    "Persoon.partners": Veldkosten(lijst=3),
    "Persoon.kinderen": Veldkosten(lijst=10),
}
"""Every field that is not a plain 1, by `Type.veld`."""
