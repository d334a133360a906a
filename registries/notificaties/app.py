"""The embedded Notificaties API 1.0.0: kanalen, abonnementen and routing of notifications.

Served at the app's root (`/kanaal`, `/abonnement`, `/notificaties`; the gateway mounts it as
`/registries/notificaties`). Every call needs a ZGW JWT (HS256) of a known client, checked as the
embedded ZGW registries do; errors are `application/problem+json` (`Fout`, `ValidatieFout`);
every answer carries `API-version: 1.0.0`. `POST /notificaties` validates the message against
its kanaal (which must exist; its kenmerken must be among the kanaal's filters), answers 200 with
the message, and then delivers it to the matching abonnementen in a background task, retrying
failures with backoff as Open Notificaties does (see `bezorging`). Kanalen and abonnementen
live in memory per app instance; the kanaal `zaken` is seeded. The same app is the test fake
of the adapter.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.adapters.notificaties_payloads import Abonnement, FilterGroup, Kanaal, Message
from trouwgraph.registries.notificaties.bezorging import (
    OPEN_NOTIFICATIES,
    Abonnementbezorger,
    Herhaalbeleid,
)
from trouwgraph.registries.zgw.auth import JwtChecker
from trouwgraph.registries.zgw.common import api_root, json_object, required_fields
from trouwgraph.registries.zgw.problems import (
    FieldValidationError,
    ZgwProblem,
    field_error,
    not_found,
    validation_error,
)

__all__ = ["API_VERSION", "ZAKEN_KANAAL", "NotificatiesStore", "create_notificaties_registry"]

API_VERSION = "1.0.0"
ZAKEN_KANAAL: Kanaal = {
    "naam": "zaken",
    "documentatieLink": "https://vng-realisatie.github.io/gemma-zaken/standaard/zaken/",
    "filters": ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"],
}


@dataclass
class NotificatiesStore:
    """Kanalen and abonnementen by uuid."""

    kanalen: dict[str, Kanaal] = field(default_factory=dict)
    abonnementen: dict[str, Abonnement] = field(default_factory=dict)

    def kanaal(self, naam: str) -> Kanaal | None:
        """The kanaal called `naam`, if any."""
        return next((k for k in self.kanalen.values() if k["naam"] == naam), None)


def create_notificaties_registry(
    *,
    clients: Mapping[str, str],
    http: httpx.AsyncClient | None,
    delivery_timeout: float = 10.0,
    herhaling: Herhaalbeleid = OPEN_NOTIFICATIES,
    max_age: float = 3600.0,
    leeway: float = 60.0,
    clock: Callable[[], float] = time.time,
) -> Starlette:
    """The Notificaties API for `clients` (client id -> HS256 secret).

    `http` delivers notifications to callback URLs (each POST within `delivery_timeout`
    seconds, failures retried per `herhaling`); without it, messages are validated and
    answered but not delivered. The app's `state.bezorger` (None without `http`) delivers;
    close it at shutdown (`aclose`) to drop pending retries.
    """
    checker = JwtChecker(clients, max_age=max_age, leeway=leeway, clock=clock)
    zaken: Kanaal = {**ZAKEN_KANAAL, "filters": list(ZAKEN_KANAAL.get("filters", []))}
    store = NotificatiesStore(kanalen={str(uuid.uuid4()): zaken})
    bezorger = (
        Abonnementbezorger(http, timeout=delivery_timeout, herhaling=herhaling)
        if http is not None
        else None
    )

    def authenticated(request: Request) -> None:
        checker.client_id(request.headers.get("authorization"))

    async def kanaal_list(request: Request) -> Response:
        authenticated(request)
        naam = request.query_params.get("naam")
        items = [
            _render(request, "kanaal", key, kanaal)
            for key, kanaal in store.kanalen.items()
            if naam is None or kanaal["naam"] == naam
        ]
        return _json(items)

    async def kanaal_read(request: Request) -> Response:
        authenticated(request)
        key = str(request.path_params["uuid"])
        if key not in store.kanalen:
            raise not_found()
        return _json(_render(request, "kanaal", key, store.kanalen[key]))

    async def kanaal_create(request: Request) -> Response:
        authenticated(request)
        body = await json_object(request)
        required_fields(body, "naam")
        kanaal = _kanaal(body)
        if store.kanaal(kanaal["naam"]) is not None:
            raise validation_error(field_error("naam", "unique", "Kanaal bestaat al."))
        key = str(uuid.uuid4())
        store.kanalen[key] = kanaal
        rendered = _render(request, "kanaal", key, kanaal)
        return _json(rendered, status=201, headers={"Location": rendered["url"]})

    async def abonnement_list(request: Request) -> Response:
        authenticated(request)
        return _json([_render(request, "abonnement", k, a) for k, a in store.abonnementen.items()])

    async def abonnement_read(request: Request) -> Response:
        authenticated(request)
        key = str(request.path_params["uuid"])
        if key not in store.abonnementen:
            raise not_found()
        return _json(_render(request, "abonnement", key, store.abonnementen[key]))

    async def abonnement_create(request: Request) -> Response:
        authenticated(request)
        body = await json_object(request)
        required_fields(body, "callbackUrl", "auth", "kanalen")
        abonnement = _abonnement(body, store)
        key = str(uuid.uuid4())
        store.abonnementen[key] = abonnement
        rendered = _render(request, "abonnement", key, abonnement)
        return _json(rendered, status=201, headers={"Location": rendered["url"]})

    async def abonnement_update(request: Request) -> Response:
        authenticated(request)
        key = str(request.path_params["uuid"])
        if key not in store.abonnementen:
            raise not_found()
        body = await json_object(request)
        required_fields(body, "callbackUrl", "auth", "kanalen")
        store.abonnementen[key] = _abonnement(body, store)
        return _json(_render(request, "abonnement", key, store.abonnementen[key]))

    async def abonnement_delete(request: Request) -> Response:
        authenticated(request)
        if store.abonnementen.pop(str(request.path_params["uuid"]), None) is None:
            raise not_found()
        return Response(status_code=204)

    async def notificaties_create(request: Request) -> Response:
        authenticated(request)
        body = await json_object(request)
        message = _message(body, store)
        task = None
        if bezorger is not None:
            targets = list(store.abonnementen.items())
            task = BackgroundTask(bezorger.bezorg, message, targets)
        return _json(dict(message), background=task)

    routes = [
        Route("/kanaal", kanaal_list, methods=["GET"]),
        Route("/kanaal", kanaal_create, methods=["POST"]),
        Route("/kanaal/{uuid:uuid}", kanaal_read, methods=["GET"]),
        Route("/abonnement", abonnement_list, methods=["GET"]),
        Route("/abonnement", abonnement_create, methods=["POST"]),
        Route("/abonnement/{uuid:uuid}", abonnement_read, methods=["GET"]),
        Route("/abonnement/{uuid:uuid}", abonnement_update, methods=["PUT"]),
        Route("/abonnement/{uuid:uuid}", abonnement_delete, methods=["DELETE"]),
        Route("/notificaties", notificaties_create, methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers=_handlers())
    app.state.bezorger = bezorger
    return app


def _json(
    content: Any,
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    background: BackgroundTask | None = None,
) -> JSONResponse:
    return JSONResponse(
        content,
        status_code=status,
        headers={"API-version": API_VERSION, **(headers or {})},
        background=background,
    )


def _render(request: Request, resource: str, key: str, item: Mapping[str, Any]) -> dict[str, Any]:
    return {"url": f"{api_root(request)}/{resource}/{key}", **item}


def _is_url(value: object, max_length: int | None = None) -> bool:
    if not isinstance(value, str) or (max_length is not None and len(value) > max_length):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _text_map(value: object, name: str) -> dict[str, str]:
    """A {sleutel: waarde} object of non-empty strings up to 1000 characters, or a 400."""
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and 1 <= len(v) <= 1000 for k, v in value.items()
    ):
        raise validation_error(
            field_error(name, "invalid", "Verwacht een object met tekstwaarden (1-1000 tekens).")
        )
    return dict(value)


def _kanaal(body: dict[str, Any]) -> Kanaal:
    errors: list[FieldValidationError] = []
    naam = body["naam"]
    if not isinstance(naam, str) or len(naam) > 50:
        errors.append(field_error("naam", "invalid", "Naam is een tekst van 1-50 tekens."))
    link = body.get("documentatieLink", "")
    if link and not _is_url(link, 200):
        errors.append(field_error("documentatieLink", "invalid", "Voer een geldige URL in."))
    filters = body.get("filters", [])
    if not isinstance(filters, list) or not all(
        isinstance(f, str) and 1 <= len(f) <= 100 for f in filters
    ):
        errors.append(field_error("filters", "invalid", "Filters is een lijst van teksten."))
    if errors:
        raise validation_error(*errors)
    kanaal: Kanaal = {"naam": naam, "filters": list(filters)}
    if link:
        kanaal["documentatieLink"] = link
    return kanaal


def _abonnement(body: dict[str, Any], store: NotificatiesStore) -> Abonnement:
    errors: list[FieldValidationError] = []
    callback, auth, kanalen = body["callbackUrl"], body["auth"], body["kanalen"]
    if not _is_url(callback, 200):
        errors.append(field_error("callbackUrl", "invalid", "Voer een geldige URL in."))
    if not isinstance(auth, str) or len(auth) > 1000:
        errors.append(field_error("auth", "invalid", "Auth is een tekst van 1-1000 tekens."))
    groepen: list[FilterGroup] = []
    if not isinstance(kanalen, list) or not all(isinstance(k, dict) for k in kanalen):
        errors.append(field_error("kanalen", "invalid", "Kanalen is een lijst van objecten."))
        kanalen = []
    for groep in kanalen:
        naam = groep.get("naam")
        kanaal = store.kanaal(naam) if isinstance(naam, str) else None
        if kanaal is None:
            errors.append(field_error("kanalen", "kanaal_naam", "Kanaal bestaat niet."))
            continue
        filters = _text_map(groep.get("filters", {}), "kanalen")
        if not set(filters) <= set(kanaal.get("filters", [])):
            errors.append(
                field_error(
                    "kanalen", "inconsistent-abonnement-filters", "Filters passen niet bij kanaal."
                )
            )
            continue
        groepen.append({"naam": kanaal["naam"], "filters": filters})
    if errors:
        raise validation_error(*errors)
    return {"callbackUrl": callback, "auth": auth, "kanalen": groepen}


def _message(body: dict[str, Any], store: NotificatiesStore) -> Message:
    required_fields(
        body, "kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum"
    )
    errors: list[FieldValidationError] = []
    for name in ("hoofdObject", "resourceUrl"):
        if not _is_url(body[name]):
            errors.append(field_error(name, "invalid", "Voer een geldige URL in."))
    for name, limit in (("kanaal", 50), ("resource", 100), ("actie", 100)):
        if not isinstance(body[name], str) or len(body[name]) > limit:
            errors.append(field_error(name, "invalid", f"Tekst van 1-{limit} tekens."))
    if not _is_datetime(body["aanmaakdatum"]):
        errors.append(field_error("aanmaakdatum", "invalid", "Ongeldige datum/tijd."))
    if errors:
        raise validation_error(*errors)
    kenmerken = _text_map(body.get("kenmerken", {}), "kenmerken")
    kanaal = store.kanaal(body["kanaal"])
    if kanaal is None:
        raise validation_error(field_error("kanaal", "kanaal_naam", "Kanaal bestaat niet."))
    if not set(kenmerken) <= set(kanaal.get("filters", [])):
        raise validation_error(
            field_error(
                "kenmerken", "kenmerken_inconsistent", "Kenmerken passen niet bij de kanaalfilters."
            )
        )
    return {
        "kanaal": body["kanaal"],
        "hoofdObject": body["hoofdObject"],
        "resource": body["resource"],
        "resourceUrl": body["resourceUrl"],
        "actie": body["actie"],
        "aanmaakdatum": body["aanmaakdatum"],
        "kenmerken": kenmerken,
    }


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _handlers() -> dict[Any, Callable[[Request, Exception], Any]]:
    async def problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ZgwProblem)
        response = exc.response(api_root(request))
        response.headers["API-version"] = API_VERSION
        return response

    async def http_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        titles = {
            404: ("not_found", "Niet gevonden."),
            405: ("method_not_allowed", "Methode niet toegestaan."),
        }
        code, title = titles.get(exc.status_code, ("error", "Fout."))
        return await problem(request, ZgwProblem(exc.status_code, code, title, title))

    async def server_error(request: Request, exc: Exception) -> Response:
        title = "Er is een serverfout opgetreden."
        return await problem(request, ZgwProblem(500, "error", title, title))

    return {ZgwProblem: problem, HTTPException: http_problem, Exception: server_error}
