"""The reference web app in a real browser (Chromium through Playwright) on the demo started as
its own process: the couple's journey with two logins and both payment outcomes, the staff's
review, the expected failures shown in Dutch with a way forward; axe-core checks every page
against WCAG 2.1 AA and each step leaves a screenshot in tests/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from browser_support import assert_accessible, browser, running_demo, screenshot
from playwright.sync_api import Browser, Page, expect
from web_support import OPERATIONS, ROOT

__all__ = ["browser"]  # the module's Chromium (a fixture)

expect.set_options(timeout=15_000)  # a loaded CI machine is slow; a failing step still fails

GEMEENTEN = ROOT / "examples" / "gemeenten"
DOCUMENT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(OPERATIONS.glob("*.graphql")))
ARTEM, HENDRIK, ERIKA, COR = "000009842", "000009878", "000009891", "000009933"
NOLDA, JEANNETTE = "000009970", "999990226"
# More test persons of the embedded BRP, for reservations only (one running case per person).
ANDEREN = ("999993653", "999990184", "999992685", "999993380", "999993719", "999992570",
           "999990482", "999991292", "999993288", "999994669")  # fmt: skip
VERKLARING = {"gegevensNaarWaarheid": True, "nietEldersGehuwd": True,
              "nietUitsluitendVoorVerblijf": True}  # fmt: skip
VEREIST = ("gegevensNaarWaarheid", "nietEldersGehuwd", "nietUitsluitendVoorVerblijf")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo serving Demodam (/9999) and Hoorn (/0405)."""
    with running_demo(tmp_path_factory.mktemp("demo"), GEMEENTEN) as base:
        yield base


@dataclass
class Api:
    """The gateway's GraphQL API, called with the example operations (to set up a case)."""

    base: str
    gemeente: str
    tokens: dict[str, str] = field(default_factory=dict)

    def token(self, bsn: str | None) -> str:
        sleutel = bsn or "medewerker"
        if sleutel not in self.tokens:
            body = {"rol": "burger", "bsn": bsn} if bsn else {"rol": "medewerker"}
            body["gemeente"] = self.gemeente
            antwoord = httpx.post(f"{self.base}/demo/token", json=body, timeout=10)
            self.tokens[sleutel] = antwoord.json()["access_token"]
        return self.tokens[sleutel]

    def voer_uit(self, operatie: str, wie: str | None, **variabelen: Any) -> Any:
        antwoord = httpx.post(
            f"{self.base}/{self.gemeente}/graphql",
            json={"query": DOCUMENT, "operationName": operatie, "variables": variabelen},
            headers={"Authorization": f"Bearer {self.token(wie)}"},
            timeout=30,
        ).json()
        assert "errors" not in antwoord, antwoord
        return next(iter(antwoord["data"].values()))

    def wijzig(self, operatie: str, wie: str | None, zaak: dict[str, Any], **extra: Any) -> Any:
        uitkomst = self.voer_uit(operatie, wie, id=zaak["id"], versie=zaak["versie"], **extra)
        assert uitkomst["__typename"] == "HuwelijkGewijzigd", uitkomst
        return uitkomst["huwelijk"]

    def vrij_slot(self, dagen: int, ceremonietype: str, locatie: str) -> str:
        van = date.today() + timedelta(days=dagen)
        aanbod = self.voer_uit(
            "Beschikbaarheid", None, van=van.isoformat(),
            tot=(van + timedelta(days=14)).isoformat(), ceremonietype=ceremonietype,
            locatie=locatie,
        )  # fmt: skip
        assert aanbod, "no free day"
        slots = self.voer_uit(
            "Tijdsloten", None, datum=aanbod[0]["datum"], ceremonietype=ceremonietype,
            locatie=locatie,
        )  # fmt: skip
        assert slots, "no free slot"
        return str(slots[0]["start"])

    def reserveer(self, partner1: str, start: str, locatie: str = "gemeentehuis") -> Any:
        uitkomst = self.voer_uit(
            "Reserveer", partner1,
            invoer={"soort": "HUWELIJK", "ceremonietype": "UITGEBREID", "start": start,
                    "locatie": {"locatieId": locatie}, "ambtenaar": {"toegewezen": True}},
        )  # fmt: skip
        assert uitkomst["__typename"] == "HuwelijkGewijzigd", uitkomst
        return uitkomst["huwelijk"]

    def met_getuigen(
        self, partner1: str, partner2: str, getuigen: tuple[str, str], start: str
    ) -> Any:
        """A case partner 2 consented to, with two witnesses and partner 1's declaration."""
        zaak = self.reserveer(partner1, start)
        zaak = self.wijzig("NodigPartnerUit", partner1, zaak, burgerservicenummer=partner2)
        zaak = self.wijzig("StemIn", partner2, zaak)
        for getuige in getuigen:
            zaak = self.wijzig(
                "VoegGetuigeToe", partner1, zaak, getuige={"burgerservicenummer": getuige}
            )
        return self.wijzig("LegVerklaringAf", partner1, zaak, verklaring=VERKLARING)

    def gemeld(self, partner1: str, partner2: str, getuigen: tuple[str, str], start: str) -> Any:
        """A case with its notice given (GEMELD), each partner declaring with their own login."""
        zaak = self.met_getuigen(partner1, partner2, getuigen, start)
        zaak = self.wijzig("LegVerklaringAf", partner2, zaak, verklaring=VERKLARING)
        return self.wijzig("DoeMelding", partner1, zaak)


