"""The command line explains itself: `--help` lists every command with its options and their
defaults, `--version` answers, and every `trouwgraph ...` command the docs show exists with the
options they give it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from trouwgraph.server.cli.main import _parser, main
from trouwgraph.server.http.security_headers import api_version

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
# Code in a page: fenced blocks and `inline` spans.
CODE = re.compile(r"```[a-z]*\n(.*?)```|`([^`\n]+)`", re.DOTALL)
# A command line: `trouwgraph ...`, `python -m trouwgraph ...` or `.venv/bin/trouwgraph ...`
# at the start of a line or of an inline span (a sentence or a folder tree merely naming it is
# no command).
COMMAND = re.compile(
    r"^\s*(?:\$ )?(?:[\w./]*/|python -m )?trouwgraph ([a-z][-a-z]+)((?:[^\n`|;&]|\\\n)*)",
    re.MULTILINE,
)


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_help_lists_every_command_with_its_options_and_defaults(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as klaar:
        main(["--help"])
    assert klaar.value.code == 0
    hulp = capsys.readouterr().out
    for naam, sub in subcommands().items():
        assert f"trouwgraph {naam}" in hulp
        for actie in sub._actions:
            for optie in actie.option_strings:
                if optie not in {"-h", "--help"}:
                    assert optie in hulp, (naam, optie)
    assert "--port (default: 8000)" in hulp
    assert "--host (default: 127.0.0.1)" in hulp


def test_each_command_help_gives_the_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["registries", "--help"])
    assert "(default: 8001)" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as klaar:
        main(["--version"])
    assert klaar.value.code == 0
    assert capsys.readouterr().out.strip() == f"trouwgraph {api_version()}"


def documented_commands() -> list[tuple[str, str, str]]:
    """(page, command, its options) for every `trouwgraph COMMAND ...` in the docs' code."""
    found = []
    for page in PAGES:
        for block, inline in CODE.findall(page.read_text(encoding="utf-8")):
            for command, rest in COMMAND.findall(block or inline):
                found.append((page.name, command, rest))
    return found


def test_every_documented_command_exists_with_the_options_it_is_given() -> None:
    commands = subcommands()
    documented = documented_commands()
    assert len(documented) >= 5
    for page, command, rest in documented:
        assert command in commands, f"{page}: `trouwgraph {command}` is no command"
        options = {o for a in commands[command]._actions for o in a.option_strings}
        for option in re.findall(r"(?<![\w-])--[a-z][-a-z]*", rest):
            assert option in options, f"{page}: `trouwgraph {command}` has no {option}"


@pytest.mark.parametrize(
    "argv",
    [
        ["export-schema", "--output", "{tmp}/schema.graphql"],
        ["docs"],
        ["settings-reference"],
        ["graphiql-assets"],
        ["check-config", str(ROOT / "examples" / "gemeenten")],
    ],
)
def test_the_commands_that_run_without_a_server_run(argv: list[str], tmp_path: Path) -> None:
    main([a.replace("{tmp}", str(tmp_path)) for a in argv])
