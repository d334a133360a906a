"""Plain fields (leaves and objects read from an attribute) are read by the executor itself
(`schema.execution`), with graphql-core's outcome: the same values, and for a value a field
does not take, the same error at the same path, nulling the same field."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, cast

import pytest
import strawberry
from graphql import GraphQLObjectType

from trouwgraph.schema.execution import PLAIN_FIELD, LeanExecution, mark_plain_fields
from trouwgraph.schema.limits import GraphQLLimits
from trouwgraph.schema.schema import build_schema


@strawberry.enum
class Kleur(Enum):
    ROOD = "rood"
    BLAUW = "blauw"


class Bron:
    """A source object of another class than the type, as the BRP model is for `Persoon`."""

    def __init__(self, **waarden: Any) -> None:
        self.__dict__.update(waarden)

    @property
    def kapot(self) -> str:
        raise RuntimeError("het attribuut faalt")


@strawberry.type
class Onder:
    verplicht: str

    @strawberry.field
    async def later(self) -> str:
        if getattr(self, "faalt_later", False):
            raise ValueError("later mislukt")
        return "later"


@strawberry.type
class Ding:
    onder: Onder | None
    zeker: Onder
    naam: str | None
    verplicht: str
    getal: int | None
    kleur: Kleur | None
    dag: date | None
    kapot: str | None

    @strawberry.field
    def berekend(self) -> str:
        return "berekend"


GOED = Bron(
    naam="een",
    verplicht="ja",
    getal=3,
    kleur=Kleur.BLAUW,
    dag=date(2027, 3, 1),
    onder=Bron(verplicht="onder"),
    zeker=Bron(verplicht="zeker"),
)
FOUT = Bron(
    naam=None,
    verplicht=None,
    getal="geen getal",
    kleur="paars",
    dag="morgen",
    onder=Bron(verplicht=None),
    zeker=Bron(verplicht="zeker", faalt_later=True),
)
DINGEN = [GOED, FOUT]


@strawberry.type
class Query:
    @strawberry.field
    def dingen(self) -> list[Ding | None]:
        return cast(list[Ding | None], DINGEN)


DOCUMENT = "{ dingen { naam verplicht getal kleur dag kapot berekend } }"


def _schemas() -> tuple[strawberry.Schema, strawberry.Schema]:
    lean = strawberry.Schema(query=Query, execution_context_class=LeanExecution)
    mark_plain_fields(lean._schema)
    return lean, strawberry.Schema(query=Query)


def test_only_attribute_leaves_are_marked() -> None:
    lean, _ = _schemas()
    ding = cast(GraphQLObjectType, lean._schema.type_map["Ding"])
    marked = {name for name, field in ding.fields.items() if PLAIN_FIELD in field.extensions}
    assert marked == {"onder", "zeker", "naam", "verplicht", "getal", "kleur", "dag", "kapot"}
    query = cast(GraphQLObjectType, lean._schema.type_map["Query"])
    assert PLAIN_FIELD not in query.fields["dingen"].extensions


def test_the_served_schema_marks_the_persons_leaves_and_no_root_field() -> None:
    schema = build_schema(GraphQLLimits(), production=True)._schema

    def marked(type_name: str) -> set[str]:
        fields = cast(GraphQLObjectType, schema.type_map[type_name]).fields
        return {name for name, field in fields.items() if PLAIN_FIELD in field.extensions}

    assert {"burgerservicenummer", "geheimhoudingPersoonsgegevens"} <= marked("Persoon")
    assert {"naam", "geboorte"} <= marked("Persoon")
    assert "partners" not in marked("Persoon")  # a list
    assert "persoon" not in marked("Partner")  # a resolver of its own
    assert {"volledigeNaam", "voornamen"} <= marked("Naam")
    assert {"datum", "type", "jaar"} <= marked("Datum")
    assert marked("Query") == set() and marked("Mutation") == set()


async def _as_graphql_core(document: str) -> tuple[Any, list[tuple[str, Any]]]:
    """The data and the (message, path) of each error, after checking that graphql-core's own
    execution gives the same."""
    lean, plain = _schemas()
    ours, theirs = await lean.execute(document), await plain.execute(document)
    assert ours.data == theirs.data

    def fouten(result: Any) -> list[tuple[str, Any]]:
        return sorted((e.message, e.path) for e in result.errors or [])

    assert fouten(ours) == fouten(theirs)
    return ours.data, fouten(ours)


async def test_values_and_errors_are_graphql_cores() -> None:
    data, fouten = await _as_graphql_core(DOCUMENT)
    assert data["dingen"][0] == {
        "naam": "een",
        "verplicht": "ja",
        "getal": 3,
        "kleur": "BLAUW",
        "dag": "2027-03-01",
        "kapot": None,
        "berekend": "berekend",
    }
    # The good item's failing attribute, and the bad item's null for a non-null field, which
    # nulls the whole item (its other errors are not reached).
    assert data["dingen"][1] is None
    assert sorted(path for _, path in fouten) == [
        ["dingen", 0, "kapot"],
        ["dingen", 1, "verplicht"],
    ]


async def test_a_plain_field_gets_no_resolve_info(monkeypatch: pytest.MonkeyPatch) -> None:
    lean, _ = _schemas()
    built: list[str] = []
    original = LeanExecution.build_resolve_info

    def counting(self: LeanExecution, field_def: Any, *args: Any) -> Any:
        info = original(self, field_def, *args)
        built.append(info.field_name)
        return info

    monkeypatch.setattr(LeanExecution, "build_resolve_info", counting)
    result = await lean.execute("{ dingen { naam zeker { verplicht } berekend } }")
    assert result.errors is None
    assert result.data == {
        "dingen": [
            {"naam": "een", "zeker": {"verplicht": "zeker"}, "berekend": "berekend"},
            {"naam": None, "zeker": {"verplicht": "zeker"}, "berekend": "berekend"},
        ]
    }
    # Only the fields with resolvers of their own: the list, and `berekend` per item.
    assert built == ["dingen", "berekend", "berekend"]


async def test_values_a_leaf_refuses_are_graphql_cores_errors() -> None:
    data, fouten = await _as_graphql_core("{ dingen { getal kleur dag } }")
    assert data == {
        "dingen": [
            {"getal": 3, "kleur": "BLAUW", "dag": "2027-03-01"},
            {"getal": None, "kleur": None, "dag": None},
        ]
    }
    assert sorted(path for _, path in fouten) == [
        ["dingen", 1, "dag"],
        ["dingen", 1, "getal"],
        ["dingen", 1, "kleur"],
    ]


async def test_objects_null_where_graphql_core_nulls_them() -> None:
    data, fouten = await _as_graphql_core(
        "{ dingen { onder { verplicht } zeker { verplicht later } } }"
    )
    # `onder` is nulled by its non-null field; then the non-null `zeker` fails later, which
    # nulls the whole item.
    assert data == {
        "dingen": [
            {"onder": {"verplicht": "onder"}, "zeker": {"verplicht": "zeker", "later": "later"}},
            None,
        ]
    }
    assert sorted(path for _, path in fouten) == [
        ["dingen", 1, "onder", "verplicht"],
        ["dingen", 1, "zeker", "later"],
    ]
