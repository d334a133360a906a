"""The embedded Zaken API's rollen and zaakeigenschappen.

`POST/GET /rollen` (filter `zaak`), `GET /rollen/{uuid}`, and nested under the zaak (since
Zaken API 1.2) `POST/GET /zaken/{uuid}/zaakeigenschappen` and `GET .../zaakeigenschappen/{uuid}`.
As Open Zaak: the roltype or eigenschap must belong to the zaak's zaaktype, a betrokkeneType is
one of the five kinds, and an eigenschap's waarde fits its formaat and lengte.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.registries.zgw.common import json_object, required_fields, uuid_from_url
from trouwgraph.registries.zgw.problems import field_error, not_found, validation_error
from trouwgraph.registries.zgw.zaken_context import ZakenContext, zaaktype_mismatch
from trouwgraph.registries.zgw.zaken_store import Rol, ZaakEigenschap, waarde_past

__all__ = ["rollen_routes"]

_BETROKKENE_TYPES = (
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "vestiging",
    "organisatorische_eenheid",
    "medewerker",
)


def rollen_routes(ctx: ZakenContext) -> list[Route]:
    """The rollen and zaakeigenschappen routes of one Zaken API."""
    store, c = ctx.store, ctx.catalogus

    async def rollen_list(request: Request) -> Response:
        return ctx.page(request, ctx.by_zaak(request, list(store.rollen.values())), ctx.rol)

    async def rol_detail(request: Request) -> Response:
        return ctx.detail(request, store.rollen, ctx.rol)

    async def rollen_create(request: Request) -> Response:
        body = await json_object(request)
        required_fields(body, "zaak", "betrokkeneType", "roltype", "roltoelichting")
        zaak = ctx.zaak_of(body["zaak"])
        if body["betrokkeneType"] not in _BETROKKENE_TYPES:
            raise validation_error(
                field_error("betrokkeneType", "invalid_choice", "Geen geldige keuze.")
            )
        roltype_uuid = uuid_from_url(body["roltype"], "roltypen") or ""
        roltype = c.roltypen.get(roltype_uuid)
        if roltype is None:
            raise validation_error(field_error("roltype", "bad-url", "De URL is ongeldig."))
        if roltype.zaaktype_uuid != zaak.zaaktype_uuid:
            raise zaaktype_mismatch()
        identificatie = body.get("betrokkeneIdentificatie") or {}
        if not isinstance(identificatie, dict):
            raise validation_error(
                field_error("betrokkeneIdentificatie", "invalid", "Verwacht een object.")
            )
        bsn = identificatie.get("inpBsn", "")
        if not isinstance(bsn, str) or len(bsn) > 9:
            raise validation_error(
                field_error("betrokkeneIdentificatie.inpBsn", "max_length", "Maximaal 9 tekens.")
            )
        rol = Rol(
            str(uuid.uuid4()),
            zaak.uuid,
            body["betrokkeneType"],
            body["roltype"],
            roltype_uuid,
            str(body["roltoelichting"])[:1000],
            datetime.now().astimezone(),
            {k: v for k, v in identificatie.items() if isinstance(v, str)},
        )
        store.rollen[rol.uuid] = rol
        zaak.rollen.append(rol.uuid)
        return ctx.created(ctx.rol(request, rol))

    async def eigenschappen_list(request: Request) -> Response:
        zaak = ctx.path_zaak(request)
        return JSONResponse(
            [ctx.zaakeigenschap(request, store.zaakeigenschappen[e]) for e in zaak.eigenschappen]
        )

    async def eigenschap_detail(request: Request) -> Response:
        zaak = ctx.path_zaak(request)
        key = str(request.path_params["uuid"])
        if key not in zaak.eigenschappen:
            raise not_found()
        return JSONResponse(ctx.zaakeigenschap(request, store.zaakeigenschappen[key]))

    async def eigenschappen_create(request: Request) -> Response:
        zaak = ctx.path_zaak(request)
        body = await json_object(request)
        required_fields(body, "zaak", "eigenschap", "waarde")
        if ctx.zaak_of(body["zaak"]) is not zaak:
            raise validation_error(
                field_error("zaak", "invalid", "De zaak hoort niet bij deze URL.")
            )
        eigenschap_uuid = uuid_from_url(body["eigenschap"], "eigenschappen") or ""
        eigenschap = c.eigenschappen.get(eigenschap_uuid)
        if eigenschap is None:
            raise validation_error(field_error("eigenschap", "bad-url", "De URL is ongeldig."))
        if eigenschap.zaaktype_uuid != zaak.zaaktype_uuid:
            raise zaaktype_mismatch("De eigenschap")
        waarde = body["waarde"]
        if not isinstance(waarde, str) or not waarde_past(
            waarde, eigenschap.formaat, eigenschap.lengte
        ):
            raise validation_error(
                field_error("waarde", "invalid", "De waarde past niet bij de specificatie.")
            )
        item = ZaakEigenschap(
            str(uuid.uuid4()), zaak.uuid, body["eigenschap"], eigenschap_uuid, waarde
        )
        store.zaakeigenschappen[item.uuid] = item
        zaak.eigenschappen.append(item.uuid)
        return ctx.created(ctx.zaakeigenschap(request, item))

    eigenschappen = "/zaken/{zaak_uuid:uuid}/zaakeigenschappen"
    return [
        Route("/rollen", rollen_list, methods=["GET"]),
        Route("/rollen", rollen_create, methods=["POST"]),
        Route("/rollen/{uuid:uuid}", rol_detail, methods=["GET"]),
        Route(eigenschappen, eigenschappen_list, methods=["GET"]),
        Route(eigenschappen, eigenschappen_create, methods=["POST"]),
        Route(eigenschappen + "/{uuid:uuid}", eigenschap_detail, methods=["GET"]),
    ]
