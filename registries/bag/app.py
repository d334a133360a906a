"""The embedded BAG API Individuele Bevragingen 2.0.0 (LVBAG) registry, served over HTTP.

Three operations, with the real API's validation and problem+json errors:

* ``GET /adressen`` with ``postcode`` + ``huisnummer`` (+ ``huisletter``,
  ``huisnummertoevoeging``, ``exacteMatch``) or with ``adresseerbaarObjectIdentificatie``;
  paginated with ``page``/``pageSize`` and HAL ``_links``;
* ``GET /adressen/{nummeraanduidingIdentificatie}``;
* ``GET /woonplaatsen/{identificatie}`` with ``expand=bronhouders``: the municipality
  (bronhouder) the woonplaats belongs to, which is how the BAG says where an address lies.

Not served: the other search combinations of /adressen (woonplaatsNaam + openbareRuimteNaam,
pandIdentificatie, zoekresultaatIdentificatie: 400 paramsRequired), ``expand`` on addresses
(ignored), geometry and history. Every response carries ``api-version``. With ``api_key`` set,
``X-Api-Key`` is required: missing gives 401, wrong gives 403.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import cast
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.adapters import bag_payloads as wire
from trouwgraph.registries.bag import problems

__all__ = ["BagRecord", "create_bag_registry", "load_adressen"]

logger = logging.getLogger(__name__)

HAL_JSON = "application/hal+json"
DEFAULT_ADRESSEN_PATH = Path(__file__).with_name("data") / "adressen.json"
API_KEY_HEADER = "X-Api-Key"
_ACCEPTABLE = frozenset({"*/*", "application/*", "application/json", HAL_JSON})
_POSTCODE = re.compile(r"^[1-9][0-9]{3}[a-zA-Z]{2}$")
_HUISLETTER = re.compile(r"^[a-zA-Z]$")
_TOEVOEGING = re.compile(r"^[0-9a-zA-Z]{1,4}$")
_AOT = re.compile(r"^[0-9]{4}(01|02|03)[0-9]{10}$")
_ID16 = re.compile(r"^[0-9]{16}$")
_WOONPLAATS_ID = re.compile(r"^[0-9]{4}$")
_OTHER_SEARCHES = ("zoekresultaatIdentificatie", "woonplaatsNaam", "openbareRuimteNaam")
_OTHER_SEARCHES_PAND = "pandIdentificatie"
# Registration facts of the (fictional) woonplaats records: the spec requires them.
_WOONPLAATS_DOCUMENT = {"documentdatum": "2018-01-01", "documentnummer": "WPL-2018-001"}
_VOORKOMEN: wire.Voorkomen = {
    "tijdstipRegistratie": "2018-01-01T00:00:00.000+01:00",
    "versie": 1,
    "beginGeldigheid": "2018-01-01",
    "tijdstipRegistratieLV": "2018-01-01T00:00:00.000+01:00",
}


class BagRecord(wire.Adres):
    """One seeded address: the spec's ``Adres`` plus the municipality of its woonplaats."""

    gemeente: wire.Bronhouder


def load_adressen(path: Path | None = None) -> list[BagRecord]:
    """Read the addresses of a ``{"bron": ..., "adressen": [...]}`` file (cached per path)."""
    return list(_load_adressen(path or DEFAULT_ADRESSEN_PATH))


@cache
def _load_adressen(path: Path) -> tuple[BagRecord, ...]:
    with path.open(encoding="utf-8") as handle:
        document = json.load(handle)
    adressen = document.get("adressen") if isinstance(document, dict) else None
    if not isinstance(adressen, list) or not all(isinstance(a, dict) for a in adressen):
        raise ValueError(f"{path}: expected an object with an 'adressen' list of objects")
    return tuple(cast(list[BagRecord], adressen))


class _Invalid(Exception):
    def __init__(self, params: list[wire.InvalidParams]) -> None:
        super().__init__("invalid parameters")
        self.params = params


