"""`trouwgraph serve` as production runs it, in a process of its own, reached over real HTTP.

`live_serve(folder, issuer)` starts `serve` in production mode on a free port: a fresh SQLite
case store, the processing log on the console (so its spans land in the process output with the
log lines), the demo municipality's registries embedded on a loopback port of their own (the
opt-in for closed test environments), and `issuer` (a `LocalIssuer`) as its OIDC issuer. The
issuer is a real HTTP server in a thread serving `security_support.UITGEVER`'s JWKS, so tokens
from `security_support.token` are accepted; it counts the fetches and can be switched to fail.
`run_cli(args, env)` runs `trouwgraph ARGS` to its end: exit code and output.
"""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from joserfc.jwk import KeySet
from live_support import ROOT, free_port, trouwgraph_process, wacht_tot_bereikbaar
from security_support import ISSUER, UITGEVER

LOGBOEK_SLEUTEL = "test-sleutel-van-het-logboek-32-bytes!"
# Rate limits have their own tests; the walks send many requests from one address.
RUIM = "100000"


class LocalIssuer:
    """The issuer's JWKS over real HTTP on 127.0.0.1; `failing` makes it answer 500."""

    def __init__(self) -> None:
        self.fetches = 0
        self.failing = False
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                issuer.fetches += 1
                if issuer.failing or self.path != "/jwks":
                    self.send_response(500)
                    self.end_headers()
                    return
                body = KeySet([UITGEVER.key]).as_dict(private=False)
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.jwks_url = f"http://127.0.0.1:{self._server.server_address[1]}/jwks"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> LocalIssuer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def serve_env(folder: Path, jwks_url: str) -> dict[str, str]:
    """The environment of a production `serve` with its state under `folder`."""
    return {
        "TROUWGRAPH_PRODUCTION": "true",
        "TROUWGRAPH_OIDC_ISSUER": ISSUER,
        "TROUWGRAPH_OIDC_JWKS_URL": jwks_url,
        "TROUWGRAPH_LOGBOEK_SLEUTEL": LOGBOEK_SLEUTEL,
        "TROUWGRAPH_LOGBOEK_EXPORTER": "console",
        "TROUWGRAPH_DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'cases.db'}",
        "TROUWGRAPH_PUBLIC_URL": "https://trouwen.example-gemeente.nl",
        "TROUWGRAPH_RATE_LIMIT_PER_ADDRESS": RUIM,
        "TROUWGRAPH_RATE_LIMIT_PER_USER": RUIM,
        "TROUWGRAPH_RATE_LIMIT_BESCHIKBAARHEID_ANONIEM": RUIM,
    }


def serve_args(port: int) -> list[str]:
    """`serve` for the demo municipality, its registries embedded on their own port."""
    config = ROOT / "examples" / "demo" / "gemeente.toml"
    return [
        "serve",
        "--config",
        str(config),
        "--allow-embedded-registries",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]


@dataclass(frozen=True)
class LiveServe:
    """A running `serve`: its base URL and the file its output (logs, spans) goes to."""

    base: str
    output: Path
    process: subprocess.Popen[bytes]

    def log(self) -> str:
        """Everything the process wrote so far."""
        return self.output.read_text(encoding="utf-8", errors="replace")


@contextmanager
def live_serve(
    folder: Path, issuer: LocalIssuer, env: Mapping[str, str] | None = None
) -> Iterator[LiveServe]:
    """`trouwgraph serve` in production mode, once it answers; stopped at the end."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    omgeving = {**serve_env(folder, issuer.jwks_url), **(env or {})}
    with trouwgraph_process(serve_args(port), folder, f"serve-{port}", omgeving) as (
        process,
        output,
    ):
        base = f"http://127.0.0.1:{port}"
        wacht_tot_bereikbaar(f"{base}/healthz", process, output)
        yield LiveServe(base, output, process)


def run_cli(
    args: list[str], env: Mapping[str, str], folder: Path, *, seconds: float = 60
) -> tuple[int, str]:
    """`trouwgraph ARGS` run to its end with `env` (and no TROUWGRAPH_* of the test session):
    its exit code and its output (stdout and stderr)."""
    with trouwgraph_process(args, folder, "cli", env) as (process, output):
        code = process.wait(timeout=seconds)
    return code, output.read_text(encoding="utf-8", errors="replace")
