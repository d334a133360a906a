"""GraphiQL in a real browser, offline: Chromium opens the demo's GraphiQL, gets a citizen's demo
token with one click, picks an example operation and runs it; every request the page makes goes
to the gateway itself (any other is aborted and fails the test). A screenshot is kept."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from browser_support import CHROMIUM_ARGS, chromium, running_demo, screenshot

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Response, Route


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Chromium for this module only: Playwright's sync API holds an event loop while it
    runs, which the asyncio tests after this module must not find."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install -e '.[test]')")
    executable = chromium()
    if executable is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    with sync_playwright() as playwright:
        gestart = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield gestart
        finally:
            gestart.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_demo(tmp_path_factory.mktemp("graphiql")) as base:
        yield base


def test_offline_graphiql_runs_an_example_with_a_one_click_demo_token(
    browser: Browser, demo: str
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    buiten: list[str] = []

    def alleen_de_gateway(route: Route) -> None:
        url = route.request.url
        if url.startswith((demo, "data:", "blob:")):
            route.continue_()
        else:
            buiten.append(url)
            route.abort()

    context.route("**/*", alleen_de_gateway)
    page = context.new_page()
    fouten: list[str] = []
    page.on("pageerror", lambda fout: fouten.append(str(fout)))
    page.goto(f"{demo}/graphql")
    assert page.title() == "trouwgraph - GraphiQL"

    # One click: a citizen's token from the demo issuer, straight into the Headers.
    page.get_by_role("button", name=re.compile(r"^Burger: partner 1")).click()
    page.get_by_text("het token staat in Headers").wait_for()

    # Pick an example operation of the couple's journey.
    page.get_by_role("button", name="Show Voorbeelden").click()
    page.locator('[data-operatie="Ik"]').click()
    page.locator(".graphiql-query-editor").get_by_text("burgerservicenummer").wait_for()

    def is_de_operatie(response: Response) -> bool:
        return response.url == f"{demo}/graphql" and response.request.method == "POST"

    with page.expect_response(is_de_operatie) as antwoord:
        page.locator(".graphiql-execute-button").click()
    body = antwoord.value.json()
    assert "errors" not in body, body
    assert body["data"]["ik"]["burgerservicenummer"] == "999990226"
    assert json.dumps(body["data"]["ik"]["naam"]["volledigeNaam"])
    page.locator(".graphiql-response").get_by_text("volledigeNaam").wait_for()
    screenshot(page, "graphiql-voorbeeld-met-demotoken")
    assert buiten == [], f"requests that would leave the machine: {buiten}"
    assert fouten == []
    context.close()
