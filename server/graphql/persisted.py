"""Persisted operations: an allow-list for production front ends, APQ for development.

Wire format: Apollo's automatic persisted queries (`extensions.persistedQuery.sha256Hash`, in
a JSON body or, on GET, in the `extensions` query parameter) and the GraphQL-over-HTTP
proposal's `documentId` (`sha256:<hex>` or bare hex). The middleware rewrites the request
into a plain `{"query": ...}` request before Strawberry sees it, so the GraphQL view needs no
change. Mount it inside `server.graphql.http_rules.GraphQLHttp`, which bounds the body it reads.

- `allowlist`: only documents in the list run. A hash that is not listed gets
  PERSISTED_QUERY_NOT_FOUND; a free-text `query` whose sha256 is not listed gets
  PERSISTED_QUERY_NOT_ALLOWED.
- `apq`: an unknown hash gets PERSISTED_QUERY_NOT_FOUND (message `PersistedQueryNotFound`, as
  Apollo clients expect); the client then sends query and hash, the hash is checked
  (PERSISTED_QUERY_HASH_ONJUIST when it does not match) and the document is kept in a bounded
  LRU, this process's own; `apq_redis` shares it through Redis between
  replicas. Free-text queries without a hash pass.

Refusals are GraphQL responses (HTTP 200, application/json) so that clients handle them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import parse_qsl, urlencode

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from trouwgraph.server.http.body import read_body, replay_body

Mode = Literal["off", "apq", "allowlist"]

NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED"
HASH_ONJUIST = "PERSISTED_QUERY_HASH_ONJUIST"

_SHA256 = re.compile(r"[0-9a-f]{64}")


def sha256_hex(document: str) -> str:
    """The hash that identifies `document`."""
    return hashlib.sha256(document.encode()).hexdigest()


class DocumentStore(Protocol):
    """Where documents are found by their sha256 hash."""

    async def get(self, sha256: str) -> str | None:
        """The document with this hash, if known."""

    async def put(self, sha256: str, document: str) -> None:
        """Remember a document (a verified hash); may be a no-op."""


class AllowList:
    """A fixed set of documents, loaded once."""

    def __init__(self, documents: Mapping[str, str]) -> None:
        for key, document in documents.items():
            if key != sha256_hex(document):
                raise ValueError(f"persisted operation {key!r}: not the sha256 of its document")
        self._documents = dict(documents)

    @classmethod
    def from_file(cls, path: Path) -> AllowList:
        """Read a JSON file `{"<sha256>": "<document>"}`."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not all(
            isinstance(key, str) and isinstance(value, str) for key, value in data.items()
        ):
            raise ValueError(f"{path}: expected a JSON object of sha256 hash to document")
        return cls(data)

    async def get(self, sha256: str) -> str | None:
        """The listed document, if any."""
        return self._documents.get(sha256)

    async def put(self, sha256: str, document: str) -> None:
        """The list is fixed: nothing is added."""


class ApqCache:
    """The documents clients registered, least recently used dropped first."""

    def __init__(self, max_entries: int = 1000, max_bytes: int = 5_000_000) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._documents: OrderedDict[str, str] = OrderedDict()
        self._bytes = 0

    async def get(self, sha256: str) -> str | None:
        """The registered document, if still kept."""
        return self.get_local(sha256)

    async def put(self, sha256: str, document: str) -> None:
        """Keep a document whose hash was checked."""
        self.put_local(sha256, document)

    def get_local(self, sha256: str) -> str | None:
        """`get` without awaiting (the cache is in memory)."""
        document = self._documents.get(sha256)
        if document is not None:
            self._documents.move_to_end(sha256)
        return document

    def put_local(self, sha256: str, document: str) -> None:
        """`put` without awaiting (the cache is in memory)."""
        if sha256 in self._documents or len(document) > self.max_bytes:
            return
        self._documents[sha256] = document
        self._bytes += len(document)
        while len(self._documents) > self.max_entries or self._bytes > self.max_bytes:
            _, dropped = self._documents.popitem(last=False)
            self._bytes -= len(dropped)


class Refusal(Exception):
    """A request the persisted-operations rules refuse."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


async def resolve(payload: dict[str, Any], mode: Mode, store: DocumentStore) -> dict[str, Any]:
    """The request with its persisted document filled in; raises `Refusal`."""
    query = payload.get("query")
    sha256 = _requested_hash(payload)
    if sha256 is None:
        if (
            mode == "allowlist"
            and isinstance(query, str)
            and await store.get(sha256_hex(query)) is None
        ):
            raise Refusal(NOT_ALLOWED, "Deze operatie staat niet op de lijst van toegestane.")
        return payload
    if not _SHA256.fullmatch(sha256):
        raise Refusal(NOT_FOUND, "PersistedQueryNotFound")
    known = await store.get(sha256)
    if not isinstance(query, str):
        if known is None:
            raise Refusal(NOT_FOUND, "PersistedQueryNotFound")
        return {**payload, "query": known}
    if sha256_hex(query) != sha256:
        raise Refusal(HASH_ONJUIST, "De hash hoort niet bij de operatie.")
    if mode == "allowlist" and known is None:
        raise Refusal(NOT_ALLOWED, "Deze operatie staat niet op de lijst van toegestane.")
    if known is None:
        await store.put(sha256, query)
    return payload


def _requested_hash(payload: Mapping[str, Any]) -> str | None:
    document_id = payload.get("documentId")
    if isinstance(document_id, str):
        return document_id.removeprefix("sha256:").lower()
    extensions = payload.get("extensions")
    if isinstance(extensions, str):  # GET: a JSON-encoded query parameter
        try:
            extensions = json.loads(extensions)
        except ValueError:
            return None
    persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
    sha256 = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
    return sha256.lower() if isinstance(sha256, str) else None


class PersistedOperations:
    """ASGI middleware: resolves persisted operations before the GraphQL app parses anything."""

    def __init__(self, app: ASGIApp, mode: Mode, store: DocumentStore) -> None:
        self.app = app
        self.mode = mode
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Rewrite the request, or answer with a GraphQL error."""
        if scope["type"] != "http" or self.mode == "off":
            await self.app(scope, receive, send)
            return
        try:
            if scope["method"] == "GET":
                scope = await self._get(scope)
            elif scope["method"] == "POST":
                scope, receive = await self._post(scope, receive)
        except Refusal as refusal:
            body = {"errors": [{"message": refusal.message, "extensions": {"code": refusal.code}}]}
            await JSONResponse(body)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _get(self, scope: Scope) -> Scope:
        params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if not any(key in params for key in ("query", "extensions", "documentId")):
            return scope  # GraphiQL's page
        resolved = await resolve(params, self.mode, self.store)
        return {**scope, "query_string": urlencode(resolved).encode()}

    async def _post(self, scope: Scope, receive: Receive) -> tuple[Scope, Receive]:
        body = await read_body(receive)
        try:
            payload = json.loads(body)
        except ValueError:
            return scope, replay_body(body, receive)  # Strawberry answers malformed JSON
        if isinstance(payload, dict):
            payload = await resolve(payload, self.mode, self.store)
        elif isinstance(payload, list):
            payload = [
                await resolve(item, self.mode, self.store) if isinstance(item, dict) else item
                for item in payload
            ]
        new_body = json.dumps(payload).encode()
        headers = [
            (name, value) for name, value in scope["headers"] if name.lower() != b"content-length"
        ]
        headers.append((b"content-length", str(len(new_body)).encode()))
        return {**scope, "headers": headers}, replay_body(new_body, receive)
