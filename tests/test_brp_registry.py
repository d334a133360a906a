"""The embedded Haal Centraal BRP Personen v2 registry, driven over HTTP.

Every exchange goes through ``validate_brp_exchange`` (a response hook), so each test also pins
that requests and responses follow the spec.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from brp_contract import SPEC_PATH, BrpContractError, validate_brp_exchange
from brp_registry_support import (
    ALBERTUS_KASTER,
    JAN_VAN_MAASSEN,
    PEILDATUM,
    PERSONEN,
    PIETER_MAASSEN,
    SASKIA_OVERLEDEN,
    SUZANNE,
    TWINTIG_BSNS,
)
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.registries.brp.app import create_brp_registry, load_personen
from trouwgraph.registries.brp.generate_fields_catalogue import CATALOGUE_PATH, build_catalogue

RAADPLEEG = "RaadpleegMetBurgerservicenummer"
ZOEK = "ZoekMetGeslachtsnaamEnGeboortedatum"


async def _validate(response: httpx.Response) -> None:
    await response.aread()
    validate_brp_exchange(response.request, response)


def _client(app: Any, *, raise_app_exceptions: bool = True) -> httpx.AsyncClient:
    """A client for the registry mounted as the gateway mounts it, checking every exchange."""
    gateway = Starlette(routes=[Mount("/registries/brp", app=app)])
    transport = httpx.ASGITransport(app=gateway, raise_app_exceptions=raise_app_exceptions)
    return httpx.AsyncClient(
        transport=transport,
        base_url="http://registry/registries/brp",
        event_hooks={"response": [_validate]},
    )


@pytest.fixture
async def brp() -> AsyncIterator[httpx.AsyncClient]:
    async with _client(create_brp_registry(PERSONEN, today=lambda: PEILDATUM)) as client:
        yield client


def raadpleeg(bsns: Sequence[str], fields: Sequence[str], **extra: object) -> dict[str, object]:
    return {"type": RAADPLEEG, "burgerservicenummer": list(bsns), "fields": list(fields), **extra}


def zoek(
    geslachtsnaam: str, geboortedatum: str = "1983-05-26", **extra: object
) -> dict[str, object]:
    body: dict[str, object] = {
        "type": ZOEK,
        "geslachtsnaam": geslachtsnaam,
        "geboortedatum": geboortedatum,
        "fields": ["burgerservicenummer"],
    }
    return {**body, **extra}


async def personen(client: httpx.AsyncClient, body: Mapping[str, object]) -> list[dict[str, Any]]:
    response = await client.post("/personen", json=body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    result: list[dict[str, Any]] = response.json()["personen"]
    return result


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert problem["status"] == status
    assert problem["code"] == code
    assert problem["instance"] == "/registries/brp/personen" or status == 404
    return problem


def invalid_params(problem: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [(param["name"], param["code"]) for param in problem["invalidParams"]]


class TestRaadpleegMetBurgerservicenummer:
    async def test_returns_the_person_for_one_bsn(self, brp: httpx.AsyncClient) -> None:
        found = await personen(brp, raadpleeg(["999993653"], ["burgerservicenummer"]))
        assert found == [{"burgerservicenummer": "999993653"}]

    async def test_returns_the_known_persons_among_twenty_bsns(
        self, brp: httpx.AsyncClient
    ) -> None:
        found = await personen(brp, raadpleeg(TWINTIG_BSNS, ["burgerservicenummer"]))
        assert [p["burgerservicenummer"] for p in found] == TWINTIG_BSNS[: len(PERSONEN)]

    async def test_refuses_21_bsns_with_max_items(self, brp: httpx.AsyncClient) -> None:
        body = raadpleeg([*TWINTIG_BSNS, "999990999"], ["burgerservicenummer"])
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("burgerservicenummer", "maxItems")]
        assert problem["invalidParams"][0]["reason"] == "Array bevat meer dan 20 items."

    async def test_refuses_bsns_not_of_nine_digits_by_position(
        self, brp: httpx.AsyncClient
    ) -> None:
        body = raadpleeg(["999993653", "12345678", "99999365a"], ["burgerservicenummer"])
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [
            ("burgerservicenummer[1]", "pattern"),
            ("burgerservicenummer[2]", "pattern"),
        ]
        assert problem["detail"] == (
            "De foutieve parameter(s) zijn: burgerservicenummer[1], burgerservicenummer[2]."
        )

    async def test_answers_an_unknown_bsn_with_an_empty_list(self, brp: httpx.AsyncClient) -> None:
        response = await brp.post("/personen", json=raadpleeg(["999999999"], ["naam"]))
        assert response.json() == {"type": RAADPLEEG, "personen": []}

    async def test_requires_burgerservicenummer(self, brp: httpx.AsyncClient) -> None:
        body = {"type": RAADPLEEG, "fields": ["naam"]}
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsCombination")
        assert invalid_params(problem) == [("burgerservicenummer", "required")]

    async def test_limits_results_to_the_gemeente_van_inschrijving(
        self, brp: httpx.AsyncClient
    ) -> None:
        bsns = ["999993653", "999990019"]
        found = await personen(
            brp, raadpleeg(bsns, ["burgerservicenummer"], gemeenteVanInschrijving="0518")
        )
        assert found == [{"burgerservicenummer": "999990019"}]

    async def test_finds_a_deceased_person_with_opschorting_bijhouding(
        self, brp: httpx.AsyncClient
    ) -> None:
        found = await personen(brp, raadpleeg(["999990032"], ["naam.voornamen"]))
        assert found == [
            {
                "naam": {"voornamen": "Saskia"},
                "opschortingBijhouding": SASKIA_OVERLEDEN["opschortingBijhouding"],
            }
        ]


class TestFields:
    async def test_delivers_every_asked_group_of_a_full_person(
        self, brp: httpx.AsyncClient
    ) -> None:
        groups = [key for key in SUZANNE if key != "burgerservicenummer"]
        found = await personen(brp, raadpleeg(["999993653"], [*groups, "leeftijd"]))
        expected = {key: SUZANNE[key] for key in groups}
        assert found == [{**expected, "leeftijd": 38}]

    async def test_a_group_path_delivers_the_whole_group(self, brp: httpx.AsyncClient) -> None:
        found = await personen(brp, raadpleeg(["999993653"], ["naam"]))
        assert found == [{"naam": SUZANNE["naam"]}]

    async def test_a_leaf_path_delivers_only_that_leaf(self, brp: httpx.AsyncClient) -> None:
        found = await personen(brp, raadpleeg(["999993653"], ["naam.voornamen"]))
        assert found == [{"naam": {"voornamen": "Suzanne"}}]

    async def test_a_list_path_applies_to_every_item(self, brp: httpx.AsyncClient) -> None:
        fields = ["partners.burgerservicenummer", "partners.aangaanHuwelijkPartnerschap.datum"]
        found = await personen(brp, raadpleeg(["999993653"], fields))
        assert found == [
            {
                "partners": [
                    {
                        "burgerservicenummer": partner["burgerservicenummer"],
                        "aangaanHuwelijkPartnerschap": {
                            "datum": partner["aangaanHuwelijkPartnerschap"]["datum"]
                        },
                    }
                    for partner in SUZANNE["partners"]
                ]
            }
        ]

    async def test_part_of_a_waardetabel_delivers_all_of_it(self, brp: httpx.AsyncClient) -> None:
        found = await personen(brp, raadpleeg(["999993653"], ["geslacht.code"]))
        assert found == [{"geslacht": {"code": "V", "omschrijving": "vrouw"}}]

    async def test_part_of_a_date_delivers_the_whole_date(self, brp: httpx.AsyncClient) -> None:
        found = await personen(brp, raadpleeg(["999993653"], ["geboorte.datum.jaar"]))
        assert found == [{"geboorte": {"datum": SUZANNE["geboorte"]["datum"]}}]

    async def test_a_polymorphic_group_keeps_its_type(self, brp: httpx.AsyncClient) -> None:
        fields = ["verblijfplaats.verblijfadres.postcode", "nationaliteiten.nationaliteit"]
        found = await personen(brp, raadpleeg(["999993653"], fields))
        assert found == [
            {
                "verblijfplaats": {"type": "Adres", "verblijfadres": {"postcode": "3011AD"}},
                "nationaliteiten": [
                    {
                        "type": "Nationaliteit",
                        "nationaliteit": {"code": "0001", "omschrijving": "Nederlandse"},
                    }
                ],
            }
        ]

    async def test_delivers_geheimhouding_without_being_asked(self, brp: httpx.AsyncClient) -> None:
        found = await personen(brp, raadpleeg(["999992806"], ["naam.voorletters"]))
        assert found == [{"naam": {"voorletters": "J.P."}, "geheimhoudingPersoonsgegevens": True}]

    @pytest.mark.parametrize(
        ("bsn", "leeftijd"),
        [
            ("999993653", 38),  # born 21 August 1985, peildatum 15 June 2024
            ("999990044", 46),  # born March 1978: the birthday has passed
        ],
    )
    async def test_computes_leeftijd_on_the_peildatum(
        self, brp: httpx.AsyncClient, bsn: str, leeftijd: int
    ) -> None:
        found = await personen(brp, raadpleeg([bsn], ["leeftijd"]))
        assert found == [{"leeftijd": leeftijd}]

    @pytest.mark.parametrize(
        "bsn",
        [
            "999990056",  # born June 1978: in the birth month the age is uncertain
            "999990068",  # only the birth year is known
        ],
    )
    async def test_leaves_out_leeftijd_when_the_birth_date_is_too_vague(
        self, brp: httpx.AsyncClient, bsn: str
    ) -> None:
        assert await personen(brp, raadpleeg([bsn], ["leeftijd"])) == [{}]

    async def test_leaves_out_leeftijd_of_the_deceased(self, brp: httpx.AsyncClient) -> None:
        found = await personen(brp, raadpleeg(["999990032"], ["leeftijd"]))
        assert found == [{"opschortingBijhouding": SASKIA_OVERLEDEN["opschortingBijhouding"]}]

    async def test_refuses_an_unknown_field_path_by_position(self, brp: httpx.AsyncClient) -> None:
        body = raadpleeg(["999993653"], ["naam", "anummer"])
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("fields[1]", "fields")]
        assert (
            problem["invalidParams"][0]["reason"] == "Parameter bevat een niet bestaande veldnaam."
        )

    @pytest.mark.parametrize(
        "field",
        [
            "inOnderzoek",
            "naam.inOnderzoek",
            "geheimhoudingPersoonsgegevens",
            "opschortingBijhouding.reden.code",
            "rni",
            "verificatie.datum",
        ],
    )
    async def test_refuses_an_always_delivered_field(
        self, brp: httpx.AsyncClient, field: str
    ) -> None:
        body = raadpleeg(["999993653"], [field])
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("fields[0]", "fields")]
        reason = "Parameter bevat een niet toegestane veldnaam."
        assert problem["invalidParams"][0]["reason"] == reason

    async def test_requires_fields(self, brp: httpx.AsyncClient) -> None:
        body = {"type": RAADPLEEG, "burgerservicenummer": ["999993653"]}
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsCombination")
        assert invalid_params(problem) == [("fields", "required")]

    async def test_refuses_an_empty_fields_list(self, brp: httpx.AsyncClient) -> None:
        body = raadpleeg(["999993653"], [])
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("fields", "minItems")]

    async def test_refuses_a_field_path_with_invalid_characters(
        self, brp: httpx.AsyncClient
    ) -> None:
        body = raadpleeg(["999993653"], ["burger service nummer"])
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("fields[0]", "pattern")]

    async def test_refuses_persoon_fields_outside_persoon_beperkt_in_a_search(
        self, brp: httpx.AsyncClient
    ) -> None:
        body = {**zoek("Maassen"), "fields": ["burgerservicenummer", "aNummer"]}
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("fields[1]", "fields")]

    def test_the_committed_catalogue_matches_the_spec(self) -> None:
        spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
        committed = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
        assert build_catalogue(spec) == committed


@pytest.fixture
async def rvig_brp() -> AsyncIterator[httpx.AsyncClient]:
    """The registry over the converted RvIG set, which holds running investigations."""
    async with _client(create_brp_registry(load_personen(), today=lambda: PEILDATUM)) as client:
        yield client


def _onderzoek_sinds(iso: str, lang: str) -> dict[str, str]:
    return {"type": "Datum", "datum": iso, "langFormaat": lang}


class TestAdressering:
    async def test_delivers_the_asked_address_lines(self, rvig_brp: httpx.AsyncClient) -> None:
        fields = ["adressering.adresregel1", "adressering.adresregel2"]
        [persoon] = await personen(rvig_brp, raadpleeg(["999993653"], fields))
        assert persoon == {
            "adressering": {"adresregel1": "Boterdiep 31", "adresregel2": "3077 AW  ROTTERDAM"}
        }

    async def test_a_line_under_investigation_is_flagged_only_when_asked(
        self, rvig_brp: httpx.AsyncClient
    ) -> None:
        [regel] = await personen(rvig_brp, raadpleeg(["999990378"], ["adressering.adresregel1"]))
        assert set(regel["adressering"]["inOnderzoek"]) == {
            "adresregel1",
            "datumIngangOnderzoekVerblijfplaats",
        }
        [aanhef] = await personen(rvig_brp, raadpleeg(["999990378"], ["adressering.aanhef"]))
        assert aanhef == {"adressering": {"aanhef": "Geachte heer De Beer"}}


class TestInOnderzoek:
    """``inOnderzoek`` as Haal Centraal delivers it: per group, only the asked fields' flags."""

    SINDS_2004 = _onderzoek_sinds("2004-02-04", "4 februari 2004")

    async def test_an_asked_birth_date_under_investigation_carries_its_flag(
        self, rvig_brp: httpx.AsyncClient
    ) -> None:
        [persoon] = await personen(rvig_brp, raadpleeg(["999992843"], ["geboorte.datum"]))
        assert persoon["geboorte"]["inOnderzoek"] == {
            "datum": True,
            "datumIngangOnderzoek": self.SINDS_2004,
        }
        assert "inOnderzoek" not in persoon

    async def test_leeftijd_follows_the_birth_date_on_the_person(
        self, rvig_brp: httpx.AsyncClient
    ) -> None:
        [persoon] = await personen(rvig_brp, raadpleeg(["999992843"], ["leeftijd"]))
        assert persoon["inOnderzoek"] == {
            "leeftijd": True,
            "datumIngangOnderzoekPersoon": self.SINDS_2004,
        }

    async def test_a_field_not_under_investigation_brings_no_flags(
        self, rvig_brp: httpx.AsyncClient
    ) -> None:
        [persoon] = await personen(rvig_brp, raadpleeg(["999992843"], ["geboorte.plaats"]))
        assert "inOnderzoek" not in persoon.get("geboorte", {})

    async def test_a_partner_delivers_only_the_asked_flags(
        self, rvig_brp: httpx.AsyncClient
    ) -> None:
        # The whole partner category (050000) is under investigation.
        [persoon] = await personen(
            rvig_brp, raadpleeg(["999991139"], ["partners.burgerservicenummer"])
        )
        [partner] = persoon["partners"]
        assert set(partner["inOnderzoek"]) == {"burgerservicenummer", "datumIngangOnderzoek"}
        assert "naam" not in partner

    async def test_an_address_flag_sits_in_the_group_it_is_delivered_in(
        self, rvig_brp: httpx.AsyncClient
    ) -> None:
        fields = ["verblijfplaats.verblijfadres.huisnummer", "gemeenteVanInschrijving"]
        [persoon] = await personen(rvig_brp, raadpleeg(["999990378"], fields))
        verblijfplaats = persoon["verblijfplaats"]
        assert verblijfplaats["type"] == "Adres"
        assert "inOnderzoek" not in verblijfplaats  # no verblijfplaats-level field was asked
        assert set(verblijfplaats["verblijfadres"]["inOnderzoek"]) == {
            "huisnummer",
            "datumIngangOnderzoek",
        }
        # On the person, the municipality's own date; not the person's or gezag's.
        assert set(persoon["inOnderzoek"]) == {
            "gemeenteVanInschrijving",
            "datumIngangOnderzoekGemeente",
        }


