"""The web app's generated artefacts: the digest of their sources, and running npm for them."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "examples" / "web"
OPERATIONS = ROOT / "examples" / "operations"
GENERATED = WEB / "src" / "gql"


def digest(kind: str) -> str:
    """The SHA-256 of the sources of `kind` ("codegen" or "app"), as scripts/digest.mjs makes
    it: every file named in sources.json (folders recursively), sorted by path."""
    sources = json.loads((WEB / "sources.json").read_text(encoding="utf-8"))
    excluded = set(sources["exclude"])

    def files(path: str) -> list[str]:
        if path in excluded:
            return []
        full = ROOT / path
        if not full.is_dir():
            return [path]
        return [f for child in sorted(full.iterdir()) for f in files(f"{path}/{child.name}")]

    hasher = hashlib.sha256()
    for path in sorted(f for entry in sources[kind] for f in files(entry)):
        hasher.update(path.encode("utf-8") + b"\0")
        hasher.update((ROOT / path).read_bytes())
        hasher.update(b"\0")
    return hasher.hexdigest()


def node_tools() -> str | None:
    """Why the npm tools cannot run here (None: they can)."""
    if shutil.which("node") is None or shutil.which("npx") is None:
        return "node and npm are not installed"
    if not (WEB / "node_modules" / ".bin" / "graphql-codegen").exists():
        return "examples/web has no node_modules: run `npm ci --prefix examples/web`"
    return None