def create_bag_registry(adressen: Sequence[BagRecord], *, api_key: str | None = None) -> Starlette:
    """Build the registry app over the given addresses."""
    by_postcode: dict[tuple[str, int], list[BagRecord]] = {}
    by_id: dict[str, BagRecord] = {}
    woonplaatsen: dict[str, tuple[str, wire.Bronhouder]] = {}
    for record in adressen:
        postcode = record.get("postcode")
        if postcode:
            by_postcode.setdefault((postcode, record["huisnummer"]), []).append(record)
        by_id[record["nummeraanduidingIdentificatie"]] = record
        woonplaatsen[record["woonplaatsIdentificatie"]] = (
            record["woonplaatsNaam"],
            record["gemeente"],
        )

    async def adressen_endpoint(request: Request) -> Response:
        refusal = _guard(request, api_key)
        if refusal is not None:
            return refusal
        query = request.query_params
        try:
            page, page_size = _paging(query)
            found = _search(query, by_postcode, adressen)
        except _Invalid as invalid:
            return problems.problem_response(
                problems.PARAMS_VALIDATION, str(request.url), invalid_params=invalid.params
            )
        except LookupError:
            return problems.problem_response(problems.PARAMS_REQUIRED, str(request.url))
        start = (page - 1) * page_size
        page_items = found[start : start + page_size]
        base = str(request.url.remove_query_params(["page"]))
        body: dict[str, object] = {
            "_links": _pagination_links(request, base, page, page_size, len(found))
        }
        if page_items:
            body["_embedded"] = {"adressen": [_adres_hal(request, r) for r in page_items]}
        headers = {
            "api-version": problems.API_VERSION,
            "X-Pagination-Page": str(page),
            "X-Pagination-Limit": str(page_size),
        }
        return JSONResponse(body, headers=headers, media_type=HAL_JSON)

    async def adres_endpoint(request: Request) -> Response:
        refusal = _guard(request, api_key)
        if refusal is not None:
            return refusal
        identificatie = request.path_params["nummeraanduidingIdentificatie"]
        if not _ID16.fullmatch(identificatie):
            return problems.problem_response(
                problems.PARAMS_VALIDATION,
                str(request.url),
                invalid_params=[
                    problems.invalid_param(
                        "nummeraanduidingIdentificatie",
                        "pattern",
                        "Waarde voldoet niet aan patroon ^[0-9]{16}$.",
                    )
                ],
            )
        record = by_id.get(identificatie)
        if record is None:
            return problems.problem_response(problems.NOT_FOUND, str(request.url))
        return JSONResponse(
            _adres_hal(request, record),
            headers={"api-version": problems.API_VERSION},
            media_type=HAL_JSON,
        )

    async def woonplaats_endpoint(request: Request) -> Response:
        refusal = _guard(request, api_key)
        if refusal is not None:
            return refusal
        identificatie = request.path_params["identificatie"]
        known = woonplaatsen.get(identificatie) if _WOONPLAATS_ID.fullmatch(identificatie) else None
        if known is None:
            return problems.problem_response(problems.NOT_FOUND, str(request.url))
        naam, gemeente = known
        expand = {part.strip() for part in request.query_params.get("expand", "").split(",")}
        root = _root(request)
        body: wire.WoonplaatsIOHal = {
            "woonplaats": {
                "identificatie": identificatie,
                "domein": "NL.IMBAG.Woonplaats",
                "naam": naam,
                "status": "Woonplaats aangewezen",
                "geconstateerd": "N",
                **_WOONPLAATS_DOCUMENT,  # type: ignore[typeddict-item]
                "voorkomen": _VOORKOMEN,
            },
            # No link to the bronhouder: this registry embeds it (?expand=bronhouders) but
            # serves no /bronhouders resource.
            "_links": {"self": {"href": f"{root}/woonplaatsen/{identificatie}"}},
        }
        if expand & {"bronhouders", "true"}:
            body["_embedded"] = {"bronhouders": [gemeente]}
        return JSONResponse(
            dict(body), headers={"api-version": problems.API_VERSION}, media_type=HAL_JSON
        )

    return Starlette(
        routes=[
            Route("/adressen", adressen_endpoint, methods=["GET"]),
            Route("/adressen/{nummeraanduidingIdentificatie}", adres_endpoint, methods=["GET"]),
            Route("/woonplaatsen/{identificatie}", woonplaats_endpoint, methods=["GET"]),
        ],
        exception_handlers={HTTPException: _http_exception, Exception: _server_error},
    )


def _guard(request: Request, api_key: str | None) -> Response | None:
    """The 401/403 of a missing or wrong API key, or the 406 of an unsupported Accept."""
    instance = str(request.url)
    if api_key is not None:
        given = request.headers.get(API_KEY_HEADER)
        if not given:
            return problems.problem_response(
                problems.AUTHENTICATION,
                instance,
                headers={"WWW-Authenticate": f'ApiKey header="{API_KEY_HEADER}"'},
            )
        if not hmac.compare_digest(given.encode(), api_key.encode()):
            return problems.problem_response(problems.AUTHORISATION, instance)
    accept = request.headers.get("accept", "")
    if accept.strip() and not any(
        part.split(";")[0].strip().lower() in _ACCEPTABLE for part in accept.split(",")
    ):
        return problems.problem_response(problems.NOT_ACCEPTABLE, instance)
    return None


def _paging(query: Mapping[str, str]) -> tuple[int, int]:
    invalid: list[wire.InvalidParams] = []
    page = _integer(query, "page", 1, 1, None, invalid)
    page_size = _integer(query, "pageSize", 20, 10, 100, invalid)
    if invalid:
        raise _Invalid(invalid)
    return page, page_size


def _integer(
    query: Mapping[str, str],
    name: str,
    default: int,
    minimum: int,
    maximum: int | None,
    invalid: list[wire.InvalidParams],
) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    if not re.fullmatch(r"-?[0-9]{1,9}", raw):
        invalid.append(problems.invalid_param(name, "integer", "Waarde is geen geldige integer."))
        return default
    value = int(raw)
    if value < minimum:
        invalid.append(
            problems.invalid_param(name, "minimum", f"Waarde is lager dan minimum {minimum}.")
        )
    elif maximum is not None and value > maximum:
        invalid.append(
            problems.invalid_param(name, "maximum", f"Waarde is hoger dan maximum {maximum}.")
        )
    return value


