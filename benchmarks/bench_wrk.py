"""wrk (Debian's) driving one GraphQL POST; a Lua script counts GraphQL errors as errors."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# wrk's Lua: every response that is not 200 or carries "errors" counts; done() prints JSON.
_SCRIPT = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["Content-Type"] = "application/json"
{auth}
local threads = {{}}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
end
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  for _, t in ipairs(threads) do errors = errors + t:get("bad") end
  io.write(string.format(
    'WRK {{"requests": %d, "seconds": %f, "p50": %f, "p99": %f, "errors": %d}}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(99) / 1e3, errors))
end
"""


@dataclass(frozen=True)
class Figures:
    """One wrk run: throughput, latency (ms) and errors."""

    requests: int
    seconds: float
    p50: float
    p99: float
    errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def lua_string(text: str) -> str:
    """A Lua long string holding `text` exactly."""
    level = "=" * 3
    return f"[{level}[{text}]{level}]"


def script(folder: Path, name: str, body: Mapping[str, object], token: str | None) -> Path:
    """Write the Lua script that POSTs `body` (with a bearer token, if any)."""
    auth = f'wrk.headers["Authorization"] = "Bearer {token}"' if token else ""
    path = folder / f"{name}.lua"
    path.write_text(_SCRIPT.format(body=lua_string(json.dumps(body)), auth=auth))
    return path


def run(url: str, lua: Path, *, seconds: float, connections: int, threads: int = 2) -> Figures:
    """Run wrk against `url` for `seconds`; its figures."""
    completed = subprocess.run(  # noqa: S603
        [  # noqa: S607
            "wrk",
            f"-t{min(threads, connections)}",
            f"-c{connections}",
            f"-d{seconds:g}s",
            "--timeout",
            "10s",
            "-s",
            str(lua),
            url,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    for line in completed.stdout.splitlines():
        if line.startswith("WRK "):
            return Figures(**json.loads(line[4:]))
    raise RuntimeError(f"wrk printed no figures:\n{completed.stdout}\n{completed.stderr}")
