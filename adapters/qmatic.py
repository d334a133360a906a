"""`Agenda` over the Qmatic Orchestra Calendar Public Appointment API (v1/v2, "july 2017").

Locations are Qmatic branches, ceremony types Qmatic services; by default their ids are the
same on both sides, `vestigingen` / `diensten` map them when a municipality's Qmatic uses
other publicIds. Free slots come from v2 `dates` and `times` with matrix parameters
(`;servicePublicId=..;customSlotLength=..`); a slot length per ceremony type
(`slotlengte_minuten`) or per type and location (`locatie_slotlengte_minuten`, e.g. a room
that needs longer than the ceremony) is sent as `customSlotLength`. Holding is v2 `reserve`
(status 10), confirming v2 `appointments/{id}/confirm` (status 20), cancelling v1
`DELETE appointments/{id}`.

Qmatic's public API does not expose officiants, so `middelen()` lists locations only and a
search for one BABS is refused; BABS stay planned by the built-in agenda. No personal data of
the couple is sent: the appointment carries the case id as its only reference.

Failures come out as `adapters.errors.UpstreamError`s with registry "QMATIC"; a taken slot
(ERROR_CODE 440) as `TijdslotNietBeschikbaar`.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, cast
from urllib.parse import quote

import httpx

from trouwgraph.adapters import qmatic_payloads as wire
from trouwgraph.adapters.agenda import (
    AMSTERDAM,
    AgendaSlot,
    Middel,
    Middelsoort,
    Reservering,
    ReserveringNietGevonden,
    Reserveringsstatus,
    TijdslotNietBeschikbaar,
)
from trouwgraph.adapters.errors import UpstreamInvalidResponse
from trouwgraph.adapters.responses import (
    ErrorBody,
    access_or_server_error,
    error_document,
    json_body,
    rejected,
    send,
)

__all__ = ["REGISTRY", "QmaticAgenda"]

REGISTRY = "QMATIC"
NO_SLOT_CODES = frozenset({"440"})
TITLE = "Huwelijksceremonie"
_ID = re.compile(r"^[A-Za-z0-9_.~-]{1,128}$")
_STATUS = {
    wire.STATUS_RESERVED: Reserveringsstatus.VASTGEHOUDEN,
    wire.STATUS_CONFIRMED: Reserveringsstatus.BEVESTIGD,
}


def _id(value: str, what: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(f"{what} is not a valid Qmatic publicId")
    return quote(value, safe="")


class QmaticAgenda:
    """The agenda port over HTTP; `client` has the base URL, auth and pool (lifespan-made)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        timeout: httpx.Timeout,
        api_root: str = "calendar-backend/public/api",
        vestigingen: Mapping[str, str] | None = None,
        diensten: Mapping[str, str] | None = None,
        slotlengte_minuten: Mapping[str, int] | None = None,
        locatie_slotlengte_minuten: Mapping[tuple[str, str], int] | None = None,
        max_gelijktijdig: int = 4,
    ) -> None:
        self._client = client
        self._timeout = timeout
        self._root = api_root.strip("/")
        self._branch = dict(vestigingen or {})
        self._locatie = {b: loc for loc, b in self._branch.items()}
        self._service = dict(diensten or {})
        self._soort = {s: c for c, s in self._service.items()}
        self._slotlengte = dict(slotlengte_minuten or {})
        self._locatie_slotlengte = dict(locatie_slotlengte_minuten or {})
        self._gelijktijdig = asyncio.Semaphore(max_gelijktijdig)

    async def middelen(self) -> list[Middel]:
        """The branches as locations (Qmatic does not expose officiants)."""
        body = _object(await self._call("GET", "v1/branches"), "branchList")
        return [
            Middel(Middelsoort.LOCATIE, self._locatie_id(b), b["name"], _adres(b))
            for b in _list(body["branchList"], "branchList", wire.Branch)
        ]

    async def vrije_tijdsloten(
        self,
        van: date,
        tot: date,
        *,
        ceremonietype: str,
        locatie_id: str | None = None,
        ambtenaar_id: str | None = None,
    ) -> list[AgendaSlot]:
        """Free slots per branch offering the type, from v2 dates then times per date."""
        if ambtenaar_id is not None:
            raise ValueError("Qmatic does not schedule officiants; plan the BABS elsewhere")
        if tot < van:
            raise ValueError("tot lies before van")
        service = self._service.get(ceremonietype, ceremonietype)
        sid = _id(service, "ceremonietype")
        if locatie_id is not None:
            branches = [self._branch.get(locatie_id, locatie_id)]
        else:
            body = _object(await self._call("GET", f"v1/services/{sid}/branches"), "branchList")
            branches = [b["publicId"] for b in _list(body["branchList"], "branchList", wire.Branch)]
        standaard = await self._lengte(service, ceremonietype)

        async def per_branch(branch: str) -> list[AgendaSlot]:
            bid = _id(branch, "locatie_id")
            locatie = self._locatie.get(branch, branch)
            minuten = self._locatie_slotlengte.get((ceremonietype, locatie))
            minuten = minuten or self._slotlengte.get(ceremonietype)
            matrix = f";servicePublicId={sid}"
            if minuten is not None:
                matrix += f";customSlotLength={minuten}"
            lengte = standaard if minuten is None else timedelta(minutes=minuten)
            body = _object(await self._get(f"v2/branches/{bid}/dates{matrix}"), "dates")
            dagen = [d for d in map(_dag, _list(body["dates"], "dates", str)) if van <= d <= tot]
            per_dag = await asyncio.gather(*(self._tijden(bid, d, matrix) for d in dagen))
            return [
                AgendaSlot(start, start + lengte, locatie, ceremonietype)
                for starts in per_dag
                for start in starts
            ]

        results = await asyncio.gather(*(per_branch(b) for b in branches))
        return sorted(
            (s for slots in results for s in slots), key=lambda s: (s.start, s.locatie_id)
        )

    async def houd_vast(self, slot: AgendaSlot, *, zaak_id: str) -> str:
        """Reserve the slot (Qmatic status 10) with the case id as the only reference."""
        bid = _id(self._branch.get(slot.locatie_id, slot.locatie_id), "locatie_id")
        service = self._service.get(slot.ceremonietype, slot.ceremonietype)
        body: wire.AppointmentRequest = {
            "title": TITLE,
            "services": [{"publicId": service}],
            "custom": json.dumps({"zaakId": zaak_id}),
            "customSlotLength": int((slot.eind - slot.start) / timedelta(minutes=1)),
        }
        path = (
            f"v2/branches/{bid}/dates/{slot.start.date().isoformat()}"
            f"/times/{slot.start.strftime('%H:%M')}/reserve"
        )
        answer = _object(await self._call("POST", path, body), "publicId")
        return _str(answer["publicId"], "publicId")

    async def bevestig(self, reservering_id: str) -> Reservering:
        """Confirm the reservation (status 20)."""
        rid = _id(reservering_id, "reservering_id")
        body: wire.AppointmentRequest = {
            "title": TITLE,
            "customers": [{"externalId": reservering_id}],
        }
        answer = await self._call("POST", f"v2/appointments/{rid}/confirm", body, missing=True)
        if answer is None:
            raise ReserveringNietGevonden(reservering_id)
        return self._reservering(answer)

    async def annuleer(self, reservering_id: str) -> None:
        """Delete the appointment; an unknown one counts as already cancelled."""
        rid = _id(reservering_id, "reservering_id")
        await self._call("DELETE", f"v1/appointments/{rid}", missing=True)

    async def haal(self, reservering_id: str) -> Reservering | None:
        """The appointment as a reservation, or None when Qmatic does not know it."""
        rid = _id(reservering_id, "reservering_id")
        answer = await self._call("GET", f"v1/appointments/{rid}", missing=True)
        if answer is None:
            return None
        return self._reservering(_object(answer, "appointment")["appointment"])

    async def _lengte(self, service: str, ceremonietype: str) -> timedelta:
        if ceremonietype in self._slotlengte:
            return timedelta(minutes=self._slotlengte[ceremonietype])
        body = _object(await self._get("v1/services"), "serviceList")
        for s in _list(body["serviceList"], "serviceList", wire.Service):
            if s["publicId"] == service:
                return timedelta(minutes=_int(s["duration"], "duration"))
        raise UpstreamInvalidResponse(REGISTRY, "the ceremony type is not a Qmatic service")

    async def _tijden(self, bid: str, dag: date, matrix: str) -> list[datetime]:
        path = f"v2/branches/{bid}/dates/{dag.isoformat()}/times{matrix}"
        body = _object(await self._get(path), "times")
        return [
            datetime.combine(dag, _tijd(t), AMSTERDAM) for t in _list(body["times"], "times", str)
        ]

    def _locatie_id(self, branch: Mapping[str, Any]) -> str:
        public_id = _str(branch.get("publicId"), "publicId")
        return self._locatie.get(public_id, public_id)

    def _reservering(self, raw: object) -> Reservering:
        a = cast(wire.Appointment, _object(raw, "publicId", "status", "start", "end", "branch"))
        services = _list(a.get("services"), "services", wire.Service)
        if not services:
            raise UpstreamInvalidResponse(REGISTRY, "appointment without services")
        service = _str(services[0].get("publicId"), "publicId")
        status = _STATUS.get(_int(a["status"], "status"))
        if status is None:
            raise UpstreamInvalidResponse(REGISTRY, "appointment has an unknown status")
        try:
            start = datetime.fromisoformat(_str(a["start"], "start"))
            eind = datetime.fromisoformat(_str(a["end"], "end"))
            slot = AgendaSlot(
                start,
                eind,
                self._locatie_id(_object(a["branch"], "publicId")),
                self._soort.get(service, service),
            )
        except ValueError:
            raise UpstreamInvalidResponse(REGISTRY, "appointment times are malformed") from None
        return Reservering(_str(a["publicId"], "publicId"), slot, status)

    async def _get(self, path: str) -> object:
        async with self._gelijktijdig:
            return await self._call("GET", path)

    async def _call(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None = None,
        *,
        missing: bool = False,
    ) -> Any:
        """One request; the decoded JSON (None for an empty 2xx, or a 404 when `missing`)."""
        headers = {"Accept": "application/json"}
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(body, separators=(",", ":")).encode()
        response = await send(
            REGISTRY,
            self._client.request(
                method,
                f"{self._root}/{path}",
                content=content,
                headers=headers,
                timeout=self._timeout,
            ),
        )
        if missing and response.status_code == 404:
            return None
        return _decode(response)


