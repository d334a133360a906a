"""The embedded Zaken API 1.5.1: zaken, statussen, resultaten, rollen, zaakeigenschappen, in memory.

`POST/GET /zaken` (filter `identificatie`, `bronorganisatie`, `zaaktype`), `GET /zaken/{uuid}`,
`POST/GET /statussen`, `/resultaten` and `/rollen` (filter `zaak`), `GET /resultaten/{uuid}`,
`POST/GET /zaken/{uuid}/zaakeigenschappen` (nested since Zaken API 1.2). What Open Zaak checks is
checked here too: required fields, the RSIN 11-proef, `identificatie` unique per bronorganisatie
(`identificatie-niet-uniek`), that referenced zaaktypen, statustypen, resultaattypen, roltypen
and eigenschappen exist in the catalogue and belong to the zaak's zaaktype, one resultaat per
zaak (`unique`), no eindstatus on a zaak without a resultaat (`resultaat-does-not-exist`),
eigenschap values in their formaat, and the Accept-Crs/Content-Crs headers on the zaak resource
(412 when missing, as the spec documents).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.registries.zgw.catalogus import Catalogus
from trouwgraph.registries.zgw.common import (
    api_root,
    json_object,
    paginate,
    required_fields,
    uuid_from_url,
)
from trouwgraph.registries.zgw.problems import ZgwProblem, field_error, not_found, validation_error

__all__ = ["ZakenStore", "zaken_routes"]

CRS = "EPSG:4326"
_RSIN = re.compile(r"^\d{9}$")
_BETROKKENE_TYPES = (
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "vestiging",
    "organisatorische_eenheid",
    "medewerker",
)
_WAARDE_FORMATS = {"datum": "%Y%m%d", "datum_tijd": "%Y%m%d%H%M%S"}


@dataclass
class _Zaak:
    uuid: str
    identificatie: str
    bronorganisatie: str
    verantwoordelijke_organisatie: str
    zaaktype: str
    zaaktype_uuid: str
    startdatum: str
    registratiedatum: str
    omschrijving: str
    toelichting: str
    einddatum: str | None = None
    rollen: list[str] = field(default_factory=list)
    eigenschappen: list[str] = field(default_factory=list)
    statussen: list[str] = field(default_factory=list)
    resultaat: str | None = None


@dataclass
class _Resultaat:
    uuid: str
    zaak_uuid: str
    resultaattype: str
    toelichting: str


@dataclass
class _Status:
    uuid: str
    zaak_uuid: str
    statustype: str
    datum_status_gezet: datetime
    statustoelichting: str


@dataclass
class _Rol:
    uuid: str
    zaak_uuid: str
    betrokkene_type: str
    roltype: str
    roltype_uuid: str
    roltoelichting: str
    registratiedatum: datetime
    betrokkene_identificatie: dict[str, Any]


@dataclass
class _ZaakEigenschap:
    uuid: str
    zaak_uuid: str
    eigenschap: str
    eigenschap_uuid: str
    waarde: str


@dataclass
class ZakenStore:
    """The registry's data; kept per app instance."""

    zaken: dict[str, _Zaak] = field(default_factory=dict)
    statussen: dict[str, _Status] = field(default_factory=dict)
    rollen: dict[str, _Rol] = field(default_factory=dict)
    zaakeigenschappen: dict[str, _ZaakEigenschap] = field(default_factory=dict)
    resultaten: dict[str, _Resultaat] = field(default_factory=dict)
    volgnummer: int = 0


def is_rsin(value: object) -> bool:
    """True for 9 digits passing the 11-proef (as BSN and RSIN do)."""
    if not isinstance(value, str) or not _RSIN.fullmatch(value):
        return False
    total = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True))
    return (total - int(value[8])) % 11 == 0


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
    if body:
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


