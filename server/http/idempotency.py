"""`Idempotency-Key` on GraphQL mutations (IETF draft-ietf-httpapi-idempotency-key-header).

A client that retries a mutation after a dropped connection sends the same key again and gets
the first answer back (header `Idempotent-Replayed: true`) instead of a second effect, from any
replica: the keys live in the case store. The key is scoped to the municipality's endpoint and
the authenticated subject, so nobody replays another's answer. The same key with another body
gets 422; while the first request still runs, 409 with Retry-After. Only complete answers are
kept: a 5xx, a refusal (401, 429) or an answer with an INTERNE_FOUT, OPSLAG_NIET_BESCHIKBAAR
or *_UNAVAILABLE error releases
the key, so the retry runs afresh. Queries ignore the header (they change nothing).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from graphql import GraphQLSyntaxError, OperationDefinitionNode, OperationType, parse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.server.http.body import read_body, replay_body
from trouwgraph.server.http.problems import problem
from trouwgraph.store.database import session_factory
from trouwgraph.store.errors import StoreError
from trouwgraph.store.idempotentie import Antwoord, Claim, IdempotentieRepository

__all__ = ["HEADER", "Idempotency", "is_mutation"]

logger = logging.getLogger(__name__)

HEADER = "idempotency-key"
_HEADER_NAME = HEADER.encode("latin-1")
_KEY = re.compile(r"[\x21-\x7e]{1,255}")  # visible ASCII, as the draft's sf-string allows
_SWEEP_EVERY = 600.0  # seconds between deletions of expired keys, per process
_RETRY = ("INTERNE_FOUT", "OPSLAG_NIET_BESCHIKBAAR")  # nothing was done: a retry runs again


class Idempotency:
    """ASGI middleware inside the GraphQL endpoint, after authentication."""

    def __init__(self, app: ASGIApp, clock: Callable[[], datetime] | None = None) -> None:
        self.app = app
        self._clock = clock or (lambda: datetime.now(UTC))
        self._repositories: dict[int, IdempotentieRepository] = {}
        self._swept = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        key = _header(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        if not _KEY.fullmatch(key):
            await problem("IDEMPOTENTIE_SLEUTEL_ONGELDIG")(scope, receive, send)
            return
        body = await read_body(receive)
        replay = replay_body(body, receive)
        if not is_mutation(body):
            await self.app(scope, replay, send)
            return
        repository = self._repository(scope)
        sleutel = _scoped(scope, key)
        vingerafdruk = hashlib.sha256(body).hexdigest()
        try:
            await self._sweep(repository)
            claim = await repository.claim(sleutel, vingerafdruk, self._clock())
        except StoreError:
            await problem("OPSLAG_NIET_BESCHIKBAAR")(scope, receive, send)
            return
        if isinstance(claim, Antwoord):
            await _send_stored(claim, send)
            return
        if claim is Claim.ANDERS:
            await problem("IDEMPOTENTIE_ANDER_VERZOEK")(scope, receive, send)
            return
        if claim is Claim.BEZIG:
            response = problem("IDEMPOTENTIE_BEZIG")
            response.headers["Retry-After"] = "1"
            await response(scope, receive, send)
            return
        await self._run(scope, replay, send, repository, sleutel)

    async def _run(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        repository: IdempotentieRepository,
        sleutel: str,
    ) -> None:
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        except BaseException:
            await _release(repository, sleutel)
            raise
        body = b"".join(chunks)
        status = int(start["status"]) if start is not None else 500
        if not _worth_keeping(status, body):
            await _release(repository, sleutel)
            return
        assert start is not None
        content_type = Headers(raw=start.get("headers", [])).get("content-type", "")
        try:
            await repository.bewaar(sleutel, Antwoord(status, content_type, body))
        except StoreError:
            logger.warning("an idempotency key's answer could not be stored")

    def _repository(self, scope: Scope) -> IdempotentieRepository:
        engine = scope["state"]["engine"]
        repository = self._repositories.get(id(engine))
        if repository is None:
            repository = IdempotentieRepository(session_factory(engine))
            self._repositories = {id(engine): repository}
        return repository

    async def _sweep(self, repository: IdempotentieRepository) -> None:
        if time.monotonic() - self._swept < _SWEEP_EVERY:
            return
        self._swept = time.monotonic()
        removed = await repository.ruim_op(self._clock())
        if removed:
            logger.info("removed %d expired idempotency keys", removed)


def is_mutation(body: bytes) -> bool:
    """Whether the request runs a mutation; a persisted operation without text counts as one."""
    try:
        request: Any = json.loads(body)
    except ValueError:
        return False
    if not isinstance(request, dict):
        return False
    query = request.get("query")
    if not isinstance(query, str):
        return isinstance(request.get("extensions"), dict)
    try:
        document = parse(query)
    except GraphQLSyntaxError:
        return False
    name = request.get("operationName")
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode) and (
            name is None or (definition.name and definition.name.value == name)
        ):
            return definition.operation is OperationType.MUTATION
    return False


def _scoped(scope: Scope, key: str) -> str:
    """The key within its scope: the endpoint's path and the authenticated subject."""
    actor = scope.get("state", {}).get("actor")
    subject = getattr(actor, "subject", None) or "anoniem"
    path = scope.get("root_path", "") + scope["path"]
    return hashlib.sha256(f"{path}\n{subject}\n{key}".encode()).hexdigest()


def _worth_keeping(status: int, body: bytes) -> bool:
    if not 200 <= status < 300:
        return False
    try:
        answer: Any = json.loads(body)
    except ValueError:
        return True
    errors = answer.get("errors") if isinstance(answer, dict) else None
    for error in errors or ():
        code = str((error.get("extensions") or {}).get("code", ""))
        if code in _RETRY or code.endswith("_UNAVAILABLE"):
            return False
    return True


async def _release(repository: IdempotentieRepository, sleutel: str) -> None:
    try:
        await repository.geef_vrij(sleutel)
    except StoreError:
        logger.warning("an idempotency key could not be released; it frees after its lease")


async def _send_stored(antwoord: Antwoord, send: Send) -> None:
    headers = [
        (b"content-type", antwoord.content_type.encode("latin-1")),
        (b"content-length", str(len(antwoord.body)).encode()),
        (b"idempotent-replayed", b"true"),
    ]
    await send({"type": "http.response.start", "status": antwoord.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": antwoord.body})


def _header(scope: Scope) -> str | None:
    """The request's key, if sent. Read from the raw pairs (ASGI gives names in lower case):
    `Headers.get` raises and catches a `KeyError` for the usual request without one."""
    for name, value in scope["headers"]:
        if name == _HEADER_NAME:
            return str(value.decode("latin-1"))
    return None
