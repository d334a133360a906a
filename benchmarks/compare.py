"""trouwgraph against Hive Gateway over GraphQL Mesh, on the same BRP, side by side.

    .venv/bin/python benchmarks/compare.py [--seconds 10] [--runs 2] [--config one machine]

One command: installs the pinned peer (benchmarks/peer/package.json) into a scratch folder,
derives the BRP spec Mesh can serve (bench_peer.py says how) and composes it; starts one fast
BRP-shaped upstream on loopback (benchmarks/peer/upstream.mjs, its ceiling measured first),
`trouwgraph serve` in production mode with a local JWKS, and Hive Gateway; seeds 50 cases
through trouwgraph's API; checks that both gateways answer the same persons; then runs wrk on
each workload, alternating the gateways, `--runs` times, and prints one table per
configuration: `one` (one trouwgraph worker against one Hive process) and `machine` (a worker
per core against Hive's `--fork` per core). Everything listens on 127.0.0.1; every process
it started is stopped when it ends, also on failure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bench_peer
import bench_trouwgraph
import bench_wrk
import httpx
from bench_processes import PeakMemory, Started, free_port
from bench_workloads import FIELDS, MAAND, SEVEN, SUZANNE, Workload, names, workloads

HERE = Path(__file__).resolve().parent
GATEWAYS = ("trouwgraph", "hive")


@dataclass
class Row:
    """What one gateway did on one workload, over the runs."""

    figures: list[bench_wrk.Figures] = field(default_factory=list)
    upstream_calls: int = 0
    """Upstream calls made by one request sent on its own (exact, unlike a count under wrk)."""

    @property
    def rps(self) -> float:
        return sum(f.rps for f in self.figures) / len(self.figures)

    @property
    def p50(self) -> float:
        return sum(f.p50 for f in self.figures) / len(self.figures)

    @property
    def p99(self) -> float:
        return max(f.p99 for f in self.figures)

    @property
    def errors(self) -> int:
        return sum(f.errors for f in self.figures)


@dataclass
class Result:
    """One configuration's figures."""

    name: str
    trouwgraph_workers: int
    hive_forks: int
    rows: dict[str, dict[str, Row]] = field(default_factory=lambda: defaultdict(dict))
    peak_rss: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GATEWAYS, 0))
    beschikbaarheid_alone_ms: float = 0.0


def main() -> None:
    args = _arguments()
    scratch: Path = args.scratch
    scratch.mkdir(parents=True, exist_ok=True)
    print(f"peer: npm packages into {scratch / 'peer'}", flush=True)
    peer = bench_peer.install(scratch)
    issuer, jwks = bench_trouwgraph.Issuer.make(scratch)
    port = free_port()
    upstream_url = f"http://127.0.0.1:{port}"
    command = ["node", str(HERE / "peer" / "upstream.mjs"), str(port)]
    command += [str(bench_trouwgraph.PERSONEN), str(jwks)]
    with Started("upstream", command, scratch / "upstream.log") as upstream:
        upstream.wait_http(f"{upstream_url}/calls")
        ceiling = _ceiling(upstream_url, scratch, args)
        print(f"upstream ceiling (one person, alone): {ceiling.rps:,.0f} req/s", flush=True)
        bench_peer.compose(peer, upstream_url)
        results = [
            _configuration(name, args, scratch, peer, issuer, upstream_url) for name in args.config
        ]
    _print(results, ceiling, args)
    (scratch / "results.json").write_text(json.dumps([_as_json(r) for r in results], indent=1))


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per wrk run")
    parser.add_argument("--warmup", type=float, default=3.0, help="wrk before each measured run")
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--config", nargs="+", choices=["one", "machine"], default=["one"])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="machine")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/trouwgraph-bench"))  # noqa: S108
    parser.add_argument(
        "--database-url",
        help="PostgreSQL (postgresql+asyncpg://...; the schema bench_<config> is made anew) "
        "instead of a fresh SQLite file in the scratch folder",
    )
    return parser.parse_args()


def _ceiling(upstream_url: str, scratch: Path, args: argparse.Namespace) -> bench_wrk.Figures:
    body = {"type": "RaadpleegMetBurgerservicenummer", "fields": json.loads(FIELDS)}
    body["burgerservicenummer"] = [SUZANNE]
    lua = bench_wrk.script(scratch, "upstream", body, None)
    return bench_wrk.run(
        f"{upstream_url}/personen", lua, seconds=args.seconds, connections=args.connections
    )


