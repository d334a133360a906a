"""Turning one upstream HTTP exchange into decoded JSON or an `adapters.errors` error.

Shared by the JSON adapters that follow the same conventions as the BRP adapter: transport
failures, statuses and bodies map onto the error hierarchy with the registry's name, and no
message ever carries a URL, a header or a response body.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Collection

import httpx

from adapters.errors import (
    UpstreamAuthFailed,
    UpstreamError,
    UpstreamInvalidResponse,
    UpstreamRejected,
    UpstreamTimeout,
    UpstreamUnavailable,
)

__all__ = ["decode_json", "is_json", "rejected", "send", "status_error"]


async def send(registry: str, request: Awaitable[httpx.Response]) -> httpx.Response:
    """Await `request`, mapping httpx transport failures onto `UpstreamError`s."""
    try:
        return await request
    except httpx.TimeoutException as exc:
        raise UpstreamTimeout(
            registry, f"no answer within the timeout ({type(exc).__name__})"
        ) from exc
    except httpx.DecodingError as exc:
        raise UpstreamInvalidResponse(registry, "response body could not be decoded") from exc
    except httpx.RequestError as exc:
        raise UpstreamUnavailable(registry, f"could not be reached ({type(exc).__name__})") from exc


def decode_json(
    registry: str, response: httpx.Response, *, expected: Collection[int] = (200,)
) -> object:
    """The JSON body of an expected status, or the error the status and body stand for."""
    status = response.status_code
    if status in expected:
        if not is_json(response):
            raise UpstreamInvalidResponse(
                registry, f"answered {status} without a JSON body", status_code=status
            )
        try:
            return json.loads(response.content)
        except ValueError:
            raise UpstreamInvalidResponse(
                registry, f"answered {status} with malformed JSON", status_code=status
            ) from None
    raise status_error(registry, response)


def status_error(registry: str, response: httpx.Response) -> UpstreamError:
    """The error an unexpected status stands for (401/403, 429/5xx, other 4xx, the rest)."""
    status = response.status_code
    if status in (401, 403):
        return UpstreamAuthFailed(registry, f"refused access (status {status})", status_code=status)
    if status == 429 or status >= 500:
        return UpstreamUnavailable(registry, f"failed with status {status}", status_code=status)
    if 400 <= status < 500:
        return rejected(registry, response)
    return UpstreamInvalidResponse(registry, f"unexpected status {status}", status_code=status)


def rejected(registry: str, response: httpx.Response) -> UpstreamRejected:
    """An `UpstreamRejected` with what the problem+json body says, if it is one.

    Reads both spellings of the invalid parameters: `invalidParams` (Haal Centraal) and
    `invalid-params` (the BAG API and the API strategy's older examples).
    """
    problem: object = None
    if is_json(response):
        try:
            problem = json.loads(response.content)
        except ValueError:
            problem = None
    if not isinstance(problem, dict):
        return UpstreamRejected(registry, status_code=response.status_code)
    title, code = problem.get("title"), problem.get("code")
    params = problem.get("invalidParams", problem.get("invalid-params"))
    invalid: list[tuple[str, str | None]] = []
    for param in params if isinstance(params, list) else []:
        name = param.get("name") if isinstance(param, dict) else None
        if isinstance(name, str):
            param_code = param.get("code")
            invalid.append((name, param_code if isinstance(param_code, str) else None))
    return UpstreamRejected(
        registry,
        status_code=response.status_code,
        title=title if isinstance(title, str) else None,
        upstream_code=code if isinstance(code, str) else None,
        invalid_params=invalid,
    )


def is_json(response: httpx.Response) -> bool:
    """True for `application/json` and every `+json` media type (hal+json, problem+json)."""
    content_type: str = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")
