"""The benchmark's workloads: GraphQL documents for trouwgraph and, where it can, Hive Gateway.

Hive Gateway serves GraphQL Mesh's composition of the BRP spec, whose one root field is the
mutation `Personen` (Mesh maps `POST /personen` to a mutation). A front end asking for seven
persons aliases seven fields (seven upstream calls); the hand-batched form puts seven BSNs in
one input list (trouwgraph's own list form is `personen(burgerservicenummers:)`). trouwgraph's
DataLoader batches the aliased form into one call by itself.
"""

from __future__ import annotations

from dataclasses import dataclass

SUZANNE = "999993653"
SEVEN = ["999993653", "999993811", "999990019", "999990020", "999990032", "999990044", "999990068"]
FIELDS = '["naam.volledigeNaam", "geboorte.datum"]'
MAAND = ("2027-03-01", "2027-03-31")  # a month of ceremonies for `beschikbaarheid`


@dataclass(frozen=True)
class Workload:
    """One row of the table: what trouwgraph is asked, and what Hive is asked to match it."""

    name: str
    trouwgraph: str | None
    hive: str | None = None


def _tg_persoon(bsn: str, alias: str = "") -> str:
    return (
        f'{alias}persoon(burgerservicenummer: "{bsn}") '
        "{ burgerservicenummer naam { volledigeNaam } geboorte { datum { datum } } }"
    )


_HIVE_PERSONEN = (
    "... on RaadpleegMetBurgerservicenummerResponse { personen { burgerservicenummer "
    "naam { volledigeNaam } geboorte { datum { ... on VolledigeDatum { datum } } } } }"
)


def _hive_personen(bsns: list[str], alias: str = "") -> str:
    lijst = ", ".join(f'"{bsn}"' for bsn in bsns)
    return (
        f'{alias}Personen(input: {{type: "RaadpleegMetBurgerservicenummer", fields: {FIELDS}, '
        f"burgerservicenummer: [{lijst}]}}) {{ {_HIVE_PERSONEN} }}"
    )


def _aliased(make: str) -> str:
    if make == "trouwgraph":
        return "{ " + " ".join(_tg_persoon(b, f"p{i}: ") for i, b in enumerate(SEVEN)) + " }"
    return (
        "mutation { " + " ".join(_hive_personen([b], f"p{i}: ") for i, b in enumerate(SEVEN)) + " }"
    )


CASE_PAGE = """query($id: ID!) { huwelijk(id: $id) {
  id status versie soort verlooptOp
  moment { start eind }
  partners { rol burgerservicenummer instemming { status }
    persoon { naam { volledigeNaam } geboorte { datum { datum } } } }
  getuigen { volgnummer gemeentelijk burgerservicenummer }
  ambtenaar { keuze ambtenaar { id naam } }
  locatie { soort locatie { id naam } }
  prijs { totaal { centen weergave } }
  mogelijkeActies
} }"""

STAFF_LIST = """{ huwelijken(first: 50) { totalCount
  edges { node { id status moment { start }
    partners { rol persoon { naam { volledigeNaam } } } } } } }"""

BESCHIKBAARHEID = (
    f'{{ beschikbaarheid(van: "{MAAND[0]}", tot: "{MAAND[1]}", ceremonietype: "UITGEBREID") '
    "{ datum aantalTijdsloten laagstePrijs { centen } } }"
)


def workloads() -> list[Workload]:
    """Every workload, in the table's order."""
    return [
        Workload(
            "one person (naam, geboorte)",
            "{ " + _tg_persoon(SUZANNE) + " }",
            "mutation { " + _hive_personen([SUZANNE]) + " }",
        ),
        Workload("seven persons, 7 aliased fields", _aliased("trouwgraph"), _aliased("hive")),
        Workload(
            "seven persons, one BSN list (by hand)",
            "{ personen(burgerservicenummers: ["
            + ", ".join(f'"{b}"' for b in SEVEN)
            + "]) { burgerservicenummer naam { volledigeNaam } geboorte { datum { datum } } } }",
            "mutation { " + _hive_personen(SEVEN) + " }",
        ),
        Workload("case page (partners, 4 witnesses, BABS)", CASE_PAGE),
        Workload("staff list of 50 cases with partners' names", STAFF_LIST),
        Workload("beschikbaarheid, a month, every location and BABS", BESCHIKBAARHEID),
    ]


def names(result: dict[str, object], gateway: str) -> dict[str, tuple[str, str]]:
    """BSN -> (volledigeNaam, geboortedatum) from either gateway's answer to a persons query."""
    found: dict[str, tuple[str, str]] = {}
    data = result.get("data")
    assert isinstance(data, dict), result
    for value in data.values():
        personen = value["personen"] if gateway == "hive" else value
        personen = personen if isinstance(personen, list) else [personen]
        for p in personen:
            found[p["burgerservicenummer"]] = (
                p["naam"]["volledigeNaam"],
                p["geboorte"]["datum"]["datum"],
            )
    return found
