"""Custom scalars: BSN."""

from __future__ import annotations

from typing import NewType

import strawberry
from graphql import GraphQLError
from strawberry.types.scalar import ScalarDefinition

from trouwgraph.domain.bsn import BSN_REGEL, is_geldig_bsn

BSN = NewType("BSN", str)


def _parse_bsn(value: object) -> BSN:
    # The message never repeats the value: it may be someone's BSN with a typo.
    if not isinstance(value, str) or not is_geldig_bsn(value):
        raise GraphQLError(f"Ongeldig BSN: {BSN_REGEL}.", extensions={"code": "ONGELDIG_BSN"})
    return BSN(value)


SCALARS: dict[object, ScalarDefinition] = {
    BSN: strawberry.scalar(
        name="BSN",
        description="Burgerservicenummer: 9 cijfers die voldoen aan de 11-proef.",
        serialize=str,
        parse_value=_parse_bsn,
    ),
}
