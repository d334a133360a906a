"""`Huwelijk.mogelijkeMutaties`: what the asking person can do with the case now, as the
mutations to call and the arguments the front end must still ask for (`resolvers.acties`)."""

from __future__ import annotations

from functools import cache

import strawberry

from trouwgraph.resolvers.acties import mogelijke_mutaties
from trouwgraph.schema.catalogus import Info
from trouwgraph.store.huwelijken import Dossier

# Every change names the case and the version read; the front end has both already.
_ALTIJD = frozenset({"id", "versie"})


@strawberry.type(
    description="Een mutatie die de vragende persoon nu op dit huwelijk kan aanroepen."
)
class MogelijkeMutatie:
    mutatie: str = strawberry.field(
        description="De naam van de mutatie, zoals `stemIn` of `voegGetuigeToe`."
    )
    ontbrekende_argumenten: list[str] = strawberry.field(
        description="De argumenten die de front end nog moet vragen (naast `id` en `versie`)."
    )


@cache
def _argumenten(schema: strawberry.Schema) -> dict[str, list[str]]:
    """Per mutation (GraphQL name) its arguments' GraphQL names, from the running schema."""
    mutation = schema.get_type_by_name("Mutation")
    assert isinstance(mutation, strawberry.types.base.StrawberryObjectDefinition)
    namen = schema.config.name_converter
    return {
        namen.get_graphql_name(veld): [namen.get_graphql_name(a) for a in veld.arguments]
        for veld in mutation.fields
    }


def mogelijke_mutaties_van(root: Dossier, info: Info) -> list[MogelijkeMutatie]:
    """The mutations the asking actor may call now (none for an anonymous request)."""
    actor = info.context.actor
    if actor is None:
        return []
    zaken = info.context.huwelijken
    argumenten = _argumenten(info.schema)
    return [
        MogelijkeMutatie(
            mutatie=naam,
            ontbrekende_argumenten=[a for a in argumenten[naam] if a not in _ALTIJD],
        )
        for naam in mogelijke_mutaties(root.huwelijk, actor, zaken.nu(), zaken.config)
    ]