@dataclass
class Reis:
    """One walk through the app: every step is checked by axe-core and photographed."""

    page: Page
    app: str
    naam: str
    stappen: int = 0

    def stap(self, wat: str) -> None:
        self.page.wait_for_load_state("networkidle")
        assert_accessible(self.page)
        self.stappen += 1
        screenshot(self.page, f"{self.naam}-{self.stappen:02d}-{wat}")

    def inloggen(self, wie: str) -> None:
        self.page.goto(f"{self.app}#/inloggen")
        if self.page.get_by_role("button", name="Uitloggen").is_visible():
            self.page.get_by_role("button", name="Uitloggen").click()
        self.page.get_by_role("button", name=f"Inloggen als {wie}").click()
        expect(self.page.get_by_text(re.compile("^Ingelogd als"))).to_be_visible()

    def melding(self, tekst: str | re.Pattern[str]) -> None:
        expect(
            self.page.get_by_role("status")
            .or_(self.page.get_by_role("alert"))
            .filter(has_text=tekst)
            .first
        ).to_be_visible()

    def open_zaak(self) -> None:
        self.page.get_by_role("link", name=re.compile("^Huwelijk op")).first.click()
        expect(self.page.get_by_role("heading", level=1)).to_have_text(
            "Uw huwelijk of partnerschap"
        )


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL", viewport={"width": 1100, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def plan(reis: Reis, ceremonie: str, locatie: str, dagen: int) -> None:
    """Search free moments `dagen` ahead and reserve the first."""
    pagina = reis.page
    pagina.get_by_role("button", name="Plan een huwelijk of partnerschap").click()
    pagina.get_by_label(re.compile(f"^{ceremonie}")).check()
    vanaf = (date.today() + timedelta(days=dagen)).isoformat()
    pagina.get_by_label("Vanaf welke datum zoekt u?").fill(vanaf)
    pagina.get_by_label("Locatie").select_option(label=locatie)
    pagina.get_by_role("button", name="Vrije momenten zoeken").click()
    expect(pagina.get_by_role("heading", name="Kies een moment")).to_be_visible()
    reis.stap("vrije-momenten")
    pagina.locator("input[name=slot]").first.check()
    pagina.get_by_role("button", name="Voorlopig reserveren").click()
    expect(pagina.get_by_text("Voorlopig gereserveerd").first).to_be_visible()
    reis.stap("voorlopig-gereserveerd")


