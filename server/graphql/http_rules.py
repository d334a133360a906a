"""HTTP rules of the /graphql endpoint, checked before any GraphQL is parsed.

- A body larger than `max_body_bytes` gets 413 (GRAPHQL_TE_GROOT), by Content-Length or while
  reading; the body is read at most once and handed on.
- A POST must be `application/json` (charset utf-8 if given), else 415
  (GRAPHQL_MEDIATYPE_ONBEKEND). This also stops CSRF: the media types an HTML form or a "simple"
  cross-site request can send (text/plain, multipart/form-data,
  application/x-www-form-urlencoded) are refused. `application/graphql` (raw query bodies) was
  dropped by the GraphQL-over-HTTP spec and Strawberry does not read it, so it is refused too.
- A client whose Accept allows neither JSON nor `application/graphql-response+json` (nor, on
  GET, `text/html` for GraphiQL) gets 406 (GRAPHQL_NIET_ACCEPTABEL). No Accept means JSON.
- A JSON array body (a batch) with more than `max_operations` operations gets 400
  (GRAPHQL_TE_VEEL_OPERATIES); with the default of 1, batching is off.
- A body that is not UTF-8, not JSON, nested too deep to parse, or not a JSON object (or
  array of objects) whose `query`, `operationName`, `variables` and `extensions` have their
  GraphQL-over-HTTP types gets 400 (GRAPHQL_VERZOEK_ONGELDIG), never a 500.

Mutations over GET are refused by Strawberry itself (405).
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from trouwgraph.server.http.body import replay_body
from trouwgraph.server.http.problems import problem

TE_GROOT = "GRAPHQL_TE_GROOT"
MEDIATYPE_ONBEKEND = "GRAPHQL_MEDIATYPE_ONBEKEND"
NIET_ACCEPTABEL = "GRAPHQL_NIET_ACCEPTABEL"
TE_VEEL_OPERATIES = "GRAPHQL_TE_VEEL_OPERATIES"
VERZOEK_ONGELDIG = "GRAPHQL_VERZOEK_ONGELDIG"
# Each member's allowed JSON types (GraphQL over HTTP, "Request Parameters"); null is allowed.
_MEMBERS: dict[str, type | tuple[type, ...]] = {
    "query": str,
    "operationName": str,
    "variables": dict,
    "extensions": dict,
    "documentId": str,
}

JSON_TYPES = frozenset({"application/json", "application/graphql-response+json"})
"""What a client may accept; a request body must be application/json (all Strawberry reads)."""
_ANY = frozenset({"*/*", "application/*"})


@dataclass(frozen=True)
class HttpLimits:
    """The HTTP-level limits of the GraphQL endpoint."""

    max_body_bytes: int = 100_000
    max_operations: int = 1


class GraphQLHttp:
    """ASGI middleware applying the HTTP rules above to the app it wraps."""

    def __init__(self, app: ASGIApp, limits: HttpLimits | None = None) -> None:
        self.app = app
        self.limits = limits or HttpLimits()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request; pass it on with its body, or answer with a problem."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        method = scope["method"]
        if not _acceptable(headers.get("accept"), html=method == "GET"):
            await problem(NIET_ACCEPTABEL)(scope, receive, send)
            return
        if method != "POST":
            await self.app(scope, receive, send)
            return
        if not _json_content(headers.get("content-type")):
            await problem(MEDIATYPE_ONBEKEND)(scope, receive, send)
            return
        body = await self._body(headers, receive)
        if body is None:
            await problem(
                TE_GROOT, f"Het verzoek is groter dan {self.limits.max_body_bytes} bytes."
            )(scope, receive, send)
            return
        refusal = self._refusal(body)
        if refusal is not None:
            code, detail = refusal
            await problem(code, detail)(scope, receive, send)
            return
        await self.app(scope, replay_body(body, receive), send)

    async def _body(self, headers: Headers, receive: Receive) -> bytes | None:
        """The whole body, or None once it is larger than allowed."""
        declared = headers.get("content-length")
        if (
            declared is not None
            and declared.isdigit()
            and int(declared) > self.limits.max_body_bytes
        ):
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; the app sees an empty body
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limits.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _refusal(self, body: bytes) -> tuple[str, str] | None:
        """Code and detail of a 400 for a body that is no GraphQL request (or too many), None
        for a well-formed one."""
        try:
            document = orjson.loads(body.decode("utf-8"))  # as Strawberry will read it
        except UnicodeDecodeError:
            return _ongeldig("De inhoud van het verzoek is geen geldige UTF-8-tekst.")
        except ValueError:  # orjson's depth limit included
            return _ongeldig("De inhoud van het verzoek is geen geldige JSON.")
        operations = document if isinstance(document, list) else [document]
        if isinstance(document, list) and len(document) > self.limits.max_operations:
            return (
                TE_VEEL_OPERATIES,
                f"Een verzoek mag hoogstens {self.limits.max_operations} vraag of vragen bevatten.",
            )
        if not operations or not all(_is_operation(operation) for operation in operations):
            return _ongeldig(
                "Stuur een JSON-object met 'query' (tekst) en eventueel 'variables' (object), "
                "'operationName' (tekst) en 'extensions' (object)."
            )
        return None


def _ongeldig(detail: str) -> tuple[str, str]:
    return (VERZOEK_ONGELDIG, detail)


def _is_operation(operation: object) -> bool:
    if not isinstance(operation, dict):
        return False
    return all(
        operation.get(name) is None or isinstance(operation[name], kind)
        for name, kind in _MEMBERS.items()
    )


def _media_type(value: str) -> tuple[str, dict[str, str]]:
    kind, *parameters = value.split(";")
    params = {}
    for parameter in parameters:
        name, _, param_value = parameter.partition("=")
        params[name.strip().lower()] = param_value.strip().strip('"').lower()
    return kind.strip().lower(), params


def _json_content(content_type: str | None) -> bool:
    if content_type is None:
        return False
    kind, params = _media_type(content_type)
    return kind == "application/json" and params.get("charset", "utf-8") == "utf-8"


def _acceptable(accept: str | None, *, html: bool) -> bool:
    if accept is None or not accept.strip():
        return True
    allowed = JSON_TYPES | _ANY | ({"text/html", "text/*"} if html else set())
    for item in accept.split(","):
        kind, params = _media_type(item)
        if kind in allowed and params.get("q", "1") not in {"0", "0.0", "0.00", "0.000"}:
            return True
    return False
