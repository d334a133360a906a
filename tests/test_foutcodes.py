"""Every error code the gateway can give a client is in the error catalogue
(`schema.foutcodes`, rendered into docs/frontend.md), in the right one of its three places."""

from __future__ import annotations

import ast
from pathlib import Path

import trouwgraph.server.app  # noqa: F401  (imports every layer: all error classes exist)
from trouwgraph.adapters.errors import UpstreamError
from trouwgraph.domain.fouten import ConfiguratieFout, Fout
from trouwgraph.schema.foutcodes import (
    _REGISTERFOUTEN,
    HTTP_CODES,
    PROBLEMEN,
    VERZOEKFOUTEN,
)
from trouwgraph.schema.resultaten import PROBLEEMTYPEN

ROOT = Path(__file__).resolve().parent.parent
# The layers a client talks to (the embedded registries are other APIs with their own codes).
GATEWAY = ["domain", "adapters", "resolvers", "schema", "server"]
# Errors no client ever sees: a configuration refused at start, outbox deliveries.
INTERN = {"ConfiguratieFout", "CatalogusMismatch", "AgendaslotVerloren"}


def alle_fouten() -> list[type[Fout]]:
    soorten, rij = [], [Fout]
    while rij:
        soort = rij.pop()
        soorten.append(soort)
        rij.extend(soort.__subclasses__())
    return [s for s in soorten if s is not Fout]


def test_every_expected_failure_has_its_code_in_the_catalogue() -> None:
    for soort in alle_fouten():
        if soort.__name__ in INTERN or soort is ConfiguratieFout or soort.code == "FOUT":
            continue  # internal, or an abstract kind (its subclasses carry the codes)
        if issubclass(soort, UpstreamError):
            if soort is not UpstreamError:
                assert soort in _REGISTERFOUTEN, soort
            continue
        is_resultaat = any(issubclass(soort, t.soorten) for t in PROBLEEMTYPEN)
        codes = PROBLEMEN if is_resultaat else VERZOEKFOUTEN
        assert soort.code in codes, (soort.__name__, soort.code)


def test_every_result_code_has_a_result_type() -> None:
    gedekt = {
        s.code
        for s in alle_fouten()
        if not issubclass(s, UpstreamError)
        and s.code != "FOUT"
        and any(issubclass(s, t.soorten) for t in PROBLEEMTYPEN)
    }
    assert set(PROBLEMEN) == gedekt


def codes_in_de_bron() -> dict[str, set[str]]:
    """Codes written as literals: problem+json refusals, GraphQL error extensions, and the
    limits' and persisted operations' constants."""
    gevonden: dict[str, set[str]] = {"http": set(), "graphql": set()}
    for map_ in GATEWAY:
        for bestand in (ROOT / map_).rglob("*.py"):
            boom = ast.parse(bestand.read_text(encoding="utf-8"))
            for knoop in ast.walk(boom):
                if (
                    isinstance(knoop, ast.Call)
                    and getattr(knoop.func, "id", None) == "problem"
                    and knoop.args
                    and isinstance(knoop.args[0], ast.Constant)
                ):
                    gevonden["http"].add(str(knoop.args[0].value))
                elif isinstance(knoop, ast.Dict):
                    for sleutel, waarde in zip(knoop.keys, knoop.values, strict=True):
                        if (
                            isinstance(sleutel, ast.Constant)
                            and sleutel.value == "code"
                            and isinstance(waarde, ast.Constant)
                        ):
                            gevonden["graphql"].add(str(waarde.value))
                elif (
                    isinstance(knoop, ast.Assign)
                    and isinstance(knoop.value, ast.Constant)
                    and isinstance(knoop.value.value, str)
                    and knoop.value.value.startswith(("GRAPHQL_", "PERSISTED_QUERY_"))
                    and bestand.parent.name in {"schema", "graphql"}
                ):
                    soort = "http" if bestand.name == "http_rules.py" else "graphql"
                    gevonden[soort].add(knoop.value.value)
    return gevonden


def test_every_literal_code_is_in_the_catalogue() -> None:
    gevonden = codes_in_de_bron()
    assert gevonden["http"] and gevonden["graphql"]
    assert gevonden["http"] - set(HTTP_CODES) == set()
    assert gevonden["graphql"] - set(VERZOEKFOUTEN) == set()


def test_the_catalogue_in_the_docs_is_current() -> None:
    pagina = (ROOT / "docs" / "frontend.md").read_text(encoding="utf-8")
    for code in (*PROBLEMEN, *VERZOEKFOUTEN, *HTTP_CODES):
        assert f"`{code}`" in pagina, code