def tot_goedgekeurd(reis: Reis, partner1: str, partner2: tuple[str, str],
                    getuigen: tuple[str, str]) -> None:  # fmt: skip
    """Partner 1 invites, partner 2 consents with their own login, witnesses, the notice, and
    staff approve it."""
    pagina = reis.page
    pagina.get_by_label("Burgerservicenummer van uw partner").fill(partner2[1])
    pagina.get_by_role("button", name="Partner uitnodigen").click()
    reis.melding("Uw partner is uitgenodigd")
    reis.stap("partner-uitgenodigd")

    reis.inloggen(partner2[0])
    reis.open_zaak()
    pagina.get_by_role("button", name="Ja, ik stem in").click()
    reis.melding("U heeft ingestemd")
    reis.stap("partner-stemt-in")

    reis.inloggen(partner1)
    reis.open_zaak()
    for getuige in getuigen:
        pagina.get_by_label("Burgerservicenummer van de getuige").fill(getuige)
        pagina.get_by_role("button", name="Getuige toevoegen").click()
        reis.melding("De getuige is toegevoegd")
    reis.stap("getuigen")

    # Each partner declares for themselves, with their own login; then the notice is offered.
    verklaar(reis)
    reis.melding("Uw partner legt de eigen verklaring af met de eigen inlog")
    expect(
        pagina.get_by_text("Uw partner heeft de eigen verklaring nog niet afgelegd.")
    ).to_be_visible()
    expect(pagina.get_by_role("button", name="Melding doen")).to_have_count(0)
    reis.stap("verklaring-partner1")

    reis.inloggen(partner2[0])
    reis.open_zaak()
    expect(
        pagina.get_by_text(re.compile("^Uw partner heeft de eigen verklaring afgelegd op"))
    ).to_be_visible()
    verklaar(reis)
    reis.melding("U kunt nu de melding doen")
    reis.stap("verklaring-partner2")
    pagina.get_by_role("button", name="Melding doen").click()
    reis.melding("Uw melding is ontvangen")
    expect(pagina.get_by_role("heading", name="Resultaten van de toetsing")).to_be_visible()
    reis.stap("melding-gedaan")

    reis.inloggen("medewerker burgerzaken")
    expect(pagina.get_by_role("heading", name="Huwelijken en partnerschappen")).to_be_visible()
    pagina.get_by_label("Status").select_option(label="Melding gedaan")
    pagina.get_by_role("button", name="Zoeken").click()
    reis.stap("medewerker-lijst")
    pagina.get_by_role("table").get_by_role("link").first.click()
    expect(pagina.get_by_role("heading", name="Historie")).to_be_visible()
    reis.stap("medewerker-zaak")
    pagina.get_by_role("button", name="Melding goedkeuren").click()
    reis.melding("De melding is goedgekeurd")
    reis.stap("medewerker-goedgekeurd")


def verklaar(reis: Reis) -> None:
    """The signed-in partner gives their own declaration on the case page."""
    sectie = reis.page.locator(
        "section", has=reis.page.get_by_role("heading", name="Uw verklaring")
    )
    for naam in VEREIST:
        sectie.locator(f"input[name={naam}]").check()
    sectie.get_by_role("button", name="Verklaring afleggen").click()


def betaal(reis: Reis, knop: str) -> None:
    """From the case page through the provider's checkout (choosing `knop`) back to the app."""
    pagina = reis.page
    pagina.get_by_role("button", name="Betalen", exact=True).click()
    expect(pagina.get_by_role("heading", name="Testbetaling")).to_be_visible()
    reis.stap("betaalpagina")
    pagina.get_by_role("button", name=knop).click()


