"""The README's first query works as written: its shell block, run against a real demo (on a
free port instead of 8000), answers the person without an error."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from browser_support import running_demo

ROOT = Path(__file__).resolve().parent.parent


def first_query_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A first query", 1)[1]
    match = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert match, "README: no shell block under 'A first query'"
    return match.group(1)


def test_the_readmes_first_query_answers(tmp_path: Path) -> None:
    if shutil.which("curl") is None or shutil.which("bash") is None:
        pytest.skip("curl and bash are needed to run the README's commands")
    script = first_query_block()
    assert "http://127.0.0.1:8000" in script
    with running_demo(tmp_path) as base:
        done = subprocess.run(  # noqa: S603
            ["bash", "-euo", "pipefail", "-c", script.replace("http://127.0.0.1:8000", base)],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    answer = json.loads(done.stdout)
    assert "errors" not in answer, answer
    assert answer["data"]["persoon"]["naam"]["volledigeNaam"]
