"""The embedded Catalogi API 1.3.1 (read only): the catalogus, its zaaktypen and their
statustypen, resultaattypen, roltypen and eigenschappen.

`GET /catalogussen?domein=&rsin=` (and `__in`), `GET /zaaktypen?catalogus=&identificatie=&status=`,
`GET /{statustypen,resultaattypen,roltypen,eigenschappen}?zaaktype=&status=` (paginated {count,
next, previous, results}) and `GET /<resource>/{uuid}`. All URLs are absolute, built from the
request's base URL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.registries.zgw.catalogus import (
    Catalogus,
    EigenschapDef,
    ResultaatTypeDef,
    RolTypeDef,
    StatusTypeDef,
    ZaakTypeDef,
)
from trouwgraph.registries.zgw.common import api_root, paginate, uuid_from_url
from trouwgraph.registries.zgw.problems import field_error, not_found, validation_error

__all__ = ["CatalogiUrls", "catalogi_routes", "render_catalogus"]

_STATUS_FILTERS = ("alles", "concept", "definitief")


class CatalogiUrls:
    """Absolute URLs of catalogue resources under one API root."""

    def __init__(self, root: str) -> None:
        self.root = root

    def of(self, resource: str, key: str) -> str:
        """The URL of `resource` (e.g. `zaaktypen`) `key`."""
        return f"{self.root}/{resource}/{key}"


def render_catalogus(c: Catalogus, urls: CatalogiUrls) -> dict[str, Any]:
    """A `Catalogus`: the municipality's one catalogue and every zaaktype in it."""
    return {
        "url": urls.of("catalogussen", c.uuid),
        "domein": c.domein,
        "rsin": c.rsin,
        "contactpersoonBeheerNaam": "Burgerzaken",
        "zaaktypen": [urls.of("zaaktypen", key) for key in c.zaaktypen],
        "besluittypen": [],
        "informatieobjecttypen": [],
        "naam": "Huwelijksplanner",
        "versie": "1",
    }


def render_zaaktype(c: Catalogus, z: ZaakTypeDef, urls: CatalogiUrls) -> dict[str, Any]:
    """A `ZaakType`."""

    def of(resource: str, keys: Sequence[str]) -> list[str]:
        return [urls.of(resource, key) for key in keys]

    return {
        "url": urls.of("zaaktypen", z.uuid),
        "identificatie": z.identificatie,
        "omschrijving": z.omschrijving,
        "omschrijvingGeneriek": "",
        "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
        "doel": z.omschrijving,
        "aanleiding": "Een burger meldt een voorgenomen huwelijk of partnerschap.",
        "toelichting": "",
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": "Melden",
        "onderwerp": "Huwelijk",
        "handelingBehandelaar": "Behandelen",
        "doorlooptijd": "P28D",
        "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": False,
        "trefwoorden": ["huwelijk", "partnerschap"],
        "publicatieIndicatie": False,
        "verantwoordingsrelatie": [],
        "productenOfDiensten": [],
        "referentieproces": {"naam": z.identificatie},
        "verantwoordelijke": c.rsin,
        "zaakobjecttypen": [],
        "catalogus": urls.of("catalogussen", c.uuid),
        "statustypen": of(
            "statustypen", [s.uuid for s in c.statustypen.values() if s.zaaktype_uuid == z.uuid]
        ),
        "resultaattypen": of(
            "resultaattypen",
            [r.uuid for r in c.resultaattypen.values() if r.zaaktype_uuid == z.uuid],
        ),
        "eigenschappen": of(
            "eigenschappen",
            [e.uuid for e in c.eigenschappen.values() if e.zaaktype_uuid == z.uuid],
        ),
        "informatieobjecttypen": "",
        "roltypen": of(
            "roltypen", [r.uuid for r in c.roltypen.values() if r.zaaktype_uuid == z.uuid]
        ),
        "besluittypen": [],
        "deelzaaktypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": "2022-01-01",
        "versiedatum": "2022-01-01",
        "concept": False,
    }


