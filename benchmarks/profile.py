"""Where one trouwgraph worker's time goes under wrk: py-spy on `serve`, one workload.

    .venv/bin/python benchmarks/profile.py [--workload "one person"] [--seconds 12]

Starts the benchmark's BRP upstream and `trouwgraph serve --workers 1` exactly as compare.py
does (production mode, local JWKS, processing log to a file), seeds 50 cases when the workload
needs them, then runs wrk (10 connections) while `py-spy record --format raw` samples the
worker, and prints wrk's figures and the share of samples that pass through each group of
frames (one sample can count in several groups). Loopback only; stops what it started.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import shutil
import subprocess
import sys
from pathlib import Path

import bench_trouwgraph
import bench_wrk
from bench_processes import Started, free_port
from bench_workloads import MAAND, workloads

HERE = Path(__file__).resolve().parent

GROUPS = {
    "graphql-core parse/validate": ("graphql/language/", "graphql/validation/"),
    "graphql-core execute": ("graphql/execution/",),
    "strawberry": ("strawberry/",),
    "httpx": ("httpx/",),
    "aiohttp": ("aiohttp/",),
    "uvicorn": ("uvicorn/",),
    "starlette": ("starlette/",),
    "sqlalchemy": ("sqlalchemy/",),
    "opentelemetry": ("opentelemetry/",),
    "trouwgraph server": ("trouwgraph/server/", "/server/"),
    "trouwgraph resolvers": ("/resolvers/",),
    "trouwgraph adapters": ("/adapters/",),
    "trouwgraph domain": ("/domain/",),
    "trouwgraph store": ("/store/",),
    "asyncio": ("asyncio/",),
    "orjson/json": ("json/", "orjson"),
    "gc (py-spy: collecting)": ("<GC>",),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workload", default="one person")
    parser.add_argument("--seconds", type=float, default=12.0)
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/trouwgraph-profile"))  # noqa: S108
    parser.add_argument("--top", type=int, default=25, help="leaf frames to list")
    args = parser.parse_args()
    workload = next(w for w in workloads() if w.name.startswith(args.workload))
    assert workload.trouwgraph is not None
    scratch: Path = args.scratch
    scratch.mkdir(parents=True, exist_ok=True)
    issuer, jwks = bench_trouwgraph.Issuer.make(scratch)
    up_port, tg_port = free_port(), free_port()
    upstream = f"http://127.0.0.1:{up_port}"
    command = ["node", str(HERE / "peer" / "upstream.mjs"), str(up_port)]
    command += [str(bench_trouwgraph.PERSONEN), str(jwks)]
    (scratch / "cases.db").unlink(missing_ok=True)
    database = (f"sqlite+aiosqlite:///{scratch / 'cases.db'}", None)
    with (
        Started("upstream", command, scratch / "upstream.log") as up,
        bench_trouwgraph.start(
            scratch, tg_port, 1, upstream, database, scratch / "trouwgraph.log"
        ) as tg,
    ):
        up.wait_http(f"{upstream}/calls")
        base = f"http://127.0.0.1:{tg_port}"
        tg.wait_http(f"{base}/readyz")
        body: dict[str, object] = {"query": workload.trouwgraph}
        if "$id" in workload.trouwgraph or "huwelijken" in workload.trouwgraph:
            ids = asyncio.run(bench_trouwgraph.seed_over_http(base, issuer, 50, *MAAND))
            body["variables"] = {"id": ids[0]} if "$id" in workload.trouwgraph else {}
        lua = bench_wrk.script(scratch, "profile", body, issuer.token("medewerker"))
        url = f"{base}/graphql"
        bench_wrk.run(url, lua, seconds=3, connections=args.connections)
        raw = scratch / "profile.txt"
        spy = subprocess.Popen(  # noqa: S603
            [
                shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy"),
                "record",
                "--pid",
                str(tg.pid),
                "--rate",
                "200",
                "--duration",
                str(int(args.seconds)),
                "--format",
                "raw",
                "--gil",
                "--output",
                str(raw),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        figures = bench_wrk.run(url, lua, seconds=args.seconds, connections=args.connections)
        spy.wait(timeout=60)
    print(
        f"{workload.name}: {figures.rps:,.0f} req/s, p50 {figures.p50:.1f} ms, "
        f"p99 {figures.p99:.1f} ms, errors {figures.errors}"
    )
    summarise(raw, args.top)


def summarise(raw: Path, top: int) -> None:
    """Share of samples per group of frames, and the heaviest leaf frames (self time)."""
    total = 0
    groups: collections.Counter[str] = collections.Counter()
    leaves: collections.Counter[str] = collections.Counter()
    for line in raw.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack:
            continue
        count = int(count_text)
        total += count
        frames = stack.split(";")
        for group, needles in GROUPS.items():
            if any(n in f for f in frames for n in needles):
                groups[group] += count
        leaves[frames[-1]] += count
    print(f"\n{total} samples (GIL held)\n\n| frames through | share |\n|---|---|")
    for group, count in groups.most_common():
        print(f"| {group} | {100 * count / total:.1f}% |")
    print("\nleaf frames (self):")
    for frame, count in leaves.most_common(top):
        print(f"{100 * count / total:5.1f}%  {frame}")
    print(json.dumps({"samples": total}))


if __name__ == "__main__":
    main()