def test_couple_pays_and_confirms_with_two_logins(page: Page, demo: str) -> None:
    reis = Reis(page, f"{demo}/9999/app/", "stel-betaald")
    page.goto(reis.app)
    expect(page.get_by_role("heading", name="Inloggen", level=1)).to_be_visible()
    reis.stap("inloggen")
    reis.inloggen("Artem Sahakian")
    expect(page.get_by_role("heading", name="Mijn huwelijk of partnerschap")).to_be_visible()
    reis.stap("overzicht")
    plan(reis, "Uitgebreid trouwen", "Gemeentehuis", 70)
    tot_goedgekeurd(reis, "Artem Sahakian", ("Hendrik Derks", HENDRIK), (ERIKA, COR))

    reis.inloggen("Artem Sahakian")
    reis.open_zaak()
    betaal(reis, "Betalen")
    expect(page.get_by_role("heading", name="Uw betaling is gelukt")).to_be_visible()
    assert "/9999/app/" in page.url
    reis.stap("betaling-gelukt")
    page.get_by_role("button", name="Verder naar bevestigen").click()
    page.get_by_role("button", name="Bevestigen", exact=True).click()
    reis.melding("is bevestigd")
    expect(page.get_by_text("Bevestigd").first).to_be_visible()
    reis.stap("bevestigd")


def test_couple_in_hoorn_pays_after_a_failed_payment_then_cancels(page: Page, demo: str) -> None:
    reis = Reis(page, f"{demo}/0405/app/", "stel-mislukt")
    page.goto(reis.app)
    expect(page.get_by_text("Gemeente Hoorn").first).to_be_visible()
    assert "hoorn-theme" in (page.locator("html").get_attribute("class") or "")
    reis.inloggen("Jeannette Overvaart")
    plan(reis, "Trouwen op het water", "Schip de Bounty", 70)
    tot_goedgekeurd(
        reis, "Jeannette Overvaart", ("Nolda Schippersdochter", NOLDA), (ARTEM, HENDRIK)
    )

    reis.inloggen("Jeannette Overvaart")
    reis.open_zaak()
    betaal(reis, "Betaling laten mislukken")
    expect(page.get_by_role("heading", name="Uw betaling is niet gelukt")).to_be_visible()
    reis.stap("betaling-mislukt")
    page.get_by_role("button", name="Opnieuw betalen").click()
    expect(page.get_by_text("Uw vorige betaling is niet gelukt")).to_be_visible()
    betaal(reis, "Betalen")
    expect(page.get_by_role("heading", name="Uw betaling is gelukt")).to_be_visible()
    reis.stap("betaling-gelukt")
    page.get_by_role("button", name="Verder naar bevestigen").click()
    page.get_by_role("button", name="Bevestigen", exact=True).click()
    reis.melding("is bevestigd")

    page.get_by_label("Waarom annuleert u?").fill("Wij trouwen liever in het buitenland.")
    page.get_by_role("button", name="Annuleren", exact=True).click()
    reis.melding("is geannuleerd")
    expect(page.get_by_text("Geannuleerd").first).to_be_visible()
    reis.stap("geannuleerd")


