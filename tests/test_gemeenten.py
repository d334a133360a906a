"""Two municipalities on one deployment (examples/gemeenten): each request is served for one
municipality, with its own offer and registries, and never sees another's data."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, MutableMapping
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from gateway_support import ROOT, demo_settings, running_gateway
from graphql import GraphQLObjectType, build_schema
from proces_support import (
    ALLEENSTAAND,
    Klok,
    Scenario,
    gelukt,
    met_getuigen,
    verklaar,
    verklaring,
)
from security_support import production_gateway

from trouwgraph.schema.schema import schema
from trouwgraph.server.app import create_app
from trouwgraph.server.gemeenten.config_files import load_gemeenten
from trouwgraph.server.gemeenten.errors import ConfigError
from trouwgraph.server.gemeenten.routing import Gemeenterouter
from trouwgraph.server.gemeenten.runtime import gemeente_url

GEMEENTEN = ROOT / "examples" / "gemeenten"
DEMODAM, HOORN = "9999", "0405"
HOORN_HOST = "trouwen.hoorn.localhost"
BOUNTY = '{locatieId: "schip-de-bounty"}'  # a location id both municipalities use
START = "2027-03-26T14:00:00+01:00"


@pytest.fixture
async def beide(tmp_path: Path) -> AsyncIterator[tuple[Scenario, Scenario]]:
    """Demodam and Hoorn on one gateway, addressed by path."""
    klok = Klok()
    settings = demo_settings(tmp_path, gemeente_config=GEMEENTEN, outbox_interval=0.02)
    async with running_gateway(settings, clock=klok) as gateway:
        yield Scenario(gateway.voor(DEMODAM), klok), Scenario(gateway.voor(HOORN), klok)


async def medewerker(scenario: Scenario, gemeente: str) -> str:
    """A staff token for one municipality."""
    return await scenario.gateway.token("medewerker", gemeente=gemeente)


async def demodam_zaak(demodam: Scenario) -> dict[str, Any]:
    """A reservation in Demodam by ALLEENSTAAND[0], on the Bounty."""
    burger = await demodam.burger(ALLEENSTAAND[0])
    return gelukt(await demodam.reserveer(burger, locatie=BOUNTY))


class TestLoading:
    def test_a_directory_gives_every_municipality_in_it(self) -> None:
        assert [(g.gemeentecode, g.naam) for g in load_gemeenten(GEMEENTEN)] == [
            (HOORN, "Hoorn"),
            (DEMODAM, "Demodam"),
        ]

    def test_refuses_two_files_with_one_gemeentecode(self, tmp_path: Path) -> None:
        for naam in ("a", "b"):
            (tmp_path / f"{naam}.toml").write_text('gemeentecode = "0405"\nnaam = "Hoorn"\n')
        with pytest.raises(ConfigError, match=r"b\.toml: gemeentecode = '0405': also used by"):
            load_gemeenten(tmp_path)

    def test_refuses_a_host_name_used_twice(self, tmp_path: Path) -> None:
        for code in ("0405", "0420"):
            (tmp_path / f"{code}.toml").write_text(
                f'gemeentecode = "{code}"\nnaam = "G"\nhosts = ["trouwen.example.nl"]\n'
            )
        with pytest.raises(ConfigError, match=r"hosts = 'trouwen\.example\.nl': also used by"):
            load_gemeenten(tmp_path)

    def test_refuses_a_directory_without_municipality_files(self, tmp_path: Path) -> None:
        with pytest.raises(ConfigError, match="no municipality files"):
            load_gemeenten(tmp_path)

    def test_refuses_a_host_name_with_a_port_or_capitals(self, tmp_path: Path) -> None:
        bestand = tmp_path / "g.toml"
        bestand.write_text('gemeentecode = "0405"\nnaam = "G"\nhosts = ["Trouwen.nl:443"]\n')
        with pytest.raises(ConfigError, match=r"hosts\.0 = 'Trouwen\.nl:443'"):
            load_gemeenten(bestand)


class TestUrls:
    @pytest.mark.parametrize(
        ("basis", "routering", "verwacht"),
        [
            ("https://api.example.nl/", "pad", "https://api.example.nl/0405"),
            ("https://api.example.nl/trouwen", "pad", "https://api.example.nl/trouwen/0405"),
            ("https://api.example.nl/trouwen/", "host", f"https://{HOORN_HOST}/trouwen"),
            ("http://127.0.0.1:8000", "host", f"http://{HOORN_HOST}:8000"),
        ],
    )
    def test_a_municipalitys_url(self, basis: str, routering: str, verwacht: str) -> None:
        [hoorn] = [g for g in load_gemeenten(GEMEENTEN) if g.gemeentecode == HOORN]
        assert gemeente_url(basis, hoorn, routering) == verwacht


class TestEachMunicipalityItsOwnOffer:
    async def test_ceremony_types_locations_officiants_and_extras_differ(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        query = "{ ceremonietypen { code } locaties { id } ambtenaren { id } extras { code } }"
        demodam, hoorn = [await s.gateway.graphql(query) for s in beide]
        assert [c["code"] for c in hoorn["data"]["ceremonietypen"]] == ["BALIE", "WESTFRIES"]
        d = demodam["data"]
        assert "GRATIS" in [c["code"] for c in d["ceremonietypen"]]
        assert len(d["locaties"]) == 5 and len(d["ambtenaren"]) == 12

    async def test_prices_and_deadlines_are_the_municipalitys_own(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        demodam, hoorn = beide
        # Two couples: one person is partner in one case at a time, in any municipality.
        in_hoorn = gelukt(
            await hoorn.reserveer(
                await hoorn.burger(ALLEENSTAAND[2]), locatie=BOUNTY, ceremonietype="WESTFRIES"
            )
        )
        in_demodam = gelukt(
            await demodam.reserveer(await demodam.burger(ALLEENSTAAND[0]), locatie=BOUNTY)
        )
        # Hoorn holds a provisional reservation for one day, Demodam for three.
        assert in_hoorn["verlooptOp"] == "2026-11-30T11:00:00+01:00"
        assert in_demodam["verlooptOp"] == "2026-12-02T11:00:00+01:00"

    async def test_a_notice_is_registered_in_the_municipalitys_own_case_system(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        _, hoorn = beide
        eerste, tweede = await hoorn.burger(ALLEENSTAAND[0]), await hoorn.burger(ALLEENSTAAND[1])
        huwelijk = gelukt(await hoorn.reserveer(eerste, locatie=BOUNTY, ceremonietype="WESTFRIES"))
        huwelijk = gelukt(
            await hoorn.stap(
                eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
            )
        )
        huwelijk = gelukt(await hoorn.stap(tweede, "stemIn", huwelijk))
        huwelijk = await met_getuigen(hoorn, eerste, huwelijk)
        huwelijk = await verklaar(hoorn, huwelijk, eerste, tweede)
        gelukt(await hoorn.stap(eerste, "doeMelding", huwelijk))
        for _ in range(500):  # the outbox worker runs every 20 ms
            zaken = [r.url.path for r, _ in hoorn.gateway.calls("zaken") if r.method == "POST"]
            if zaken:
                break
            await asyncio.sleep(0.02)
        assert zaken and all(path.startswith(f"/registries/{HOORN}/zaken/") for path in zaken)


# Every root field, and the test that shows what a municipality's client gets about another
# municipality's data. A new root field must be added here (the two tests below keep this honest).
QUERIES: dict[str, str] = {
    "huwelijk": "test_a_case_is_not_found_from_the_other_municipality",
    "mijnHuwelijken": "test_my_cases_and_the_staff_list_hold_only_the_municipalitys_own",
    "huwelijken": "test_my_cases_and_the_staff_list_hold_only_the_municipalitys_own",
    "beschikbaarheid": "test_a_slot_taken_in_one_municipality_is_free_in_the_other",
    "tijdsloten": "test_a_slot_taken_in_one_municipality_is_free_in_the_other",
    "ceremonietypen": "test_ceremony_types_locations_officiants_and_extras_differ",
    "locaties": "test_ceremony_types_locations_officiants_and_extras_differ",
    "ambtenaren": "test_ceremony_types_locations_officiants_and_extras_differ",
    "extras": "test_ceremony_types_locations_officiants_and_extras_differ",
    "persoon": "test_staff_act_only_for_their_own_municipality",
    "personen": "test_staff_act_only_for_their_own_municipality",
    "toets": "test_staff_act_only_for_their_own_municipality",
    "ik": "test_a_citizen_is_the_same_citizen_in_every_municipality",
}
# Every mutation on a case, with its other arguments: each must answer NietGevonden for a case
# of another municipality, and leave it untouched.
WIJZIGINGEN: dict[str, str] = {
    "nodigPartnerUit": f'burgerservicenummer: "{ALLEENSTAAND[1]}"',
    "stemIn": "",
    "weigerInstemming": "",
    "voegGetuigeToe": "getuige: {gemeentelijk: true}",
    "verwijderGetuige": "volgnummer: 1",
    "kiesAmbtenaar": "ambtenaar: {toegewezen: true}",
    "kiesLocatie": 'locatie: {locatieId: "schip-de-bounty"}',
    "wijzigMoment": f'start: "{START}"',
    "legVerklaringAf": verklaring(),
    "registreerVerklaring": f"partner: PARTNER1, {verklaring()}",
    "doeMelding": "",
    "kiesNaamgebruik": "partner: PARTNER1, naamgebruik: E",
    "beoordeelMelding": "goedgekeurd: true",
    "registreerBetaling": 'bedragInCenten: 100, referentie: "x"',
    "startBetaling": "",
    "bevestig": "",
    "annuleer": "",
    "markeerVoltrokken": "",
    "herplaatsBerichten": "",
}


def root_fields(type_name: str) -> set[str]:
    """The fields of a root type of the running schema."""
    root = build_schema(schema.as_str()).get_type(type_name)
    assert isinstance(root, GraphQLObjectType)
    return set(root.fields)


def test_every_query_is_covered() -> None:
    assert set(QUERIES) == root_fields("Query")
    tests = {
        name
        for klasse in (TestEachMunicipalityItsOwnOffer, TestNoMunicipalitySeesAnothersData)
        for name in dir(klasse)
    }
    assert set(QUERIES.values()) <= tests


def test_every_mutation_is_covered() -> None:
    assert set(WIJZIGINGEN) | {"reserveer"} == root_fields("Mutation")


class TestNoMunicipalitySeesAnothersData:
    async def test_a_case_is_not_found_from_the_other_municipality(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        demodam, hoorn = beide
        zaak = await demodam_zaak(demodam)
        burger = await hoorn.burger(ALLEENSTAAND[0])
        for token in (burger, await medewerker(hoorn, HOORN)):
            result = await hoorn.gateway.graphql(
                f'{{ huwelijk(id: "{zaak["id"]}") {{ id }} }}', token=token
            )
            assert result["errors"][0]["extensions"]["code"] == "NIET_GEVONDEN"
        eigen = await demodam.gateway.graphql(
            f'{{ huwelijk(id: "{zaak["id"]}") {{ id }} }}', token=burger
        )
        assert eigen["data"]["huwelijk"]["id"] == zaak["id"]

    async def test_my_cases_and_the_staff_list_hold_only_the_municipalitys_own(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        demodam, hoorn = beide
        zaak = await demodam_zaak(demodam)
        burger = await hoorn.burger(ALLEENSTAAND[0])
        mijn = await hoorn.gateway.graphql("{ mijnHuwelijken { id } }", token=burger)
        assert mijn["data"]["mijnHuwelijken"] == []
        lijst = "{ huwelijken { edges { node { id } } } }"
        assert (await hoorn.gateway.graphql(lijst, token=await medewerker(hoorn, HOORN)))["data"][
            "huwelijken"
        ]["edges"] == []
        in_demodam = await demodam.gateway.graphql(lijst, token=await medewerker(demodam, DEMODAM))
        assert [e["node"]["id"] for e in in_demodam["data"]["huwelijken"]["edges"]] == [zaak["id"]]

    async def test_a_slot_taken_in_one_municipality_is_free_in_the_other(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        demodam, hoorn = beide
        await demodam_zaak(demodam)
        query = (
            '{ tijdsloten(datum: "2027-03-26", ceremonietype: "%s", '
            'locatie: "schip-de-bounty") { start } }'
        )
        bezet = datetime.fromisoformat(START)

        async def vrij(scenario: Scenario, ceremonietype: str) -> list[datetime]:
            result = await scenario.gateway.graphql(query % ceremonietype)
            return [datetime.fromisoformat(t["start"]) for t in result["data"]["tijdsloten"]]

        assert bezet not in await vrij(demodam, "UITGEBREID")
        assert bezet in await vrij(hoorn, "WESTFRIES")

    async def test_changes_to_another_municipalitys_case_are_not_found(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        demodam, hoorn = beide
        zaak = await demodam_zaak(demodam)
        tokens = (await hoorn.burger(ALLEENSTAAND[0]), await medewerker(hoorn, HOORN))
        for veld, extra in WIJZIGINGEN.items():
            for token in tokens:
                result = await hoorn.gateway.graphql(
                    f'mutation {{ {veld}(id: "{zaak["id"]}", versie: {zaak["versie"]} {extra}) '
                    "{ __typename } }",
                    token=token,
                )
                assert result["data"][veld]["__typename"] == "NietGevonden", (veld, result)
        nog = await demodam.gateway.graphql(
            f'{{ huwelijk(id: "{zaak["id"]}") {{ status versie }} }}', token=tokens[0]
        )
        assert nog["data"]["huwelijk"] == {"status": "VOORLOPIG", "versie": zaak["versie"]}

    async def test_staff_act_only_for_their_own_municipality(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        demodam, hoorn = beide
        await demodam_zaak(demodam)
        van_demodam = await medewerker(demodam, DEMODAM)
        queries = [
            "{ huwelijken { edges { node { id } } } }",
            f'{{ persoon(burgerservicenummer: "{ALLEENSTAAND[0]}") {{ burgerservicenummer }} }}',
            f'{{ personen(burgerservicenummers: ["{ALLEENSTAAND[0]}"]) '
            "{ burgerservicenummer } }",
            f'{{ toets(partner1: "{ALLEENSTAAND[0]}", partner2: "{ALLEENSTAAND[1]}", '
            'datum: "2027-03-26") { regel } }',
        ]
        for query in queries:
            response = await hoorn.gateway.client.post(
                f"/{HOORN}/graphql",
                json={"query": query},
                headers={"Authorization": f"Bearer {van_demodam}"},
            )
            assert response.status_code == 403
            assert response.json()["code"] == "NIET_TOEGESTAAN"

    async def test_a_staff_token_naming_no_municipality_is_refused_when_several_are_served(
        self,
    ) -> None:
        query = {"query": "{ huwelijken { totalCount } }"}
        async with production_gateway(gemeente_config=GEMEENTEN) as gateway:
            for claims, status in (({}, 403), ({"gemeente": HOORN}, 200)):
                token = await gateway.token("medewerker", **claims)
                response = await gateway.client.post(
                    f"/{HOORN}/graphql", json=query, headers={"Authorization": f"Bearer {token}"}
                )
                assert response.status_code == status, response.text

    async def test_requests_sharing_one_lifespan_state_still_get_their_own_municipality(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        # Some servers and harnesses hand every request the same lifespan state dict.
        register = beide[0].gateway.app.state.gemeenten
        router = Gemeenterouter(beide[0].gateway.app, register=register, routering="pad")
        gedeeld: dict[str, Any] = {"verifier": None}

        async def vraag(gemeentecode: str) -> str:
            body = json.dumps({"query": "{ ceremonietypen { code } }"}).encode()

            async def receive() -> dict[str, Any]:
                await asyncio.sleep(0.01)  # the other request runs in between
                return {"type": "http.request", "body": body, "more_body": False}

            antwoord: list[bytes] = []

            async def send(message: MutableMapping[str, Any]) -> None:
                if message["type"] == "http.response.body":
                    antwoord.append(message.get("body", b""))

            scope = {
                "type": "http",
                "asgi": {"version": "3.0"},
                "http_version": "1.1",
                "method": "POST",
                "scheme": "http",
                "path": f"/{gemeentecode}/graphql",
                "raw_path": f"/{gemeentecode}/graphql".encode(),
                "root_path": "",
                "query_string": b"",
                "headers": [(b"content-type", b"application/json"), (b"host", b"gateway")],
                "client": ("127.0.0.1", 1234),
                "server": ("gateway", 80),
                "state": gedeeld,
            }
            await router(scope, receive, send)
            result = json.loads(b"".join(antwoord))
            code: str = result["data"]["ceremonietypen"][0]["code"]
            return code

        codes = [DEMODAM, HOORN] * 5
        antwoorden = await asyncio.gather(*(vraag(code) for code in codes))
        assert antwoorden == [{DEMODAM: "GRATIS", HOORN: "BALIE"}[code] for code in codes]

    async def test_a_citizen_is_the_same_citizen_in_every_municipality(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        for scenario in beide:
            burger = await scenario.burger(ALLEENSTAAND[0])
            ik = await scenario.gateway.graphql("{ ik { burgerservicenummer } }", token=burger)
            assert ik["data"]["ik"]["burgerservicenummer"] == ALLEENSTAAND[0]


async def webhook_auth(scenario: Scenario) -> dict[str, str]:
    """Callback URL -> Authorization of the abonnementen registered so far (both, once the
    start-up tasks have run)."""
    for _ in range(200):
        auth = {
            body["callbackUrl"]: body["auth"]
            for r, _ in scenario.gateway.calls("notificaties")
            if r.method == "POST" and r.url.path.endswith("/abonnement")
            for body in [json.loads(r.content)]
        }
        if len(auth) == 2:
            return auth
        await asyncio.sleep(0.01)
    raise AssertionError(f"abonnementen not registered: {auth}")


class TestRouting:
    async def test_without_a_prefix_several_municipalities_answer_which_is_meant(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        client = beide[0].gateway.client
        response = await client.post("/graphql", json={"query": "{ extras { code } }"})
        assert response.status_code == 404
        assert response.json()["code"] == "GEMEENTE_ONBEKEND"

    async def test_an_unknown_gemeentecode_is_not_found(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        response = await beide[0].gateway.client.post(
            "/0363/graphql", json={"query": "{ extras { code } }"}
        )
        assert response.status_code == 404

    async def test_health_and_the_registries_need_no_municipality(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        client = beide[0].gateway.client
        ready = await client.get("/readyz")
        assert ready.json()["gemeenten"] == [HOORN, DEMODAM]

    async def test_under_a_proxys_root_path(self, tmp_path: Path) -> None:
        app = create_app(demo_settings(tmp_path, gemeente_config=GEMEENTEN))
        async with (
            LifespanManager(app) as manager,
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=manager.app, root_path="/trouwgraph"),
                base_url="http://gateway",
            ) as client,
        ):
            response = await client.post(
                f"/trouwgraph/{HOORN}/graphql", json={"query": "{ extras { code } }"}
            )
        assert response.json()["data"]["extras"] == [{"code": "TROUWBOEKJE"}]

    async def test_by_host_name(self, tmp_path: Path) -> None:
        settings = demo_settings(tmp_path, gemeente_config=GEMEENTEN, gemeente_routering="host")
        async with running_gateway(settings) as gateway:
            query = {"query": "{ ceremonietypen { code } }"}
            hoorn = await gateway.client.post("/graphql", json=query, headers={"Host": HOORN_HOST})
            assert [c["code"] for c in hoorn.json()["data"]["ceremonietypen"]] == [
                "BALIE",
                "WESTFRIES",
            ]
            onbekend = await gateway.client.post(
                "/graphql", json=query, headers={"Host": "trouwen.elders.localhost"}
            )
            assert onbekend.status_code == 404
            assert onbekend.json()["code"] == "GEMEENTE_ONBEKEND"

    async def test_urls_given_out_carry_the_municipality(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        _, hoorn = beide
        staf = await medewerker(hoorn, HOORN)
        result = await hoorn.gateway.graphql("{ ambtenaren { agendafeed } }", token=staf)
        feeds = [a["agendafeed"] for a in result["data"]["ambtenaren"]]
        assert feeds and all(f.startswith(f"http://127.0.0.1:8000/{HOORN}/agenda/") for f in feeds)
        path = feeds[0].removeprefix("http://127.0.0.1:8000")
        assert (await hoorn.gateway.client.get(path)).status_code == 200
        # The same resource id in the other municipality: that token does not open it.
        elders = path.replace(f"/{HOORN}/", f"/{DEMODAM}/")
        assert (await hoorn.gateway.client.get(elders)).status_code == 404

    async def test_one_municipalitys_webhook_secret_opens_no_other_webhook(
        self, beide: tuple[Scenario, Scenario]
    ) -> None:
        client = beide[0].gateway.client
        auth = await webhook_auth(beide[0])
        demodam_auth = auth[f"http://127.0.0.1:8000/{DEMODAM}/notificaties/webhook"]
        assert demodam_auth != auth[f"http://127.0.0.1:8000/{HOORN}/notificaties/webhook"]
        bericht = {
            "kanaal": "zaken",
            "hoofdObject": "https://elders.example/zaken/1",
            "resource": "status",
            "resourceUrl": "https://elders.example/statussen/1",
            "actie": "create",
            "aanmaakdatum": "2026-11-29T10:00:00Z",
        }
        eigen = await client.post(
            f"/{DEMODAM}/notificaties/webhook",
            json=bericht,
            headers={"Authorization": demodam_auth},
        )
        andere = await client.post(
            f"/{HOORN}/notificaties/webhook", json=bericht, headers={"Authorization": demodam_auth}
        )
        assert (eigen.status_code, andere.status_code) == (204, 403)
