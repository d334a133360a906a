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
            modules |= {alias.name for alias in knoop.names}
        elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
            modules.add(knoop.module)
    return modules


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    bestanden = sorted(DOMAIN.rglob("*.py"))
    assert bestanden
    vreemd = {
        f"{pad.relative_to(DOMAIN)}: {module}"
        for pad in bestanden
        for module in _geimporteerd(pad)
        if not _eigen_of_standaard(module)
    }
    assert vreemd == set()


def _eigen_of_standaard(module: str) -> bool:
    """The domain itself (``trouwgraph.domain...``) or the standard library."""
    eigen = module == "trouwgraph.domain" or module.startswith("trouwgraph.domain.")
    return eigen or module.split(".")[0] in sys.stdlib_module_names