def test_staff_page_filter_reject_desk_payment_and_cancel(page: Page, demo: str) -> None:
    api = Api(demo, "9999")

    def week(n: int) -> str:
        # A slot found free for each case: a fixed weekday and time would meet a public
        # holiday or the change to summer time on some run dates.
        return api.vrij_slot(90 + 7 * n, "UITGEBREID", "gemeentehuis")

    # Partner 2 of this case declares at the desk; staff record it, then partner 1 gives notice.
    afwijzen = api.met_getuigen(ERIKA, COR, (JEANNETTE, NOLDA), week(0))
    goedgekeurd = api.gemeld(JEANNETTE, NOLDA, (ERIKA, COR), week(1))
    api.wijzig("BeoordeelMelding", None, goedgekeurd, goedgekeurd=True)
    for n, partner1 in enumerate(ANDEREN[:9], start=2):  # a second page of cases
        uitkomst = api.voer_uit("Reserveer", None, invoer={
            "soort": "HUWELIJK", "ceremonietype": "UITGEBREID", "start": week(n),
            "locatie": {"locatieId": "gemeentehuis"}, "partner1": partner1,
        })  # fmt: skip
        assert uitkomst["__typename"] == "HuwelijkGewijzigd", uitkomst

    reis = Reis(page, f"{demo}/9999/app/", "medewerker")
    page.goto(reis.app)
    reis.inloggen("medewerker burgerzaken")
    page.goto(f"{reis.app}#/medewerker/zaak/{afwijzen['id']}")
    balie = page.locator("section", has=page.get_by_role("heading", name="Verklaring aan de balie"))
    expect(balie.get_by_label("Voor welke partner")).to_have_value("PARTNER2")
    for naam in VEREIST:
        balie.locator(f"input[name={naam}]").check()
    reis.stap("balieverklaring")
    balie.get_by_role("button", name="Verklaring vastleggen").click()
    reis.melding("De verklaring van partner 2 is vastgelegd")
    expect(page.get_by_role("cell", name="aan de balie afgelegd door partner2")).to_be_visible()
    reis.stap("balieverklaring-vastgelegd")
    afwijzen = api.voer_uit("HuwelijkDossier", None, id=afwijzen["id"])
    api.wijzig("DoeMelding", ERIKA, afwijzen)
    page.goto(f"{reis.app}#/medewerker")
    expect(page.get_by_text(re.compile(r"^\d+ gevonden"))).to_be_visible()
    totaal = int((page.get_by_text(re.compile(r"^\d+ gevonden")).text_content() or "").split()[0])
    assert totaal >= 11
    reis.stap("lijst")
    page.get_by_role("button", name="Volgende pagina").click()
    expect(page.get_by_text("Pagina 2 van")).to_be_visible()
    reis.stap("lijst-pagina-2")

    page.get_by_label("Status").select_option(label="Melding gedaan")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("Pagina 1 van 1")).to_be_visible()
    page.goto(f"{reis.app}#/medewerker/zaak/{afwijzen['id']}")
    expect(page.get_by_role("heading", name="Resultaten van de toetsing")).to_be_visible()
    expect(page.get_by_role("cell", name="Melding gedaan").first).to_be_visible()  # history
    page.get_by_role("button", name="Melding afwijzen").click()
    expect(page.get_by_role("alert")).to_have_text("Geef een reden om de melding af te wijzen.")
    reis.stap("afwijzen-zonder-reden")
    page.get_by_label("Reden (verplicht bij afwijzen)").fill("De verklaringen zijn onvolledig.")
    page.get_by_role("button", name="Melding afwijzen").click()
    reis.melding("De melding is afgewezen")
    expect(page.get_by_text("De verklaringen zijn onvolledig.").first).to_be_visible()
    reis.stap("afgewezen")

    page.goto(f"{reis.app}#/medewerker/zaak/{goedgekeurd['id']}")
    page.get_by_label("Referentie (bonnummer)").fill("BALIE-2026-0001")
    page.get_by_role("button", name="Betaling vastleggen").click()
    reis.melding("De betaling is vastgelegd")
    expect(page.get_by_text(re.compile("^Betaald"))).to_be_visible()
    reis.stap("baliebetaling")
    page.get_by_label("Reden van annuleren").fill("Op verzoek van het paar, telefonisch.")
    page.get_by_role("button", name="Huwelijk annuleren").click()
    reis.melding("Het huwelijk is geannuleerd")
    reis.stap("geannuleerd")
    zaak = api.voer_uit("HuwelijkDossier", None, id=goedgekeurd["id"])
    assert zaak["status"] == "GEANNULEERD"
    assert zaak["historie"][-1]["reden"] == "Op verzoek van het paar, telefonisch."


