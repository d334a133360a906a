"""The committed SDL is the running schema: clients and reviewers read the file."""

from __future__ import annotations

from pathlib import Path

from schema.schema import schema
from server.cli import main
from server.docs import README, render

SDL = Path(__file__).resolve().parent.parent / "schema" / "schema.graphql"


def test_committed_sdl_equals_the_running_schema() -> None:
    assert SDL.read_text(encoding="utf-8") == schema.as_str() + "\n", (
        "run `trouwgraph export-schema --output schema/schema.graphql`"
    )


def test_export_schema_command_writes_the_sdl(tmp_path: Path) -> None:
    target = tmp_path / "schema.graphql"
    main(["export-schema", "--output", str(target)])
    assert target.read_text(encoding="utf-8") == SDL.read_text(encoding="utf-8")


def test_readme_generated_sections_are_current() -> None:
    readme = README.read_text(encoding="utf-8")
    assert render(readme) == readme, "run `trouwgraph docs --write`"
