"""The lock files pin every requirement of pyproject.toml, at a version its range allows."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
LOCKS = {
    "requirements/runtime.lock": PROJECT["dependencies"],
    "requirements/dev.lock": PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"],
}
REGENERATE = "pyproject.toml changed: run `python3 dev.py lock` and commit requirements/"


def pins(lock: str) -> dict[str, str]:
    """Name to pinned version in a lock file."""
    text = (ROOT / lock).read_text()
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", text, re.MULTILINE)
    }


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_requirement_is_pinned_within_its_range(lock: str) -> None:
    pinned = pins(lock)
    for line in LOCKS[lock]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{lock} lacks {name}; {REGENERATE}"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{lock} pins {name}=={pinned[name]}, outside {requirement.specifier}; {REGENERATE}"
        )


def test_every_pin_carries_a_hash_and_runtime_agrees_with_dev() -> None:
    runtime, dev = pins("requirements/runtime.lock"), pins("requirements/dev.lock")
    assert {name: dev.get(name) for name in runtime} == runtime
    for lock in LOCKS:
        blocks = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / lock).read_text())
        unhashed = [b.split("==")[0] for b in blocks if "==" in b and "--hash=sha256:" not in b]
        assert not unhashed, f"{lock}: no hash for {unhashed}"
    assert {"pip", "setuptools"} <= runtime.keys(), "the installer and build backend are pinned too"