def _configuration(
    name: str,
    args: argparse.Namespace,
    scratch: Path,
    peer: Path,
    issuer: bench_trouwgraph.Issuer,
    upstream_url: str,
) -> Result:
    workers = 1 if name == "one" else args.workers
    result = Result(name, workers, workers)
    folder = scratch / name
    folder.mkdir(exist_ok=True)
    database: tuple[str, str | None]
    if args.database_url:
        schema = asyncio.run(bench_trouwgraph.fresh_schema(args.database_url, f"bench_{name}"))
        database = (args.database_url, schema)
    else:
        (folder / "cases.db").unlink(missing_ok=True)
        database = (f"sqlite+aiosqlite:///{folder / 'cases.db'}", None)
    tg_port, hive_port = free_port(), free_port()
    urls = {
        "trouwgraph": f"http://127.0.0.1:{tg_port}/graphql",
        "hive": f"http://127.0.0.1:{hive_port}/graphql",
        "upstream": upstream_url,
    }
    print(f"\n[{name}] trouwgraph serve --workers {workers}, hive-gateway --fork {workers}")
    with (
        bench_trouwgraph.start(
            folder, tg_port, workers, upstream_url, database, folder / "trouwgraph.log"
        ) as trouwgraph,
        bench_peer.start(peer, hive_port, workers, folder / "hive.log") as hive,
    ):
        trouwgraph.wait_http(f"http://127.0.0.1:{tg_port}/readyz")
        hive.wait_http(f"http://127.0.0.1:{hive_port}/healthcheck")
        case_ids = asyncio.run(
            bench_trouwgraph.seed_over_http(f"http://127.0.0.1:{tg_port}", issuer, 50, *MAAND)
        )
        print(f"[{name}] seeded {len(case_ids)} cases", flush=True)
        _check_same_persons(urls, issuer)
        processes = {"trouwgraph": trouwgraph.pid, "hive": hive.pid}
        for run in range(args.runs):
            for index, workload in enumerate(workloads()):
                order = GATEWAYS if (run + index) % 2 == 0 else GATEWAYS[::-1]
                for gateway in order:
                    _measure(result, gateway, workload, urls, processes, case_ids, issuer, args)
        result.beschikbaarheid_alone_ms = _alone(urls["trouwgraph"], issuer, folder)
    return result


def _body(gateway: str, workload: Workload, case_ids: list[str]) -> dict[str, Any] | None:
    query = workload.trouwgraph if gateway == "trouwgraph" else workload.hive
    if query is None:
        return None
    body: dict[str, Any] = {"query": query}
    if "$id" in query:
        body["variables"] = {"id": case_ids[0]}
    return body


def _measure(
    result: Result,
    gateway: str,
    workload: Workload,
    urls: dict[str, str],
    processes: dict[str, int],
    case_ids: list[str],
    issuer: bench_trouwgraph.Issuer,
    args: argparse.Namespace,
) -> None:
    body = _body(gateway, workload, case_ids)
    if body is None:
        return
    token = issuer.token("medewerker") if gateway == "trouwgraph" else None
    folder = args.scratch / result.name
    lua = bench_wrk.script(folder, f"{gateway}-{workload.name[:12].replace(' ', '_')}", body, token)
    url = urls[gateway]
    bench_wrk.run(url, lua, seconds=args.warmup, connections=args.connections)
    with PeakMemory(processes[gateway]) as memory:
        figures = bench_wrk.run(url, lua, seconds=args.seconds, connections=args.connections)
    row = result.rows[workload.name].setdefault(gateway, Row())
    row.figures.append(figures)
    before = _quiet_upstream(urls)  # requests wrk left in flight have finished
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    httpx.post(url, json=body, headers=headers, timeout=60).raise_for_status()
    row.upstream_calls = _upstream_calls(urls) - before
    result.peak_rss[gateway] = max(result.peak_rss[gateway], memory.peak)
    print(
        f"[{result.name}] {workload.name} / {gateway}: {figures.rps:,.0f} req/s, "
        f"p50 {figures.p50:.1f} ms, p99 {figures.p99:.1f} ms, errors {figures.errors}",
        flush=True,
    )


def _upstream_calls(urls: dict[str, str]) -> int:
    return int(httpx.get(f"{urls['upstream']}/calls").json()["calls"])


def _quiet_upstream(urls: dict[str, str]) -> int:
    """The upstream's call count once it has not changed for a second (at most 60 s)."""
    calls = _upstream_calls(urls)
    for _ in range(60):
        time.sleep(1.0)
        now = _upstream_calls(urls)
        if now == calls:
            break
        calls = now
    return calls


def _alone(url: str, issuer: bench_trouwgraph.Issuer, folder: Path) -> float:
    """p50 of `beschikbaarheid` for the month, one request at a time (its server time)."""
    workload = next(w for w in workloads() if w.name.startswith("beschikbaarheid"))
    assert workload.trouwgraph is not None
    body = {"query": workload.trouwgraph}
    lua = bench_wrk.script(folder, "beschikbaarheid-alone", body, issuer.token("medewerker"))
    return bench_wrk.run(url, lua, seconds=5, connections=1, threads=1).p50


