"""The embedded Zaken API's statussen and resultaten.

`POST/GET /statussen` (filter `zaak`), `GET /statussen/{uuid}`, `POST/GET /resultaten` (filter
`zaak`, `resultaattype`), `GET /resultaten/{uuid}`. As Open Zaak: the statustype or
resultaattype must belong to the zaak's zaaktype; `datumStatusGezet` must carry a time zone and
may not lie in the future; an eindstatus needs a resultaat first (`resultaat-does-not-exist`)
and closes the zaak; a zaak has one resultaat (`unique`). Statuses are listed oldest first and
the last one set is the one marked `indicatieLaatstGezetteStatus` (see `zaken_store`).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from trouwgraph.registries.zgw.common import json_object, required_fields, uuid_from_url
from trouwgraph.registries.zgw.problems import field_error, validation_error
from trouwgraph.registries.zgw.zaken_context import (
    ZakenContext,
    parse_datetime,
    zaaktype_mismatch,
)
from trouwgraph.registries.zgw.zaken_store import Resultaat, Status

__all__ = ["statussen_routes"]


def statussen_routes(ctx: ZakenContext) -> list[Route]:
    """The statussen and resultaten routes of one Zaken API."""
    store, c = ctx.store, ctx.catalogus

    async def statussen_list(request: Request) -> Response:
        return ctx.page(request, ctx.by_zaak(request, store.geordende_statussen()), ctx.status)

    async def status_detail(request: Request) -> Response:
        return ctx.detail(request, store.statussen, ctx.status)

    async def statussen_create(request: Request) -> Response:
        body = await json_object(request)
        required_fields(body, "zaak", "statustype", "datumStatusGezet")
        zaak = ctx.zaak_of(body["zaak"])
        statustype = c.statustypen.get(uuid_from_url(body["statustype"], "statustypen") or "")
        if statustype is None:
            raise validation_error(field_error("statustype", "bad-url", "De URL is ongeldig."))
        if statustype.zaaktype_uuid != zaak.zaaktype_uuid:
            raise zaaktype_mismatch()
        gezet = parse_datetime(body["datumStatusGezet"])
        if gezet is None or gezet.utcoffset() is None:
            raise validation_error(
                field_error("datumStatusGezet", "invalid", "Datetime heeft een verkeerd formaat.")
            )
        if gezet > ctx.now() + timedelta(seconds=ctx.leeway):
            raise validation_error(
                field_error(
                    "datumStatusGezet", "date-in-future", "Deze datum mag niet in de toekomst zijn."
                )
            )
        if statustype.is_eindstatus and zaak.resultaat is None:
            # Open Zaak derives the archive dates from the resultaat when the zaak closes.
            raise validation_error(
                field_error(
                    "nonFieldErrors",
                    "resultaat-does-not-exist",
                    "De zaak heeft geen resultaat; zet eerst een resultaat.",
                )
            )
        status = Status(
            str(uuid.uuid4()),
            zaak.uuid,
            body["statustype"],
            gezet,
            str(body.get("statustoelichting") or "")[:1000],
        )
        store.voeg_status_toe(zaak, status)
        if statustype.is_eindstatus:
            zaak.einddatum = gezet.date().isoformat()
        return ctx.created(ctx.status(request, status))

    async def resultaten_list(request: Request) -> Response:
        selected = ctx.by_zaak(request, list(store.resultaten.values()))
        resultaattype = request.query_params.get("resultaattype")
        if resultaattype is not None:
            selected = [r for r in selected if r.resultaattype == resultaattype]
        return ctx.page(request, selected, ctx.resultaat)

    async def resultaat_detail(request: Request) -> Response:
        return ctx.detail(request, store.resultaten, ctx.resultaat)

    async def resultaten_create(request: Request) -> Response:
        body = await json_object(request)
        required_fields(body, "zaak", "resultaattype")
        zaak = ctx.zaak_of(body["zaak"])
        resultaattype = c.resultaattypen.get(
            uuid_from_url(body["resultaattype"], "resultaattypen") or ""
        )
        if resultaattype is None:
            raise validation_error(field_error("resultaattype", "bad-url", "De URL is ongeldig."))
        if resultaattype.zaaktype_uuid != zaak.zaaktype_uuid:
            raise zaaktype_mismatch()
        if zaak.resultaat is not None:
            # Open Zaak: Resultaat.zaak is one-to-one.
            raise validation_error(
                field_error("zaak", "unique", "Resultaat met deze Zaak bestaat al.")
            )
        toelichting = body.get("toelichting") or ""
        if not isinstance(toelichting, str) or len(toelichting) > 1000:
            raise validation_error(
                field_error("toelichting", "max_length", "Maximaal 1000 tekens.")
            )
        resultaat = Resultaat(str(uuid.uuid4()), zaak.uuid, body["resultaattype"], toelichting)
        store.resultaten[resultaat.uuid] = resultaat
        zaak.resultaat = resultaat.uuid
        return ctx.created(ctx.resultaat(request, resultaat))

    return [
        Route("/statussen", statussen_list, methods=["GET"]),
        Route("/statussen", statussen_create, methods=["POST"]),
        Route("/statussen/{uuid:uuid}", status_detail, methods=["GET"]),
        Route("/resultaten", resultaten_list, methods=["GET"]),
        Route("/resultaten", resultaten_create, methods=["POST"]),
        Route("/resultaten/{uuid:uuid}", resultaat_detail, methods=["GET"]),
    ]
