"""The committed SDL is the running schema: clients and reviewers read the file."""

from __future__ import annotations

from pathlib import Path

from trouwgraph.schema.schema import schema
from trouwgraph.server.cli.docs import stale_pages
from trouwgraph.server.cli.main import main

SDL = Path(__file__).resolve().parent.parent / "schema" / "schema.graphql"


def test_committed_sdl_equals_the_running_schema() -> None:
    assert SDL.read_text(encoding="utf-8") == schema.as_str() + "\n", (
        "run `trouwgraph export-schema --output schema/schema.graphql`"
    )


def test_export_schema_command_writes_the_sdl(tmp_path: Path) -> None:
    target = tmp_path / "schema.graphql"
    main(["export-schema", "--output", str(target)])
    assert target.read_text(encoding="utf-8") == SDL.read_text(encoding="utf-8")


def test_generated_documentation_sections_are_current() -> None:
    assert stale_pages(write=False) == [], "run `trouwgraph docs --write`"
