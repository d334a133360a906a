#!/usr/bin/env python3
"""Set up and run trouwgraph with nothing but Python 3.11+ on the machine.

    python3 dev.py demo     create .venv, install, and run the embedded demo
    python3 dev.py test     create .venv, install with the test tools (and the web app's npm
                            packages when npm is here), and run every check
    python3 dev.py lock     rewrite requirements/*.lock from pyproject.toml (after any change
                            to its dependencies; needs uv, which the test tools include)

Installs come from the lock files only (exact versions, hashes checked): requirements/runtime.lock
for the demo and the image, requirements/dev.lock (runtime + test tools) for the checks. The
virtual environment is made in .venv and reinstalled only when pyproject.toml or a lock changes.
Extra arguments are passed on (to `trouwgraph demo` or to pytest).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
LOCKS = {"": ROOT / "requirements" / "runtime.lock", "test": ROOT / "requirements" / "dev.lock"}
COMPILE = ["pip", "compile", "--universal", "--python-version", "3.11", "--generate-hashes"]
COMPILE += ["--native-tls"]  # the system's CA store (proxies that re-sign TLS)
COMPILE += ["--no-header", "--quiet"]


def requirement_names(extras: str) -> set[str]:
    """Normalised names of the project's requirements (with the extra) in pyproject.toml."""
    import tomllib  # here, so that Python < 3.11 reaches the version message

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    if extras:
        requirements += project["optional-dependencies"][extras]
    return {normalise(re.split(r"[\[<>=!~; ]", r, maxsplit=1)[0]) for r in requirements}


def locked_names(lock: Path) -> set[str]:
    """Normalised names pinned in a lock file."""
    pins = re.findall(r"^([A-Za-z0-9._-]+)==", lock.read_text(), flags=re.MULTILINE)
    return {normalise(name) for name in pins}


def normalise(name: str) -> str:
    """PEP 503 name normalisation."""
    return re.sub(r"[-_.]+", "-", name).lower()


def stale_lock(extras: str) -> set[str]:
    """Requirements of pyproject.toml that the lock file for `extras` does not pin."""
    lock = LOCKS[extras]
    return requirement_names(extras) - (locked_names(lock) if lock.exists() else set())


def write_locks() -> None:
    """Resolve pyproject.toml into both lock files (dev first; runtime constrained by it)."""
    uv = [sys.executable, "-m", "uv"]
    if subprocess.run([*uv, "--version"], capture_output=True, check=False).returncode:  # noqa: S603
        ensure_environment("test", check_lock=False)
        uv = [str(BIN / "python"), "-m", "uv"]
    import tomllib

    # The lock also pins the installer and the build backend, so nothing is fetched unpinned.
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    tools = "\n".join(["pip", *build]) + "\n"
    dev, runtime = LOCKS["test"], LOCKS[""]
    dev.parent.mkdir(exist_ok=True)
    constrained = ["-c", str(dev.relative_to(ROOT))]
    for lock, options in ((dev, ["--extra", "test"]), (runtime, constrained)):
        output = ["-o", str(lock.relative_to(ROOT))]
        command = [*uv, *COMPILE, "pyproject.toml", "-", *options, *output]
        completed = subprocess.run(command, cwd=ROOT, input=tools, text=True, check=False)  # noqa: S603
        if completed.returncode != 0:
            sys.exit(completed.returncode)
        print(f"wrote {lock.relative_to(ROOT)} ({len(locked_names(lock))} packages)")


def ensure_environment(extras: str, *, check_lock: bool = True) -> None:
    """Create .venv and install the lock for `extras`, then the project (editable)."""
    lock = LOCKS[extras]
    missing = stale_lock(extras)
    if check_lock and missing:
        names = ", ".join(sorted(missing))
        sys.exit(f"{lock.relative_to(ROOT)} lacks {names}: run python3 dev.py lock")
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(lock.read_bytes() if lock.exists() else b"")
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return
    if not (BIN / "python").exists():
        print("creating .venv", flush=True)
        venv.create(VENV, with_pip=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet"]
    if lock.exists():
        run([*pip, "--require-hashes", "--requirement", str(lock)])
        run([*pip, "--no-deps", "--no-build-isolation", "--editable", "."])
    else:  # only while writing the first lock
        run([*pip, "--editable", f".[{extras}]" if extras else "."])
    stamp.write_text(digest.hexdigest())


def ensure_web_packages() -> None:
    """Install the web app's npm packages (code generator, axe-core) from its lock when npm is
    here; without npm the tests that need them say so and are skipped."""
    npm = shutil.which("npm")
    web = ROOT / "examples" / "web"
    if npm is None:
        print("npm not found: the web app's type and accessibility checks will be skipped")
        return
    stamp = web / "node_modules" / ".installed-trouwgraph"
    digest = hashlib.sha256((web / "package-lock.json").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    command = [npm, "ci", "--prefix", str(web), "--no-audit", "--no-fund", "--loglevel=error"]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:  # noqa: S603
        # Offline, say: the Python checks still run, the web ones say why they are skipped.
        print("npm ci failed: the web app's type and accessibility checks will be skipped")
        return
    stamp.write_text(digest)


def run(command: list[str]) -> None:
    """Run a command in the repository; stop with its exit code when it fails."""
    completed = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603
    if completed.returncode != 0:
        sys.exit(completed.returncode)


def main() -> None:
    """Dispatch `demo`, `test` or `lock`."""
    if sys.version_info < (3, 11):  # noqa: UP036  (this script may be run by an older python3)
        sys.exit(f"trouwgraph needs Python 3.11 or newer, this is {sys.version.split()[0]}")
    if len(sys.argv) < 2 or sys.argv[1] not in {"demo", "test", "lock"}:
        sys.exit(__doc__)
    command, extra = sys.argv[1], sys.argv[2:]
    if command == "lock":
        write_locks()
        return
    if command == "demo":
        ensure_environment("")
        os.execv(BIN / "trouwgraph", [str(BIN / "trouwgraph"), "demo", *extra])  # noqa: S606
    ensure_environment("test")
    ensure_web_packages()
    run([str(BIN / "ruff"), "check", "."])
    run([str(BIN / "ruff"), "format", "--check", "."])
    run([str(BIN / "mypy")])
    run([str(BIN / "pytest"), *extra])


if __name__ == "__main__":
    main()
