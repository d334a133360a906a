"""The pre-commit hooks run what CI runs (`python3 dev.py test`), and every test file they name
exists: a renamed test must not silently drop out of the hooks."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]


def _hooks() -> dict[str, str]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert all(repo["repo"] == "local" for repo in config["repos"]), "nothing is fetched"
    return {hook["id"]: " ".join(hook["entry"].split()) for hook in hooks}


def test_the_hooks_run_the_checks_ci_runs() -> None:
    hooks = _hooks()
    dev = (ROOT / "dev.py").read_text(encoding="utf-8")
    for tool, hook in (("ruff", "ruff-check"), ("ruff", "ruff-format"), ("mypy", "mypy")):
        assert f'BIN / "{tool}"' in dev, f"CI no longer runs {tool}: update the hooks"
        assert hooks[hook].startswith(f".venv/bin/{tool}"), hook
    assert "check" in hooks["ruff-check"].split()
    assert "format" in hooks["ruff-format"].split()
    assert hooks["mypy"] == ".venv/bin/mypy", "mypy takes its files from pyproject.toml"


def test_every_test_file_a_hook_names_exists() -> None:
    named = [
        word
        for entry in _hooks().values()
        for word in shlex.split(entry.replace("bash -c ", ""))
        for word in word.split()
        if word.startswith("tests/")
    ]
    assert len(named) >= 5
    for pattern in named:
        assert list(ROOT.glob(pattern)), f"{pattern} matches no test file"


def test_pre_commit_accepts_the_configuration() -> None:
    from pre_commit.clientlib import load_config  # type: ignore[import-untyped]

    config = load_config(str(ROOT / ".pre-commit-config.yaml"))
    assert [hook["id"] for hook in config["repos"][0]["hooks"]] == [
        "ruff-check",
        "ruff-format",
        "mypy",
        "fast-tests",
        "docs-site",
    ]