def _render_statustype(c: Catalogus, s: StatusTypeDef, urls: CatalogiUrls) -> dict[str, Any]:
    last = max(t.volgnummer for t in c.statustypen.values() if t.zaaktype_uuid == s.zaaktype_uuid)
    return {
        "url": urls.of("statustypen", s.uuid),
        "omschrijving": s.omschrijving,
        "omschrijvingGeneriek": s.omschrijving,
        "statustekst": "",
        "zaaktype": urls.of("zaaktypen", s.zaaktype_uuid),
        "catalogus": urls.of("catalogussen", c.uuid),
        "zaaktypeIdentificatie": c.zaaktypen[s.zaaktype_uuid].identificatie,
        "volgnummer": s.volgnummer,
        "isEindstatus": s.volgnummer == last,
        "informeren": False,
        "checklistitemStatustype": [],
        "eigenschappen": [],
        "zaakobjecttype": "",
    }


def _render_resultaattype(c: Catalogus, r: ResultaatTypeDef, urls: CatalogiUrls) -> dict[str, Any]:
    return {
        "url": urls.of("resultaattypen", r.uuid),
        "zaaktype": urls.of("zaaktypen", r.zaaktype_uuid),
        "zaaktypeIdentificatie": c.zaaktypen[r.zaaktype_uuid].identificatie,
        "omschrijving": r.omschrijving,
        "resultaattypeomschrijving": r.resultaattypeomschrijving,
        "omschrijvingGeneriek": r.omschrijving_generiek,
        "selectielijstklasse": r.selectielijstklasse,
        "toelichting": "",
        "archiefnominatie": r.archiefnominatie,
        "archiefactietermijn": "P10Y",
        "brondatumArchiefprocedure": {
            "afleidingswijze": "afgehandeld",
            "datumkenmerk": "",
            "einddatumBekend": False,
            "objecttype": "",
            "registratie": "",
            "procestermijn": None,
        },
        "procesobjectaard": "",
        "catalogus": urls.of("catalogussen", c.uuid),
        "beginGeldigheid": "2022-01-01",
        "eindeGeldigheid": None,
        "beginObject": "2022-01-01",
        "eindeObject": None,
        "indicatieSpecifiek": None,
        "procestermijn": None,
        "besluittypen": [],
        "besluittypeOmschrijving": [],
        "informatieobjecttypen": [],
        "informatieobjecttypeOmschrijving": [],
        "zaakobjecttypen": [],
    }


def _render_roltype(c: Catalogus, r: RolTypeDef, urls: CatalogiUrls) -> dict[str, Any]:
    return {
        "url": urls.of("roltypen", r.uuid),
        "zaaktype": urls.of("zaaktypen", r.zaaktype_uuid),
        "zaaktypeIdentificatie": c.zaaktypen[r.zaaktype_uuid].identificatie,
        "omschrijving": r.omschrijving,
        "omschrijvingGeneriek": r.omschrijving_generiek,
        "catalogus": urls.of("catalogussen", c.uuid),
    }


def _render_eigenschap(c: Catalogus, e: EigenschapDef, urls: CatalogiUrls) -> dict[str, Any]:
    return {
        "url": urls.of("eigenschappen", e.uuid),
        "naam": e.naam,
        "definitie": e.definitie,
        "specificatie": {
            "groep": "",
            "formaat": e.formaat,
            "lengte": e.lengte,
            "kardinaliteit": "1",
            "waardenverzameling": [],
        },
        "toelichting": "",
        "zaaktype": urls.of("zaaktypen", e.zaaktype_uuid),
        "zaaktypeIdentificatie": c.zaaktypen[e.zaaktype_uuid].identificatie,
        "catalogus": urls.of("catalogussen", c.uuid),
    }


