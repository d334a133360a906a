"""The served schema: the one in `schema.schema` plus the abuse limits of `schema.limits`.

`schema.schema.schema` stays the plain schema the SDL export prints; the GraphQL endpoint
serves `build_schema(limits, production=...)`.
"""

from __future__ import annotations

from strawberry.schema.config import StrawberryConfig

from schema.errors import ErrorTranslation
from schema.limits import ExtensionFactory, GraphQLLimits, extensions_for
from schema.mutatie import Mutation
from schema.query import Query
from schema.scalars import SCALARS
from schema.schema import Schema


def build_schema(limits: GraphQLLimits, *, production: bool) -> Schema:
    """The schema with `ErrorTranslation` and the extensions enforcing `limits`."""
    config = StrawberryConfig(scalar_map=SCALARS)
    if limits.max_operations_per_batch > 1:
        config.batching_config = {"max_operations": limits.max_operations_per_batch}
    # ErrorTranslation first: extensions leave in reverse order, so the limit extensions
    # have given their errors a code before ErrorTranslation looks at them.
    extensions: list[ExtensionFactory] = [
        ErrorTranslation,
        *extensions_for(limits, production=production),
    ]
    return Schema(query=Query, mutation=Mutation, config=config, extensions=extensions)