def _bsns(found: list[dict[str, Any]]) -> set[str]:
    return {persoon["burgerservicenummer"] for persoon in found}


MAASSENS = {JAN_VAN_MAASSEN["burgerservicenummer"], PIETER_MAASSEN["burgerservicenummer"]}


class TestZoekMetGeslachtsnaamEnGeboortedatum:
    @pytest.mark.parametrize("geslachtsnaam", ["Maassen", "maassen", "MAASSEN"])
    async def test_finds_by_family_name_ignoring_case(
        self, brp: httpx.AsyncClient, geslachtsnaam: str
    ) -> None:
        response = await brp.post("/personen", json=zoek(geslachtsnaam))
        assert response.json()["type"] == ZOEK
        assert _bsns(response.json()["personen"]) == MAASSENS

    async def test_does_not_match_part_of_a_name_without_wildcard(
        self, brp: httpx.AsyncClient
    ) -> None:
        assert await personen(brp, zoek("Maas")) == []

    async def test_a_trailing_wildcard_matches_any_continuation(
        self, brp: httpx.AsyncClient
    ) -> None:
        assert _bsns(await personen(brp, zoek("maa*"))) == MAASSENS

    @pytest.mark.parametrize("geslachtsnaam", ["Käster", "Kaster"])
    async def test_finds_names_with_diacritics_without_them(
        self, brp: httpx.AsyncClient, geslachtsnaam: str
    ) -> None:
        found = await personen(brp, zoek(geslachtsnaam))
        assert _bsns(found) == {ALBERTUS_KASTER["burgerservicenummer"]}

    @pytest.mark.parametrize(
        ("extra", "bsn"),
        [
            ({"voornamen": "jan peter"}, "999992806"),
            ({"voornamen": "PIE*"}, "999990019"),
            ({"voorvoegsel": "VAN"}, "999992806"),
            ({"gemeenteVanInschrijving": "0518"}, "999990019"),
        ],
    )
    async def test_optional_parameters_narrow_the_search(
        self, brp: httpx.AsyncClient, extra: dict[str, str], bsn: str
    ) -> None:
        assert _bsns(await personen(brp, zoek("Maassen", **extra))) == {bsn}

    async def test_finds_the_deceased_only_when_asked(self, brp: httpx.AsyncClient) -> None:
        assert _bsns(await personen(brp, zoek("Maassen", geslacht="M"))) == MAASSENS
        with_deceased = await personen(brp, zoek("Maassen", inclusiefOverledenPersonen=True))
        assert _bsns(with_deceased) == MAASSENS | {"999990032"}

    async def test_delivers_persoon_beperkt_fields(self, brp: httpx.AsyncClient) -> None:
        body = {**zoek("Maassen", voornamen="Pieter"), "fields": ["naam", "leeftijd"]}
        assert await personen(brp, body) == [{"naam": PIETER_MAASSEN["naam"], "leeftijd": 41}]

    @pytest.mark.parametrize("geslachtsnaam", ["ab*", "*sen", "gr*t", "<script>"])
    async def test_refuses_a_geslachtsnaam_breaking_the_wildcard_rules(
        self, brp: httpx.AsyncClient, geslachtsnaam: str
    ) -> None:
        response = await brp.post("/personen", json=zoek(geslachtsnaam))
        problem = assert_problem(response, 400, "paramsValidation")
        assert invalid_params(problem) == [("geslachtsnaam", "pattern")]

    @pytest.mark.parametrize("geboortedatum", ["19830526", "1983-02-30"])
    async def test_refuses_an_invalid_geboortedatum(
        self, brp: httpx.AsyncClient, geboortedatum: str
    ) -> None:
        response = await brp.post("/personen", json=zoek("Maassen", geboortedatum))
        problem = assert_problem(response, 400, "paramsValidation")
        assert invalid_params(problem) == [("geboortedatum", "date")]

    async def test_requires_geslachtsnaam_and_geboortedatum(self, brp: httpx.AsyncClient) -> None:
        body = {"type": ZOEK, "fields": ["burgerservicenummer"]}
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsCombination")
        assert sorted(invalid_params(problem)) == [
            ("geboortedatum", "required"),
            ("geslachtsnaam", "required"),
        ]
        assert problem["detail"] == "De foutieve parameter(s) zijn: geboortedatum, geslachtsnaam."

    async def test_refuses_a_parameter_of_another_search_type(self, brp: httpx.AsyncClient) -> None:
        body = zoek("Maassen", burgerservicenummer=["999993653"])
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("burgerservicenummer", "unknownParam")]


