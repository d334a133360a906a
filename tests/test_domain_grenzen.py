"""The domain depends on nothing but the standard library and itself."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parent.parent / "domain"


def _geimporteerd(pad: Path) -> set[str]:
    modules: set[str] = set()
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(knoop, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in knoop.names}
        elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
            modules.add(knoop.module.split(".")[0])
    return modules


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    bestanden = sorted(DOMAIN.rglob("*.py"))
    assert bestanden
    vreemd = {
        f"{pad.relative_to(DOMAIN)}: {module}"
        for pad in bestanden
        for module in _geimporteerd(pad)
        if module != "domain" and module not in sys.stdlib_module_names
    }
    assert vreemd == set()
