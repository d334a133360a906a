"""Browser tests: Playwright for Python driving the machine's Chromium (Debian's /usr/bin/chromium
by default; TROUWGRAPH_CHROMIUM names another), the demo as a real server on a free port, axe-core
for WCAG 2.1 AA, and screenshots a person can look at.

Without a browser (or without Playwright) every browser test is skipped and says why.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from live_support import free_port, trouwgraph_process, wacht_tot_bereikbaar

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = Path(os.environ.get("TROUWGRAPH_SCREENSHOTS", ROOT / "tests" / "screenshots"))
AXE = ROOT / "examples" / "web" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def chromium() -> str | None:
    """The Chromium (or Chrome) executable to drive, if the machine has one."""
    named = os.environ.get("TROUWGRAPH_CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium per test module; skips the test when there is none. (Per module:
    Playwright's sync API keeps an event loop running while it is open, which the asyncio
    tests of later modules could not start theirs beside.)"""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install -e '.[test]')")
    executable = chromium()
    if executable is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@contextlib.contextmanager
def running_demo(workdir: Path, config: Path | None = None) -> Iterator[str]:
    """`trouwgraph demo` as its own process on a free port (its files in `workdir`); the base
    URL. The real thing: the payment provider calls the webhook over HTTP, as in production."""
    port = free_port()
    args = ["demo", "--port", str(port), *(["--config", str(config)] if config else [])]
    env = {"TROUWGRAPH_LOGBOEK_EXPORTER": "none"}
    with trouwgraph_process(args, workdir, "demo", env, cwd=workdir) as (process, output):
        base = f"http://127.0.0.1:{port}"
        wacht_tot_bereikbaar(f"{base}/readyz", process, output)
        yield base


@contextlib.contextmanager
def running_serve(workdir: Path, config: Path, port: int, env: dict[str, str]) -> Iterator[str]:
    """`trouwgraph serve --allow-embedded-registries` (production mode but for the embedded
    test registries) on 127.0.0.1:`port` with the TROUWGRAPH_* settings in `env`; the base URL."""
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--config", str(config)]
    args.append("--allow-embedded-registries")
    with trouwgraph_process(args, workdir, "serve", env, cwd=workdir) as (process, output):
        base = f"http://127.0.0.1:{port}"
        wacht_tot_bereikbaar(f"{base}/readyz", process, output)
        yield base


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A and AA violations on the page as it is now."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `npm ci --prefix examples/web`")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the page's CSP (no inline scripts) holds.
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))",
        WCAG_21_AA,
    )
    return list(result)


def assert_accessible(page: Page) -> None:
    """No WCAG 2.1 AA violation that axe-core can find on the page."""
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)


def screenshot(page: Page, name: str) -> Path:
    """Save the whole page as tests/screenshots/<name>.png (or TROUWGRAPH_SCREENSHOTS)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    return target
