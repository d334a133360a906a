"""Real servers for tests from outside: `trouwgraph demo` and `trouwgraph registries` started
as processes on free ports, reached over real HTTP only.

`live_demo(folder)` starts a demo keeping its state in `folder` and yields a `Live` with the
base URL and the credentials of its embedded registries (read from the state folder);
`live_demos(folder, n)` starts n demos at once; `live_registries(folder)` starts the standalone
registries with credentials it chooses.
Each process's output goes to a file in `folder`; the server is stopped (SIGTERM, then SIGKILL)
when the context ends.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from gateway_support import Gateway
from proces_support import Klok, Scenario
from proces_support import melding_gedaan as melding_gegeven
from starlette.applications import Starlette

from trouwgraph.registries.app import ZGW_CLIENT_ID

ROOT = Path(__file__).resolve().parent.parent
_START_SECONDS = 60.0


@dataclass(frozen=True)
class Live:
    """A server running in a process of its own."""

    base: str
    zgw_client_id: str
    zgw_secret: str
    betalingen_api_key: str
    output: Path
    process: subprocess.Popen[bytes]
    state: Path | None = None  # a demo's state folder


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def trouwgraph_process(
    args: list[str],
    folder: Path,
    name: str,
    env: Mapping[str, str] | None,
    *,
    cwd: Path | None = None,
) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    """`python -m trouwgraph ARGS` with this checkout's code and none of the test session's
    TROUWGRAPH_* settings but `env`, its output in FOLDER/NAME.log; stopped with SIGTERM."""
    folder.mkdir(parents=True, exist_ok=True)
    output = folder / f"{name}.log"
    omgeving = {
        k: v for k, v in os.environ.items() if not k.startswith("TROUWGRAPH_")
    }  # the test session's settings are not the server's
    omgeving["PYTHONPATH"] = str(ROOT)  # this checkout's code, wherever the process runs
    omgeving.update(env or {})
    with output.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603  (our own command line)
            [sys.executable, "-m", "trouwgraph", *args],
            cwd=cwd or ROOT,
            env=omgeving,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        yield process, output
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def wacht_tot_bereikbaar(url: str, process: subprocess.Popen[bytes], output: Path) -> None:
    """Until `url` answers at all (uvicorn listens once the app has started)."""
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server ended early:\n{output.read_text(errors='replace')}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError(f"server not reachable at {url}:\n{output.read_text(errors='replace')}")


@contextmanager
def live_demo(
    folder: Path,
    *,
    extra: list[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Iterator[Live]:
    """`trouwgraph demo --port PORT --state FOLDER/state` (plus `extra`), once it answers."""
    with live_demos(folder, 1, extra=extra, env=env) as (demo,):
        yield demo


@contextmanager
def live_demos(
    folder: Path,
    count: int,
    *,
    cwd: Path | None = None,
    extra: list[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Iterator[tuple[Live, ...]]:
    """`count` demos started at once, each on a free port; with `cwd` they run there with
    their default state folder (var/demo-PORT), else each with `--state FOLDER/stateN`."""
    ports = [free_port() for _ in range(count)]
    with ExitStack() as stack:
        started = []
        for n, port in enumerate(ports):
            args = ["demo", "--port", str(port), *(extra or [])]
            if cwd is None:
                state = folder / f"state{n}" if count > 1 else folder / "state"
                args += ["--state", str(state)]
            else:
                state = cwd / "var" / f"demo-{port}"
            process, output = stack.enter_context(
                trouwgraph_process(args, folder, f"demo-{port}", env, cwd=cwd)
            )
            started.append((port, state, process, output))
        demos = []
        for port, state, process, output in started:
            base = f"http://127.0.0.1:{port}"
            wacht_tot_bereikbaar(f"{base}/healthz", process, output)
            credentials = json.loads((state / "registries.json").read_text(encoding="utf-8"))
            demos.append(
                Live(
                    base,
                    credentials["zgw_client_id"],
                    credentials["zgw_secret"],
                    credentials["betalingen_api_key"],
                    output,
                    process,
                    state,
                )
            )
        yield tuple(demos)


@contextmanager
def live_registries(folder: Path, *, env: Mapping[str, str] | None = None) -> Iterator[Live]:
    """`trouwgraph registries --port PORT` with credentials of our choosing, once it answers."""
    port = free_port()
    zgw_secret, api_key = secrets.token_urlsafe(32), f"test_{secrets.token_urlsafe(24)}"
    keuze = {
        "TROUWGRAPH_REGISTRIES_ZGW_SECRET": zgw_secret,
        "TROUWGRAPH_REGISTRIES_BETALINGEN_API_KEY": api_key,
        **(env or {}),
    }
    args = ["registries", "--port", str(port)]
    with trouwgraph_process(args, folder, "registries", keuze) as (process, output):
        base = f"http://127.0.0.1:{port}"
        wacht_tot_bereikbaar(f"{base}/", process, output)
        yield Live(base, ZGW_CLIENT_ID, zgw_secret, api_key, output, process)


AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_HOLIDAYS = {date(2027, 3, 29), date(2027, 4, 27), date(2027, 5, 6), date(2027, 5, 17)}


def ceremonie_start(vandaag: date | None = None) -> str:
    """A Friday 14:00 in Amsterdam some three months ahead: inside the notice window."""
    dag = (vandaag or date.today()) + timedelta(days=90)
    while dag.weekday() != 4 or dag in _HOLIDAYS:
        dag += timedelta(days=1)
    return datetime(dag.year, dag.month, dag.day, 14, 0, tzinfo=AMSTERDAM).isoformat()


async def wacht(check: Any, what: str, seconds: float = 30.0) -> Any:
    """Poll the coroutine function `check` until it returns something truthy."""
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        if result := await check():
            return result
        await asyncio.sleep(0.2)
    raise AssertionError(f"{what}: not within {seconds} s")


async def melding_gedaan(demo: Scenario) -> tuple[dict[str, Any], str]:
    """`proces_support.melding_gedaan` for a ceremony inside the notice window of today."""
    return await melding_gegeven(demo, start=ceremonie_start())


async def zaak_geregistreerd(demo: Scenario, huwelijk_id: str) -> str:
    """The URL of the case's zaak, once the outbox has registered it."""

    async def zaak_url() -> str | None:
        query = f'{{ huwelijk(id: "{huwelijk_id}") {{ zaakregistratie {{ zaakUrl }} }} }}'
        result = await demo.gateway.graphql(query, token=await demo.medewerker())
        registratie = result["data"]["huwelijk"]["zaakregistratie"]
        return registratie["zaakUrl"] if registratie else None

    url: str = await wacht(zaak_url, "the zaak's registration")
    return url


def scenario(base: str) -> Scenario:
    """Driving the demo at `base` through GraphQL as a front end would (close its client)."""
    browser = httpx.AsyncClient(base_url=base, timeout=10.0, trust_env=False)
    return Scenario(Gateway(browser, {}, Starlette()), Klok())  # the real clock rules here
