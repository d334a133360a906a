"""The web app as the gateway serves it, with nothing but Python: the built files match their
sources, demo mode serves them per municipality, and outside demo mode only a municipality that
turns the app on serves it, signing in with its OpenID Connect provider."""

from __future__ import annotations

from pathlib import Path

import pytest
from gateway_support import DEMO_CONFIG, ROOT, demo_settings, running_gateway
from security_graphql_support import PRODUCTION_IDENTITY
from web_support import digest

from trouwgraph.server.gemeenten.config import Webapp
from trouwgraph.server.routes.webapp import DIST

GEMEENTEN = ROOT / "examples" / "gemeenten"
PRODUCTIE = dict(PRODUCTION_IDENTITY)
OIDC = """aan = true
oidc_autorisatie_url = "https://login.demodam.nl/authorize"
oidc_token_url = "https://login.demodam.nl/token"
oidc_client_id = "trouwen-web"
"""


def test_the_built_app_was_made_from_the_current_sources() -> None:
    recorded = (DIST / "sources.sha256").read_text(encoding="utf-8").strip()
    assert recorded == digest("app"), (
        "server/routes/webapp_dist is stale: run `npm ci --prefix examples/web && "
        "npm run --prefix examples/web build`"
    )


async def test_the_demo_serves_the_app_of_each_municipality_with_its_theme(
    tmp_path: Path,
) -> None:
    async with running_gateway(demo_settings(tmp_path, gemeente_config=GEMEENTEN)) as gateway:
        pagina = await gateway.client.get("/0405/app/")
        assert pagina.status_code == 200
        assert pagina.headers["content-type"].startswith("text/html")
        assert "script-src 'self';" in pagina.headers["content-security-policy"]
        assert "unsafe-inline" not in pagina.headers["content-security-policy"]
        assert (await gateway.client.get("/0405/app")).headers["location"] == "app/"

        hoorn = (await gateway.client.get("/0405/app/config.json")).json()
        demodam = (await gateway.client.get("/9999/app/config.json")).json()
        assert (hoorn["naam"], hoorn["thema"]) == ("Hoorn", "hoorn")
        assert (demodam["naam"], demodam["thema"]) == ("Demodam", "demodam")
        assert hoorn["graphql"] == "../graphql"
        assert hoorn["demo"]["tokenUrl"] == "/demo/token"
        assert hoorn["oidc"] is None

        script = next((DIST / "assets").glob("*.js")).name
        asset = await gateway.client.get(f"/9999/app/assets/{script}")
        assert asset.status_code == 200
        assert "immutable" in asset.headers["cache-control"]
        assert (await gateway.client.get("/9999/app/assets/..%2Findex.html")).status_code == 404
        assert (await gateway.client.get("/9999/app/assets/geen.js")).status_code == 404


async def test_outside_demo_mode_the_app_is_off_by_default(tmp_path: Path) -> None:
    settings = demo_settings(tmp_path, logboek_file=tmp_path / "logboek.jsonl", **PRODUCTIE)
    async with running_gateway(settings) as gateway:
        assert (await gateway.client.get("/app/")).status_code == 404
        assert (await gateway.client.get("/app/config.json")).status_code == 404


async def test_a_municipality_turns_the_app_on_with_its_oidc_provider(tmp_path: Path) -> None:
    bestand = tmp_path / "gemeente.toml"
    bestand.write_text(DEMO_CONFIG.read_text(encoding="utf-8") + OIDC, encoding="utf-8")
    settings = demo_settings(
        tmp_path, gemeente_config=bestand, logboek_file=tmp_path / "logboek.jsonl", **PRODUCTIE
    )
    async with running_gateway(settings) as gateway:
        pagina = await gateway.client.get("/app/")
        assert pagina.status_code == 200
        assert (
            "connect-src 'self' https://login.demodam.nl;"
            in (pagina.headers["content-security-policy"])
        )
        config = (await gateway.client.get("/app/config.json")).json()
        assert config["demo"] is None
        assert config["oidc"] == {
            "autorisatieUrl": "https://login.demodam.nl/authorize",
            "tokenUrl": "https://login.demodam.nl/token",
            "clientId": "trouwen-web",
            "scope": "openid",
            "uitlogUrl": None,
            "rolClaim": "rol",
        }


def test_turning_the_app_on_needs_the_oidc_provider() -> None:
    with pytest.raises(ValueError, match="oidc_autorisatie_url"):
        Webapp(aan=True, oidc_client_id="trouwen-web")
