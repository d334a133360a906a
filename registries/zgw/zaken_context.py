"""What every part of the embedded Zaken API shares: its data, the catalogue, and how its
resources look on the wire (absolute URLs on the base the request came in on)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from trouwgraph.registries.zgw.catalogus import Catalogus
from trouwgraph.registries.zgw.common import api_root, paginate, uuid_from_url
from trouwgraph.registries.zgw.problems import ZgwProblem, field_error, not_found, validation_error
from trouwgraph.registries.zgw.zaken_store import (
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakEigenschap,
    ZakenStore,
)

__all__ = ["CRS", "ZakenContext", "iso", "parse_datetime", "zaaktype_mismatch"]

CRS = "EPSG:4326"
T = TypeVar("T")


def iso(moment: datetime) -> str:
    """A moment as the API writes it (UTC as `Z`)."""
    return moment.isoformat().replace("+00:00", "Z")


def parse_datetime(value: object) -> datetime | None:
    """An ISO 8601 moment, or None when `value` is not one."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def zaaktype_mismatch(what: str = "De referentie") -> ZgwProblem:
    """The 400 Open Zaak gives for a catalogue reference of another zaaktype."""
    return validation_error(
        field_error(
            "nonFieldErrors",
            "zaaktype-mismatch",
            f"{what} hoort niet bij het zaaktype van de zaak.",
        )
    )


@dataclass(frozen=True)
class ZakenContext:
    """The store, the catalogue and the settings one Zaken API app works with."""

    store: ZakenStore
    catalogus: Catalogus
    page_size: int
    today: Callable[[], date]
    now: Callable[[], datetime]
    leeway: float

    def url(self, request: Request, resource: str, key: str) -> str:
        """The absolute URL of `resource` `key` (e.g. `zaken`, uuid)."""
        return f"{api_root(request)}/{resource}/{key}"

    def zaak_of(self, value: object, name: str = "zaak") -> Zaak:
        """The zaak a body field refers to by URL; 400 `bad-url` when there is none."""
        zaak = self.store.zaken.get(uuid_from_url(value, "zaken") or "")
        if zaak is None:
            raise validation_error(field_error(name, "bad-url", "De URL is ongeldig."))
        return zaak

    def path_zaak(self, request: Request, name: str = "zaak_uuid") -> Zaak:
        """The zaak named in the path; 404 when there is none."""
        zaak = self.store.zaken.get(str(request.path_params[name]))
        if zaak is None:
            raise not_found()
        return zaak

    def by_zaak(self, request: Request, items: list[Any]) -> list[Any]:
        """`items` of the zaak in the `zaak` query parameter (all without one)."""
        raw = request.query_params.get("zaak")
        if raw is None:
            return items
        if not raw.startswith(("http://", "https://")):
            raise validation_error(field_error("zaak", "invalid", "Voer een geldige URL in."))
        key = uuid_from_url(raw, "zaken")
        return [item for item in items if item.zaak_uuid == key]

    def page(
        self, request: Request, items: list[T], render: Callable[[Request, T], dict[str, Any]]
    ) -> Response:
        """A paginated list of `items` as `render` shows each."""
        return JSONResponse(
            paginate(request, items, lambda item: render(request, item), self.page_size)
        )

    @staticmethod
    def detail(
        request: Request, items: dict[str, T], render: Callable[[Request, T], dict[str, Any]]
    ) -> Response:
        """The item the path's `uuid` names, as `render` shows it; 404 when there is none."""
        item = items.get(str(request.path_params["uuid"]))
        if item is None:
            raise not_found()
        return JSONResponse(render(request, item))

    @staticmethod
    def created(body: dict[str, Any], *, crs: bool = False) -> Response:
        """A 201 with `Location` (and `Content-Crs` for a zaak)."""
        headers = {"Location": body["url"]}
        if crs:
            headers["Content-Crs"] = CRS
        return JSONResponse(body, status_code=201, headers=headers)

    def zaak(self, request: Request, z: Zaak) -> dict[str, Any]:
        """A `Zaak`."""
        laatste = self.store.laatste_status(z)
        zaak_url = self.url(request, "zaken", z.uuid)
        return {
            "url": zaak_url,
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
            "eigenschappen": [f"{zaak_url}/zaakeigenschappen/{e}" for e in z.eigenschappen],
            "rollen": [self.url(request, "rollen", r) for r in z.rollen],
            "status": self.url(request, "statussen", laatste.uuid) if laatste else None,
            "zaakinformatieobjecten": [],
            "zaakobjecten": [],
            "kenmerken": [],
            "archiefstatus": "nog_te_archiveren",
            "resultaat": self.url(request, "resultaten", z.resultaat) if z.resultaat else None,
        }

    def status(self, request: Request, s: Status) -> dict[str, Any]:
        """A `Status`; the last one set on its zaak is marked."""
        laatste = self.store.laatste_status(self.store.zaken[s.zaak_uuid])
        return {
            "url": self.url(request, "statussen", s.uuid),
            "uuid": s.uuid,
            "zaak": self.url(request, "zaken", s.zaak_uuid),
            "statustype": s.statustype,
            "datumStatusGezet": iso(s.datum_status_gezet),
            "statustoelichting": s.statustoelichting,
            "indicatieLaatstGezetteStatus": laatste is not None and laatste.uuid == s.uuid,
            "zaakinformatieobjecten": [],
        }

    def resultaat(self, request: Request, r: Resultaat) -> dict[str, Any]:
        """A `Resultaat`."""
        return {
            "url": self.url(request, "resultaten", r.uuid),
            "uuid": r.uuid,
            "zaak": self.url(request, "zaken", r.zaak_uuid),
            "resultaattype": r.resultaattype,
            "toelichting": r.toelichting,
        }

    def rol(self, request: Request, r: Rol) -> dict[str, Any]:
        """A `Rol`."""
        roltype = self.catalogus.roltypen[r.roltype_uuid]
        return {
            "url": self.url(request, "rollen", r.uuid),
            "uuid": r.uuid,
            "zaak": self.url(request, "zaken", r.zaak_uuid),
            "betrokkene": "",
            "betrokkeneType": r.betrokkene_type,
            "roltype": r.roltype,
            "omschrijving": roltype.omschrijving,
            "omschrijvingGeneriek": roltype.omschrijving_generiek,
            "roltoelichting": r.roltoelichting,
            "registratiedatum": iso(r.registratiedatum),
            "indicatieMachtiging": "",
            "statussen": [],
            "betrokkeneIdentificatie": r.betrokkene_identificatie,
        }

    def zaakeigenschap(self, request: Request, e: ZaakEigenschap) -> dict[str, Any]:
        """A `ZaakEigenschap` (nested under its zaak)."""
        zaak_url = self.url(request, "zaken", e.zaak_uuid)
        return {
            "url": f"{zaak_url}/zaakeigenschappen/{e.uuid}",
            "uuid": e.uuid,
            "zaak": zaak_url,
            "eigenschap": e.eigenschap,
            "naam": self.catalogus.eigenschappen[e.eigenschap_uuid].naam,
            "waarde": e.waarde,
        }
