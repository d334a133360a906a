"""The peer: Hive Gateway 2.15.1 serving GraphQL Mesh's composition of the real BRP spec.

Spec derivation (the only change to /work/shared's Haal Centraal BRP Personen v2.7.0 spec,
fixtures/brp/brp-personen-v2-openapi.resolved.json): the request body of `POST /personen`
is pointed at `RaadpleegMetBurgerservicenummer` instead of the discriminated `PersonenQuery`.
From the unmodified spec Mesh builds an input type without `burgerservicenummer` (it keeps
only the discriminator base's properties), so no person can be asked for by BSN.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from bench_processes import Started

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = ROOT.parent / "shared" / "fixtures" / "brp" / "brp-personen-v2-openapi.resolved.json"
SPEC_FALLBACKS = (SPEC, Path("/work/shared/fixtures/brp/brp-personen-v2-openapi.resolved.json"))


def install(scratch: Path) -> Path:
    """npm-install the pinned packages (benchmarks/peer/package.json) into `scratch`/peer."""
    folder = scratch / "peer"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = (HERE / "peer" / "package.json").read_text()
    package = folder / "package.json"
    binary = folder / "node_modules" / ".bin" / "hive-gateway"
    if not (package.exists() and package.read_text() == wanted and binary.exists()):
        package.write_text(wanted)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],  # noqa: S607
            cwd=folder,
            check=True,
            timeout=900,
        )
    shutil.copy(HERE / "peer" / "mesh.config.ts", folder / "mesh.config.ts")
    return folder


def derive_spec(folder: Path) -> Path:
    """Write the derived spec (see the module docstring) next to the peer."""
    source = next(path for path in SPEC_FALLBACKS if path.exists())
    spec = json.loads(source.read_text(encoding="utf-8"))
    body = spec["paths"]["/personen"]["post"]["requestBody"]["content"]
    for media in body.values():
        media["schema"] = {"$ref": "#/components/schemas/RaadpleegMetBurgerservicenummer"}
    derived = folder / "brp-raadpleeg.json"
    derived.write_text(json.dumps(spec), encoding="utf-8")
    return derived


def compose(folder: Path, upstream: str) -> Path:
    """Compose the supergraph over the derived spec, its requests going to `upstream`."""
    spec = derive_spec(folder)
    subprocess.run(  # noqa: S603
        [str(folder / "node_modules" / ".bin" / "mesh-compose"), "-o", "supergraph.graphql"],
        cwd=folder,
        env={**os.environ, "BRP_SPEC": str(spec), "BRP_ENDPOINT": upstream},
        check=True,
        timeout=300,
        capture_output=True,
    )
    return folder / "supergraph.graphql"


def start(folder: Path, port: int, fork: int, log: Path) -> Started:
    """Hive Gateway on 127.0.0.1:`port` with `fork` workers (1: a single process)."""
    command = [
        str(folder / "node_modules" / ".bin" / "hive-gateway"),
        "supergraph",
        str(folder / "supergraph.graphql"),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--fork",
        str(fork),
        "--disable-websockets",
    ]
    return Started(
        "hive-gateway",
        command,
        log,
        cwd=folder,
        env={"NODE_ENV": "production", "LOG_LEVEL": "warn"},
    )
