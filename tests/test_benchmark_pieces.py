"""A cheap smoke of the benchmark's pieces (the benchmark itself never runs in the tests)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench_peer
from bench_processes import tree_rss
from bench_wrk import lua_string, script


def test_the_derived_spec_changes_only_the_request_body(tmp_path: Path) -> None:
    source = next((p for p in bench_peer.SPEC_FALLBACKS if p.exists()), None)
    if source is None:
        pytest.skip("the shared BRP spec is not on this machine")
    derived = json.loads(bench_peer.derive_spec(tmp_path).read_text())
    original = json.loads(source.read_text())
    body = derived["paths"]["/personen"]["post"]["requestBody"]["content"]
    assert [media["schema"] for media in body.values()] == [
        {"$ref": "#/components/schemas/RaadpleegMetBurgerservicenummer"}
    ]
    derived["paths"]["/personen"]["post"].pop("requestBody")
    original["paths"]["/personen"]["post"].pop("requestBody")
    assert derived == original


def test_the_wrk_script_carries_the_body_and_token_verbatim(tmp_path: Path) -> None:
    body = {"query": '{ a(b: "]]") }'}
    text = script(tmp_path, "x", body, "tok.en").read_text()
    assert lua_string(json.dumps(body)) in text
    assert 'wrk.headers["Authorization"] = "Bearer tok.en"' in text


def test_resident_memory_of_a_process_tree() -> None:
    assert tree_rss(os.getpid()) > 10 * 2**20
