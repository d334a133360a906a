"""The embedded Qmatic Orchestra Calendar Public Appointment API, served over HTTP.

Paths under ``/calendar-backend/public/api``: v1 branches, services and appointments (GET,
DELETE), v2 dates and times with matrix parameters (``dates;servicePublicId=X;
numberOfCustomers=N;customSlotLength=M``), v2 book and reserve (POST) and v2 confirm. Response
bodies follow the recorded wire shapes (see ``adapters.qmatic_payloads``), errors carry
``ERROR_CODE``/``ERROR_MESSAGE`` headers and a ``{"msg": ...}`` body. Error codes other than
440 (no slot) are this registry's own choice: Qmatic does not document them publicly.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Any, cast

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.adapters import qmatic_payloads as wire
from trouwgraph.registries.qmatic.planning import Afspraak, Dienst, Planning, Vestiging

__all__ = ["API_ROOT", "create_qmatic_registry"]

logger = logging.getLogger(__name__)

API_ROOT = "/calendar-backend/public/api"
_MEDIA = "application/json"
NO_SLOT = "440"


class QmaticFout(Exception):
    """An error response: HTTP status, ERROR_CODE and message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def fout_response(status: int, code: str, message: str) -> Response:
    """Qmatic's error shape."""
    body: wire.ErrorBody = {"msg": message}
    return JSONResponse(
        body,
        status_code=status,
        media_type=_MEDIA,
        headers={"ERROR_CODE": code, "ERROR_MESSAGE": message},
    )


def _meta(total: int, arguments: Mapping[str, str] | None = None) -> wire.Meta:
    return {
        "start": "",
        "end": "",
        "totalResults": total,
        "offset": None,
        "limit": None,
        "fields": "",
        "arguments": dict(arguments or {}),
    }


def _branch(v: Vestiging, zone: str) -> wire.Branch:
    straat, _, rest = v.adres.partition(", ")
    postcode, plaats = (rest[:7], rest[8:]) if len(rest) > 8 else (None, rest or None)
    return {
        "addressState": None,
        "phone": None,
        "addressCity": plaats,
        "fullTimeZone": zone,
        "timeZone": zone,
        "addressLine2": None,
        "addressLine1": straat or None,
        "updated": v.created,
        "created": v.created,
        "email": None,
        "name": v.naam,
        "publicId": v.public_id,
        "longitude": None,
        "branchPrefix": None,
        "latitude": None,
        "addressCountry": "Netherlands",
        "custom": None,
        "addressZip": postcode,
    }


def _service(d: Dienst) -> wire.Service:
    return {
        "additionalCustomerDuration": d.extra_klant_minuten,
        "duration": d.duur_minuten,
        "updated": d.created,
        "created": d.created,
        "name": d.naam,
        "publicId": d.public_id,
        "active": True,
        "publicEnabled": True,
        "custom": None,
    }


def _moment(value: datetime, *, colon: bool) -> str:
    text = value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    return text[:-2] + ":" + text[-2:] if colon else text


def _appointment(a: Afspraak, zone: str, *, colon: bool) -> wire.Appointment:
    return {
        "services": [_service(d) for d in a.diensten],
        "allDay": False,
        "status": a.status,
        "resource": {"name": a.vestiging.naam},
        "customers": a.customers,
        "blocking": False,
        "title": a.title,
        "start": _moment(a.start, colon=colon),
        "created": a.created,
        "updated": a.updated,
        "publicId": a.public_id,
        "branch": _branch(a.vestiging, zone),
        "notes": a.notes,
        "end": _moment(a.eind, colon=colon),
        "custom": a.custom,
    }


def _matrix(segment: str, expected: str) -> dict[str, list[str]]:
    name, *params = segment.split(";")
    if name != expected:
        raise HTTPException(404)
    parsed: dict[str, list[str]] = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep or not key:
            raise QmaticFout(400, "400", f"Malformed matrix parameter {key or param!r}")
        parsed.setdefault(key, []).append(value)
    return parsed


def _int_param(params: Mapping[str, list[str]], name: str) -> int | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) != 1 or not values[0].isdigit() or not 0 < int(values[0]) <= 1440:
        raise QmaticFout(400, "400", f"Invalid value for {name}")
    return int(values[0])


