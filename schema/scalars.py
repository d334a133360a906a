"""Custom scalars: BSN, and DateTime answered in the municipality's time zone."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import NewType

import strawberry
from graphql import GraphQLError
from strawberry.schema.types.base_scalars import DateTimeDefinition
from strawberry.types.scalar import ScalarDefinition

from trouwgraph.domain.bsn import BSN_REGEL, is_geldig_bsn

BSN = NewType("BSN", str)


def _parse_bsn(value: object) -> BSN:
    # The message never repeats the value: it may be someone's BSN with a typo.
    if not isinstance(value, str) or not is_geldig_bsn(value):
        raise GraphQLError(f"Ongeldig BSN: {BSN_REGEL}.", extensions={"code": "ONGELDIG_BSN"})
    return BSN(value)


# The time zone of the municipality a request is for (set per request by the endpoint).
TIJDZONE: ContextVar[tzinfo | None] = ContextVar("tijdzone", default=None)


def _serialize_moment(value: datetime) -> str:
    """ISO 8601 with seconds precision, in the request's municipality's time zone (aware
    values; the domain never hands out naive ones)."""
    zone = TIJDZONE.get()
    lokaal = value.astimezone(zone) if zone is not None and value.tzinfo is not None else value
    return lokaal.replace(microsecond=0).isoformat()


SCALARS: dict[object, ScalarDefinition] = {
    datetime: replace(
        DateTimeDefinition,
        description="Datum en tijd (ISO 8601). Antwoorden staan in de tijdzone van de gemeente "
        "en op de seconde; invoer heeft een tijdzone nodig.",
        serialize=_serialize_moment,
    ),
    BSN: strawberry.scalar(
        name="BSN",
        description="Burgerservicenummer: 9 cijfers die voldoen aan de 11-proef.",
        serialize=str,
        parse_value=_parse_bsn,
    ),
}
