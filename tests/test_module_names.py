"""Names and docstrings that say which file to open (docs/contributing.md, "Module names"):
every module says what it holds, every package what belongs in it, and no module is named for
nothing in particular."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("domain", "store", "registries", "adapters", "resolvers", "schema", "server")


def _docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def test_every_module_has_a_docstring() -> None:
    modules = [path for top in PRODUCT for path in sorted((ROOT / top).rglob("*.py"))]
    assert len(modules) > 150
    missing = [str(path.relative_to(ROOT)) for path in modules if not _docstring(path)]
    assert not missing, f"say in a docstring what these modules hold: {missing}"


def test_every_package_says_what_belongs_in_it() -> None:
    packages = [path for top in PRODUCT for path in sorted((ROOT / top).rglob("__init__.py"))]
    assert len(packages) > 20
    terse = [str(path.relative_to(ROOT)) for path in packages if len(_docstring(path).split()) < 8]
    assert not terse, f"a package docstring says what belongs there (8 words or more): {terse}"


GENERIC = {"common", "utils", "util", "helpers", "helper", "misc", "tools", "stuff", "base"}
# Named before the rule; each entry goes when its module is renamed.
GENERIC_PENDING = {"registries/zgw/common.py": "#16"}


def test_no_module_is_named_for_nothing_in_particular() -> None:
    generic = {
        str(path.relative_to(ROOT))
        for top in PRODUCT
        for path in (ROOT / top).rglob("*.py")
        if path.stem in GENERIC
    }
    assert generic - set(GENERIC_PENDING) == set(), "name a module for the one thing it holds"
    renamed = set(GENERIC_PENDING) - generic
    assert not renamed, f"renamed: remove {renamed} from GENERIC_PENDING"
