"""The /graphql endpoint: the schema behind its HTTP rules, persisted operations,
authentication, idempotency keys and the per-user rate limit."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.schema.app import GraphQLApp
from trouwgraph.schema.limits import GraphQLLimits
from trouwgraph.schema.schema import build_schema
from trouwgraph.server.graphql.apq_redis import RedisApqCache
from trouwgraph.server.graphql.graphiql import graphiql_ide
from trouwgraph.server.graphql.http_rules import GraphQLHttp, HttpLimits
from trouwgraph.server.graphql.persisted import (
    AllowList,
    ApqCache,
    DocumentStore,
    PersistedOperations,
)
from trouwgraph.server.http.authentication import BearerAuthentication
from trouwgraph.server.http.idempotency import Idempotency
from trouwgraph.server.http.problems import problem
from trouwgraph.server.http.ratelimit import (
    Limiter,
    RateLimit,
    client_address_key,
    user_key,
)
from trouwgraph.server.settings import Settings

logger = logging.getLogger(__name__)

# Strawberry's own HTTP refusals (plain English text) and the catalogue's code for each.
_STRAWBERRY_CODES = {404: "NIET_GEVONDEN", 405: "METHODE_NIET_TOEGESTAAN"}
_MUTATION_OVER_GET = "Een wijziging (mutation) kan alleen met POST worden gestuurd."


def graphql_endpoint(
    settings: Settings,
    per_user: Limiter,
    zoekvragen: Limiter | None = None,
    redis: Redis | None = None,
) -> ASGIApp:
    """GraphQL behind its HTTP rules (outermost: it caps the body the others read), persisted
    operations, bearer authentication, idempotency keys (scoped to the subject, so after
    authentication) and the per-user rate limit; `zoekvragen` limits anonymous free-slot
    searches per client address; with `redis` the APQ documents are shared by the replicas."""
    limits = GraphQLLimits(
        max_depth=settings.graphql_max_depth,
        max_aliases=settings.graphql_max_aliases,
        max_tokens=settings.graphql_max_tokens,
        max_directives=settings.graphql_max_directives,
        max_cost=settings.graphql_max_cost,
        default_list_cost=settings.graphql_default_list_cost,
        max_page_size=settings.graphql_max_page_size,
        max_operations_per_batch=settings.graphql_max_operations_per_batch,
        max_body_bytes=settings.graphql_max_body_bytes,
    )
    graphql = GraphQLApp(
        schema=build_schema(limits, production=settings.production),
        ide=graphiql_ide(demo=settings.demo) if graphiql_enabled(settings) else None,
        demo=settings.demo,
        zoekbeurten=None if zoekvragen is None else _zoekbeurten(zoekvragen),
    )
    limited = RateLimit(StrawberryRefusals(graphql), limiter=per_user, key_func=user_key)
    authenticated = BearerAuthentication(Idempotency(limited))
    persisted = PersistedOperations(
        authenticated, settings.graphql_persisted, _persisted_store(settings, redis)
    )
    return GraphQLHttp(
        persisted, HttpLimits(limits.max_body_bytes, limits.max_operations_per_batch)
    )


def graphiql_enabled(settings: Settings) -> bool:
    """GraphiQL is served in demo mode, or when asked for; never in production."""
    return (settings.graphiql or settings.demo) and not settings.production


def _zoekbeurten(limiter: Limiter) -> Callable[[Scope], Awaitable[bool]]:
    async def zoekbeurt(scope: Scope) -> bool:
        key = client_address_key(scope)
        return key is None or (await limiter.hit(key)).allowed

    return zoekbeurt


def _persisted_store(settings: Settings, redis: Redis | None) -> DocumentStore:
    if settings.graphql_persisted != "allowlist":
        if redis is None:
            return ApqCache()
        return RedisApqCache(
            redis,
            prefix=f"{settings.redis_key_prefix}:apq:",
            max_bytes=settings.graphql_max_body_bytes,
        )
    if settings.graphql_persisted_file is None:
        raise ValueError("set TROUWGRAPH_GRAPHQL_PERSISTED_FILE for the allowlist mode")
    return AllowList.from_file(settings.graphql_persisted_file)


class StrawberryRefusals:
    """Strawberry answers its own HTTP refusals (a mutation over GET, no query, GET without
    GraphiQL, an unknown operation name) as English plain text; this ASGI middleware gives the
    client the catalogue's problem+json instead and logs Strawberry's reason."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Only an HTTP response starts with http.response.start: other scopes pass unchanged.
        refused: Message | None = None
        reason = b""

        async def send_or_hold(message: Message) -> None:
            nonlocal refused, reason
            if message["type"] == "http.response.start" and _is_plain_refusal(message):
                refused = message
                return
            if refused is None:
                await send(message)
                return
            reason += message.get("body", b"")
            if not message.get("more_body", False):
                await _problem_for(refused["status"], reason.decode("utf-8", "replace"))(
                    scope, receive, send
                )

        await self.app(scope, receive, send_or_hold)


def _is_plain_refusal(start: Message) -> bool:
    content_type = dict(start.get("headers", [])).get(b"content-type", b"")
    return int(start["status"]) >= 400 and content_type.startswith(b"text/plain")


def _problem_for(status: int, reason: str) -> ASGIApp:
    logger.info("graphql request refused by strawberry: %s %s", status, reason)
    if "mutation" in reason.lower():  # a mutation over GET: 400 in Strawberry
        return problem("GRAPHQL_VERZOEK_ONGELDIG", _MUTATION_OVER_GET)
    return problem(_STRAWBERRY_CODES.get(status, "GRAPHQL_VERZOEK_ONGELDIG"))