def _decode(response: httpx.Response) -> object:
    status = response.status_code
    code = response.headers.get("error_code")
    if 200 <= status < 300:
        if code:  # Qmatic has been seen reporting a failed booking with a 2xx and these headers
            raise _refusal(response, code)
        if not response.content:
            return None
        return json_body(REGISTRY, response, plus_json=False)
    # Every other status that is not about access or Qmatic's health is a refusal (3xx too).
    raise access_or_server_error(REGISTRY, response) or _refusal(response, code)


def _refusal(response: httpx.Response, code: str | None) -> Exception:
    if code in NO_SLOT_CODES:
        return TijdslotNietBeschikbaar("the slot is no longer available")
    return rejected(REGISTRY, response, error_body=_qmatic_error)


def _qmatic_error(response: httpx.Response) -> ErrorBody:
    """The ERROR_CODE and ERROR_MESSAGE headers; the body's `msg` when there is no message."""
    message = response.headers.get("error_message")
    if message is None:
        # The content type of Qmatic's error answers is not relied on.
        msg = (error_document(response, any_media_type=True) or {}).get("msg")
        message = msg if isinstance(msg, str) else None
    return ErrorBody(title=message, code=response.headers.get("error_code"))


def _object(raw: object, *keys: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or any(k not in raw for k in keys):
        raise UpstreamInvalidResponse(REGISTRY, f"expected an object with {', '.join(keys)}")
    return raw


def _list(raw: object, name: str, kind: type[Any]) -> list[Any]:
    element = dict if kind is not str else str
    if not isinstance(raw, list) or not all(isinstance(x, element) for x in raw):
        raise UpstreamInvalidResponse(REGISTRY, f"{name} is not a list of the agreed shape")
    return raw


def _str(raw: object, name: str) -> str:
    if not isinstance(raw, str) or not raw:
        raise UpstreamInvalidResponse(REGISTRY, f"{name} is not a string")
    return raw


def _int(raw: object, name: str) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool):
        raise UpstreamInvalidResponse(REGISTRY, f"{name} is not an integer")
    return raw


def _dag(raw: str) -> date:
    try:
        return datetime.fromisoformat(raw).date()
    except ValueError:
        raise UpstreamInvalidResponse(REGISTRY, "a date is malformed") from None


def _tijd(raw: str) -> time:
    try:
        return time.fromisoformat(raw)
    except ValueError:
        raise UpstreamInvalidResponse(REGISTRY, "a time is malformed") from None


def _adres(branch: Mapping[str, Any]) -> str | None:
    parts = [branch.get(k) for k in ("addressLine1", "addressLine2", "addressZip", "addressCity")]
    text = ", ".join(p for p in parts if isinstance(p, str) and p)
    return text or None
