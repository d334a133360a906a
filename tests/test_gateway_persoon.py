"""The BRP slice end to end: GraphQL -> DataLoader -> adapter -> embedded BRP over HTTP."""

from __future__ import annotations

import json
from typing import Any

from brp_contract import validate_brp_exchange
from gateway_support import Gateway

SUZANNE = "999993653"
SEVEN = ["999993653", "999993811", "999990019", "999990020", "999990032", "999990044", "999990068"]

SUZANNE_QUERY = """
query {
  persoon(burgerservicenummer: "999993653") {
    naam { volledigeNaam }
    partners { soortVerbintenis { code } }
  }
}
"""


def sent_body(gateway: Gateway, index: int = 0) -> dict[str, Any]:
    request, _ = gateway.calls("brp")[index]
    body: dict[str, Any] = json.loads(request.content)
    return body


class TestPersoonQuery:
    async def test_medewerker_reads_suzanne_moulin_and_her_marriage(self, gateway: Gateway) -> None:
        token = await gateway.token("medewerker")
        result = await gateway.graphql(SUZANNE_QUERY, token=token)
        assert "errors" not in result, result
        persoon = result["data"]["persoon"]
        assert persoon["naam"]["volledigeNaam"] == "Suzanne Moulin"
        assert persoon["partners"] == [{"soortVerbintenis": {"code": "H"}}]

    async def test_asks_the_brp_only_for_the_selected_fields(self, gateway: Gateway) -> None:
        token = await gateway.token("medewerker")
        await gateway.graphql(SUZANNE_QUERY, token=token)
        body = sent_body(gateway)
        assert body["type"] == "RaadpleegMetBurgerservicenummer"
        assert body["burgerservicenummer"] == [SUZANNE]
        assert body["fields"] == [
            "burgerservicenummer",
            "naam.volledigeNaam",
            "partners.soortVerbintenis",
        ]

    async def test_adressering_for_a_letter_to_the_couple(self, gateway: Gateway) -> None:
        token = await gateway.token("medewerker")
        query = """{ persoon(burgerservicenummer: "999993653") {
            adressering { aanhef aanschrijfwijze { naam } adresregel1 adresregel2 }
        } }"""
        result = await gateway.graphql(query, token=token)
        assert "errors" not in result, result
        assert result["data"]["persoon"]["adressering"] == {
            "aanhef": "Geachte mevrouw Moulin",
            "aanschrijfwijze": {"naam": "S. Moulin"},
            "adresregel1": "Boterdiep 31",
            "adresregel2": "3077 AW  ROTTERDAM",
        }
        assert sent_body(gateway)["fields"] == [
            "adressering.aanhef",
            "adressering.aanschrijfwijze",
            "adressering.adresregel1",
            "adressering.adresregel2",
            "burgerservicenummer",
        ]
        validate_brp_exchange(*gateway.calls("brp")[0])

    async def test_every_exchange_with_the_brp_follows_the_specification(
        self, gateway: Gateway
    ) -> None:
        token = await gateway.token("medewerker")
        query = """{ persoon(burgerservicenummer: "999993653") {
            naam { voornamen geslachtsnaam voorvoegsel volledigeNaam }
            geboorte { datum { type datum jaar maand langFormaat } plaats { code omschrijving } }
            leeftijd geslacht { code } nationaliteiten { type nationaliteit { code } }
            verblijfplaats { type verblijfadres { woonplaats postcode } }
            ouders { burgerservicenummer ouderAanduiding } kinderen { naam { voornamen } }
            indicatieCurateleRegister geheimhoudingPersoonsgegevens
        } }"""
        result = await gateway.graphql(query, token=token)
        assert "errors" not in result, result
        assert gateway.calls("brp")
        for request, response in gateway.calls("brp"):
            validate_brp_exchange(request, response)

    async def test_seven_persons_in_one_query_make_exactly_one_brp_call(
        self, gateway: Gateway
    ) -> None:
        token = await gateway.token("medewerker")
        selection = "{ burgerservicenummer naam { geslachtsnaam } }"
        aliases = "\n".join(
            f'p{i}: persoon(burgerservicenummer: "{bsn}") {selection}'
            for i, bsn in enumerate(SEVEN)
        )
        result = await gateway.graphql(f"{{ {aliases} }}", token=token)
        assert "errors" not in result, result
        assert [result["data"][f"p{i}"]["burgerservicenummer"] for i in range(7)] == SEVEN
        assert len(gateway.calls("brp")) == 1
        assert sorted(sent_body(gateway)["burgerservicenummer"]) == sorted(SEVEN)

    async def test_related_persons_resolve_through_one_further_call(self, gateway: Gateway) -> None:
        token = await gateway.token("medewerker")
        query = """{ persoon(burgerservicenummer: "999990184") {
            partners { persoon { burgerservicenummer } }
        } }"""
        result = await gateway.graphql(query, token=token)
        assert "errors" not in result, result
        partners = result["data"]["persoon"]["partners"]
        assert partners == [{"persoon": {"burgerservicenummer": "999993847"}}]
        assert len(gateway.calls("brp")) == 2
        assert sent_body(gateway, 0)["fields"] == [
            "burgerservicenummer",
            "partners.burgerservicenummer",
        ]

    async def test_unknown_person_is_null(self, gateway: Gateway) -> None:
        token = await gateway.token("medewerker")
        result = await gateway.graphql(
            '{ persoon(burgerservicenummer: "111222333") { naam { volledigeNaam } } }', token=token
        )
        assert result == {"data": {"persoon": None}}


