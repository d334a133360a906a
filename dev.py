#!/usr/bin/env python3
"""Set up and run trouwgraph with nothing but Python 3.11+ on the machine.

    python3 dev.py demo     create .venv, install, and run the embedded demo
    python3 dev.py test     create .venv, install with the test tools, and run every check

The virtual environment is made in .venv and reinstalled only when pyproject.toml changes.
Extra arguments are passed on (to `trouwgraph demo` or to pytest).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def ensure_environment(extras: str) -> None:
    """Create .venv and install the project (editable) with `extras` when out of date."""
    if sys.version_info < (3, 11):  # noqa: UP036  (this script may be run by an older python3)
        sys.exit(f"trouwgraph needs Python 3.11 or newer, this is {sys.version.split()[0]}")
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    if not (BIN / "python").exists():
        print("creating .venv", flush=True)
        venv.create(VENV, with_pip=True)
    target = f".[{extras}]" if extras else "."
    run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "--editable", target])
    stamp.write_text(digest)


def run(command: list[str]) -> None:
    """Run a command in the repository; stop with its exit code when it fails."""
    completed = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603
    if completed.returncode != 0:
        sys.exit(completed.returncode)


def main() -> None:
    """Dispatch `demo` or `test`."""
    if len(sys.argv) < 2 or sys.argv[1] not in {"demo", "test"}:
        sys.exit(__doc__)
    command, extra = sys.argv[1], sys.argv[2:]
    if command == "demo":
        ensure_environment("")
        os.execv(BIN / "trouwgraph", [str(BIN / "trouwgraph"), "demo", *extra])  # noqa: S606
    ensure_environment("test")
    run([str(BIN / "ruff"), "check", "."])
    run([str(BIN / "ruff"), "format", "--check", "."])
    run([str(BIN / "mypy")])
    run([str(BIN / "pytest"), *extra])


if __name__ == "__main__":
    main()
