"""The embedded Utrecht Huwelijksplanner Locaties API (0.0.1), served over HTTP.

``GET /locaties`` returns a JSON array of ``Locatie`` objects and ``GET /locaties/{id}`` one of
them, as the Conduction/API Platform component behind the spec does. The spec declares no
parameters, but API Platform paginates every collection with ``?page=N`` (30 items a page, an
empty array past the end); that is served too. With ``api_key`` set, the ``Authorization``
header (the spec's ``apiKey`` scheme) must carry it: missing gives 401, wrong gives 403.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

__all__ = ["PAGE_SIZE", "create_locaties_registry", "load_locaties"]

logger = logging.getLogger(__name__)

PAGE_SIZE = 30
DEFAULT_LOCATIES_PATH = Path(__file__).with_name("data") / "locaties.json"
_PROBLEM = "application/problem+json"


def load_locaties(path: Path | None = None) -> list[dict[str, Any]]:
    """Read the locations of a ``{"bron": ..., "locaties": [...]}`` file (cached per path)."""
    return [dict(item) for item in _load(path or DEFAULT_LOCATIES_PATH)]


@cache
def _load(path: Path) -> tuple[dict[str, Any], ...]:
    document = json.loads(path.read_text(encoding="utf-8"))
    locaties = document.get("locaties") if isinstance(document, dict) else None
    if not isinstance(locaties, list) or not all(isinstance(item, dict) for item in locaties):
        raise ValueError(f"{path}: expected an object with a 'locaties' list of objects")
    return tuple(locaties)


def create_locaties_registry(
    locaties: Sequence[Mapping[str, Any]], *, api_key: str | None = None, page_size: int = PAGE_SIZE
) -> Starlette:
    """Build the registry app over the given ``Locatie`` objects."""
    items = [dict(item) for item in locaties]
    by_id = {str(item["id"]): item for item in items}

    async def collection(request: Request) -> Response:
        refusal = _authenticate(request, api_key)
        if refusal is not None:
            return refusal
        raw_page = request.query_params.get("page", "1")
        if not raw_page.isdigit() or int(raw_page) < 1:
            return _problem(400, "Invalid input", "page must be a positive integer")
        start = (int(raw_page) - 1) * page_size
        return JSONResponse(items[start : start + page_size])

    async def item(request: Request) -> Response:
        refusal = _authenticate(request, api_key)
        if refusal is not None:
            return refusal
        found = by_id.get(request.path_params["id"])
        if found is None:
            return _problem(404, "Resource not found", "Not Found")
        return JSONResponse(found)

    return Starlette(
        routes=[
            Route("/locaties", collection, methods=["GET"]),
            Route("/locaties/{id}", item, methods=["GET"]),
        ],
        exception_handlers={HTTPException: _http_exception, Exception: _server_error},
    )


def _authenticate(request: Request, api_key: str | None) -> Response | None:
    if api_key is None:
        return None
    given = request.headers.get("authorization")
    if not given:
        return _problem(401, "Unauthorized", "An API key is required in Authorization.")
    if not hmac.compare_digest(given.encode(), api_key.encode()):
        return _problem(403, "Forbidden", "The API key is not valid.")
    return None


def _problem(status: int, title: str, detail: str) -> JSONResponse:
    body = {
        "type": "https://tools.ietf.org/html/rfc2616#section-10",
        "title": title,
        "status": status,
        "detail": detail,
    }
    return JSONResponse(body, status_code=status, media_type=_PROBLEM)


def _http_exception(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status in (404, 405):
        return _problem(
            status,
            "Resource not found" if status == 404 else "Method Not Allowed",
            "No route matches the request.",
        )
    return _server_error(request, exc)


def _server_error(request: Request, exc: Exception) -> Response:
    logger.error("Locaties registry failed to answer: %s", type(exc).__name__)
    return _problem(500, "Internal Server Error", "The server failed to answer.")
