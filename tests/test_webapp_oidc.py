"""The web app signing in with a municipality's own OpenID Connect provider, in a real browser.

`trouwgraph serve` (production mode, embedded test registries) turns the app on for Demodam with
the stand-in provider of oidc_provider.py, which also issues the tokens the gateway verifies
(TROUWGRAPH_OIDC_ISSUER, its JWKS). The couple signs in on the provider's login page, the app
exchanges the code with its PKCE verifier, calls the API with the token and shows the person's
page; a tampered state or code challenge is refused with a Dutch message; an expired token is
refreshed; logging out ends the provider's session too. axe-core checks the app's pages (not
the provider's login page)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from browser_support import assert_accessible, browser, running_serve, screenshot
from gateway_support import DEMO_CONFIG
from live_support import free_port
from oidc_provider import CLIENT_ID, Persoon, Provider, running_provider, s256
from playwright.sync_api import Browser, Page, Route, expect
from web_support import OPERATIONS

__all__ = ["browser"]  # the module's Chromium (a fixture)

expect.set_options(timeout=15_000)

ARTEM = Persoon(sub="burger-artem", naam="Artem Sahakian", rol="burger", bsn="000009842")
HENDRIK = Persoon(sub="burger-hendrik", naam="Hendrik Derks", rol="burger", bsn="000009878")
STAF = Persoon(sub="mdw-1", naam="Medewerker Burgerzaken", rol="medewerker", gemeente="9999")
PERSONEN = {"artem": ARTEM, "hendrik": HENDRIK, "staf": STAF}
DOCUMENT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(OPERATIONS.glob("*.graphql")))
SESSIE = "trouwgraph:9999:sessie"


@dataclass
class Omgeving:
    app: str
    graphql: str
    provider: Provider


@pytest.fixture(scope="module")
def omgeving(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Omgeving]:
    workdir = tmp_path_factory.mktemp("oidc")
    poort, provider_poort = free_port(), free_port()
    origin = f"http://127.0.0.1:{poort}"
    issuer = f"http://127.0.0.1:{provider_poort}"
    gemeente = workdir / "demodam.toml"
    # Demodam's demo file with its own [webapp] table replaced.
    demodam = DEMO_CONFIG.read_text(encoding="utf-8").split("\n[webapp]\n")[0]
    gemeente.write_text(
        demodam
        + f"""
