"""The embedded Haal Centraal BRP Personen bevragen 2.7.0 registry, served over HTTP.

``POST /personen`` for RaadpleegMetBurgerservicenummer and ZoekMetGeslachtsnaamEnGeboortedatum,
with the real API's validation, ``fields`` filtering and problem+json errors. It runs inside
the gateway (mounted, e.g. under ``/registries/brp``), standalone (``python -m
trouwgraph.registries.brp``)
and as the test fake, so the BRP adapter always exercises its real HTTP code.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.registries.brp import problems
from trouwgraph.registries.brp.fields import filter_persoon
from trouwgraph.registries.brp.query import (
    PersonenQueryError,
    RaadpleegMetBurgerservicenummer,
    parse_personen_query,
)
from trouwgraph.registries.brp.search import PersonenIndex

__all__ = ["create_brp_registry", "load_personen"]

logger = logging.getLogger(__name__)

JSON_MEDIA_TYPE = "application/json; charset=utf-8"
DEFAULT_PERSONEN_PATH = Path(__file__).with_name("data") / "personen.json"
_SUPPORTED = "Ondersteunde content type: application/json; charset=utf-8."
_ACCEPTABLE_RANGES = frozenset({"*/*", "application/*", "application/json"})


def load_personen(path: Path | None = None) -> list[dict[str, object]]:
    """Read the persons of a ``{"bron": ..., "personen": [...]}`` file (cached per path)."""
    return list(_load_personen(path or DEFAULT_PERSONEN_PATH))


@cache
def _load_personen(path: Path) -> tuple[dict[str, object], ...]:
    with path.open(encoding="utf-8") as handle:
        document = json.load(handle)
    personen = document.get("personen") if isinstance(document, dict) else None
    if not isinstance(personen, list) or not all(isinstance(p, dict) for p in personen):
        raise ValueError(f"{path}: expected an object with a 'personen' list of objects")
    return tuple(personen)


def create_brp_registry(
    personen: Sequence[Mapping[str, object]],
    *,
    today: Callable[[], date] = date.today,
    api_key: str | None = None,
    api_key_header: str = "X-Api-Key",
    bearer_token: str | None = None,
) -> Starlette:
    """Build the registry app over the given persons (Haal Centraal ``Persoon`` objects).

    With ``api_key`` and/or ``bearer_token`` set, every request must carry them: a missing
    credential gives 401, a wrong one 403.
    """
    index = PersonenIndex(personen)

    async def personen_endpoint(request: Request) -> Response:
        instance = request.url.path
        refusal = _authenticate(request, api_key, api_key_header, bearer_token)
        if refusal is not None:
            return refusal
        if not _accepts_json(request.headers.get("accept", "")):
            return problems.problem_response(problems.NOT_ACCEPTABLE, instance, detail=_SUPPORTED)
        if not _is_json(request.headers.get("content-type", "")):
            return problems.problem_response(
                problems.UNSUPPORTED_MEDIA_TYPE, instance, detail=_SUPPORTED
            )
        try:
            body = json.loads(await request.body())
        except ValueError:
            return problems.problem_response(
                problems.PARAMS_VALIDATION, instance, detail="De request body is geen geldige JSON."
            )
        try:
            query = parse_personen_query(body)
        except PersonenQueryError as invalid:
            return problems.problem_response(
                invalid.problem, instance, invalid_params=invalid.invalid_params
            )
        if isinstance(query, RaadpleegMetBurgerservicenummer):
            found = index.raadpleeg(query)
            soort = "RaadpleegMetBurgerservicenummer"
        else:
            found = index.zoek(query)
            soort = "ZoekMetGeslachtsnaamEnGeboortedatum"
        peildatum = today()
        personen_body = [
            filter_persoon(persoon, query.fields, query.response_type, today=peildatum)
            for persoon in found
        ]
        return JSONResponse({"type": soort, "personen": personen_body}, media_type=JSON_MEDIA_TYPE)

    return Starlette(
        routes=[Route("/personen", personen_endpoint, methods=["POST"])],
        exception_handlers={
            HTTPException: _http_exception,
            Exception: _server_error,
        },
    )


def _authenticate(
    request: Request, api_key: str | None, api_key_header: str, bearer_token: str | None
) -> Response | None:
    instance = request.url.path
    presented: list[tuple[str | None, str]] = []
    if api_key is not None:
        presented.append((request.headers.get(api_key_header), api_key))
    if bearer_token is not None:
        authorization = request.headers.get("authorization", "")
        scheme, _, token = authorization.partition(" ")
        presented.append((token.strip() if scheme.lower() == "bearer" else None, bearer_token))
    if any(not given for given, _ in presented):
        challenge = "Bearer" if bearer_token is not None else f'ApiKey header="{api_key_header}"'
        return problems.problem_response(
            problems.AUTHENTICATION, instance, headers={"WWW-Authenticate": challenge}
        )
    if not all(
        hmac.compare_digest(given.encode(), expected.encode())
        for given, expected in presented
        if given is not None
    ):
        return problems.problem_response(problems.AUTHORISATION, instance)
    return None


def _media_type(value: str) -> tuple[str, dict[str, str]]:
    main, *parameters = value.split(";")
    params: dict[str, str] = {}
    for parameter in parameters:
        key, _, param_value = parameter.partition("=")
        params[key.strip().lower()] = param_value.strip().strip('"').lower()
    return main.strip().lower(), params


def _utf8_or_unspecified(params: Mapping[str, str]) -> bool:
    return params.get("charset", "utf-8") == "utf-8"


def _accepts_json(accept: str) -> bool:
    """HC accepts no Accept, ``*/*`` and ``application/json``, with charset utf-8 if any."""
    if not accept.strip():
        return True
    for media_range in accept.split(","):
        media_type, params = _media_type(media_range)
        if media_type in _ACCEPTABLE_RANGES and _utf8_or_unspecified(params):
            return True
    return False


def _is_json(content_type: str) -> bool:
    """HC takes no Content-Type or ``application/json``, with charset utf-8 if any."""
    if not content_type.strip():
        return True
    media_type, params = _media_type(content_type)
    return media_type == "application/json" and _utf8_or_unspecified(params)


def _http_exception(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 405:
        headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
        return problems.problem_response(
            problems.METHOD_NOT_ALLOWED, request.url.path, headers=headers
        )
    if status == 404:
        return problems.problem_response(problems.NOT_FOUND, request.url.path)
    return _server_error(request, exc)


def _server_error(request: Request, exc: Exception) -> Response:
    # Only the exception's type: its message or traceback could carry a BSN from the request.
    logger.error("BRP registry failed to answer: %s", type(exc).__name__)
    return problems.problem_response(problems.SERVER_ERROR, request.url.path)
