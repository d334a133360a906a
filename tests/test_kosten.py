"""The cost model's per-field weights: every example operation passes with room to spare, the
shapes a front end really asks pass, and the abusive shapes stay refused."""

from __future__ import annotations

import pytest
from graphql import FragmentDefinitionNode, OperationDefinitionNode, parse
from web_support import OPERATIONS

from trouwgraph.schema.analysis import Pricing, analyse_operation
from trouwgraph.schema.kosten import WEIGHTS
from trouwgraph.schema.limits import GraphQLLimits
from trouwgraph.schema.schema import schema

LIMITS = GraphQLLimits()
PRICING = Pricing(LIMITS.default_list_cost, LIMITS.max_page_size, WEIGHTS)
GRAPHQL = schema._schema


def kosten(document: str) -> dict[str, int]:
    """Each operation's cost in `document` (fragments shared)."""
    ast = parse(document)
    fragmenten = {d.name.value: d for d in ast.definitions if isinstance(d, FragmentDefinitionNode)}
    return {
        d.name.value if d.name else "": analyse_operation(
            GRAPHQL, d, fragmenten, PRICING, LIMITS.max_depth
        ).cost
        for d in ast.definitions
        if isinstance(d, OperationDefinitionNode)
    }


def test_every_example_operation_costs_at_most_a_quarter_of_the_limit() -> None:
    bron = "\n".join(p.read_text(encoding="utf-8") for p in sorted(OPERATIONS.glob("*.graphql")))
    per_operatie = kosten(bron)
    assert len(per_operatie) >= 20
    te_duur = {naam: k for naam, k in per_operatie.items() if k > _grens(naam)}
    assert te_duur == {}


def _grens(operatie: str) -> int:
    # One day's slots over every location, each with its free BABS, is the widest screen the
    # examples show (up to a hundred slots): it must pass, the others with room to spare.
    return LIMITS.max_cost if operatie == "Tijdsloten" else LIMITS.max_cost // 4


@pytest.mark.parametrize(
    "gewoon",
    [
        # A person with a relative's person and the nationalities (refused before).
        '{ persoon(burgerservicenummer: "999993653") { naam { volledigeNaam } '
        "nationaliteiten { nationaliteit { code omschrijving } } "
        "partners { persoon { naam { volledigeNaam } "
        "nationaliteiten { nationaliteit { code } } } } } }",
        # A case's partners with their BRP data (refused before).
        '{ huwelijk(id: "1") { partners { persoon { '
        "nationaliteiten { nationaliteit { code } } } } } }",
        # A full page of cases with the partners' names: the staff's list.
        "{ huwelijken(first: 100) { edges { node { id status partners { naam { volledigeNaam } } "
        "getuigen { volgnummer } moment { start } } } } }",
    ],
)
def test_ordinary_screens_pass(gewoon: str) -> None:
    assert kosten(gewoon)[""] <= LIMITS.max_cost


@pytest.mark.parametrize(
    "misbruik",
    [
        # Relatives of relatives of relatives, each a BRP lookup.
        '{ persoon(burgerservicenummer: "999993653") { kinderen { persoon { kinderen { persoon '
        "{ kinderen { persoon { naam { volledigeNaam } } } } } } } } }",
        # A full page of cases with every partner's and their parents' BRP records.
        "{ huwelijken(first: 100) { edges { node { partners { persoon { naam { volledigeNaam } "
        "ouders { persoon { naam { volledigeNaam } } } } } } } } }",
    ],
)
def test_abusive_shapes_stay_refused(misbruik: str) -> None:
    assert kosten(misbruik)[""] > LIMITS.max_cost


def test_every_weighted_field_exists() -> None:
    for sleutel in WEIGHTS:
        typenaam, veld = sleutel.split(".")
        soort = GRAPHQL.get_type(typenaam)
        assert soort is not None and veld in soort.fields, sleutel  # type: ignore[attr-defined]