[webapp]
aan = true
thema = "demodam"
oidc_autorisatie_url = "{issuer}/authorize"
oidc_token_url = "{issuer}/token"
oidc_uitlog_url = "{issuer}/logout"
oidc_client_id = "{CLIENT_ID}"
oidc_scope = "openid profile"
""",
        encoding="utf-8",
    )
    env = {
        "TROUWGRAPH_OIDC_ISSUER": issuer,
        "TROUWGRAPH_OIDC_JWKS_URL": f"{issuer}/jwks",
        "TROUWGRAPH_LOGBOEK_SLEUTEL": "test-sleutel-van-het-logboek-32-bytes!",
        "TROUWGRAPH_LOGBOEK_EXPORTER": "file",
        "TROUWGRAPH_LOGBOEK_FILE": str(workdir / "logboek.jsonl"),
        "TROUWGRAPH_DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'zaken.db'}",
        "TROUWGRAPH_PUBLIC_URL": origin,
    }
    with (
        running_provider(provider_poort, origin, PERSONEN) as provider,
        running_serve(workdir, gemeente, poort, env) as base,
    ):
        yield Omgeving(app=f"{base}/app/", graphql=f"{base}/graphql", provider=provider)


@pytest.fixture
def page(browser: Browser, omgeving: Omgeving) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL", viewport={"width": 1100, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    omgeving.provider.grants.clear()
    omgeving.provider.refused.clear()
    yield opened
    context.close()


def api(omgeving: Omgeving, persoon: Persoon, operatie: str, **variabelen: Any) -> Any:
    """An example operation with a token of the provider (as the app would send it)."""
    antwoord = httpx.post(
        omgeving.graphql,
        json={"query": DOCUMENT, "operationName": operatie, "variables": variabelen},
        headers={"Authorization": f"Bearer {omgeving.provider.access_token(persoon)}"},
        timeout=30,
    ).json()
    assert "errors" not in antwoord, antwoord
    return next(iter(antwoord["data"].values()))


def reserveer(omgeving: Omgeving, persoon: Persoon) -> dict[str, Any]:
    van = date.today() + timedelta(days=60)
    zoek = {"ceremonietype": "UITGEBREID", "locatie": "gemeentehuis"}
    dag = api(omgeving, persoon, "Beschikbaarheid", van=van.isoformat(),
              tot=(van + timedelta(days=14)).isoformat(), **zoek)[0]["datum"]  # fmt: skip
    start = api(omgeving, persoon, "Tijdsloten", datum=dag, **zoek)[0]["start"]
    uitkomst = api(
        omgeving, persoon, "Reserveer",
        invoer={"soort": "HUWELIJK", "ceremonietype": "UITGEBREID", "start": start,
                "locatie": {"locatieId": "gemeentehuis"}, "ambtenaar": {"toegewezen": True}},
    )  # fmt: skip
    assert uitkomst["__typename"] == "HuwelijkGewijzigd", uitkomst
    return dict(uitkomst["huwelijk"])


def naar_provider(page: Page, omgeving: Omgeving) -> None:
    """From the app's sign-in page to the provider's login page."""
    page.goto(omgeving.app)
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    page.get_by_role("button", name="Inloggen met DigiD").click()
    expect(page.get_by_role("heading", name="Inloggen bij de gemeente")).to_be_visible()


def log_in_bij_provider(page: Page, account: str) -> None:
    page.get_by_label("Account").select_option(account)
    page.get_by_role("button", name="Inloggen").click()


def stap(page: Page, naam: str) -> None:
    page.wait_for_load_state("networkidle")
    assert_accessible(page)
    screenshot(page, f"oidc-{naam}")


def test_the_provider_refuses_a_wrong_code_verifier(omgeving: Omgeving) -> None:
    provider, verifier = omgeving.provider, "een-geheime-verifier-van-minstens-43-tekens-lang"
    authorize = {
        "response_type": "code", "client_id": CLIENT_ID, "redirect_uri": provider.redirect_uri,
        "scope": "openid", "state": "s", "code_challenge": s256(verifier),
        "code_challenge_method": "S256", "account": "artem",
    }  # fmt: skip

    def code() -> str:
        antwoord = httpx.post(f"{provider.issuer}/authorize", data=authorize)
        assert antwoord.status_code == 303
        return str(httpx.URL(antwoord.headers["location"]).params["code"])

    def wissel(code: str, verifier: str) -> httpx.Response:
        return httpx.post(f"{provider.issuer}/token", data={
            "grant_type": "authorization_code", "code": code, "client_id": CLIENT_ID,
            "redirect_uri": provider.redirect_uri, "code_verifier": verifier})  # fmt: skip

    fout = wissel(code(), verifier + "x")
    assert (fout.status_code, fout.json()["error"]) == (400, "invalid_grant")
    goed = wissel(code(), verifier)
    assert goed.status_code == 200
    # The token the provider issues is one the gateway accepts.
    antwoord = httpx.post(
        omgeving.graphql,
        json={"query": "{ mijnHuwelijken { id } }"},
        headers={"Authorization": f"Bearer {goed.json()['access_token']}"},
    )
    assert antwoord.json() == {"data": {"mijnHuwelijken": []}} or "data" in antwoord.json()
    assert "errors" not in antwoord.json(), antwoord.json()


def test_the_couple_signs_in_at_the_provider_and_sees_their_case(
    page: Page, omgeving: Omgeving
) -> None:
    zaak = reserveer(omgeving, HENDRIK)
    page.goto(omgeving.app)
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    stap(page, "01-inloggen")
    page.get_by_role("button", name="Inloggen met DigiD").click()
    expect(page.get_by_role("heading", name="Inloggen bij de gemeente")).to_be_visible()
    autorisatie = httpx.URL(page.url).params
    assert autorisatie["code_challenge_method"] == "S256"
    assert autorisatie["redirect_uri"] == omgeving.provider.redirect_uri
    assert autorisatie["nonce"] and autorisatie["state"]
    log_in_bij_provider(page, "hendrik")

    expect(page.get_by_text("Ingelogd als Hendrik Derks")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn huwelijk of partnerschap")
    link = page.get_by_role("link", name=re.compile("^Huwelijk op"))
    expect(link).to_have_count(1)
    assert "code=" not in page.url and "state=" not in page.url
    assert omgeving.provider.grants == ["authorization_code"]
    stap(page, "02-mijn-huwelijk")
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw huwelijk of partnerschap")
    assert zaak["id"] in page.url
    stap(page, "03-zaak")


def test_an_expired_token_is_refreshed(page: Page, omgeving: Omgeving) -> None:
    naar_provider(page, omgeving)
    log_in_bij_provider(page, "artem")
    expect(page.get_by_text("Ingelogd als Artem Sahakian")).to_be_visible()
    oud = page.evaluate(f"JSON.parse(sessionStorage.getItem('{SESSIE}')).token")
    verloop(page)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn huwelijk of partnerschap")
    expect(page.get_by_text("Ingelogd als Artem Sahakian")).to_be_visible()
    assert omgeving.provider.grants == ["authorization_code", "refresh_token"]
    assert page.evaluate(f"JSON.parse(sessionStorage.getItem('{SESSIE}')).token") != oud

    # A refresh token the provider no longer knows: sign in again, said in Dutch.
    verloop(page, verversToken="ingetrokken")
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Opnieuw inloggen")
    expect(page.get_by_text("U bent niet (meer) ingelogd. Log opnieuw in.")).to_be_visible()
    assert page.evaluate(f"sessionStorage.getItem('{SESSIE}')") is None
    stap(page, "08-opnieuw-inloggen")


def test_requests_under_way_together_renew_the_token_once(page: Page, omgeving: Omgeving) -> None:
    """The free-slot search asks each day's slots at once; with the token expired in between,
    one renewal serves them all (the provider takes each refresh token once)."""
    naar_provider(page, omgeving)
    log_in_bij_provider(page, "artem")
    page.get_by_role("button", name="Plan een huwelijk of partnerschap").click()
    page.get_by_label(re.compile("^Uitgebreid trouwen")).check()
    page.get_by_label("Vanaf welke datum zoekt u?").fill(
        (date.today() + timedelta(days=90)).isoformat()
    )
    page.get_by_label("Locatie").select_option(label="Gemeentehuis")

    def na_de_dagen(route: Route) -> None:
        # The days' answer arrives only after the token has expired.
        antwoord = route.fetch()
        if "query Beschikbaarheid" in (route.request.post_data or ""):
            verloop(page)
        route.fulfill(response=antwoord)

    page.route("**/graphql", na_de_dagen)
    page.get_by_role("button", name="Vrije momenten zoeken").click()
    expect(page.get_by_role("heading", name="Kies een moment")).to_be_visible()
    assert page.locator("input[name=slot]").count() > 1
    assert omgeving.provider.grants == ["authorization_code", "refresh_token"]
    expect(page.get_by_text("Ingelogd als Artem Sahakian")).to_be_visible()


def verloop(page: Page, **wijziging: str) -> None:
    """Let the tab's session expire (and change it further), as time would."""
    page.evaluate(
        f"""(wijziging) => {{ const s = JSON.parse(sessionStorage.getItem('{SESSIE}'));
        Object.assign(s, wijziging, {{verlooptOp: Date.now() - 1000}});
        sessionStorage.setItem('{SESSIE}', JSON.stringify(s)); }}""",
        wijziging,
    )