def create_qmatic_registry(
    planning: Planning, *, api_key: str | None = None, api_key_header: str = "X-Api-Key"
) -> Starlette:
    """Build the registry app over `planning`; with `api_key`, requests must carry it."""
    zone = planning.zone.key

    def vestiging(request: Request) -> Vestiging:
        found = planning.vestigingen.get(request.path_params["branch"])
        if found is None:
            raise QmaticFout(404, "404", "Branch not found")
        return found

    def diensten(params: Mapping[str, list[str]], v: Vestiging) -> list[Dienst]:
        ids = params.get("servicePublicId") or []
        if not ids:
            raise QmaticFout(400, "400", "servicePublicId is required")
        found = [planning.diensten.get(i) for i in ids]
        if any(d is None or not d.op(v) for d in found):
            raise QmaticFout(404, "404", "Service not found for branch")
        return [d for d in found if d is not None]

    def lengte(params: Mapping[str, list[str]], ds: list[Dienst]) -> Any:
        klanten = 1 + (_int_param(params, "numberOfCustomers") or 0)
        return planning.duur(ds, klanten, _int_param(params, "customSlotLength"))

    def arguments(params: Mapping[str, list[str]]) -> dict[str, str]:
        return {k: "[" + ", ".join(v) + "]" for k, v in params.items() if k != "servicePublicId"}

    def ok(body: Mapping[str, Any]) -> Response:
        return JSONResponse(dict(body), media_type=_MEDIA)

    async def branches(request: Request) -> Response:
        items = [_branch(v, zone) for v in planning.vestigingen.values()]
        return ok(wire.BranchList(notifications=[], branchList=items, meta=_meta(len(items))))

    async def branch(request: Request) -> Response:
        body = wire.BranchEnvelope(
            notifications=[], branch=_branch(vestiging(request), zone), meta=_meta(1)
        )
        return ok(body)

    async def services(request: Request) -> Response:
        v = vestiging(request) if "branch" in request.path_params else None
        items = [_service(d) for d in planning.diensten.values() if v is None or d.op(v)]
        return ok(wire.ServiceList(serviceList=items, notifications=[], meta=_meta(len(items))))

    async def service_branches(request: Request) -> Response:
        d = planning.diensten.get(request.path_params["service"])
        if d is None:
            raise QmaticFout(404, "404", "Service not found")
        items = [_branch(v, zone) for v in planning.vestigingen.values() if d.op(v)]
        return ok(wire.BranchList(notifications=[], branchList=items, meta=_meta(len(items))))

    async def dates(request: Request) -> Response:
        params = _matrix(request.path_params["segment"], "dates")
        v = vestiging(request)
        duur = lengte(params, diensten(params, v))
        items = [f"{d.isoformat()}T00:00:00" for d in planning.vrije_dagen(v, duur)]
        meta = _meta(len(items), arguments(params))
        return ok(wire.DateList(notifications=[], dates=items, meta=meta))

    async def times(request: Request) -> Response:
        params = _matrix(request.path_params["segment"], "times")
        v = vestiging(request)
        duur = lengte(params, diensten(params, v))
        items = [t.strftime("%H:%M") for t in planning.vrije_tijden(v, _dag(request), duur)]
        meta = _meta(len(items), arguments(params))
        return ok(wire.TimeList(notifications=[], times=items, meta=meta))

    async def create(request: Request) -> Response:
        v = vestiging(request)
        body = await _body(request)
        refs = body.get("services")
        ids = [r.get("publicId") for r in refs if isinstance(r, dict)] if refs else []
        ds = diensten({"servicePublicId": [str(i) for i in ids]}, v)
        eigen = body.get("customSlotLength")
        if eigen is not None and (not isinstance(eigen, int) or not 0 < eigen <= 1440):
            raise QmaticFout(400, "400", "Invalid value for customSlotLength")
        customers = body.get("customers") or []
        duur = planning.duur(ds, max(len(customers), 1), eigen)
        start = datetime.combine(_dag(request), _tijd(request), planning.zone)
        booking = request.path_params["action"] == "book"
        status = wire.STATUS_CONFIRMED if booking else wire.STATUS_RESERVED
        afspraak = planning.maak(v, ds, start, duur, status)
        if afspraak is None:
            raise QmaticFout(
                409, NO_SLOT, "No resource is available for the selected date and time"
            )
        _apply(afspraak, body)
        return ok(_appointment(afspraak, zone, colon=False))

    async def confirm(request: Request) -> Response:
        afspraak = planning.zoek(request.path_params["id"])
        if afspraak is None:
            raise QmaticFout(404, "404", "Appointment not found")
        _apply(afspraak, await _body(request))
        planning.bevestig(afspraak)
        return ok(_appointment(afspraak, zone, colon=False))

    async def appointment(request: Request) -> Response:
        afspraak = planning.zoek(request.path_params["id"])
        if afspraak is None:
            raise QmaticFout(404, "404", "Appointment not found")
        if request.method == "DELETE":
            planning.verwijder(afspraak.public_id)
            return Response(status_code=204)
        envelope = wire.AppointmentEnvelope(
            notifications=[], meta=_meta(1), appointment=_appointment(afspraak, zone, colon=True)
        )
        return ok(envelope)

    async def guard(request: Request, call_next: Any) -> Response:
        if api_key is not None:
            given = request.headers.get(api_key_header)
            if not given:
                return fout_response(401, "401", "Unauthorized")
            if not hmac.compare_digest(given.encode(), api_key.encode()):
                return fout_response(403, "403", "Forbidden")
        response: Response = await call_next(request)
        return response

    v1, v2 = f"{API_ROOT}/v1", f"{API_ROOT}/v2"
    slot = v2 + "/branches/{branch}/dates/{day}/times/{time}/{action:str}"
    return Starlette(
        routes=[
            Route(f"{v1}/branches", branches),
            Route(v1 + "/branches/{branch}", branch),
            Route(v1 + "/branches/{branch}/services", services),
            Route(f"{v1}/services", services),
            Route(v1 + "/services/{service}/branches", service_branches),
            Route(v2 + "/branches/{branch}/{segment}", dates),
            Route(v2 + "/branches/{branch}/dates/{day}/{segment}", times),
            Route(slot, create, methods=["POST"]),
            Route(v2 + "/appointments/{id}/confirm", confirm, methods=["POST"]),
            Route(v1 + "/appointments/{id}", appointment, methods=["GET", "DELETE"]),
        ],
        middleware=[Middleware(BaseHTTPMiddleware, dispatch=guard)],
        exception_handlers={
            QmaticFout: _fout,
            HTTPException: _http_exception,
            Exception: _server_error,
        },
    )


