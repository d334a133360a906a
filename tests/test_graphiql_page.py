"""The GraphiQL page and its assets come from the gateway itself: no CDN, its own strict
Content-Security-Policy, the journeys' example operations, and the demo token only in demo."""

from __future__ import annotations

import json
import re

from gateway_support import Gateway
from graphql import parse

from trouwgraph.server.graphql.graphiql import instellingen, voorbeelden
from trouwgraph.server.http.security_headers import GRAPHIQL_CSP


async def test_the_page_loads_only_the_gateways_own_assets(gateway: Gateway) -> None:
    response = await gateway.client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == GRAPHIQL_CSP
    assert "unpkg" not in GRAPHIQL_CSP and "'unsafe-inline'" not in GRAPHIQL_CSP.split(";")[1]
    bronnen = re.findall(r'(?:src|href)="([^"]+)"', response.text)
    assert bronnen and all(b.startswith(("/graphiql/", "data:")) for b in bronnen), bronnen
    for bron in bronnen:
        if bron.startswith("/graphiql/"):
            asset = await gateway.client.get(bron)
            assert asset.status_code == 200, bron
            assert asset.headers["cache-control"] == "public, max-age=86400"


async def test_the_page_offers_the_examples_and_in_demo_the_tokens(gateway: Gateway) -> None:
    response = await gateway.client.get("/graphql", headers={"Accept": "text/html"})
    gegevens = re.search(
        r'<script type="application/json" id="trouwgraph-graphiql">(.*?)</script>', response.text
    )
    assert gegevens
    config = json.loads(gegevens.group(1))
    assert config["titel"] == "trouwgraph - GraphiQL"
    assert "Welkom" in config["welkom"]
    namen = {o["naam"] for g in config["voorbeelden"] for o in g["operaties"]}
    assert {"Reserveer", "StemIn", "DoeMelding", "BeoordeelMelding"} <= namen
    assert [k["verzoek"]["rol"] for k in config["demo"]["keuzes"]] == [
        "burger",
        "burger",
        "medewerker",
    ]


def test_each_example_is_a_document_of_its_own_with_its_fragments() -> None:
    groepen = voorbeelden()
    assert [g["titel"] for g in groepen][:2] == ["Het stel", "De medewerker"]
    for groep in groepen:
        for operatie in groep["operaties"]:
            document = parse(operatie["document"])
            assert len([d for d in document.definitions if d.kind == "operation_definition"]) == 1


def test_outside_demo_mode_no_token_is_offered() -> None:
    assert instellingen("/graphql", demo=False, groepen=[])["demo"] is None
