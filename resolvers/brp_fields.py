"""Which BRP `fields` a GraphQL selection needs: data minimisation by construction.

The `Persoon` type follows Haal Centraal's names, so a selection path maps onto a BRP field path
almost one to one. The tree below says, per GraphQL field, what to ask the BRP for:

- a string: that BRP path (a leaf, or an object the BRP delivers whole: a date, a code value);
- a dict: descend, prefixing the BRP path;
- `RELATED`: a related person's `persoon`, which needs only that relative's BSN here (the
  person itself is fetched by its own lookup, with its own selection).

Fields the BRP always delivers when they apply (geheimhoudingPersoonsgegevens,
opschortingBijhouding) may not be asked for; selecting them needs no field at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, Union

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

RELATED: Final = object()
ALWAYS_DELIVERED: Final = object()

Tree = Mapping[str, Union[str, "Tree", object]]

_NAAM: Tree = {
    "voornamen": "voornamen",
    "voorvoegsel": "voorvoegsel",
    "geslachtsnaam": "geslachtsnaam",
    "voorletters": "voorletters",
    "volledigeNaam": "volledigeNaam",
    "adellijkeTitelPredicaat": "adellijkeTitelPredicaat",
    "aanduidingNaamgebruik": "aanduidingNaamgebruik",
}
_GEBOORTE: Tree = {"datum": "datum", "plaats": "plaats", "land": "land"}
_RELATIE: Tree = {
    "burgerservicenummer": "burgerservicenummer",
    "naam": _NAAM,
    "geboorte": _GEBOORTE,
    "geslacht": "geslacht",
    "persoon": RELATED,
}

PERSOON: Final[Tree] = {
    "burgerservicenummer": "burgerservicenummer",
    "naam": _NAAM,
    "geboorte": _GEBOORTE,
    "leeftijd": "leeftijd",
    "geslacht": "geslacht",
    "partners": {
        **_RELATIE,
        "soortVerbintenis": "soortVerbintenis",
        "aangaanHuwelijkPartnerschap": {"datum": "datum", "plaats": "plaats", "land": "land"},
        "ontbindingHuwelijkPartnerschap": {"datum": "datum"},
    },
    "ouders": {
        **_RELATIE,
        "ouderAanduiding": "ouderAanduiding",
        "datumIngangFamilierechtelijkeBetrekking": "datumIngangFamilierechtelijkeBetrekking",
    },
    "kinderen": _RELATIE,
    # Polymorphic on `type` in the BRP: asked for whole, so every variant can be told apart.
    "nationaliteiten": "nationaliteiten",
    "verblijfplaats": "verblijfplaats",
    "overlijden": {"datum": "datum", "plaats": "plaats", "land": "land"},
    "gemeenteVanInschrijving": "gemeenteVanInschrijving",
    "adressering": {
        "aanhef": "aanhef",
        "aanschrijfwijze": "aanschrijfwijze",
        "gebruikInLopendeTekst": "gebruikInLopendeTekst",
        "adresregel1": "adresregel1",
        "adresregel2": "adresregel2",
        "adresregel3": "adresregel3",
        "land": "land",
        "indicatieVastgesteldVerblijftNietOpAdres": "indicatieVastgesteldVerblijftNietOpAdres",
    },
    "indicatieCurateleRegister": "indicatieCurateleRegister",
    "geheimhoudingPersoonsgegevens": ALWAYS_DELIVERED,
    "opschortingBijhouding": ALWAYS_DELIVERED,
}


def brp_fields(selections: Iterable[Selection], tree: Tree = PERSOON) -> frozenset[str]:
    """The BRP field paths the selected GraphQL fields of a `Persoon` need."""
    fields: set[str] = set()
    _collect(selections, tree, "", fields)
    return frozenset(fields)


def _collect(selections: Iterable[Selection], tree: Tree, prefix: str, out: set[str]) -> None:
    for selection in selections:
        if isinstance(selection, FragmentSpread | InlineFragment):
            _collect(selection.selections, tree, prefix, out)
            continue
        assert isinstance(selection, SelectedField)
        rule = tree.get(selection.name)
        if rule is None or rule is ALWAYS_DELIVERED:
            continue  # __typename, or delivered without asking
        if rule is RELATED:
            out.add(f"{prefix}burgerservicenummer")
        elif isinstance(rule, str):
            out.add(f"{prefix}{rule}")
        elif isinstance(rule, Mapping):
            _collect(selection.selections, rule, f"{prefix}{selection.name}.", out)
