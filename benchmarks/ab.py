"""A/B of two checkouts of trouwgraph on one workload, under the same load, alternating.

    .venv/bin/python benchmarks/ab.py /path/to/base/checkout [--workload "one person"]
        [--rounds 3] [--seconds 6]

On a machine whose load changes from minute to minute, a change is judged by two `serve`
workers side by side (A: the given checkout, B: this one) over the same benchmark upstream,
wrk alternating between them, each round in the other order. Prints each round and the means.
Loopback only; stops what it started.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path

import bench_trouwgraph
import bench_wrk
from bench_processes import PeakMemory, Started, free_port
from bench_workloads import MAAND, workloads

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="checkout A (B is this one)")
    parser.add_argument("--workload", default="one person")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/trouwgraph-ab"))  # noqa: S108
    args = parser.parse_args()
    workload = next(w for w in workloads() if w.name.startswith(args.workload))
    assert workload.trouwgraph is not None
    scratch: Path = args.scratch
    scratch.mkdir(parents=True, exist_ok=True)
    issuer, jwks = bench_trouwgraph.Issuer.make(scratch)
    up_port = free_port()
    upstream = f"http://127.0.0.1:{up_port}"
    command = ["node", str(HERE / "peer" / "upstream.mjs"), str(up_port)]
    command += [str(bench_trouwgraph.PERSONEN), str(jwks)]
    roots = {"A": args.base.resolve(), "B": HERE.parent}
    with Started("upstream", command, scratch / "upstream.log") as up:
        up.wait_http(f"{upstream}/calls")
        started: dict[str, tuple[Started, str]] = {}
        try:
            for name, root in roots.items():
                folder = scratch / name
                folder.mkdir(exist_ok=True)
                (folder / "cases.db").unlink(missing_ok=True)
                port = free_port()
                database = (f"sqlite+aiosqlite:///{folder / 'cases.db'}", None)
                process = bench_trouwgraph.start(
                    folder, port, 1, upstream, database, folder / "trouwgraph.log", root
                )
                started[name] = (process, f"http://127.0.0.1:{port}")
            bodies = {}
            for name, (process, base) in started.items():
                process.wait_http(f"{base}/readyz")
                body: dict[str, object] = {"query": workload.trouwgraph}
                if "$id" in workload.trouwgraph or "huwelijken" in workload.trouwgraph:
                    ids = asyncio.run(bench_trouwgraph.seed_over_http(base, issuer, 50, *MAAND))
                    if "$id" in workload.trouwgraph:
                        body["variables"] = {"id": ids[0]}
                bodies[name] = bench_wrk.script(
                    scratch, f"ab-{name}", body, issuer.token("medewerker")
                )
            results: dict[str, list[tuple[bench_wrk.Figures, int, float]]] = {"A": [], "B": []}
            for round_ in range(args.rounds):
                order = ("A", "B") if round_ % 2 == 0 else ("B", "A")
                for name in order:
                    process, base = started[name]
                    url = f"{base}/graphql"
                    bench_wrk.run(url, bodies[name], seconds=2, connections=args.connections)
                    before = cpu_seconds(process.pid)
                    with PeakMemory(process.pid) as memory:
                        figures = bench_wrk.run(
                            url, bodies[name], seconds=args.seconds, connections=args.connections
                        )
                    cpu = (cpu_seconds(process.pid) - before) * 1000 / max(figures.requests, 1)
                    results[name].append((figures, memory.peak, cpu))
                    print(
                        f"round {round_ + 1} {name}: {figures.rps:,.0f} req/s, p50 "
                        f"{figures.p50:.1f} ms, p99 {figures.p99:.1f} ms, errors {figures.errors},"
                        f" rss {memory.peak / 2**20:.0f} MB, cpu {cpu:.2f} ms/request",
                        flush=True,
                    )
        finally:
            for process, _ in started.values():
                process.stop()
    for name, runs in results.items():
        n = len(runs)
        print(
            f"{name} ({roots[name]}): {sum(f.rps for f, _, _ in runs) / n:,.0f} req/s, "
            f"p50 {sum(f.p50 for f, _, _ in runs) / n:.1f} ms, "
            f"p99 {sum(f.p99 for f, _, _ in runs) / n:.1f} ms (mean), "
            f"rss {max(m for _, m, _ in runs) / 2**20:.0f} MB, "
            f"cpu {min(c for _, _, c in runs):.2f} ms/request (best round)"
        )


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of `pid` (from /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    main()
