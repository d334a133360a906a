"""The demo's return page: where the couple lands after paying at the embedded provider.

A simple page in Dutch, rendered by the server; it reads nothing (a browser arriving here has
no token): the case itself shows the payment's status once the provider has reported it.
Production points `TROUWGRAPH_BETALING_TERUG_URL` at the municipality's own front end.
"""

from __future__ import annotations

from html import escape

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

__all__ = ["terugpagina"]

_PAGINA = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Terug van het betalen</title></head>
<body><main>
<h1>Terug van het betalen</h1>
<p>Bedankt. Zodra de betaalprovider de uitslag aan de gemeente heeft doorgegeven, ziet u bij uw
huwelijk{zaak} of de betaling gelukt is. Dat duurt meestal een paar seconden.</p>
<p>Is de betaling mislukt, geannuleerd of verlopen? Dan kunt u bij uw huwelijk opnieuw
betalen.</p>
<p><a href="/app/">Naar uw huwelijk</a></p>
</main></body></html>
"""


async def _terug(request: Request) -> HTMLResponse:
    zaak = request.query_params.get("zaak", "")
    tekst = f" (zaak {escape(zaak[:64])})" if zaak else ""
    return HTMLResponse(_PAGINA.replace("{zaak}", tekst))


def terugpagina(path: str = "/betaald") -> Route:
    """`GET {path}?zaak=...`: the page the demo's payment provider sends the couple back to."""
    return Route(path, _terug, methods=["GET"])
