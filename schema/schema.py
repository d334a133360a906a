"""The Strawberry schema: roots, scalars and the extensions every operation runs through."""

from __future__ import annotations

import logging

import strawberry
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from schema.authenticatieniveau import Authenticatieniveau
from schema.errors import ErrorTranslation
from schema.mutatie import Mutation
from schema.query import Query
from schema.scalars import SCALARS

logger = logging.getLogger("trouwgraph.graphql")


class Schema(strawberry.Schema):
    """Strawberry's schema, logging errors by code and path only.

    Strawberry's own error log quotes the operation's source, which holds the arguments a
    client sent: BSNs among them. Unexpected errors are logged by `ErrorTranslation`.
    """

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Log each error's code and path."""
        for error in errors:
            code = getattr(error.original_error, "code", None) or (error.extensions or {}).get(
                "code", "GRAPHQL_ONGELDIG"
            )
            logger.info("graphql error %s at %s", code, ".".join(map(str, error.path or ())))


schema = Schema(
    query=Query,
    mutation=Mutation,
    config=StrawberryConfig(scalar_map=SCALARS),
    extensions=[ErrorTranslation, Authenticatieniveau],
)
