"""The Strawberry schema: roots, scalars and the extensions every operation runs through.

`build_schema(limits, production=...)` is what the endpoint serves; the module-level `schema`
(default limits) is what `trouwgraph export-schema` prints - extensions never change the SDL.
"""

from __future__ import annotations

import logging

import strawberry
from graphql import GraphQLError
from prometheus_client import Counter
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext
from strawberry.types.base import StrawberryObjectDefinition

from trouwgraph.schema.authenticatieniveau import Authenticatieniveau
from trouwgraph.schema.beschrijvingen import beschrijf
from trouwgraph.schema.document_cache import DocumentCache, DocumentStore
from trouwgraph.schema.errors import ErrorTranslation
from trouwgraph.schema.execution import LeanExecution, mark_plain_fields
from trouwgraph.schema.foutcodes import Foutcode
from trouwgraph.schema.limits import ExtensionFactory, GraphQLLimits, extensions_for
from trouwgraph.schema.mutatie import Mutation
from trouwgraph.schema.query import Query
from trouwgraph.schema.scalars import SCALARS
from trouwgraph.schema.tekstinvoer import Tekstinvoer

logger = logging.getLogger("trouwgraph.graphql")
GRAPHQL_ERRORS = Counter("trouwgraph_graphql_errors", "GraphQL errors by code", ["code"])


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
            GRAPHQL_ERRORS.labels(str(code)).inc()

    documents: DocumentStore
    """The parsed and validated documents this schema keeps (see `schema.document_cache`)."""


def build_schema(limits: GraphQLLimits, *, production: bool) -> Schema:
    """The schema with error translation, the assurance-level check and the abuse limits."""
    config = StrawberryConfig(scalar_map=SCALARS)
    if limits.max_operations_per_batch > 1:
        config.batching_config = {"max_operations": limits.max_operations_per_batch}
    # ErrorTranslation first: extensions leave in reverse order, so the limit extensions
    # have given their errors a code before ErrorTranslation looks at them.
    extensions: list[ExtensionFactory] = [
        ErrorTranslation,
        *extensions_for(limits, production=production),
    ]
    _op_de_rootvelden(Query, Mutation)
    # Parsed and validated documents are kept per schema (its rules decide what is clean).
    documents = DocumentStore()
    extensions.append(lambda: DocumentCache(documents))
    schema = Schema(
        query=Query,
        mutation=Mutation,
        config=config,
        extensions=extensions,
        types=[Foutcode],  # no field returns it: it documents `errors[].extensions.code`
        execution_context_class=LeanExecution,
    )
    schema.documents = documents
    beschrijf(schema._schema)  # the descriptions not written inline
    mark_plain_fields(schema._schema)
    return schema


def _op_de_rootvelden(*roots: type) -> None:
    """Every root field checks its text arguments, then the assurance level it needs."""
    for root in roots:
        definition: StrawberryObjectDefinition = root.__strawberry_definition__  # type: ignore[attr-defined]
        for field in definition.fields:
            if not any(isinstance(e, Tekstinvoer) for e in field.extensions):
                # The last extension is the outermost: the texts are checked first.
                field.extensions.extend([Authenticatieniveau(), Tekstinvoer()])


schema = build_schema(GraphQLLimits(), production=False)
