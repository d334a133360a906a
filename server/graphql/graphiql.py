"""GraphiQL, served by the gateway itself: no request leaves the machine.

The page is GraphiQL 5 with the explorer plugin, bundled with esbuild from pinned npm packages
into `graphiql/` next to this module (committed, so running the gateway needs no Node; rebuilt
by `python -m trouwgraph graphiql-assets`, checked by `--check` and the tests). The page carries
its settings as JSON (no inline script, so the page's Content-Security-Policy allows only its
own scripts): the Dutch welcome text, the journeys' example operations read from
`examples/operations/*.graphql` at start, and in demo mode the demo issuer's one-click tokens.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from graphql import GraphQLError, parse, print_ast, separate_operations
from graphql.language import OperationDefinitionNode
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.server.http.security_headers import GRAPHIQL_CSP

__all__ = [
    "ASSETS",
    "ASSET_PATH",
    "assets_app",
    "graphiql_ide",
    "graphiql_page",
    "voorbeelden",
]

ASSETS: Final = Path(__file__).resolve().parent / "graphiql"
ASSET_PATH: Final = "/graphiql"
VOORBEELDEN: Final = Path(__file__).resolve().parents[2] / "examples" / "operations"

WELKOM: Final = """\
# Welkom bij trouwgraph, de GraphQL-API
# voor het trouwproces van de gemeente.
#
# Onder "Voorbeelden" (links) staan de
# stappen van het stel en de medewerker:
# kies er een en vul de Variables in.
# In de demo zet "Demo-inlog" met één
# klik een token in Headers.
# Start met de afspeelknop (Ctrl-Enter).
#
# Elk type en veld is beschreven onder
# het boek-icoon; de verkenner bouwt een
# vraag door velden aan te vinken.

query Ik {
  ik {
    naam {
      volledigeNaam
    }
  }
}
"""

GROEPEN: Final = {
    "stel": "Het stel",
    "medewerker": "De medewerker",
}
"""Titles of the example files (by file stem); other files are listed by their own name."""


@dataclass(frozen=True)
class DemoKeuze:
    """A one-click demo token: its button text and the demo issuer's request body."""

    naam: str
    verzoek: dict[str, str]


DEMO_KEUZES: Final = (
    DemoKeuze("Burger: partner 1 (999990226)", {"rol": "burger", "bsn": "999990226"}),
    DemoKeuze("Burger: partner 2 (000009878)", {"rol": "burger", "bsn": "000009878"}),
    DemoKeuze("Medewerker van de gemeente", {"rol": "medewerker"}),
)


def voorbeelden(map: Path = VOORBEELDEN) -> list[dict[str, Any]]:
    """The example operations per file, each a document of its own (with the fragments it
    uses, from any file); files are read together so they may share fragments."""
    volgorde = list(GROEPEN)
    bestanden = sorted(
        map.glob("*.graphql") if map.is_dir() else [],
        key=lambda b: (volgorde.index(b.stem) if b.stem in volgorde else len(volgorde), b.name),
    )
    if not bestanden:
        return []
    bron = "\n".join(b.read_text(encoding="utf-8") for b in bestanden)
    try:
        apart = separate_operations(parse(bron))
    except GraphQLError as fout:
        raise ValueError(f"{map}: the example operations do not parse: {fout.message}") from None
    groepen = []
    for bestand in bestanden:
        namen = [
            d.name.value
            for d in parse(bestand.read_text(encoding="utf-8")).definitions
            if isinstance(d, OperationDefinitionNode) and d.name is not None
        ]
        if namen:
            groepen.append(
                {
                    "titel": GROEPEN.get(bestand.stem, bestand.stem),
                    "operaties": [
                        {"naam": naam, "document": print_ast(apart[naam])} for naam in namen
                    ],
                }
            )
    return groepen


def instellingen(endpoint: str, *, demo: bool, groepen: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """What the page's script reads: endpoint, texts, examples and the demo's tokens."""
    return {
        "titel": "trouwgraph - GraphiQL",
        "endpoint": endpoint,
        "assets": ASSET_PATH,
        "welkom": WELKOM,
        "voorbeelden": list(groepen),
        "voorbeeldenUitleg": (
            "De operaties van de voorbeeld-app: kies er een om haar in de editor te zetten."
            if groepen
            else "Er zijn geen voorbeeldoperaties gevonden (examples/operations)."
        ),
        "demo": {
            "tokenUrl": "/demo/token",
            "uitleg": "Alleen in de demo: een token van de demo-uitgever, direct in Headers.",
            "keuzes": [{"naam": k.naam, "verzoek": k.verzoek} for k in DEMO_KEUZES],
        }
        if demo
        else None,
    }


@cache
def _versie() -> str:
    """A short fingerprint of the built assets, so a browser never mixes two builds."""
    build = json.loads((ASSETS / "build.json").read_text(encoding="utf-8"))
    return str(build["bestanden"]["graphiql.js"])[:12]


def graphiql_page(endpoint: str, *, demo: bool, groepen: Sequence[dict[str, Any]]) -> Response:
    """The GraphiQL page for `endpoint`, with its own Content-Security-Policy."""
    gegevens = json.dumps(instellingen(endpoint, demo=demo, groepen=groepen), ensure_ascii=False)
    # JSON inside <script> must not close the element.
    gegevens = gegevens.replace("<", "\\u003c")
    versie = _versie()
    pagina = f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{html.escape("trouwgraph - GraphiQL")}</title>
<link rel="stylesheet" href="{ASSET_PATH}/graphiql.css?v={versie}">
<style>body {{ margin: 0; }} #graphiql {{ height: 100dvh; }}</style>
</head>
<body>
<div id="graphiql">GraphiQL laden...</div>
<script type="application/json" id="trouwgraph-graphiql">{gegevens}</script>
<script type="module" src="{ASSET_PATH}/graphiql.js?v={versie}"></script>
</body>
</html>
"""
    return HTMLResponse(pagina, headers={"Content-Security-Policy": GRAPHIQL_CSP})


def graphiql_ide(*, demo: bool) -> Callable[[Request], Response]:
    """The page for the endpoint a request asked (`/graphql`, `/0405/graphql`, ...); the
    examples are read now: a broken example file stops the start, not a page view."""
    groepen = voorbeelden()

    def pagina(request: Request) -> Response:
        return graphiql_page(request.url.path, demo=demo, groepen=groepen)

    return pagina


class _Cached:
    """The assets change only with a build (the page asks for `?v=<fingerprint>`)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_cached(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = [*message["headers"], (b"cache-control", b"public, max-age=86400")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_cached)


def assets_app() -> ASGIApp:
    """The built assets, for mounting at `ASSET_PATH`."""
    return _Cached(StaticFiles(directory=ASSETS))
