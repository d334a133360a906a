"""The GraphQL endpoint: Strawberry's ASGI app with our per-request context."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from trouwgraph.resolvers.context import Context


class GraphQLApp(GraphQL[Context, None]):
    """Serves the schema; builds a fresh `Context` (and so fresh DataLoaders) per request."""

    def __init__(
        self,
        *,
        schema: strawberry.Schema,
        ide: Callable[[Request], Response] | None,
        demo: bool,
    ) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if ide else None,
            allow_queries_via_get=True,
        )
        self._ide = ide
        self._demo = demo

    async def render_graphql_ide(self, request: Request) -> Response:
        """The IDE page the server gives (GraphiQL from its own assets)."""
        assert self._ide is not None  # Strawberry asks only when graphql_ide is set
        return self._ide(request)

    def decode_json(self, data: str | bytes) -> object:
        """The request body, read by orjson (its errors are `json.JSONDecodeError`s)."""
        return orjson.loads(data)

    def encode_json(self, data: object) -> bytes:
        """The response body, written by orjson: several times faster than `json.dumps`."""
        return orjson.dumps(data)

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        """The request's context: the verified actor and the app's long-lived services."""
        state: Any = request.state
        return Context(
            services=state.services,
            actor=state.actor,
        )
