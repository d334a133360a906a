"""The Strawberry schema: roots, scalars and the extensions every operation runs through."""

from __future__ import annotations

import strawberry
from strawberry.schema.config import StrawberryConfig

from schema.errors import ErrorTranslation
from schema.mutatie import Mutation
from schema.query import Query
from schema.scalars import SCALARS

schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    config=StrawberryConfig(scalar_map=SCALARS),
    extensions=[ErrorTranslation],
)