class TestProtocol:
    @pytest.mark.parametrize("soort", ["ZoekMetPostcodeEnHuisnummer", "OnbekendZoekType"])
    async def test_refuses_an_unsupported_type(self, brp: httpx.AsyncClient, soort: str) -> None:
        body = {"type": soort, "fields": ["burgerservicenummer"]}
        problem = assert_problem(await brp.post("/personen", json=body), 400, "paramsValidation")
        assert invalid_params(problem) == [("type", "value")]

    async def test_refuses_a_non_json_body_type_with_415(self, brp: httpx.AsyncClient) -> None:
        content = json.dumps(raadpleeg(["999993653"], ["naam"]))
        response = await brp.post(
            "/personen", content=content, headers={"Content-Type": "application/xml"}
        )
        assert_problem(response, 415, "unsupportedMediaType")

    @pytest.mark.parametrize("content_type", ["application/json", "application/json;charset=UTF-8"])
    async def test_takes_json_with_or_without_charset(
        self, brp: httpx.AsyncClient, content_type: str
    ) -> None:
        content = json.dumps(raadpleeg(["999993653"], ["burgerservicenummer"]))
        response = await brp.post(
            "/personen", content=content, headers={"Content-Type": content_type}
        )
        assert response.status_code == 200

    async def test_refuses_an_accept_without_json_with_406(self, brp: httpx.AsyncClient) -> None:
        response = await brp.post(
            "/personen",
            json=raadpleeg(["999993653"], ["naam"]),
            headers={"Accept": "application/xml"},
        )
        assert_problem(response, 406, "notAcceptable")

    async def test_refuses_a_body_that_is_not_json(self, brp: httpx.AsyncClient) -> None:
        response = await brp.post(
            "/personen", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert_problem(response, 400, "paramsValidation")

    async def test_answers_an_unknown_path_with_404(self, brp: httpx.AsyncClient) -> None:
        assert_problem(await brp.post("/ingeschrevenpersonen", json={}), 404, "notFound")

    async def test_answers_another_method_with_405(self, brp: httpx.AsyncClient) -> None:
        response = await brp.get("/personen")
        assert_problem(response, 405, "methodNotAllowed")
        assert response.headers["allow"] == "POST"

    async def test_masks_an_internal_error(self) -> None:
        broken = {
            "burgerservicenummer": "999990080",
            "geboorte": {"datum": {"type": "Datum", "datum": "kapot", "langFormaat": "?"}},
        }
        app = create_brp_registry([broken], today=lambda: PEILDATUM)
        async with _client(app, raise_app_exceptions=False) as client:
            response = await client.post("/personen", json=raadpleeg(["999990080"], ["leeftijd"]))
        problem = assert_problem(response, 500, "serverError")
        assert "999990080" not in response.text
        assert "kapot" not in response.text
        assert set(problem) == {"type", "title", "status", "instance", "code"}


class TestAuthentication:
    @pytest.fixture
    def app(self) -> Any:
        return create_brp_registry(PERSONEN, api_key="sleutel", bearer_token=None)

    async def test_refuses_a_request_without_api_key_with_401(self, app: Any) -> None:
        async with _client(app) as client:
            response = await client.post("/personen", json=raadpleeg(["999993653"], ["naam"]))
        assert_problem(response, 401, "authentication")
        assert "www-authenticate" in response.headers

    async def test_refuses_a_wrong_api_key_with_403(self, app: Any) -> None:
        async with _client(app) as client:
            response = await client.post(
                "/personen",
                json=raadpleeg(["999993653"], ["naam"]),
                headers={"X-Api-Key": "fout"},
            )
        assert_problem(response, 403, "autorisation")

    async def test_serves_a_request_with_the_api_key(self, app: Any) -> None:
        async with _client(app) as client:
            client.headers["X-Api-Key"] = "sleutel"
            found = await personen(client, raadpleeg(["999993653"], ["burgerservicenummer"]))
        assert found == [{"burgerservicenummer": "999993653"}]

    async def test_checks_a_bearer_token(self) -> None:
        app = create_brp_registry(PERSONEN, bearer_token="token")
        async with _client(app) as client:
            body = raadpleeg(["999993653"], ["burgerservicenummer"])
            missing = await client.post("/personen", json=body)
            wrong = await client.post("/personen", json=body, headers={"Authorization": "Bearer x"})
            right = await client.post(
                "/personen", json=body, headers={"Authorization": "Bearer token"}
            )
        assert_problem(missing, 401, "authentication")
        assert_problem(wrong, 403, "autorisation")
        assert right.status_code == 200


class TestContractCheck:
    """The contract check itself must catch what the spec forbids."""

    async def _exchange(self, status: int, body: object, request_body: object) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(
                status,
                json=body,
                headers={"Content-Type": "application/json; charset=utf-8"},
            )

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            response = await client.post("http://brp/personen", json=request_body)
        validate_brp_exchange(response.request, response)

    async def test_flags_a_success_answer_to_a_request_breaking_the_spec(self) -> None:
        too_many = raadpleeg([*TWINTIG_BSNS, "999990999"], ["naam"])
        with pytest.raises(BrpContractError, match="request breaks the spec"):
            await self._exchange(200, {"type": RAADPLEEG, "personen": []}, too_many)

    async def test_flags_a_person_breaking_the_schema(self) -> None:
        datum_zonder_lang_formaat = {"type": "Datum", "datum": "1985-08-21"}
        body = {"type": RAADPLEEG, "personen": [{"geboorte": {"datum": datum_zonder_lang_formaat}}]}
        with pytest.raises(BrpContractError, match="response breaks the spec"):
            await self._exchange(200, body, raadpleeg(["999993653"], ["geboorte"]))


class TestLoadPersonen:
    def test_reads_the_personen_of_a_file(self, tmp_path: Path) -> None:
        path = tmp_path / "personen.json"
        path.write_text(json.dumps({"bron": {}, "personen": [SUZANNE]}), encoding="utf-8")
        assert load_personen(path) == [SUZANNE]

    def test_rejects_a_file_without_personen(self, tmp_path: Path) -> None:
        path = tmp_path / "leeg.json"
        path.write_text(json.dumps({"bron": {}}), encoding="utf-8")
        with pytest.raises(ValueError, match="personen"):
            load_personen(path)


class TestConvertedRvigPersonen:
    """The registry over the converted RvIG test set (registries/brp/data/personen.json)."""

    async def test_delivers_naam_and_partners_of_suzanne_moulin(self) -> None:
        app = create_brp_registry(load_personen(), today=lambda: PEILDATUM)
        async with _client(app) as client:
            found = await personen(client, raadpleeg(["999993653"], ["naam", "partners"]))
        assert len(found) == 1
        assert found[0]["naam"]["voornamen"] == "Suzanne"
        assert found[0]["naam"]["geslachtsnaam"] == "Moulin"
        assert set(found[0]) <= {"naam", "partners", "inOnderzoek", "opschortingBijhouding"}
        assert all("soortVerbintenis" in partner for partner in found[0]["partners"])
