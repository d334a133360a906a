"""The house size: no module over 400 lines without a reason written at its top.

A module past the limit carries, in its first ten lines, one comment line

    # size: <why this module is one piece, specific to it>

Test modules (``tests/test_*.py``) are exempt: each is a list of independent cases read one
test at a time, and its length follows the surface it covers; splitting by count would spread
one adapter's cases over files named by accident. The code they share (``conftest.py``,
``tests/*_support.py``, builders) is read as a whole and is held to the rule like any module.
See docs/contributing.md, "Module size".
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 400
MARKER = re.compile(r"^# size: (?P<reason>.+)$")
MIN_REASON = 40
SKIPPED_DIRS = {"build", "dist", "node_modules", "site", "__pycache__", "trouwgraph"}

# Splits other issues are doing right now; each entry goes when its module is under the limit.
PENDING_SPLITS = {
    "registries/brp/convert_rvig.py": "#10",
}


def _modules() -> list[Path]:
    found: list[Path] = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS]
        found.extend(Path(folder, name) for name in files if name.endswith(".py"))
    return sorted(found)


def _held_to_rule(path: Path) -> bool:
    relative = path.relative_to(ROOT)
    return not (relative.parts[0] == "tests" and relative.name.startswith("test_"))


def _reason(lines: list[str]) -> str | None:
    for line in lines[:10]:
        match = MARKER.match(line.rstrip())
        if match:
            return match["reason"].strip()
    return None


def _sizes() -> dict[str, tuple[int, str | None]]:
    sizes = {}
    for path in _modules():
        if _held_to_rule(path):
            lines = path.read_text(encoding="utf-8").splitlines()
            sizes[path.relative_to(ROOT).as_posix()] = (len(lines), _reason(lines))
    return sizes


def test_the_rule_sees_the_whole_tree() -> None:
    sizes = _sizes()
    assert len(sizes) > 150
    for expected in ("domain/fouten.py", "server/app.py", "tests/conftest.py", "dev.py"):
        assert expected in sizes
    assert "tests/test_module_size.py" not in sizes
    assert not any(name.startswith("trouwgraph/domain/") for name in sizes)


def test_no_module_over_the_limit_without_a_reason() -> None:
    offenders = [
        f"{name}: {count} lines"
        for name, (count, reason) in _sizes().items()
        if count > LIMIT and reason is None and name not in PENDING_SPLITS
    ]
    assert not offenders, (
        f"modules over {LIMIT} lines: split them, or write why at the top"
        f" ('# size: <reason>'): {offenders}"
    )


def test_each_reason_is_specific_and_still_needed() -> None:
    sizes = _sizes()
    reasons = [(name, count, reason) for name, (count, reason) in sizes.items() if reason]
    problems = [
        f"{name}: {count} lines, within the limit: drop its '# size:' line"
        for name, count, _ in reasons
        if count <= LIMIT
    ]
    problems += [
        f"{name}: say what makes this module one piece (at least {MIN_REASON} characters)"
        for name, _, reason in reasons
        if len(reason) < MIN_REASON
    ]
    seen: dict[str, str] = {}
    for name, _, reason in reasons:
        if reason in seen:
            problems.append(f"{name}: the same reason as {seen[reason]}; write its own")
        seen.setdefault(reason, name)
    assert not problems, problems


def test_pending_splits_are_still_pending() -> None:
    sizes = _sizes()
    done = [
        f"{name} ({owner}) is {sizes[name][0] if name in sizes else 'gone'}: remove it from "
        "PENDING_SPLITS in tests/test_module_size.py"
        for name, owner in PENDING_SPLITS.items()
        if name not in sizes or sizes[name][0] <= LIMIT or sizes[name][1] is not None
    ]
    assert not done, done


def test_the_marker_is_read_from_the_top_only() -> None:
    top = ["# size: one table of the RvIG test set's columns, read top to bottom", '"""x"""']
    assert _reason(top) == "one table of the RvIG test set's columns, read top to bottom"
    assert _reason(['"""x"""', *[""] * 10, "# size: too late to count as the top"]) is None
    assert _reason(["#size:no space"]) is None
