"""CHANGELOG.md calls out every breaking change of the GraphQL schema since the last release.

The SDL of each release is kept as docs/api/schema-<version>.graphql. graphql-core's
`find_breaking_changes` compares the newest of them with the committed schema/schema.graphql;
each breaking change must be named, by its schema coordinate in backticks, in the
"### Breaking (GraphQL schema)" part of the changelog's Unreleased section.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from graphql import BreakingChange, build_schema, find_breaking_changes

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
SDL = ROOT / "schema" / "schema.graphql"
RELEASED = ROOT / "docs" / "api"
BREAKING_HEADING = "### Breaking (GraphQL schema)"
VERSION = re.compile(r"^## \[(?P<version>\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", re.MULTILINE)
NAME = r"[_A-Za-z][_0-9A-Za-z]*"


def released_versions(changelog: str) -> list[str]:
    """The released versions the changelog lists, newest first."""
    return [match["version"] for match in VERSION.finditer(changelog)]


def unreleased_breaking(changelog: str) -> str:
    """The text of the Unreleased section's breaking-changes part ('' when it has none)."""
    unreleased = changelog.split("## [Unreleased]", 1)[1]
    unreleased = re.split(r"^## ", unreleased, maxsplit=1, flags=re.MULTILINE)[0]
    if BREAKING_HEADING not in unreleased:
        return ""
    part = unreleased.split(BREAKING_HEADING, 1)[1]
    return re.split(r"^### ", part, maxsplit=1, flags=re.MULTILINE)[0]


def coordinate(change: BreakingChange) -> str:
    """The schema coordinate a breaking change is about: `Type.field`, `Type.field(arg:)`,
    `Enum.WAARDE`, `@directive`, `Type`."""
    text = change.description
    if match := re.match(rf"({NAME}) was removed from enum type ({NAME})\.", text):
        return f"{match[2]}.{match[1]}"  # graphql-core 3.2's wording
    if match := re.search(rf"@?{NAME}\.{NAME}(?:\({NAME}:\))?|@{NAME}(?:\({NAME}:\))?", text):
        return match[0]
    if match := re.search(rf"\b(?:union type|Standard scalar) ({NAME})", text):
        return match[1]
    return text.split()[0]


def uncalled(old_sdl: str, new_sdl: str, changelog: str) -> list[str]:
    """The breaking changes from `old_sdl` to `new_sdl` the changelog does not call out."""
    called_out = unreleased_breaking(changelog)
    changes = find_breaking_changes(build_schema(old_sdl), build_schema(new_sdl))
    return [
        f"`{coordinate(change)}`: {change.description}"
        for change in changes
        if f"`{coordinate(change)}`" not in called_out
    ]


def test_every_breaking_schema_change_is_in_the_changelog() -> None:
    changelog = CHANGELOG.read_text(encoding="utf-8")
    last = released_versions(changelog)[0]
    released = RELEASED / f"schema-{last}.graphql"
    missing = uncalled(released.read_text(encoding="utf-8"), SDL.read_text(), changelog)
    assert not missing, (
        f"breaking changes to the GraphQL schema since {last}: name each in CHANGELOG.md under"
        f" '## [Unreleased]' / '{BREAKING_HEADING}' as '- `Coordinate` ...: what a front end"
        f" does about it': {missing}"
    )


def test_the_last_release_is_the_package_version_and_its_schema_is_kept() -> None:
    changelog = CHANGELOG.read_text(encoding="utf-8")
    versions = released_versions(changelog)
    assert versions, "the changelog lists no release"
    assert changelog.index("## [Unreleased]") < changelog.index(f"## [{versions[0]}]")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == versions[0], "pyproject.toml's version is the last release"
    for version in versions:
        assert (RELEASED / f"schema-{version}.graphql").is_file(), version
    as_tuples = [tuple(int(part) for part in v.split(".")) for v in versions]
    assert as_tuples == sorted(as_tuples, reverse=True), "releases stand newest first"


OLD = """
type Query { huwelijk(id: ID!): Huwelijk, ceremonietypen: [String!]! }
type Huwelijk { id: ID!, status: Status!, prijs: Int }
enum Status { VOORLOPIG, BEVESTIGD, VERLOPEN }
union Resultaat = Huwelijk | Fout
type Fout { code: String! }
input Invoer { soort: String }
"""
NEW = """
type Query { huwelijk(id: ID!, gemeente: String!): Huwelijk }
type Huwelijk { id: ID!, status: Status! }
enum Status { VOORLOPIG, BEVESTIGD }
union Resultaat = Huwelijk
type Fout { code: String! }
input Invoer { soort: String, datum: String! }
"""


def test_the_check_names_each_kind_of_breaking_change_by_its_coordinate() -> None:
    found = uncalled(OLD, NEW, "## [Unreleased]\n")
    coordinates = sorted(line.split("`: ")[0] + "`" for line in found)
    assert coordinates == [
        "`Huwelijk.prijs`",
        "`Int`",
        "`Invoer.datum`",
        "`Query.ceremonietypen`",
        "`Query.huwelijk(gemeente:)`",
        "`Resultaat`",
        "`Status.VERLOPEN`",
    ]


def test_a_change_called_out_elsewhere_than_breaking_still_fails() -> None:
    changelog = (
        "## [Unreleased]\n\n### Breaking (GraphQL schema)\n- `Huwelijk.prijs` removed: read"
        " `prijs.totaal`.\n- `Status.VERLOPEN` removed.\n\n### Changed\n- `Resultaat` narrowed.\n"
        "\n## [0.1.0] - 2026-12-03\n### Breaking (GraphQL schema)\n"
        "- `Query.huwelijk(gemeente:)` old.\n"
    )
    remaining = sorted(line.split("`: ")[0] + "`" for line in uncalled(OLD, NEW, changelog))
    assert remaining == [
        "`Int`",
        "`Invoer.datum`",
        "`Query.ceremonietypen`",
        "`Query.huwelijk(gemeente:)`",
        "`Resultaat`",
    ]