def _dag(request: Request) -> date:
    try:
        return date.fromisoformat(request.path_params["day"])
    except ValueError:
        raise QmaticFout(400, "400", "Invalid date") from None


def _tijd(request: Request) -> time:
    try:
        return time.fromisoformat(request.path_params["time"])
    except ValueError:
        raise QmaticFout(400, "400", "Invalid time") from None


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        raise QmaticFout(400, "400", "Malformed JSON body") from None
    if not isinstance(body, dict):
        raise QmaticFout(400, "400", "Body must be a JSON object")
    return body


def _apply(afspraak: Afspraak, body: Mapping[str, Any]) -> None:
    for key in ("title", "notes", "custom"):
        if isinstance(body.get(key), str):
            setattr(afspraak, key, body[key])
    customers = body.get("customers")
    if isinstance(customers, list):
        afspraak.customers = [
            cast(wire.Customer, {**c, "publicId": f"{afspraak.public_id[:16]}{n:02d}"})
            for n, c in enumerate(customers)
            if isinstance(c, dict)
        ]


def _fout(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, QmaticFout):
        return _server_error(request, exc)
    return fout_response(exc.status, exc.code, exc.message)


def _http_exception(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 405:
        return fout_response(405, "405", "Method not allowed")
    if status == 404:
        return fout_response(404, "404", "Not found")
    return _server_error(request, exc)


def _server_error(request: Request, exc: Exception) -> Response:
    logger.error("Qmatic registry failed to answer: %s", type(exc).__name__)
    return fout_response(500, "500", "An error occured.")
