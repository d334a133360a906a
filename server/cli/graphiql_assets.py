"""`trouwgraph graphiql-assets`: check (or rebuild) the committed GraphiQL assets.

The assets in `server/graphql/graphiql/` are built by esbuild from the npm packages that
`tools/graphiql/package-lock.json` pins; `build.json` records the packages' versions, the lock
file's hash and every built file's hash. The check needs no Node: the files are the ones built,
from this lock file, with the versions `package.json` asks for. `--build` runs `npm ci` and the
build (Node 20 or later, and the npm registry).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

from trouwgraph.server.graphql.graphiql import ASSETS

BRON = Path(__file__).resolve().parents[2] / "tools" / "graphiql"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verschillen(assets: Path = ASSETS, bron: Path = BRON) -> list[str]:
    """Why the assets are not the ones `bron` builds (empty: they are)."""
    build = json.loads((assets / "build.json").read_text(encoding="utf-8"))
    fouten = []
    gebouwd = {p.name for p in assets.iterdir() if p.name != "build.json"}
    if gebouwd != set(build["bestanden"]):
        fouten.append(f"files differ from build.json: {sorted(gebouwd ^ set(build['bestanden']))}")
    for naam, hash_ in build["bestanden"].items():
        if naam in gebouwd and _sha256(assets / naam) != hash_:
            fouten.append(f"{naam} was changed after the build")
    if not bron.is_dir():
        return fouten  # an installed package: no sources to compare with
    if _sha256(bron / "package-lock.json") != build["package_lock_sha256"]:
        fouten.append("package-lock.json changed since the build")
    pakket = json.loads((bron / "package.json").read_text(encoding="utf-8"))
    gevraagd = {**pakket["dependencies"], **pakket["devDependencies"]}
    for naam, versie in build["pakketten"].items():
        if naam in gevraagd and gevraagd[naam] != versie:
            fouten.append(f"{naam}: built with {versie}, package.json pins {gevraagd[naam]}")
    return fouten


def bouw(bron: Path = BRON) -> None:
    """`npm ci` and the build; raises when Node or npm is missing or a step fails."""
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not on PATH: install Node.js 20 or later to rebuild")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=bron, check=True)  # noqa: S603
    subprocess.run([npm, "run", "build"], cwd=bron, check=True)  # noqa: S603


def graphiql_assets(args: argparse.Namespace) -> None:
    """`trouwgraph graphiql-assets [--build]`: exit 1 naming what is out of date."""
    if args.build:
        bouw()
    fouten = verschillen()
    if fouten:
        sys.exit("GraphiQL assets out of date: " + "; ".join(fouten))
    print("GraphiQL assets: OK")


def voeg_graphiql_assets_toe(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """The `graphiql-assets` command."""
    assets = commands.add_parser(
        "graphiql-assets", help="check (or --build) the committed GraphiQL assets"
    )
    assets.add_argument(
        "--build", action="store_true", help="rebuild them with npm (default: check)"
    )
    assets.set_defaults(run=graphiql_assets)
