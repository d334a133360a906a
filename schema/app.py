"""The GraphQL endpoint: Strawberry's ASGI app with our per-request context."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Scope
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from trouwgraph.resolvers.context import Context
from trouwgraph.schema.scalars import TIJDZONE


class GraphQLApp(GraphQL[Context, None]):
    """Serves the schema; builds a fresh `Context` (and so fresh DataLoaders) per request."""

    def __init__(
        self,
        *,
        schema: strawberry.Schema,
        graphiql: bool,
        demo: bool,
        zoekbeurten: Callable[[Scope], Awaitable[bool]] | None = None,
    ) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if graphiql else None,
            allow_queries_via_get=True,
        )
        self._demo = demo
        self._zoekbeurten = zoekbeurten

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        """The request's context: the verified actor and the app's long-lived services."""
        state: Any = request.state
        TIJDZONE.set(state.services.proces.config.zone)
        tel, scope = self._zoekbeurten, request.scope
        return Context(
            services=state.services,
            actor=state.actor,
            zoekbeurt=None if tel is None else (lambda: tel(scope)),
        )
