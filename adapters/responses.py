"""Turning one upstream HTTP exchange into decoded JSON or an `adapters.errors` error.

The one implementation every HTTP adapter uses (BRP, BAG, LOCATIES, the ZGW APIs and
NOTIFICATIES, BETALINGEN, QMATIC): transport failures, statuses and bodies map onto the error
hierarchy with the registry's name, and no message ever carries a URL, a header or a response
body. What differs per registry is how its error answer names things; an adapter passes an
`ErrorBodyReader` for that: `problem_details(...)` for problem+json (the default reads both
spellings of the invalid parameters), or its own reader (Mollie's `field`, Qmatic's
ERROR_CODE/ERROR_MESSAGE headers).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

import httpx
import orjson

from trouwgraph.adapters.errors import (
    UpstreamAuthFailed,
    UpstreamError,
    UpstreamInvalidResponse,
    UpstreamRejected,
    UpstreamTimeout,
    UpstreamUnavailable,
    scrub,
)
from trouwgraph.domain.bsn import maskeer_bsns

logger = logging.getLogger(__name__)

__all__ = [
    "PROBLEM_DETAILS",
    "ErrorBody",
    "ErrorBodyReader",
    "access_or_server_error",
    "decode_json",
    "error_document",
    "is_json",
    "json_body",
    "problem_details",
    "rejected",
    "send",
    "status_error",
]


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """What may be kept of a registry's error answer: title, code, invalid parameter names."""

    title: str | None = None
    code: str | None = None
    invalid_params: Sequence[tuple[str, str | None]] = ()


ErrorBodyReader = Callable[[httpx.Response], ErrorBody]
"""Reads a registry's error answer (body and, where the registry uses them, headers)."""


def problem_details(*param_keys: str) -> ErrorBodyReader:
    """A reader of problem+json bodies: `title`, `code` and the `name`/`code` of each invalid
    parameter, found under the first of `param_keys` the body has (never a `reason`)."""

    def read(response: httpx.Response) -> ErrorBody:
        problem = error_document(response) or {}
        title, code = problem.get("title"), problem.get("code")
        params = next((problem[key] for key in param_keys if key in problem), None)
        invalid: list[tuple[str, str | None]] = []
        for param in params if isinstance(params, list) else []:
            name = param.get("name") if isinstance(param, dict) else None
            if isinstance(name, str):
                param_code = param.get("code")
                invalid.append((name, param_code if isinstance(param_code, str) else None))
        return ErrorBody(
            title=title if isinstance(title, str) else None,
            code=code if isinstance(code, str) else None,
            invalid_params=invalid,
        )

    return read


PROBLEM_DETAILS = problem_details("invalidParams", "invalid-params")
"""Both spellings: `invalidParams` (Haal Centraal, ZGW) and `invalid-params` (the BAG API and
the API strategy's older examples)."""


async def send(registry: str, request: Awaitable[httpx.Response]) -> httpx.Response:
    """Await `request` (its body read whole), mapping httpx transport failures onto
    `UpstreamError`s."""
    try:
        response = await request
    except httpx.TimeoutException as exc:
        raise UpstreamTimeout(
            registry, f"no answer within the timeout ({type(exc).__name__})"
        ) from exc
    except httpx.DecodingError as exc:
        raise UpstreamInvalidResponse(registry, "response body could not be decoded") from exc
    except httpx.RequestError as exc:
        raise UpstreamUnavailable(registry, f"could not be reached ({type(exc).__name__})") from exc
    # httpx binds the response's stream back to the response (to time it when it closes): a
    # reference cycle that only the cyclic collector frees, with the request, its headers and
    # the body hanging off it. The body is read, so a plain stream of it ends the cycle.
    response.stream = httpx.ByteStream(response.content)
    return response