def test_expected_failures_are_explained_in_dutch_with_a_way_forward(page: Page, demo: str) -> None:
    api = Api(demo, "9999")
    reis = Reis(page, f"{demo}/9999/app/", "fouten")
    page.goto(reis.app)
    reis.inloggen("Jeannette Overvaart")

    # The slot is taken by someone else between the search and the click.
    plan_zoek = page.get_by_role("button", name="Plan een huwelijk of partnerschap")
    plan_zoek.click()
    page.get_by_label(re.compile("^Uitgebreid trouwen")).check()
    page.get_by_label("Vanaf welke datum zoekt u?").fill(
        (date.today() + timedelta(days=200)).isoformat()
    )
    page.get_by_label("Locatie").select_option(label="Gemeentehuis")
    page.get_by_role("button", name="Vrije momenten zoeken").click()
    eerste = page.locator("input[name=slot]").first
    start, locatie = (eerste.get_attribute("value") or "").split("|")
    eerste.check()
    api.reserveer(ANDEREN[-1], start, locatie)
    page.get_by_role("button", name="Voorlopig reserveren").click()
    expect(page.get_by_role("alert")).to_contain_text("Kies een ander moment")
    reis.stap("slot-bezet")
    page.get_by_role("button", name="Opnieuw zoeken").click()
    expect(page.locator(f"input[name=slot][value='{start}|{locatie}']")).to_have_count(0)

    # Someone else changed the case meanwhile (version conflict): reload and go on.
    zaak = api.reserveer(JEANNETTE, api.vrij_slot(120, "UITGEBREID", "gemeentehuis"))
    page.goto(f"{reis.app}#/zaak/{zaak['id']}")
    api.wijzig("VoegGetuigeToe", JEANNETTE, zaak, getuige={"burgerservicenummer": ERIKA})
    page.get_by_label("Burgerservicenummer van de getuige").fill(COR)
    page.get_by_role("button", name="Getuige toevoegen").click()
    expect(page.get_by_role("alert")).to_contain_text("intussen gewijzigd")
    reis.stap("versieconflict")
    page.get_by_role("button", name="Gegevens opnieuw laden").click()
    expect(page.get_by_text(re.compile("^Getuige 1: BSN")).first).to_be_visible()

    # An own location is checked against the BAG; a BABS from the list is a choice.
    sectie = page.locator("section", has=page.get_by_role("heading", name="Locatie"))
    sectie.get_by_label("Een eigen locatie in de gemeente").check()
    sectie.get_by_label("Straat").fill("Nergensstraat")
    sectie.get_by_label("Huisnummer").fill("999")
    sectie.get_by_label("Postcode").fill("9999 ZZ")
    sectie.get_by_label("Plaats").fill("Nergenshuizen")
    sectie.get_by_role("button", name="Locatie opslaan").click()
    expect(sectie.get_by_role("alert")).to_contain_text("Controleer het adres")
    reis.stap("eigen-locatie-afgewezen")
    # Only the BABS free at the case's moment are offered (besides assigned and own).
    vrij = api.voer_uit("Huwelijk", JEANNETTE, id=zaak["id"])["beschikbareAmbtenaren"]
    assert vrij, "no BABS free at the case's moment"
    babs = page.locator("section", has=page.get_by_role("heading", name="Trouwambtenaar (BABS)"))
    expect(babs.get_by_role("radio")).to_have_count(len(vrij) + 2)
    for ambtenaar in vrij:
        expect(babs.get_by_label(ambtenaar["naam"], exact=True)).to_have_count(1)
    naam = vrij[0]["naam"]
    babs.get_by_label(naam, exact=True).check()
    babs.get_by_role("button", name="Trouwambtenaar opslaan").click()
    reis.melding("De trouwambtenaar is opgeslagen")
    expect(page.get_by_text(f"Gekozen: {naam}")).to_be_visible()

    # The witnesses' deadline has passed for a ceremony three weeks from now.
    dichtbij = api.reserveer(NOLDA, api.vrij_slot(16, "UITGEBREID", "gemeentehuis"))
    reis.inloggen("Nolda Schippersdochter")
    page.goto(f"{reis.app}#/zaak/{dichtbij['id']}")
    # The page follows mogelijkeMutaties: no witness form, the way forward instead.
    reis.melding("Neem contact op met de gemeente")
    expect(page.get_by_label("Burgerservicenummer van de getuige")).to_have_count(0)
    reis.stap("termijn-verstreken")