def _check_same_persons(urls: dict[str, str], issuer: bench_trouwgraph.Issuer) -> None:
    """Both gateways must answer the seven persons with the same names and birth dates."""
    aliased = next(w for w in workloads() if w.name.startswith("seven persons, 7"))
    found = {}
    for gateway in GATEWAYS:
        body = _body(gateway, aliased, [])
        headers = {"Authorization": f"Bearer {issuer.token('medewerker')}"}
        answer = httpx.post(urls[gateway], json=body, headers=headers, timeout=30).json()
        if "errors" in answer:
            raise RuntimeError(f"{gateway} answered with errors: {answer['errors']}")
        found[gateway] = names(answer, gateway)
    if found["trouwgraph"] != found["hive"] or set(found["hive"]) != set(SEVEN):
        raise RuntimeError(f"the gateways disagree: {found}")
    print(f"both gateways answer the same {len(SEVEN)} persons", flush=True)


def _print(results: list[Result], ceiling: bench_wrk.Figures, args: argparse.Namespace) -> None:
    versions = _versions()
    print(
        f"\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.2f}; {versions}; wrk -c{args.connections}, "
        f"{args.seconds:g} s after {args.warmup:g} s warm-up, {args.runs} runs alternating "
        f"(req/s and p50: mean of the runs; p99: the worse run; errors: all runs).\n"
        f"Upstream alone: {ceiling.rps:,.0f} req/s, p99 {ceiling.p99:.1f} ms."
    )
    for result in results:
        print(
            f"\n### {result.name}: trouwgraph serve --workers {result.trouwgraph_workers} "
            f"vs hive-gateway --fork {result.hive_forks}\n"
        )
        print(
            "| workload | trouwgraph req/s | p50/p99 ms | errors | upstream calls "
            "| Hive req/s | p50/p99 ms | errors | upstream calls | ratio |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        aliased = result.rows.get("seven persons, 7 aliased fields", {}).get("trouwgraph")
        for name, rows in result.rows.items():
            tg, hive = rows.get("trouwgraph"), rows.get("hive")
            ratio = f"{tg.rps / hive.rps:.2f}x" if tg and hive and hive.rps else "-"
            print(f"| {name} | {_cells(tg)} | {_cells(hive)} | {ratio} |")
        tg_mb, hive_mb = (result.peak_rss[g] / 2**20 for g in GATEWAYS)
        ratio = f"{tg_mb / hive_mb:.2f}x" if hive_mb else "-"
        print(
            f"| peak resident memory, all processes | {tg_mb:.0f} MB | | | | {hive_mb:.0f} MB "
            f"| | | | {ratio} |"
        )
        listed = result.rows.get("seven persons, one BSN list (by hand)", {}).get("hive")
        if aliased and listed and listed.rps:
            print(
                f"\nSeven persons, trouwgraph's aliased form against Hive's list by hand: "
                f"{aliased.rps / listed.rps:.2f}x"
            )
        print(
            f"\n`beschikbaarheid` for the month, one request at a time: "
            f"p50 {result.beschikbaarheid_alone_ms:.1f} ms"
        )
    if len(results) > 1:
        one, machine = results[0], results[-1]
        name = "one person (naam, geboorte)"
        gain = machine.rows[name]["trouwgraph"].rps / one.rows[name]["trouwgraph"].rps
        print(
            f"\nWorkers: {machine.trouwgraph_workers} give {gain:.2f}x one worker on one person; "
            f"recommended: `trouwgraph serve --workers {os.cpu_count()}` (one per core), "
            "with PostgreSQL as the store."
        )


def _as_json(result: Result) -> dict[str, Any]:
    rows = {
        workload: {
            gateway: {"figures": [asdict(f) for f in row.figures], "upstream": row.upstream_calls}
            for gateway, row in by_gateway.items()
        }
        for workload, by_gateway in result.rows.items()
    }
    return {
        "configuration": result.name,
        "rows": rows,
        "peak_rss": result.peak_rss,
        "beschikbaarheid_alone_ms": result.beschikbaarheid_alone_ms,
    }


def _cells(row: Row | None) -> str:
    if row is None:
        return "- | - | - | -"
    return f"{row.rps:,.0f} | {row.p50:.1f} / {row.p99:.1f} | {row.errors} | {row.upstream_calls}"


def _versions() -> str:
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()  # noqa: S607
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True)  # noqa: S607
    wrk_version = (wrk.stdout or wrk.stderr).split()[1] if (wrk.stdout or wrk.stderr) else "?"
    return (
        f"Python {platform.python_version()}, Node {node}, wrk {wrk_version}, "
        "Hive Gateway 2.15.1, Mesh compose-cli 1.8.2, @omnigraph/openapi 0.112.4"
    )


if __name__ == "__main__":
    main()