def _search(
    query: Mapping[str, str],
    by_postcode: Mapping[tuple[str, int], list[BagRecord]],
    adressen: Sequence[BagRecord],
) -> list[BagRecord]:
    """The matching records; `_Invalid` for wrong values, LookupError for no usable search."""
    invalid: list[wire.InvalidParams] = []
    postcode = query.get("postcode")
    if postcode is not None and not _POSTCODE.fullmatch(postcode):
        invalid.append(
            problems.invalid_param(
                "postcode",
                "pattern",
                "Waarde voldoet niet aan patroon ^[1-9]{1}[0-9]{3}[a-zA-Z]{2}$.",
            )
        )
    huisnummer = (
        _integer(query, "huisnummer", 0, 1, 99999, invalid) if "huisnummer" in query else None
    )
    huisletter = query.get("huisletter")
    if huisletter is not None and not _HUISLETTER.fullmatch(huisletter):
        invalid.append(
            problems.invalid_param(
                "huisletter", "pattern", "Waarde voldoet niet aan patroon ^[a-zA-Z]{1}$."
            )
        )
    toevoeging = query.get("huisnummertoevoeging")
    if toevoeging is not None and not _TOEVOEGING.fullmatch(toevoeging):
        invalid.append(
            problems.invalid_param(
                "huisnummertoevoeging",
                "pattern",
                "Waarde voldoet niet aan patroon ^[0-9a-zA-Z]{1,4}$.",
            )
        )
    exact_raw = query.get("exacteMatch", "false")
    if exact_raw not in ("true", "false"):
        invalid.append(
            problems.invalid_param("exacteMatch", "boolean", "Waarde is geen geldige boolean.")
        )
    aot = query.get("adresseerbaarObjectIdentificatie")
    if aot is not None and not _AOT.fullmatch(aot):
        invalid.append(
            problems.invalid_param(
                "adresseerbaarObjectIdentificatie",
                "pattern",
                "Waarde voldoet niet aan patroon ^[0-9]{4}(01|02|03)[0-9]{10}$.",
            )
        )
    if invalid:
        raise _Invalid(invalid)
    if aot is not None:
        return [r for r in adressen if r.get("adresseerbaarObjectIdentificatie") == aot]
    if postcode is None or huisnummer is None:
        raise LookupError("no supported combination of search parameters")
    candidates = by_postcode.get((postcode.upper(), huisnummer), [])
    exact = exact_raw == "true"
    return [
        r
        for r in candidates
        if _matches(r.get("huisletter"), huisletter, exact)
        and _matches(r.get("huisnummertoevoeging"), toevoeging, exact)
    ]


def _matches(actual: str | None, asked: str | None, exact: bool) -> bool:
    """exacteMatch: an omitted letter/addition means none; otherwise omitted means any."""
    if asked is None:
        return actual is None or not exact
    return actual is not None and actual.upper() == asked.upper()


def _root(request: Request) -> str:
    """The registry's own base URL, wherever it is mounted."""
    return f"{request.url.scheme}://{request.url.netloc}{request.scope.get('root_path', '')}"


def _adres_hal(request: Request, record: BagRecord) -> wire.AdresIOHal:
    root = _root(request)
    adres = {key: value for key, value in record.items() if key != "gemeente"}
    hal = cast(wire.AdresIOHal, adres)
    # Links only to what this registry serves (the spec makes every link optional): the
    # openbare ruimte, nummeraanduiding and adresseerbaar object resources are not modelled.
    links: wire.AdresLinks = {
        "self": {"href": f"{root}/adressen/{record['nummeraanduidingIdentificatie']}"},
        "woonplaats": {"href": f"{root}/woonplaatsen/{record['woonplaatsIdentificatie']}"},
    }
    hal["_links"] = links
    return hal


def _pagination_links(
    request: Request, base: str, page: int, page_size: int, total: int
) -> dict[str, wire.HalLink]:
    def at(number: int) -> wire.HalLink:
        separator = "&" if "?" in base else "?"
        return {"href": f"{base}{separator}{urlencode({'page': number})}"}

    last = max(1, -(-total // page_size))
    links: dict[str, wire.HalLink] = {"self": at(page), "first": at(1), "last": at(last)}
    if page > 1:
        links["previous"] = at(min(page - 1, last))
    if page < last:
        links["next"] = at(page + 1)
    return links


def _http_exception(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 405:
        headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
        return problems.problem_response(
            problems.METHOD_NOT_ALLOWED, str(request.url), headers=headers
        )
    if status == 404:
        return problems.problem_response(problems.NOT_FOUND, str(request.url))
    return _server_error(request, exc)


def _server_error(request: Request, exc: Exception) -> Response:
    # Only the type: the message could quote the request (an address).
    logger.error("BAG registry failed to answer: %s", type(exc).__name__)
    return problems.problem_response(problems.SERVER_ERROR, str(request.url))
