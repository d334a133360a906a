"""The embedded Zaken API 1.5.1: the zaak resource, and all its routes put together.

`POST/GET /zaken` (filter `identificatie`, `bronorganisatie`, `zaaktype`), `GET /zaken/{uuid}`;
statuses and resultaten are in `statussen`, rollen and zaakeigenschappen in `rollen`. What Open
Zaak checks is checked here too: required fields, the RSIN 11-proef, `identificatie` unique per
bronorganisatie (`identificatie-niet-uniek`), that the zaaktype exists in the catalogue, and the
Accept-Crs/Content-Crs headers on the zaak resource (412 when missing, as the spec documents).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.registries.zgw.catalogus import Catalogus
from trouwgraph.registries.zgw.common import json_object, paginate, required_fields, uuid_from_url
from trouwgraph.registries.zgw.problems import ZgwProblem, field_error, validation_error
from trouwgraph.registries.zgw.rollen import rollen_routes
from trouwgraph.registries.zgw.statussen import statussen_routes
from trouwgraph.registries.zgw.zaken_context import CRS, ZakenContext
from trouwgraph.registries.zgw.zaken_store import Zaak, ZakenStore, is_rsin

__all__ = ["ZakenStore", "zaken_routes"]


def _crs(request: Request, *, body: bool) -> None:
    accept = request.headers.get("accept-crs")
    if accept is None:
        raise ZgwProblem(
            412, "precondition_failed", "Precondition failed", "'Accept-Crs' header ontbreekt"
        )
    if accept != CRS:
        raise ZgwProblem(
            406, "not_acceptable", "Not acceptable", f"CRS '{accept}' is niet ondersteund"
        )
    if not body:
        return
    content = request.headers.get("content-crs")
    if content is None:
        raise ZgwProblem(
            412, "precondition_failed", "Precondition failed", "'Content-Crs' header ontbreekt"
        )
    if content != CRS:
        raise ZgwProblem(
            415,
            "unsupported_media_type",
            "Unsupported media type",
            f"CRS '{content}' is niet ondersteund",
        )


def zaken_routes(
    store: ZakenStore,
    catalogus: Catalogus,
    *,
    page_size: int,
    today: Callable[[], date] = date.today,
    clock: Callable[[], float] = time.time,
    leeway: float = 60.0,
) -> list[Route]:
    """Every Zaken API route over `store`, checking references against `catalogus`; `clock`
    is now (a status may not be set in the future, beyond `leeway` seconds)."""
    ctx = ZakenContext(
        store,
        catalogus,
        page_size,
        today,
        lambda: datetime.fromtimestamp(clock(), UTC),
        leeway,
    )

    async def zaken_list(request: Request) -> Response:
        _crs(request, body=False)
        q = request.query_params
        selected = [
            z
            for z in store.zaken.values()
            if ("identificatie" not in q or z.identificatie == q["identificatie"])
            and ("bronorganisatie" not in q or z.bronorganisatie == q["bronorganisatie"])
            and ("zaaktype" not in q or z.zaaktype == q["zaaktype"])
        ]
        page = paginate(request, selected, lambda z: ctx.zaak(request, z), page_size)
        return JSONResponse(page, headers={"Content-Crs": CRS})

    async def zaken_create(request: Request) -> Response:
        _crs(request, body=True)
        body = await json_object(request)
        required_fields(
            body, "bronorganisatie", "verantwoordelijkeOrganisatie", "zaaktype", "startdatum"
        )
        zaak = _nieuwe_zaak(body, ctx)
        store.zaken[zaak.uuid] = zaak
        return ctx.created(ctx.zaak(request, zaak), crs=True)

    async def zaak_detail(request: Request) -> Response:
        _crs(request, body=False)
        zaak = ctx.path_zaak(request, "uuid")
        return JSONResponse(ctx.zaak(request, zaak), headers={"Content-Crs": CRS})

    return [
        Route("/zaken", zaken_list, methods=["GET"]),
        Route("/zaken", zaken_create, methods=["POST"]),
        Route("/zaken/{uuid:uuid}", zaak_detail, methods=["GET"]),
        *statussen_routes(ctx),
        *rollen_routes(ctx),
    ]


def _nieuwe_zaak(body: dict[str, object], ctx: ZakenContext) -> Zaak:
    """The zaak `body` describes, checked as Open Zaak does (400 listing every wrong field)."""
    errors = [
        field_error(name, "invalid", "Onjuist RSIN.")
        for name in ("bronorganisatie", "verantwoordelijkeOrganisatie")
        if not is_rsin(body[name])
    ]
    zaaktype_uuid = uuid_from_url(body["zaaktype"], "zaaktypen")
    if zaaktype_uuid is None or zaaktype_uuid not in ctx.catalogus.zaaktypen:
        errors.append(field_error("zaaktype", "bad-url", "De URL is ongeldig."))
    try:
        date.fromisoformat(str(body["startdatum"]))
    except ValueError:
        errors.append(field_error("startdatum", "invalid", "Datum heeft het verkeerde formaat."))
    identificatie = body.get("identificatie") or ""
    if not isinstance(identificatie, str) or len(identificatie) > 40:
        errors.append(field_error("identificatie", "max_length", "Maximaal 40 tekens."))
    elif identificatie and any(
        z.identificatie == identificatie and z.bronorganisatie == body["bronorganisatie"]
        for z in ctx.store.zaken.values()
    ):
        errors.append(
            field_error(
                "identificatie",
                "identificatie-niet-uniek",
                "Deze identificatie bestaat al voor deze bronorganisatie",
            )
        )
    if errors or zaaktype_uuid is None or not isinstance(identificatie, str):
        raise validation_error(*errors)
    if not identificatie:
        ctx.store.volgnummer += 1
        identificatie = f"ZAAK-{ctx.today().year}-{ctx.store.volgnummer:010d}"
    return Zaak(
        uuid=str(uuid.uuid4()),
        identificatie=identificatie,
        bronorganisatie=str(body["bronorganisatie"]),
        verantwoordelijke_organisatie=str(body["verantwoordelijkeOrganisatie"]),
        zaaktype=str(body["zaaktype"]),
        zaaktype_uuid=zaaktype_uuid,
        startdatum=str(body["startdatum"]),
        registratiedatum=str(body.get("registratiedatum") or ctx.today().isoformat()),
        omschrijving=str(body.get("omschrijving") or "")[:80],
        toelichting=str(body.get("toelichting") or "")[:1000],
    )