def _parse_datetime(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def zaken_routes(
    store: ZakenStore, catalogus: Catalogus, *, page_size: int, today: Any = date.today
) -> list[Route]:
    """The Zaken API routes over `store`, checking references against `catalogus`."""
    c = catalogus

    def url(request: Request, resource: str, key: str) -> str:
        return f"{api_root(request)}/{resource}/{key}"

    def render_zaak(request: Request, z: _Zaak) -> dict[str, Any]:
        statussen = sorted(
            (store.statussen[s] for s in z.statussen), key=lambda s: s.datum_status_gezet
        )
        return {
            "url": url(request, "zaken", z.uuid),
            "uuid": z.uuid,
            "identificatie": z.identificatie,
            "bronorganisatie": z.bronorganisatie,
            "omschrijving": z.omschrijving,
            "toelichting": z.toelichting,
            "zaaktype": z.zaaktype,
            "registratiedatum": z.registratiedatum,
            "verantwoordelijkeOrganisatie": z.verantwoordelijke_organisatie,
            "startdatum": z.startdatum,
            "einddatum": z.einddatum,
            "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
            "betalingsindicatie": "",
            "betalingsindicatieWeergave": "",
            "productenOfDiensten": [],
            "deelzaken": [],
            "relevanteAndereZaken": [],
            "eigenschappen": [
                f"{url(request, 'zaken', z.uuid)}/zaakeigenschappen/{e}" for e in z.eigenschappen
            ],
            "rollen": [url(request, "rollen", r) for r in z.rollen],
            "status": url(request, "statussen", statussen[-1].uuid) if statussen else None,
            "zaakinformatieobjecten": [],
            "zaakobjecten": [],
            "kenmerken": [],
            "archiefstatus": "nog_te_archiveren",
            "resultaat": url(request, "resultaten", z.resultaat) if z.resultaat else None,
        }

    def render_resultaat(request: Request, r: _Resultaat) -> dict[str, Any]:
        return {
            "url": url(request, "resultaten", r.uuid),
            "uuid": r.uuid,
            "zaak": url(request, "zaken", r.zaak_uuid),
            "resultaattype": r.resultaattype,
            "toelichting": r.toelichting,
        }

    def render_status(request: Request, s: _Status) -> dict[str, Any]:
        laatste = max(
            (store.statussen[k] for k in store.zaken[s.zaak_uuid].statussen),
            key=lambda t: t.datum_status_gezet,
        )
        return {
            "url": url(request, "statussen", s.uuid),
            "uuid": s.uuid,
            "zaak": url(request, "zaken", s.zaak_uuid),
            "statustype": s.statustype,
            "datumStatusGezet": _iso(s.datum_status_gezet),
            "statustoelichting": s.statustoelichting,
            "indicatieLaatstGezetteStatus": laatste.uuid == s.uuid,
            "zaakinformatieobjecten": [],
        }

    def render_rol(request: Request, r: _Rol) -> dict[str, Any]:
        roltype = c.roltypen[r.roltype_uuid]
        return {
            "url": url(request, "rollen", r.uuid),
            "uuid": r.uuid,
            "zaak": url(request, "zaken", r.zaak_uuid),
            "betrokkene": "",
            "betrokkeneType": r.betrokkene_type,
            "roltype": r.roltype,
            "omschrijving": roltype.omschrijving,
            "omschrijvingGeneriek": roltype.omschrijving_generiek,
            "roltoelichting": r.roltoelichting,
            "registratiedatum": _iso(r.registratiedatum),
            "indicatieMachtiging": "",
            "statussen": [],
            "betrokkeneIdentificatie": r.betrokkene_identificatie,
        }

    def render_eigenschap(request: Request, e: _ZaakEigenschap) -> dict[str, Any]:
        zaak_url = url(request, "zaken", e.zaak_uuid)
        return {
            "url": f"{zaak_url}/zaakeigenschappen/{e.uuid}",
            "uuid": e.uuid,
            "zaak": zaak_url,
            "eigenschap": e.eigenschap,
            "naam": c.eigenschappen[e.eigenschap_uuid].naam,
            "waarde": e.waarde,
        }

    def created(request: Request, body: dict[str, Any], *, crs: bool = False) -> Response:
        headers = {"Location": body["url"]}
        if crs:
            headers["Content-Crs"] = CRS
        return JSONResponse(body, status_code=201, headers=headers)

    def zaak_of(value: object, name: str = "zaak") -> _Zaak:
        key = uuid_from_url(value, "zaken")
        zaak = store.zaken.get(key or "")
        if zaak is None:
            raise validation_error(field_error(name, "bad-url", "De URL is ongeldig."))
        return zaak

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
        page = paginate(request, selected, lambda z: render_zaak(request, z), page_size)
        return JSONResponse(page, headers={"Content-Crs": CRS})

    async def zaken_create(request: Request) -> Response:
        _crs(request, body=True)
        body = await json_object(request)
        required_fields(
            body, "bronorganisatie", "verantwoordelijkeOrganisatie", "zaaktype", "startdatum"
        )
        errors = [
            field_error(name, "invalid", "Onjuist RSIN.")
            for name in ("bronorganisatie", "verantwoordelijkeOrganisatie")
            if not is_rsin(body[name])
        ]
        zaaktype_uuid = uuid_from_url(body["zaaktype"], "zaaktypen")
        if zaaktype_uuid not in c.zaaktypen:
            errors.append(field_error("zaaktype", "bad-url", "De URL is ongeldig."))
        try:
            date.fromisoformat(str(body["startdatum"]))
        except ValueError:
            errors.append(
                field_error("startdatum", "invalid", "Datum heeft het verkeerde formaat.")
            )
        identificatie = body.get("identificatie") or ""
        if not isinstance(identificatie, str) or len(identificatie) > 40:
            errors.append(field_error("identificatie", "max_length", "Maximaal 40 tekens."))
        elif identificatie and any(
            z.identificatie == identificatie and z.bronorganisatie == body["bronorganisatie"]
            for z in store.zaken.values()
        ):
            errors.append(
                field_error(
                    "identificatie",
                    "identificatie-niet-uniek",
                    "Deze identificatie bestaat al voor deze bronorganisatie",
                )
            )
        if errors:
            raise validation_error(*errors)
        if not identificatie:
            store.volgnummer += 1
            identificatie = f"ZAAK-{today().year}-{store.volgnummer:010d}"
        assert zaaktype_uuid is not None
        zaak = _Zaak(
            uuid=str(uuid.uuid4()),
            identificatie=identificatie,
            bronorganisatie=body["bronorganisatie"],
            verantwoordelijke_organisatie=body["verantwoordelijkeOrganisatie"],
            zaaktype=body["zaaktype"],
            zaaktype_uuid=zaaktype_uuid,
            startdatum=str(body["startdatum"]),
            registratiedatum=str(body.get("registratiedatum") or today().isoformat()),
            omschrijving=str(body.get("omschrijving") or "")[:80],
            toelichting=str(body.get("toelichting") or "")[:1000],
        )
        store.zaken[zaak.uuid] = zaak
        return created(request, render_zaak(request, zaak), crs=True)

    async def zaak_detail(request: Request) -> Response:
        _crs(request, body=False)
        zaak = store.zaken.get(str(request.path_params["uuid"]))
        if zaak is None:
            raise not_found()
        return JSONResponse(render_zaak(request, zaak), headers={"Content-Crs": CRS})

    def by_zaak(request: Request, items: list[Any]) -> list[Any]:
        raw = request.query_params.get("zaak")
        if raw is None:
            return items
        if not raw.startswith(("http://", "https://")):
            raise validation_error(field_error("zaak", "invalid", "Voer een geldige URL in."))
        key = uuid_from_url(raw, "zaken")
        return [item for item in items if item.zaak_uuid == key]

    async def statussen_list(request: Request) -> Response:
        selected = sorted(
            by_zaak(request, list(store.statussen.values())), key=lambda s: s.datum_status_gezet
        )
        return JSONResponse(
            paginate(request, selected, lambda s: render_status(request, s), page_size)
        )

    async def statussen_create(request: Request) -> Response:
        body = await json_object(request)
        required_fields(body, "zaak", "statustype", "datumStatusGezet")
        zaak = zaak_of(body["zaak"])
        statustype = c.statustypen.get(uuid_from_url(body["statustype"], "statustypen") or "")
        if statustype is None:
            raise validation_error(field_error("statustype", "bad-url", "De URL is ongeldig."))
        if statustype.zaaktype_uuid != zaak.zaaktype_uuid:
            raise validation_error(
                field_error(
                    "nonFieldErrors",
                    "zaaktype-mismatch",
                    "De referentie hoort niet bij het zaaktype van de zaak.",
                )
            )
        gezet = _parse_datetime(body["datumStatusGezet"])
        if gezet is None or gezet.utcoffset() is None:
            raise validation_error(
                field_error("datumStatusGezet", "invalid", "Datetime heeft een verkeerd formaat.")
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
        status = _Status(
            str(uuid.uuid4()),
            zaak.uuid,
            body["statustype"],
            gezet,
            str(body.get("statustoelichting") or "")[:1000],
        )
        store.statussen[status.uuid] = status
        zaak.statussen.append(status.uuid)
        if statustype.is_eindstatus:
            zaak.einddatum = gezet.date().isoformat()
        return created(request, render_status(request, status))

    async def resultaten_list(request: Request) -> Response:
        selected = by_zaak(request, list(store.resultaten.values()))
        resultaattype = request.query_params.get("resultaattype")
        if resultaattype is not None:
            selected = [r for r in selected if r.resultaattype == resultaattype]
        return JSONResponse(
            paginate(request, selected, lambda r: render_resultaat(request, r), page_size)
        )

    async def resultaat_detail(request: Request) -> Response:
        resultaat = store.resultaten.get(str(request.path_params["uuid"]))
        if resultaat is None:
            raise not_found()
        return JSONResponse(render_resultaat(request, resultaat))

    async def resultaten_create(request: Request) -> Response:
        body = await json_object(request)
        required_fields(body, "zaak", "resultaattype")
        zaak = zaak_of(body["zaak"])
        resultaattype = c.resultaattypen.get(
            uuid_from_url(body["resultaattype"], "resultaattypen") or ""
        )
        if resultaattype is None:
            raise validation_error(field_error("resultaattype", "bad-url", "De URL is ongeldig."))
        if resultaattype.zaaktype_uuid != zaak.zaaktype_uuid:
            raise validation_error(
                field_error(
                    "nonFieldErrors",
                    "zaaktype-mismatch",
                    "De referentie hoort niet bij het zaaktype van de zaak.",
                )
            )
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
        resultaat = _Resultaat(str(uuid.uuid4()), zaak.uuid, body["resultaattype"], toelichting)
        store.resultaten[resultaat.uuid] = resultaat
        zaak.resultaat = resultaat.uuid
        return created(request, render_resultaat(request, resultaat))

    async def rollen_list(request: Request) -> Response:
        selected = by_zaak(request, list(store.rollen.values()))
        return JSONResponse(
            paginate(request, selected, lambda r: render_rol(request, r), page_size)
        )

    async def rollen_create(request: Request) -> Response:
        body = await json_object(request)
        required_fields(body, "zaak", "betrokkeneType", "roltype", "roltoelichting")
        zaak = zaak_of(body["zaak"])
        if body["betrokkeneType"] not in _BETROKKENE_TYPES:
            raise validation_error(
                field_error("betrokkeneType", "invalid_choice", "Geen geldige keuze.")
            )
        roltype_uuid = uuid_from_url(body["roltype"], "roltypen") or ""
        roltype = c.roltypen.get(roltype_uuid)
        if roltype is None:
            raise validation_error(field_error("roltype", "bad-url", "De URL is ongeldig."))
        if roltype.zaaktype_uuid != zaak.zaaktype_uuid:
            raise validation_error(
                field_error(
                    "nonFieldErrors",
                    "zaaktype-mismatch",
                    "De referentie hoort niet bij het zaaktype van de zaak.",
                )
            )
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
        rol = _Rol(
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
        return created(request, render_rol(request, rol))

    def path_zaak(request: Request) -> _Zaak:
        zaak = store.zaken.get(str(request.path_params["zaak_uuid"]))
        if zaak is None:
            raise not_found()
        return zaak

    async def eigenschappen_list(request: Request) -> Response:
        zaak = path_zaak(request)
        return JSONResponse(
            [render_eigenschap(request, store.zaakeigenschappen[e]) for e in zaak.eigenschappen]
        )

    async def eigenschappen_create(request: Request) -> Response:
        zaak = path_zaak(request)
        body = await json_object(request)
        required_fields(body, "zaak", "eigenschap", "waarde")
        if zaak_of(body["zaak"]) is not zaak:
            raise validation_error(
                field_error("zaak", "invalid", "De zaak hoort niet bij deze URL.")
            )
        eigenschap_uuid = uuid_from_url(body["eigenschap"], "eigenschappen") or ""
        eigenschap = c.eigenschappen.get(eigenschap_uuid)
        if eigenschap is None:
            raise validation_error(field_error("eigenschap", "bad-url", "De URL is ongeldig."))
        if eigenschap.zaaktype_uuid != zaak.zaaktype_uuid:
            raise validation_error(
                field_error(
                    "nonFieldErrors",
                    "zaaktype-mismatch",
                    "De eigenschap hoort niet bij het zaaktype van de zaak.",
                )
            )
        waarde = body["waarde"]
        if not isinstance(waarde, str) or not _waarde_past(
            waarde, eigenschap.formaat, eigenschap.lengte
        ):
            raise validation_error(
                field_error("waarde", "invalid", "De waarde past niet bij de specificatie.")
            )
        item = _ZaakEigenschap(
            str(uuid.uuid4()), zaak.uuid, body["eigenschap"], eigenschap_uuid, waarde
        )
        store.zaakeigenschappen[item.uuid] = item
        zaak.eigenschappen.append(item.uuid)
        return created(request, render_eigenschap(request, item))

    return [
        Route("/zaken", zaken_list, methods=["GET"]),
        Route("/zaken", zaken_create, methods=["POST"]),
        Route("/zaken/{uuid:uuid}", zaak_detail, methods=["GET"]),
        Route("/statussen", statussen_list, methods=["GET"]),
        Route("/statussen", statussen_create, methods=["POST"]),
        Route("/resultaten", resultaten_list, methods=["GET"]),
        Route("/resultaten", resultaten_create, methods=["POST"]),
        Route("/resultaten/{uuid:uuid}", resultaat_detail, methods=["GET"]),
        Route("/rollen", rollen_list, methods=["GET"]),
        Route("/rollen", rollen_create, methods=["POST"]),
        Route("/zaken/{zaak_uuid:uuid}/zaakeigenschappen", eigenschappen_list, methods=["GET"]),
        Route("/zaken/{zaak_uuid:uuid}/zaakeigenschappen", eigenschappen_create, methods=["POST"]),
    ]


def _waarde_past(waarde: str, formaat: str, lengte: str) -> bool:
    if formaat in _WAARDE_FORMATS:
        try:
            datetime.strptime(waarde, _WAARDE_FORMATS[formaat])
        except ValueError:
            return False
        return True
    if formaat == "getal":
        try:
            float(waarde)
        except ValueError:
            return False
    return len(waarde) <= int(lengte)
