"""examples/operations: the couple's and the staff's journeys are valid against the committed
schema, and the TypeScript types generated from them (examples/web/src/gql) are current."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from graphql import OperationDefinitionNode, build_schema, parse, validate
from web_support import GENERATED, OPERATIONS, ROOT, WEB, digest, node_tools

SDL = ROOT / "schema" / "schema.graphql"
REGENERATE = "run `npm ci --prefix examples/web && npm run --prefix examples/web codegen`"

# Every step of the two journeys has its operation (issue #12; GraphiQL offers them too).
JOURNEYS = {
    "Ik", "Aanbod", "Beschikbaarheid", "MijnHuwelijken", "Huwelijk", "Reserveer",
    "NodigPartnerUit", "StemIn", "WeigerInstemming", "VoegGetuigeToe", "VerwijderGetuige",
    "KiesAmbtenaar", "KiesLocatie", "WijzigMoment", "KiesNaamgebruik", "DoeMelding",
    "StartBetaling", "Bevestig", "Annuleer", "Huwelijken", "HuwelijkDossier",
    "BeoordeelMelding", "RegistreerBetaling", "MarkeerVoltrokken",
}  # fmt: skip


def documents() -> str:
    """All operation files as one document (fragments are shared between files)."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(OPERATIONS.glob("*.graphql")))


def test_every_operation_is_valid_against_the_committed_schema() -> None:
    schema = build_schema(SDL.read_text(encoding="utf-8"))
    errors = validate(schema, parse(documents()))
    assert errors == [], [e.message for e in errors]


def test_the_journeys_have_every_step_once() -> None:
    names = [
        d.name.value
        for d in parse(documents()).definitions
        if isinstance(d, OperationDefinitionNode) and d.name is not None
    ]
    assert len(names) == len(set(names)), "operation names must be unique"
    assert set(names) >= JOURNEYS, JOURNEYS - set(names)


def test_generated_types_were_made_from_the_current_schema_and_operations() -> None:
    recorded = (GENERATED / "sources.sha256").read_text(encoding="utf-8").strip()
    assert recorded == digest("codegen"), f"examples/web/src/gql is stale: {REGENERATE}"


def test_generated_types_equal_a_fresh_generation(tmp_path: Path) -> None:
    reason = node_tools()
    if reason is not None:
        pytest.skip(f"cannot regenerate the TypeScript types: {reason}")
    target = tmp_path / "gql"
    completed = subprocess.run(  # noqa: S603
        [str(WEB / "node_modules" / ".bin" / "graphql-codegen"), "--config", "codegen.ts"],
        cwd=WEB,
        env={**os.environ, "CODEGEN_OUT": f"{target}/"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    fresh = {p.name: p.read_text(encoding="utf-8") for p in target.glob("*.ts")}
    committed = {p.name: p.read_text(encoding="utf-8") for p in GENERATED.glob("*.ts")}
    assert fresh.keys() == committed.keys()
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert stale == [], f"{stale} differ from a fresh generation: {REGENERATE}"