def decode_json(
    registry: str,
    response: httpx.Response,
    *,
    expected: Collection[int] = (200,),
    error_body: ErrorBodyReader = PROBLEM_DETAILS,
) -> object:
    """The JSON body of an expected status, or the error the status and body stand for."""
    if response.status_code in expected:
        return json_body(registry, response)
    raise status_error(registry, response, error_body=error_body)


def json_body(registry: str, response: httpx.Response, *, plus_json: bool = True) -> object:
    """The decoded JSON body of a successful answer; without one, `UpstreamInvalidResponse`.

    `plus_json=False` accepts `application/json` only, for registries that never send more.
    """
    status = response.status_code
    if not is_json(response, plus_json=plus_json):
        raise UpstreamInvalidResponse(
            registry, f"answered {status} without a JSON body", status_code=status
        )
    try:
        # orjson: twice as fast, and stricter (NaN and Infinity, not JSON, are malformed)
        return orjson.loads(response.content)
    except ValueError:
        raise UpstreamInvalidResponse(
            registry, f"answered {status} with malformed JSON", status_code=status
        ) from None


def status_error(
    registry: str, response: httpx.Response, *, error_body: ErrorBodyReader = PROBLEM_DETAILS
) -> UpstreamError:
    """The error an unexpected status stands for (401/403, 429/5xx, other 4xx, the rest)."""
    error = access_or_server_error(registry, response)
    if error is not None:
        return error
    status = response.status_code
    if 400 <= status < 500:
        return rejected(registry, response, error_body=error_body)
    return UpstreamInvalidResponse(registry, f"unexpected status {status}", status_code=status)


def access_or_server_error(registry: str, response: httpx.Response) -> UpstreamError | None:
    """`UpstreamAuthFailed` for 401/403, `UpstreamUnavailable` for 429/5xx, else None."""
    status = response.status_code
    if status in (401, 403):
        return UpstreamAuthFailed(registry, f"refused access (status {status})", status_code=status)
    if status == 429 or status >= 500:
        return UpstreamUnavailable(registry, f"failed with status {status}", status_code=status)
    return None


def rejected(
    registry: str, response: httpx.Response, *, error_body: ErrorBodyReader = PROBLEM_DETAILS
) -> UpstreamRejected:
    """An `UpstreamRejected` with what `error_body` reads from the registry's answer.

    The registry's own words (title, code, each parameter's code) go to the log, masked; the
    error's message names only invalid parameters the gateway itself sent, so a registry that
    puts a secret or an internal URL there cannot pass it on to a client.
    """
    body = error_body(response)
    logger.warning(
        "%s rejected the request with status %d: %s",
        registry,
        response.status_code,
        maskeer_bsns(
            scrub(
                f"code {body.code!r}, title {body.title!r}, invalid parameters "
                f"{list(body.invalid_params)!r}",
                limit=400,
            )
        ),
    )
    return UpstreamRejected(
        registry,
        status_code=response.status_code,
        title=body.title,
        upstream_code=body.code,
        invalid_params=body.invalid_params,
        sent=set(_sent_names(response.request)),
    )


def _sent_names(request: httpx.Request) -> Iterator[str]:
    """The names the gateway put in `request`: query parameters and JSON members."""
    yield from request.url.params.keys()
    try:
        document: object = json.loads(request.content) if request.content else None
    except ValueError:
        return
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            yield from (str(key) for key in value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)


def error_document(
    response: httpx.Response, *, any_media_type: bool = False
) -> dict[str, object] | None:
    """The body as a JSON object, or None when it is not JSON, malformed or not an object.

    `any_media_type=True` parses the body whatever its content type says.
    """
    if not any_media_type and not is_json(response):
        return None
    try:
        document: object = json.loads(response.content)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def is_json(response: httpx.Response, *, plus_json: bool = True) -> bool:
    """True for `application/json` and, unless `plus_json` is off, every `+json` media type
    (hal+json, problem+json)."""
    content_type: str = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    return media_type == "application/json" or (plus_json and media_type.endswith("+json"))