def catalogi_routes(catalogus: Catalogus, *, page_size: int) -> list[Route]:
    """The Catalogi API routes over `catalogus` (authentication is the caller's concern)."""
    c = catalogus

    def status_filter(request: Request) -> None:
        status = request.query_params.get("status", "definitief")
        if status not in _STATUS_FILTERS:
            raise validation_error(
                field_error("status", "invalid_choice", f"{status!r} is geen geldige keuze.")
            )

    def zaaktype_filter(request: Request) -> str | None:
        """The uuid the `zaaktype` filter names ("" when it names none of ours)."""
        raw = request.query_params.get("zaaktype")
        if raw is None:
            return None
        if not raw.startswith(("http://", "https://")):
            raise validation_error(field_error("zaaktype", "invalid", "Voer een geldige URL in."))
        return uuid_from_url(raw, "zaaktypen") or ""

    async def zaaktypen(request: Request) -> Response:
        status_filter(request)
        urls = CatalogiUrls(api_root(request))
        catalogus_url = request.query_params.get("catalogus")
        identificatie = request.query_params.get("identificatie")
        selected = [
            z
            for z in c.zaaktypen.values()
            if (catalogus_url is None or uuid_from_url(catalogus_url, "catalogussen") == c.uuid)
            and (identificatie is None or z.identificatie == identificatie)
        ]
        return JSONResponse(
            paginate(request, selected, lambda z: render_zaaktype(c, z, urls), page_size)
        )

    def list_of(
        items: dict[str, Any], render: Callable[[Catalogus, Any, CatalogiUrls], dict[str, Any]]
    ) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            status_filter(request)
            urls = CatalogiUrls(api_root(request))
            zaaktype = zaaktype_filter(request)
            selected = [
                item
                for item in items.values()
                if zaaktype is None or item.zaaktype_uuid == zaaktype
            ]
            return JSONResponse(
                paginate(request, selected, lambda item: render(c, item, urls), page_size)
            )

        return endpoint

    def detail_of(
        items: dict[str, Any], render: Callable[[Catalogus, Any, CatalogiUrls], dict[str, Any]]
    ) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            item = items.get(str(request.path_params["uuid"]))
            if item is None:
                raise not_found()
            return JSONResponse(render(c, item, CatalogiUrls(api_root(request))))

        return endpoint

    async def catalogussen(request: Request) -> Response:
        urls = CatalogiUrls(api_root(request))
        q = request.query_params
        past = (
            q.get("domein", c.domein) == c.domein
            and c.domein in q.get("domein__in", c.domein).split(",")
            and q.get("rsin", c.rsin) == c.rsin
            and c.rsin in q.get("rsin__in", c.rsin).split(",")
        )
        selected = [c] if past else []
        return JSONResponse(
            paginate(request, selected, lambda item: render_catalogus(item, urls), page_size)
        )

    async def catalogus_detail(request: Request) -> Response:
        if str(request.path_params["uuid"]) != c.uuid:
            raise not_found()
        return JSONResponse(render_catalogus(c, CatalogiUrls(api_root(request))))

    return [
        Route("/catalogussen", catalogussen, methods=["GET"]),
        Route("/catalogussen/{uuid:uuid}", catalogus_detail, methods=["GET"]),
        Route("/zaaktypen", zaaktypen, methods=["GET"]),
        Route("/zaaktypen/{uuid:uuid}", detail_of(c.zaaktypen, render_zaaktype), methods=["GET"]),
        Route("/statustypen", list_of(c.statustypen, _render_statustype), methods=["GET"]),
        Route(
            "/statustypen/{uuid:uuid}",
            detail_of(c.statustypen, _render_statustype),
            methods=["GET"],
        ),
        Route("/resultaattypen", list_of(c.resultaattypen, _render_resultaattype), methods=["GET"]),
        Route(
            "/resultaattypen/{uuid:uuid}",
            detail_of(c.resultaattypen, _render_resultaattype),
            methods=["GET"],
        ),
        Route("/roltypen", list_of(c.roltypen, _render_roltype), methods=["GET"]),
        Route("/roltypen/{uuid:uuid}", detail_of(c.roltypen, _render_roltype), methods=["GET"]),
        Route("/eigenschappen", list_of(c.eigenschappen, _render_eigenschap), methods=["GET"]),
        Route(
            "/eigenschappen/{uuid:uuid}",
            detail_of(c.eigenschappen, _render_eigenschap),
            methods=["GET"],
        ),
    ]
