"""A gateway's exchanges with Qmatic, checked against the recorded wire shapes.

The fixtures in ../shared/fixtures/agenda/qmatic are recorded Qmatic answers (as
tests/test_qmatic.py uses them for the registry itself); every answer the gateway got must have
their shape, every error Qmatic's error shape, and no request may carry a BSN.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

# ../shared beside the checkout (as in CI, and /work/shared here).
FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "agenda" / "qmatic"
_REQUEST_KEYS = {"title", "services", "customers", "notes", "custom", "customSlotLength"}


def fixture(name: str) -> Any:
    """A recorded Qmatic answer."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def same_shape(ours: object, recorded: object, where: str = "") -> None:
    """Objects have the recorded keys, recursively (lists by their first element; the echoed
    matrix `arguments` vary by call; a customer has some of the recorded fields, as Qmatic
    echoes what the booking sent)."""
    if isinstance(recorded, dict):
        assert isinstance(ours, dict), where
        if where.endswith(".customers[0]"):
            assert set(ours) <= set(recorded), (where, set(ours) - set(recorded))
            return
        assert set(ours) == set(recorded), (where, set(ours) ^ set(recorded))
        for key, value in recorded.items():
            if key != "arguments":
                same_shape(ours[key], value, f"{where}.{key}")
    elif isinstance(recorded, list) and recorded:
        assert isinstance(ours, list), where
        if ours:
            same_shape(ours[0], recorded[0], f"{where}[0]")


def _recorded_for(method: str, path: str) -> str:
    if method == "POST":
        return "book.json"  # reserve and confirm answer the appointment as book does
    if "/v1/appointments/" in path:
        return "appointment.json"
    if re.search(r"/dates/[^/;]+/times;", path):
        return "times.json"
    if re.search(r"/branches/[^/]+/dates;", path):
        return "dates.json"
    if re.search(r"/v1/services/[^/]+/branches$", path):
        return "limited_branches.json"
    if path.endswith("/v1/services"):
        return "services.json"
    if path.endswith("/v1/branches"):
        return "branches.json"
    if re.search(r"/v1/branches/[^/]+/services$", path):
        return "limited_services.json"
    raise AssertionError(f"unexpected Qmatic call {method} {path}")


def check_exchange(request: httpx.Request, response: httpx.Response, bsns: Iterable[str]) -> None:
    """One exchange: the request as Qmatic takes it, the answer as Qmatic gives it."""
    path = request.url.raw_path.decode()
    sent = request.content.decode()
    assert not any(bsn in path or bsn in sent for bsn in bsns), "a BSN went to Qmatic"
    if sent:
        assert set(json.loads(sent)) <= _REQUEST_KEYS
    if response.status_code >= 400:
        assert response.headers["ERROR_CODE"] and response.headers["ERROR_MESSAGE"]
        assert set(response.json()) == {"msg"}
        return
    if request.method == "DELETE":
        assert response.status_code == 204
        return
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    if re.search(r"/v1/branches/[^/]+$", path):
        # One branch (no recording of its own): the envelope around a branch of the list.
        body = response.json()
        assert set(body) == {"notifications", "branch", "meta"}, path
        same_shape(body["branch"], fixture("branches.json")["branchList"][0], path)
        return
    same_shape(response.json(), fixture(_recorded_for(request.method, path)), path)


def check_exchanges(
    exchanges: Iterable[tuple[httpx.Request, httpx.Response]], bsns: Iterable[str]
) -> int:
    """Check every exchange; how many there were."""
    bsns = list(bsns)
    count = 0
    for request, response in exchanges:
        check_exchange(request, response, bsns)
        count += 1
    return count
