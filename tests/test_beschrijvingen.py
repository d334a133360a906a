"""Every type, field, argument and enum value of the schema is described (in Dutch, for the
front-end developers who learn the API from GraphiQL and the SDL)."""

from __future__ import annotations

import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
)
from strawberry.schema.config import StrawberryConfig

from trouwgraph.schema.beschrijvingen import BESCHRIJVINGEN, beschrijf
from trouwgraph.schema.foutcodes import Foutcode
from trouwgraph.schema.mutatie import Mutation
from trouwgraph.schema.query import Query
from trouwgraph.schema.scalars import SCALARS
from trouwgraph.schema.schema import schema

# GraphQL's own scalars are described by the specification.
INGEBOUWD = {"String", "Int", "Float", "Boolean", "ID"}


def onbeschreven() -> list[str]:
    """Every schema element without a description, as `Type`, `Type.veld`, `Type.veld(arg)`."""
    graphql = schema._schema
    missend: list[str] = []
    if not graphql.description:
        missend.append("schema")
    for naam, soort in graphql.type_map.items():
        if naam.startswith("__") or naam in INGEBOUWD:
            continue
        if not soort.description:
            missend.append(naam)
        if isinstance(soort, GraphQLObjectType | GraphQLInterfaceType):
            for veld_naam, veld in soort.fields.items():
                if not veld.description:
                    missend.append(f"{naam}.{veld_naam}")
                missend += [
                    f"{naam}.{veld_naam}({arg_naam})"
                    for arg_naam, arg in veld.args.items()
                    if not arg.description
                ]
        elif isinstance(soort, GraphQLInputObjectType):
            missend += [f"{naam}.{v}" for v, veld in soort.fields.items() if not veld.description]
        elif isinstance(soort, GraphQLEnumType):
            missend += [
                f"{naam}.{w}" for w, waarde in soort.values.items() if not waarde.description
            ]
        else:
            assert isinstance(soort, GraphQLScalarType | GraphQLUnionType), naam
    return missend


def test_every_schema_element_is_described() -> None:
    assert onbeschreven() == []


def test_every_entry_of_the_table_describes_an_element_not_described_inline() -> None:
    kaal = strawberry.Schema(
        query=Query,
        mutation=Mutation,
        types=[Foutcode],
        config=StrawberryConfig(scalar_map=SCALARS),
    )
    gebruikt = beschrijf(kaal._schema)
    assert set(BESCHRIJVINGEN) - gebruikt == set()