def test_logging_out_ends_the_session_at_the_provider_too(page: Page, omgeving: Omgeving) -> None:
    naar_provider(page, omgeving)
    log_in_bij_provider(page, "staf")
    expect(page.get_by_role("heading", level=1)).to_have_text("Huwelijken en partnerschappen")
    stap(page, "04-medewerker")
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    expect(page.get_by_role("status").filter(has_text="U bent uitgelogd")).to_be_visible()
    assert omgeving.provider.logouts >= 1
    stap(page, "05-uitgelogd")
    # Without the provider's session, signing in asks for the login again.
    page.get_by_role("button", name="Inloggen met DigiD").click()
    expect(page.get_by_role("heading", name="Inloggen bij de gemeente")).to_be_visible()


def test_a_tampered_state_is_refused_in_dutch(page: Page, omgeving: Omgeving) -> None:
    naar_provider(page, omgeving)
    page.evaluate("document.querySelector('input[name=state]').value = 'vervalst'")
    log_in_bij_provider(page, "artem")
    expect(
        page.get_by_role("alert").filter(has_text="Deze inlogpoging is niet (meer) bekend")
    ).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    assert "code=" not in page.url
    assert omgeving.provider.grants == []  # the code was never exchanged
    stap(page, "06-state-geweigerd")


def test_cancelling_at_the_provider_is_said_in_dutch(page: Page, omgeving: Omgeving) -> None:
    naar_provider(page, omgeving)
    page.get_by_role("button", name="Annuleren").click()
    expect(page.get_by_role("alert").filter(has_text="Het inloggen is afgebroken.")).to_be_visible()
    assert "error=" not in page.url
    assert omgeving.provider.grants == []
    page.get_by_role("button", name="Inloggen met DigiD").click()  # and one can try again
    log_in_bij_provider(page, "artem")
    expect(page.get_by_text("Ingelogd als Artem Sahakian")).to_be_visible()


def test_an_id_token_with_another_nonce_is_refused(page: Page, omgeving: Omgeving) -> None:
    naar_provider(page, omgeving)
    page.evaluate("document.querySelector('input[name=nonce]').value = 'van-een-ander'")
    log_in_bij_provider(page, "artem")
    onbekend = page.get_by_role("alert").filter(has_text="Deze inlogpoging is niet (meer) bekend")
    expect(onbekend).to_be_visible()
    assert omgeving.provider.grants == ["authorization_code"]
    assert page.evaluate(f"sessionStorage.getItem('{SESSIE}')") is None


def test_a_tampered_code_challenge_is_refused_in_dutch(page: Page, omgeving: Omgeving) -> None:
    naar_provider(page, omgeving)
    page.evaluate(
        "document.querySelector('input[name=code_challenge]').value = "
        "'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'"
    )
    log_in_bij_provider(page, "artem")
    expect(page.get_by_role("alert").filter(has_text="Inloggen is niet gelukt")).to_be_visible()
    assert omgeving.provider.refused == ["code_verifier mismatch"]
    assert page.evaluate(f"sessionStorage.getItem('{SESSIE}')") is None
    stap(page, "07-verifier-geweigerd")
