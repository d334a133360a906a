"""Every operation of every embedded registry, called over real HTTP as its clients call it -
read one, list, create and the errors - in both ways of running: mounted in the demo
(`trouwgraph demo`) and standalone (`trouwgraph registries`). Each exchange is checked against
its registry's contract (`registry_contracts`: the OpenAPI specifications in ../shared/fixtures
via openapi-core, Qmatic's recorded answers, Mollie's documented shapes), and each mode must
cover every route the registries serve.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from live_support import Live, live_demo, live_registries
from registry_contracts import CheckingTransport, RegistryContracts, operations

from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.adapters.zgw_http import CRS_HEADERS

GEMEENTE = "9999"
BSN = "999993653"  # Suzanne Moulin (RvIG test set)
QMATIC = "/qmatic/calendar-backend/public/api"
ONBEKEND = "00000000-0000-4000-8000-000000000000"


@dataclass
class Registries:
    """The registries of one municipality, reached over real HTTP with every exchange checked."""

    live: Live
    root: str
    contracts: RegistryContracts
    http: httpx.Client
    zgw: httpx.Client
    gone: set[str] = field(default_factory=set)  # URLs of resources deleted on purpose

    def url(self, path: str) -> str:
        return f"{self.root}{path}"


@pytest.fixture(scope="module", params=["demo", "standalone"])
def registries(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Registries]:
    folder: Path = tmp_path_factory.mktemp(request.param)
    start = live_demo if request.param == "demo" else live_registries
    with start(folder) as live:
        root = (
            f"{live.base}/registries/{GEMEENTE}"
            if request.param == "demo"
            else (f"{live.base}/{GEMEENTE}")
        )
        contracts = RegistryContracts(root, bsns=(BSN,))
        auth = ZgwJwtAuth(live.zgw_client_id, live.zgw_secret)
        with (
            httpx.Client(transport=CheckingTransport(contracts), trust_env=False) as http,
            httpx.Client(transport=CheckingTransport(contracts), auth=auth, trust_env=False) as zgw,
        ):
            yield Registries(live, root, contracts, http, zgw)


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def test_brp_personen(registries: Registries) -> None:
    r, url = registries, registries.url("/brp/personen")
    raadpleeg = {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [BSN]}
    [persoon] = ok(r.http.post(url, json={**raadpleeg, "fields": ["naam", "geboorte"]}))["personen"]
    gevonden = ok(
        r.http.post(
            url,
            json={
                "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
                "geslachtsnaam": persoon["naam"]["geslachtsnaam"],
                "geboortedatum": persoon["geboorte"]["datum"]["datum"],
                "fields": ["burgerservicenummer"],
            },
        )
    )
    assert {"burgerservicenummer": BSN} in gevonden["personen"]
    # Persons with running investigations (RvIG set): inOnderzoek in the spec's shapes.
    onderzocht = ok(
        r.http.post(
            url,
            json={
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": ["999992843", "999991139", "999990378"],
                "fields": ["geboorte", "leeftijd", "partners", "ouders", "verblijfplaats"],
            },
        )
    )["personen"]
    assert all("inOnderzoek" in json.dumps(p) for p in onderzocht)
    assert r.http.post(url, json={"fields": ["naam"]}).status_code == 400
    assert r.http.post(url, json={**raadpleeg, "fields": ["onbekend"]}).status_code == 400
    assert r.http.get(url).status_code == 405


def test_bag_adressen_and_woonplaatsen(registries: Registries) -> None:
    r = registries
    headers = {"X-Api-Key": "sleutel", "Accept": "application/hal+json"}
    lijst = ok(
        r.http.get(
            r.url("/bag/adressen"),
            params={"postcode": "1011ES", "huisnummer": "1"},
            headers=headers,
        )
    )
    [adres, *_] = lijst["_embedded"]["adressen"]
    gelezen = ok(
        r.http.get(
            r.url(f"/bag/adressen/{adres['nummeraanduidingIdentificatie']}"), headers=headers
        )
    )
    assert gelezen["postcode"] == "1011ES"
    woonplaats = ok(
        r.http.get(r.url(f"/bag/woonplaatsen/{adres['woonplaatsIdentificatie']}"), headers=headers)
    )
    assert woonplaats
    assert r.http.get(r.url("/bag/adressen/0000200000000000"), headers=headers).status_code == 404
    assert r.http.get(r.url("/bag/woonplaatsen/0000"), headers=headers).status_code == 404
    assert (
        r.http.get(
            r.url("/bag/adressen"), params={"postcode": "12", "huisnummer": "1"}, headers=headers
        ).status_code
        == 400
    )


def test_locaties(registries: Registries) -> None:
    r = registries
    headers = {"Authorization": "sleutel"}
    lijst = ok(r.http.get(r.url("/locaties/locaties"), headers=headers))
    assert lijst
    eerste = ok(r.http.get(r.url(f"/locaties/locaties/{lijst[0]['id']}"), headers=headers))
    assert eerste["id"] == lijst[0]["id"]
    assert r.http.get(r.url("/locaties/locaties/nergens"), headers=headers).status_code == 404


def catalogus_urls(r: Registries) -> dict[str, Any]:
    """The melding zaaktype and its statustypen, resultaattypen, roltypen, eigenschappen."""
    [catalogus] = ok(r.zgw.get(r.url("/catalogi/catalogussen")))["results"]
    assert ok(r.zgw.get(catalogus["url"])) == catalogus
    [zaaktype] = ok(
        r.zgw.get(
            r.url("/catalogi/zaaktypen"),
            params={
                "catalogus": catalogus["url"],
                "identificatie": "Melding_voorgenomen_huwelijk_behandelen",
            },
        )
    )["results"]
    assert ok(r.zgw.get(zaaktype["url"])) == zaaktype
    found: dict[str, Any] = {"zaaktype": zaaktype["url"]}
    for resource in ("statustypen", "resultaattypen", "roltypen", "eigenschappen"):
        items = ok(r.zgw.get(r.url(f"/catalogi/{resource}"), params={"zaaktype": zaaktype["url"]}))
        assert ok(r.zgw.get(items["results"][0]["url"])) == items["results"][0]
        key = "naam" if resource == "eigenschappen" else "omschrijving"
        if resource == "roltypen":
            key = "omschrijvingGeneriek"
        found[resource] = {i[key]: i["url"] for i in items["results"]}
    return found


def test_catalogi(registries: Registries) -> None:
    r = registries
    catalogus_urls(r)
    assert r.zgw.get(r.url(f"/catalogi/zaaktypen/{ONBEKEND}")).status_code == 404
    assert r.zgw.get(r.url("/catalogi/zaaktypen"), params={"status": "nooit"}).status_code == 400
    assert r.http.get(r.url("/catalogi/zaaktypen")).status_code == 401
    assert (
        r.http.get(
            r.url("/catalogi/zaaktypen"), headers={"Authorization": "Bearer x.y.z"}
        ).status_code
        == 403
    )


def test_zaken(registries: Registries) -> None:
    r = registries
    c = catalogus_urls(r)
    zaak = ok(
        r.zgw.post(
            r.url("/zaken/zaken"),
            json={
                "bronorganisatie": "002220647",
                "verantwoordelijkeOrganisatie": "002220647",
                "zaaktype": c["zaaktype"],
                "startdatum": "2026-11-30",
            },
            headers=CRS_HEADERS,
        ),
        201,
    )
    assert ok(r.zgw.get(zaak["url"], headers=CRS_HEADERS)) == zaak
    lijst = ok(
        r.zgw.get(
            r.url("/zaken/zaken"),
            params={"identificatie": zaak["identificatie"]},
            headers=CRS_HEADERS,
        )
    )
    assert [z["url"] for z in lijst["results"]] == [zaak["url"]]

    rol = ok(
        r.zgw.post(
            r.url("/zaken/rollen"),
            json={
                "zaak": zaak["url"],
                "betrokkeneType": "natuurlijk_persoon",
                "roltype": c["roltypen"]["initiator"],
                "roltoelichting": "Partner 1",
                "betrokkeneIdentificatie": {"inpBsn": BSN},
            },
        ),
        201,
    )
    assert ok(r.zgw.get(rol["url"])) == rol
    assert ok(r.zgw.get(r.url("/zaken/rollen"), params={"zaak": zaak["url"]}))["results"] == [rol]

    eigenschappen = f"{zaak['url']}/zaakeigenschappen"
    eigenschap = ok(
        r.zgw.post(
            eigenschappen,
            json={
                "zaak": zaak["url"],
                "eigenschap": c["eigenschappen"]["huwelijkslocatie"],
                "waarde": "Stadhuis",
            },
        ),
        201,
    )
    assert ok(r.zgw.get(eigenschap["url"])) == eigenschap
    assert ok(r.zgw.get(eigenschappen)) == [eigenschap]

    nu = datetime.now(UTC).replace(microsecond=0)
    status = ok(
        r.zgw.post(
            r.url("/zaken/statussen"),
            json={
                "zaak": zaak["url"],
                "statustype": c["statustypen"]["Ontvangen"],
                "datumStatusGezet": nu.isoformat(),
            },
        ),
        201,
    )
    assert ok(r.zgw.get(status["url"])) == status
    resultaat = ok(
        r.zgw.post(
            r.url("/zaken/resultaten"),
            json={"zaak": zaak["url"], "resultaattype": c["resultaattypen"]["Verwerkt"]},
        ),
        201,
    )
    assert ok(r.zgw.get(resultaat["url"])) == resultaat
    assert ok(r.zgw.get(r.url("/zaken/resultaten"), params={"zaak": zaak["url"]}))["results"] == [
        resultaat
    ]
    eind = ok(
        r.zgw.post(
            r.url("/zaken/statussen"),
            json={
                "zaak": zaak["url"],
                "statustype": c["statustypen"]["Verwerkt"],
                "datumStatusGezet": nu.isoformat(),
            },
        ),
        201,
    )
    statussen = ok(r.zgw.get(r.url("/zaken/statussen"), params={"zaak": zaak["url"]}))["results"]
    assert [s["url"] for s in statussen] == [status["url"], eind["url"]]
    gesloten = ok(r.zgw.get(zaak["url"], headers=CRS_HEADERS))
    assert gesloten["status"] == eind["url"] and gesloten["einddatum"] == nu.date().isoformat()

    # The errors a client meets.
    assert r.zgw.post(r.url("/zaken/zaken"), json={}, headers=CRS_HEADERS).status_code == 400
    assert r.zgw.get(r.url("/zaken/zaken")).status_code == 412
    assert r.zgw.get(r.url(f"/zaken/zaken/{ONBEKEND}"), headers=CRS_HEADERS).status_code == 404
    for resource in ("statussen", "resultaten", "rollen"):
        assert r.zgw.get(r.url(f"/zaken/{resource}/{ONBEKEND}")).status_code == 404
        assert r.zgw.post(r.url(f"/zaken/{resource}"), json={}).status_code == 400
    assert r.zgw.get(f"{eigenschappen}/{ONBEKEND}").status_code == 404
    assert r.zgw.post(eigenschappen, json={}).status_code == 400
    assert r.http.get(r.url("/zaken/statussen")).status_code == 401


def test_notificaties(registries: Registries) -> None:
    r = registries
    [zaken] = ok(r.zgw.get(r.url("/notificaties/kanaal"), params={"naam": "zaken"}))
    assert ok(r.zgw.get(zaken["url"])) == zaken
    kanaal = ok(
        r.zgw.post(
            r.url("/notificaties/kanaal"),
            json={"naam": f"test-{r.live.base[-5:]}", "filters": ["soort"]},
        ),
        201,
    )
    assert (
        r.zgw.post(r.url("/notificaties/kanaal"), json={"naam": kanaal["naam"]}).status_code == 400
    )
    abonnement = {
        "callbackUrl": "http://127.0.0.1:9/nergens",  # nobody listens: delivery is retried
        "auth": "Bearer geheim",
        "kanalen": [{"naam": kanaal["naam"], "filters": {"soort": "x"}}],
    }
    aangemaakt = ok(r.zgw.post(r.url("/notificaties/abonnement"), json=abonnement), 201)
    assert ok(r.zgw.get(aangemaakt["url"])) == aangemaakt
    assert aangemaakt in ok(r.zgw.get(r.url("/notificaties/abonnement")))
    gewijzigd = ok(r.zgw.put(aangemaakt["url"], json={**abonnement, "auth": "Bearer anders"}))
    assert gewijzigd["auth"] == "Bearer anders"
    bericht = {
        "kanaal": kanaal["naam"],
        "hoofdObject": "http://zaken.test/zaken/1",
        "resource": "zaak",
        "resourceUrl": "http://zaken.test/zaken/1",
        "actie": "create",
        "aanmaakdatum": datetime.now(UTC).isoformat(),
        "kenmerken": {"soort": "x"},
    }
    assert (
        ok(r.zgw.post(r.url("/notificaties/notificaties"), json=bericht))["kanaal"]
        == kanaal["naam"]
    )
    assert (
        r.zgw.post(
            r.url("/notificaties/notificaties"), json={**bericht, "kanaal": "geen"}
        ).status_code
        == 400
    )
    assert r.zgw.delete(aangemaakt["url"]).status_code == 204
    r.gone.add(aangemaakt["url"])
    assert r.zgw.get(aangemaakt["url"]).status_code == 404
    assert r.zgw.get(r.url(f"/notificaties/kanaal/{ONBEKEND}")).status_code == 404
    assert r.http.get(r.url("/notificaties/kanaal")).status_code == 401


def test_qmatic(registries: Registries) -> None:
    r = registries
    q = r.url(QMATIC)
    [branch, *_] = ok(r.http.get(f"{q}/v1/branches"))["branchList"]
    ok(r.http.get(f"{q}/v1/branches/{branch['publicId']}"))
    [service, *_] = ok(r.http.get(f"{q}/v1/branches/{branch['publicId']}/services"))["serviceList"]
    ok(r.http.get(f"{q}/v1/services"))
    ok(r.http.get(f"{q}/v1/services/{service['publicId']}/branches"))
    dates = ok(
        r.http.get(
            f"{q}/v2/branches/{branch['publicId']}/dates;servicePublicId={service['publicId']}"
        )
    )
    day = dates["dates"][0][:10]
    times = ok(
        r.http.get(
            f"{q}/v2/branches/{branch['publicId']}/dates/{day}/times;servicePublicId={service['publicId']}"
        )
    )
    boek = {"title": "t", "services": [{"publicId": service["publicId"]}], "customers": [{}]}
    gereserveerd = ok(
        r.http.post(
            f"{q}/v2/branches/{branch['publicId']}/dates/{day}/times/{times['times'][0]}/reserve",
            json=boek,
        )
    )
    ok(r.http.post(f"{q}/v2/appointments/{gereserveerd['publicId']}/confirm", json=boek))
    ok(r.http.get(f"{q}/v1/appointments/{gereserveerd['publicId']}"))
    assert r.http.delete(f"{q}/v1/appointments/{gereserveerd['publicId']}").status_code == 204
    assert r.http.get(f"{q}/v1/appointments/{gereserveerd['publicId']}").status_code == 404
    assert r.http.get(f"{q}/v1/branches/nergens").status_code == 404


def test_betalingen(registries: Registries) -> None:
    r = registries
    headers = {"Authorization": f"Bearer {r.live.betalingen_api_key}"}
    betaling = ok(
        r.http.post(
            r.url("/betalingen/v2/payments"),
            json={
                "amount": {"currency": "EUR", "value": "163.00"},
                "description": "Huwelijk, zaak h-1",
                "redirectUrl": "https://gemeente.test/terug",
            },
            headers=headers,
        ),
        201,
    )
    assert (
        ok(r.http.get(betaling["_links"]["self"]["href"], headers=headers))["id"] == betaling["id"]
    )
    checkout = betaling["_links"]["checkout"]["href"]
    assert checkout.startswith(f"{r.root}/betalingen/checkout/")  # where it is served
    assert r.http.get(checkout).status_code == 200
    betaald = r.http.post(
        checkout,
        content="status=paid",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert betaald.status_code == 303
    refunds = r.url(f"/betalingen/v2/payments/{betaling['id']}/refunds")
    refund = ok(
        r.http.post(
            refunds, json={"amount": {"currency": "EUR", "value": "98.00"}}, headers=headers
        ),
        201,
    )
    assert ok(r.http.get(refund["_links"]["self"]["href"], headers=headers)) == refund
    assert ok(r.http.get(refunds, headers=headers))["_embedded"]["refunds"] == [refund]
    assert r.http.get(refunds).status_code == 401
    assert (
        r.http.get(r.url("/betalingen/v2/payments/tr_onbekend1"), headers=headers).status_code
        == 404
    )
    assert (
        r.http.post(r.url("/betalingen/v2/payments"), json={}, headers=headers).status_code == 422
    )


def test_every_url_handed_out_is_served_where_it_points(registries: Registries) -> None:
    """Runs after the others of its mode: each URL an answer named is fetched, as its
    registry's client would (the deleted abonnement excepted)."""
    r = registries
    te_halen = sorted(r.contracts.handed_out - r.gone)
    assert len(te_halen) > 30  # zaken, statussen, rollen, catalogue, refunds, pages ...
    for url in te_halen:
        registry = url[len(r.root) + 1 :].split("/", 1)[0]
        if registry in {"zaken", "catalogi", "notificaties"}:
            answer = r.zgw.get(url, headers=CRS_HEADERS)
        elif registry == "betalingen":
            answer = r.http.get(
                url, headers={"Authorization": f"Bearer {r.live.betalingen_api_key}"}
            )
        else:
            answer = r.http.get(url, headers={"X-Api-Key": "sleutel", "Authorization": "sleutel"})
        assert answer.status_code == 200, (url, answer.status_code)


def test_every_operation_was_called(registries: Registries) -> None:
    """Runs last in its mode: the tests above covered every route the registries serve."""
    missing = operations() - registries.contracts.covered
    assert not missing, sorted(missing)