class TestPersoonAuthorisation:
    async def test_burger_reads_their_own_record(self, gateway: Gateway) -> None:
        token = await gateway.token("burger", SUZANNE)
        result = await gateway.graphql("{ ik { burgerservicenummer } }", token=token)
        assert result == {"data": {"ik": {"burgerservicenummer": SUZANNE}}}

    async def test_burger_may_not_read_another_persons_record(self, gateway: Gateway) -> None:
        token = await gateway.token("burger", "999993811")
        result = await gateway.graphql(SUZANNE_QUERY, token=token)
        assert result["data"] == {"persoon": None}
        assert result["errors"][0]["extensions"]["code"] == "NIET_TOEGESTAAN"
        assert gateway.calls("brp") == []

    async def test_burger_may_not_follow_a_relation_to_another_record(
        self, gateway: Gateway
    ) -> None:
        token = await gateway.token("burger", SUZANNE)
        query = """{ ik { partners { persoon { naam { volledigeNaam } } } } }"""
        token = await gateway.token("burger", "999990184")
        result = await gateway.graphql(query, token=token)
        assert result["errors"][0]["extensions"]["code"] == "NIET_TOEGESTAAN"
        assert result["errors"][0]["path"] == ["ik", "partners", 0, "persoon"]

    async def test_anonymous_request_must_authenticate(self, gateway: Gateway) -> None:
        result = await gateway.graphql(SUZANNE_QUERY)
        assert result["errors"][0]["extensions"]["code"] == "NIET_GEAUTHENTICEERD"

    async def test_forged_token_is_refused_before_any_resolver(self, gateway: Gateway) -> None:
        token = await gateway.token("medewerker")
        header, payload, signature = token.split(".")
        forged = f"{header}.{payload}.{signature[::-1]}"
        response = await gateway.client.post(
            "/graphql",
            json={"query": SUZANNE_QUERY},
            headers={"Authorization": f"Bearer {forged}"},
        )
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "NIET_GEAUTHENTICEERD"


class TestBsnArgument:
    async def test_invalid_bsn_names_the_11_proef(self, gateway: Gateway) -> None:
        token = await gateway.token("medewerker")
        result = await gateway.graphql(
            '{ persoon(burgerservicenummer: "123456789") { burgerservicenummer } }', token=token
        )
        error = result["errors"][0]
        assert error["extensions"]["code"] == "ONGELDIG_BSN"
        assert "11-proef" in error["message"]
        assert "123456789" not in json.dumps(result)
        assert gateway.calls("brp") == []

    async def test_invalid_bsn_in_a_variable_is_refused_the_same_way(
        self, gateway: Gateway
    ) -> None:
        token = await gateway.token("medewerker")
        result = await gateway.graphql(
            "query($b: BSN!) { persoon(burgerservicenummer: $b) { burgerservicenummer } }",
            {"b": "12345"},
            token=token,
        )
        assert result["errors"][0]["extensions"]["code"] == "ONGELDIG_BSN"
