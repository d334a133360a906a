"""The legal checks fed from the BRP: real RvIG test persons through the embedded registry.

Every case goes through the use case `resolvers.toetsing` over HTTP (ASGITransport), so the
fields asked for, the batching and the mapping onto the domain's facts are all exercised.
Persons and their facts are from `registries/brp/data/PROVENANCE.md`, checked against the data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from domain_support import CONFIG, NU, START, verklaar
from logboek_support import GeheugenLogboek
from starlette.applications import Starlette

from trouwgraph.adapters.auth import ProtocolHeaders
from trouwgraph.adapters.brp import HaalCentraalBrp, Verzoekcontext
from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Verbintenissoort
from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.domain.fouten import NietToegestaan
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import AmbtenaarKeuze, Getuige, LocatieKeuze
from trouwgraph.domain.regels import Betreft, Regelcode, Regeluitkomst, Uitkomst, eindoordeel
from trouwgraph.registries.brp.app import create_brp_registry, load_personen
from trouwgraph.resolvers.personen import PersoonLoader
from trouwgraph.resolvers.toetsing import (
    TOETSING_FIELDS,
    VOOROUDER_FIELDS,
    persoonsfeiten,
    toets_huwelijk,
    verzamel_toetsingsgegevens,
)

GETROUWD = "999993653"  # married; her husband has no BSN; French
ECHTPAAR = ("999990184", "999993847")  # married to each other
GEREGISTREERD = ("999993380", "999993719")  # registered partnership with each other
CURATELE = "999993811"
BROER_ZUS = ("999990184", "999992685")  # same two parents
KLEINKIND, OUDER, GROOTOUDER = "999991607", "999994736", "999990639"
NEEF_OOM = ("999997592", "999992156")  # 3rd degree
NEEF_NICHT = ("999991115", "999992387")  # first cousins, 4th degree
NEEF_NICHT_OUDERS = {"999993392", "999991589", "999993239", "999990639"}
OVERLEDEN = "999990147"
GEBOREN_MAART_1978, GEBOREN_1968, GEBOORTEDATUM_ONBEKEND = "999992351", "999992806", "999994220"
MINDERJARIG = ("999995984", "999990342", "999992089", "999992557")
GEEMIGREERD = "999990123"  # opschorting E, lives abroad
OUDERS_ONBEKEND_IN_BRP = "999992922"  # both parents' BSNs are not in the set
VRIJGEZEL_1, VRIJGEZEL_2, VRIJGEZEL_3, VRIJGEZEL_4 = (
    "000009842",
    "000009878",
    "000009891",
    "000009933",
)
NIET_IN_BRP = "999990007"  # passes the 11-proef, no such person in the set
CATALOGUS = Path(__file__).parents[1] / "registries" / "brp" / "fields_catalogue.json"


class TellendeTransport(httpx.AsyncBaseTransport):
    """Reaches the registry in-process and records the body of every call."""

    def __init__(self, app: Starlette) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self.bodies: list[dict[str, Any]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(json.loads(request.content))
        return await self._inner.handle_async_request(request)


@cache
def _registry() -> Starlette:
    return create_brp_registry(load_personen(), today=lambda: date(2026, 11, 29))


class Brp:
    """A fresh request's loader over the embedded registry, counting its calls."""

    def __init__(self) -> None:
        self.transport = TellendeTransport(_registry())
        client = httpx.AsyncClient(transport=self.transport, base_url="http://brp")
        brp = HaalCentraalBrp(client, protocol=ProtocolHeaders(), timeout=httpx.Timeout(5))
        self.logboek = GeheugenLogboek()
        self.loader = PersoonLoader(brp, Verzoekcontext(gebruiker="test"), self.logboek)


def burger(bsn: str) -> Actor:
    return Actor(Rol.BURGER, f"sub-{bsn[-3:]}", bsn)


def zaak(
    partner1: str,
    partner2: str,
    *,
    getuigen: Sequence[str | None] = (),
    soort: Verbintenissoort = Verbintenissoort.HUWELIJK,
    eigen_babs: str | None = None,
    melding: bool = False,
    beedigde_verklaring: bool = False,
) -> Huwelijk:
    """A case built through the domain's own steps; a None witness is a municipal one."""
    h = Huwelijk.reserveer(
        id="h-1",
        config=CONFIG,
        soort=soort,
        partner1_bsn=partner1,
        ceremonietype="UITGEBREID",
        start=START,
        locatie=LocatieKeuze(locatie_id="trouwzaal"),
        ambtenaar=AmbtenaarKeuze.eigen_babs(eigen_babs, "Eigen Babs") if eigen_babs else None,
        door=burger(partner1),
        nu=NU,
    )
    h.nodig_partner_uit(partner2, door=burger(partner1), nu=NU)
    for bsn in getuigen:
        getuige = Getuige.persoon(bsn) if bsn else Getuige.gemeentelijke()
        h.voeg_getuige_toe(getuige, config=CONFIG, door=burger(partner1), nu=NU)
    if melding or beedigde_verklaring:
        h.stem_in(config=CONFIG, door=burger(partner2), nu=NU)
        # Each partner declares for themselves; the checks read both own declarations.
        door = (burger(partner1), burger(partner2))
        verklaar(h, NU, door=door, beedigd=beedigde_verklaring)
        h.doe_melding(config=CONFIG, door=burger(partner1), nu=NU)
    return h


async def toets(huwelijk: Huwelijk, brp: Brp | None = None) -> list[Regeluitkomst]:
    return await toets_huwelijk(huwelijk, (brp or Brp()).loader, CONFIG)


def uitkomst(uitkomsten: list[Regeluitkomst], regel: Regelcode, betreft: Betreft) -> Regeluitkomst:
    gevonden = [u for u in uitkomsten if u.regel is regel and u.betreft is betreft]
    assert len(gevonden) == 1, (regel, betreft, gevonden)
    return gevonden[0]


def bloedverwantschap(uitkomsten: list[Regeluitkomst]) -> Regeluitkomst:
    return uitkomst(uitkomsten, Regelcode.BLOEDVERWANTSCHAP, Betreft.HUWELIJK)


class TestGewoonPaar:
    async def test_two_single_adults_with_two_adult_witnesses_pass_every_check(self) -> None:
        h = zaak(VRIJGEZEL_1, VRIJGEZEL_2, getuigen=[VRIJGEZEL_3, VRIJGEZEL_4], melding=True)

        uitkomsten = await toets(h)

        niet_voldaan = [u for u in uitkomsten if u.uitkomst is not Uitkomst.VOLDAAN]
        assert niet_voldaan == []
        assert eindoordeel(uitkomsten) is Uitkomst.VOLDAAN
        assert {u.regel for u in uitkomsten} == set(Regelcode) - {
            Regelcode.LOPENDE_ZAAK,  # the store's facts: the notice's use case adds it
            Regelcode.EIGEN_BABS_MEERDERJARIG,
            Regelcode.EIGEN_BABS_CURATELE,
        }

    async def test_no_result_contains_a_bsn(self) -> None:
        h = zaak(GETROUWD, NEEF_NICHT[0], getuigen=[OVERLEDEN, NIET_IN_BRP], eigen_babs=CURATELE)

        tekst = repr(await toets(h))

        for bsn in (GETROUWD, *NEEF_NICHT, OVERLEDEN, NIET_IN_BRP, CURATELE):
            assert bsn not in tekst


class TestBurgerlijkeStaat:
    async def test_a_married_partner_fails_civil_status(self) -> None:
        uitkomsten = await toets(zaak(GETROUWD, VRIJGEZEL_1))

        getrouwd = uitkomst(uitkomsten, Regelcode.BURGERLIJKE_STAAT, Betreft.PARTNER1)
        assert getrouwd.uitkomst is Uitkomst.NIET_VOLDAAN
        assert getrouwd.gegevens["soortVerbintenis"] == "H"
        vrij = uitkomst(uitkomsten, Regelcode.BURGERLIJKE_STAAT, Betreft.PARTNER2)
        assert vrij.uitkomst is Uitkomst.VOLDAAN

    async def test_a_couple_married_to_each_other_cannot_marry_again(self) -> None:
        uitkomsten = await toets(zaak(*ECHTPAAR))

        for rol in (Betreft.PARTNER1, Betreft.PARTNER2):
            assert (
                uitkomst(uitkomsten, Regelcode.BURGERLIJKE_STAAT, rol).uitkomst
                is Uitkomst.NIET_VOLDAAN
            )

    async def test_a_dissolved_partnership_is_no_obstacle(self) -> None:
        uitkomsten = await toets(zaak(GEBOREN_1968, VRIJGEZEL_1))

        assert (
            uitkomst(uitkomsten, Regelcode.BURGERLIJKE_STAAT, Betreft.PARTNER1).uitkomst
            is Uitkomst.VOLDAAN
        )

    async def test_registered_partners_may_convert_their_partnership(self) -> None:
        h = zaak(*GEREGISTREERD, soort=Verbintenissoort.OMZETTING)

        uitkomsten = await toets(h)

        for rol in (Betreft.PARTNER1, Betreft.PARTNER2):
            staat = uitkomst(uitkomsten, Regelcode.BURGERLIJKE_STAAT, rol)
            assert staat.uitkomst is Uitkomst.VOLDAAN
            assert staat.gegevens["soortVerbintenis"] == "P"

    async def test_registered_partners_are_told_to_convert_instead_of_marrying(self) -> None:
        uitkomsten = await toets(zaak(*GEREGISTREERD))

        staat = uitkomst(uitkomsten, Regelcode.BURGERLIJKE_STAAT, Betreft.PARTNER1)
        assert staat.uitkomst is Uitkomst.NIET_VOLDAAN
        assert "omzetting" in staat.reden

    async def test_conversion_with_someone_else_is_refused_for_both(self) -> None:
        h = zaak(GEREGISTREERD[0], VRIJGEZEL_1, soort=Verbintenissoort.OMZETTING)

        uitkomsten = await toets(h)

        for rol in (Betreft.PARTNER1, Betreft.PARTNER2):
            assert (
                uitkomst(uitkomsten, Regelcode.BURGERLIJKE_STAAT, rol).uitkomst
                is Uitkomst.NIET_VOLDAAN
            )


class TestPersoon:
    async def test_a_partner_under_curatele_needs_manual_review(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, CURATELE))

        curatele = uitkomst(uitkomsten, Regelcode.CURATELE, Betreft.PARTNER2)
        assert curatele.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert uitkomst(uitkomsten, Regelcode.CURATELE, Betreft.PARTNER1).uitkomst is (
            Uitkomst.VOLDAAN
        )

    async def test_a_deceased_partner_fails_in_leven(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, OVERLEDEN))

        overleden = uitkomst(uitkomsten, Regelcode.IN_LEVEN, Betreft.PARTNER2)
        assert overleden.uitkomst is Uitkomst.NIET_VOLDAAN
        assert overleden.gegevens["overlijdensdatum"] == "2018-05-26"

    @pytest.mark.parametrize("minderjarige", MINDERJARIG)
    async def test_a_partner_under_18_on_the_ceremony_date_fails(self, minderjarige: str) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, minderjarige))

        assert (
            uitkomst(uitkomsten, Regelcode.MEERDERJARIG, Betreft.PARTNER2).uitkomst
            is Uitkomst.NIET_VOLDAAN
        )

    async def test_partly_known_birth_dates_pass_when_certainly_adult(self) -> None:
        uitkomsten = await toets(zaak(GEBOREN_MAART_1978, GEBOREN_1968))

        maart = uitkomst(uitkomsten, Regelcode.MEERDERJARIG, Betreft.PARTNER1)
        jaar = uitkomst(uitkomsten, Regelcode.MEERDERJARIG, Betreft.PARTNER2)
        assert (maart.uitkomst, maart.gegevens["geboortedatum"]) == (Uitkomst.VOLDAAN, "1978-03")
        assert (jaar.uitkomst, jaar.gegevens["geboortedatum"]) == (Uitkomst.VOLDAAN, "1968")

    async def test_an_unknown_birth_date_needs_manual_review(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, GEBOORTEDATUM_ONBEKEND))

        onbekend = uitkomst(uitkomsten, Regelcode.MEERDERJARIG, Betreft.PARTNER2)
        assert onbekend.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert onbekend.gegevens["geboortedatum"] == "onbekend"

    async def test_a_foreign_national_needs_manual_review_of_residence(self) -> None:
        uitkomsten = await toets(zaak(GETROUWD, VRIJGEZEL_1))

        frans = uitkomst(uitkomsten, Regelcode.NATIONALITEIT, Betreft.PARTNER1)
        assert frans.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert frans.gegevens["nationaliteiten"] == "0057"
        assert uitkomst(uitkomsten, Regelcode.NATIONALITEIT, Betreft.PARTNER2).uitkomst is (
            Uitkomst.VOLDAAN
        )

    async def test_an_emigrated_partner_needs_manual_review_of_the_record(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, GEEMIGREERD))

        bijhouding = uitkomst(uitkomsten, Regelcode.BIJHOUDING, Betreft.PARTNER2)
        assert bijhouding.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert bijhouding.gegevens["opschortingBijhouding"] == "E"
        verblijf = uitkomst(uitkomsten, Regelcode.VERBLIJF, Betreft.HUWELIJK)
        assert verblijf.uitkomst is Uitkomst.VOLDAAN
        assert verblijf.gegevens["woontInNederland"] == 1


class TestBloedverwantschap:
    async def test_siblings_may_not_marry(self) -> None:
        verwant = bloedverwantschap(await toets(zaak(*BROER_ZUS)))

        assert verwant.uitkomst is Uitkomst.NIET_VOLDAAN
        assert (verwant.gegevens["graad"], verwant.gegevens["rechteLijn"]) == (2, False)

    async def test_grandparent_and_grandchild_may_not_marry(self) -> None:
        verwant = bloedverwantschap(await toets(zaak(KLEINKIND, GROOTOUDER)))

        assert verwant.uitkomst is Uitkomst.NIET_VOLDAAN
        assert (verwant.gegevens["graad"], verwant.gegevens["rechteLijn"]) == (2, True)

    async def test_parent_and_child_may_not_marry(self) -> None:
        verwant = bloedverwantschap(await toets(zaak(GROOTOUDER, OUDER)))

        assert verwant.uitkomst is Uitkomst.NIET_VOLDAAN
        assert (verwant.gegevens["graad"], verwant.gegevens["rechteLijn"]) == (1, True)

    @pytest.mark.parametrize(
        ("paar", "graad"), [(NEEF_OOM, 3), (NEEF_NICHT, 4)], ids=["derde-graad", "vierde-graad"]
    )
    async def test_third_and_fourth_degree_need_the_sworn_declaration(
        self, paar: tuple[str, str], graad: int
    ) -> None:
        zonder = bloedverwantschap(await toets(zaak(*paar, melding=True)))
        met = bloedverwantschap(await toets(zaak(*paar, beedigde_verklaring=True)))

        assert (zonder.uitkomst, zonder.gegevens["graad"]) == (
            Uitkomst.HANDMATIGE_BEOORDELING,
            graad,
        )
        assert (met.uitkomst, met.gegevens["graad"]) == (Uitkomst.VOLDAAN, graad)

    async def test_unrelated_partners_pass(self) -> None:
        verwant = bloedverwantschap(await toets(zaak(VRIJGEZEL_1, OUDERS_ONBEKEND_IN_BRP)))

        assert verwant.uitkomst is Uitkomst.VOLDAAN
        assert verwant.gegevens["graad"] is None


class TestGetuigenEnAmbtenaar:
    async def test_a_minor_witness_fails_and_an_adult_one_passes(self) -> None:
        h = zaak(VRIJGEZEL_1, VRIJGEZEL_2, getuigen=[MINDERJARIG[3], VRIJGEZEL_3])

        uitkomsten = await toets(h)

        regel = Regelcode.GETUIGE_MEERDERJARIG
        assert uitkomst(uitkomsten, regel, Betreft.GETUIGE_1).uitkomst is Uitkomst.NIET_VOLDAAN
        assert uitkomst(uitkomsten, regel, Betreft.GETUIGE_2).uitkomst is Uitkomst.VOLDAAN

    async def test_a_deceased_witness_fails(self) -> None:
        h = zaak(VRIJGEZEL_1, VRIJGEZEL_2, getuigen=[OVERLEDEN, None])

        uitkomsten = await toets(h)

        assert uitkomst(uitkomsten, Regelcode.IN_LEVEN, Betreft.GETUIGE_1).uitkomst is (
            Uitkomst.NIET_VOLDAAN
        )
        gemeentelijk = uitkomst(uitkomsten, Regelcode.GETUIGE_MEERDERJARIG, Betreft.GETUIGE_2)
        assert gemeentelijk.gegevens == {"gemeentelijk": True}

    async def test_a_witness_who_is_also_a_partner_fails_uniqueness(self) -> None:
        h = zaak(VRIJGEZEL_1, VRIJGEZEL_2, getuigen=[VRIJGEZEL_3])
        # The domain refuses this on input; a case read back from the store is checked anyway.
        h.getuigen = (*h.getuigen, Getuige.persoon(VRIJGEZEL_1))

        uitkomsten = await toets(h)

        uniek = uitkomst(uitkomsten, Regelcode.PERSONEN_UNIEK, Betreft.HUWELIJK)
        assert uniek.uitkomst is Uitkomst.NIET_VOLDAAN
        assert uniek.gegevens["dubbel"] == 1

    async def test_one_witness_is_too_few(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, VRIJGEZEL_2, getuigen=[VRIJGEZEL_3]))

        aantal = uitkomst(uitkomsten, Regelcode.GETUIGEN_AANTAL, Betreft.HUWELIJK)
        assert aantal.uitkomst is Uitkomst.NIET_VOLDAAN

    async def test_an_own_officiant_under_curatele_fails(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, VRIJGEZEL_2, eigen_babs=CURATELE))

        babs = uitkomst(uitkomsten, Regelcode.EIGEN_BABS_CURATELE, Betreft.AMBTENAAR)
        assert babs.uitkomst is Uitkomst.NIET_VOLDAAN
        meerderjarig = uitkomst(uitkomsten, Regelcode.EIGEN_BABS_MEERDERJARIG, Betreft.AMBTENAAR)
        assert meerderjarig.uitkomst is Uitkomst.VOLDAAN

    async def test_a_minor_own_officiant_fails(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, VRIJGEZEL_2, eigen_babs=MINDERJARIG[0]))

        babs = uitkomst(uitkomsten, Regelcode.EIGEN_BABS_MEERDERJARIG, Betreft.AMBTENAAR)
        assert babs.uitkomst is Uitkomst.NIET_VOLDAAN


class TestNietInBrp:
    async def test_a_partner_unknown_to_the_brp_gets_only_manual_review(self) -> None:
        uitkomsten = await toets(zaak(VRIJGEZEL_1, NIET_IN_BRP, getuigen=[None, None]))

        over_partner2 = [u for u in uitkomsten if u.betreft is Betreft.PARTNER2]
        assert len(over_partner2) == 6
        assert {u.uitkomst for u in over_partner2} == {Uitkomst.HANDMATIGE_BEOORDELING}
        assert all(u.gegevens == {"gevondenInBrp": False} for u in over_partner2)
        verwant = bloedverwantschap(uitkomsten)
        assert verwant.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert eindoordeel(uitkomsten) is Uitkomst.HANDMATIGE_BEOORDELING
        over_partner1 = [u for u in uitkomsten if u.betreft is Betreft.PARTNER1]
        assert {u.uitkomst for u in over_partner1} == {Uitkomst.VOLDAAN}

    async def test_a_witness_unknown_to_the_brp_needs_manual_review(self) -> None:
        h = zaak(VRIJGEZEL_1, VRIJGEZEL_2, getuigen=[NIET_IN_BRP, VRIJGEZEL_3])

        uitkomsten = await toets(h)

        over_getuige = [u for u in uitkomsten if u.betreft is Betreft.GETUIGE_1]
        assert [(u.regel, u.uitkomst) for u in over_getuige] == [
            (Regelcode.IN_LEVEN, Uitkomst.HANDMATIGE_BEOORDELING),
            (Regelcode.GETUIGE_MEERDERJARIG, Uitkomst.HANDMATIGE_BEOORDELING),
        ]
        assert bloedverwantschap(uitkomsten).uitkomst is Uitkomst.VOLDAAN

    async def test_the_checks_need_both_partners(self) -> None:
        h = zaak(VRIJGEZEL_1, VRIJGEZEL_2)
        h.partners = h.partners[:1]

        with pytest.raises(NietToegestaan):
            await toets(h)


class TestBrpVerkeer:
    async def test_everyone_in_one_call_then_one_call_per_ancestor_generation(self) -> None:
        brp = Brp()
        h = zaak(*NEEF_NICHT, getuigen=[VRIJGEZEL_1, VRIJGEZEL_2])

        verzameld = await verzamel_toetsingsgegevens(h, brp.loader, CONFIG)

        eerste, ouders = brp.transport.bodies
        assert set(eerste["burgerservicenummer"]) == {*NEEF_NICHT, VRIJGEZEL_1, VRIJGEZEL_2}
        assert eerste["fields"] == sorted(TOETSING_FIELDS | {"burgerservicenummer"})
        assert set(ouders["burgerservicenummer"]) == NEEF_NICHT_OUDERS
        assert ouders["fields"] == sorted(VOOROUDER_FIELDS | {"burgerservicenummer"})
        # The grandparents come from the parents' records: no third call.
        assert set(verzameld.gegevens.stamboom["999990639"]) == {"999991425", "999994803"}

    async def test_shared_parents_are_asked_for_once(self) -> None:
        brp = Brp()

        await toets(zaak(*BROER_ZUS), brp)

        assert len(brp.transport.bodies) == 2
        assert sorted(brp.transport.bodies[1]["burgerservicenummer"]) == [
            "999992442",
            "999993276",
        ]

    async def test_parents_unknown_to_the_brp_end_the_walk(self) -> None:
        brp = Brp()

        verzameld = await verzamel_toetsingsgegevens(
            zaak(VRIJGEZEL_1, OUDERS_ONBEKEND_IN_BRP), brp.loader, CONFIG
        )

        assert len(brp.transport.bodies) == 2
        assert verzameld.gegevens.stamboom["999992776"] == ()
        assert verzameld.gegevens.stamboom["999993513"] == ()

    async def test_partners_without_known_parents_need_no_ancestor_call(self) -> None:
        brp = Brp()

        await toets(zaak(VRIJGEZEL_1, VRIJGEZEL_2, getuigen=[None, None]), brp)

        assert len(brp.transport.bodies) == 1
        assert brp.transport.bodies[0]["burgerservicenummer"] == [VRIJGEZEL_1, VRIJGEZEL_2]

    async def test_a_witness_who_is_an_ancestor_is_not_fetched_again(self) -> None:
        brp = Brp()

        await toets(zaak(KLEINKIND, VRIJGEZEL_1, getuigen=[OUDER, VRIJGEZEL_2]), brp)

        tweede = brp.transport.bodies[1]["burgerservicenummer"]
        assert OUDER not in tweede
        assert set(tweede) == {"999994293"}  # the other parent only

    def test_asks_only_valid_fields_and_never_the_automatic_ones(self) -> None:
        catalogus = json.loads(CATALOGUS.read_text(encoding="utf-8"))
        geldig = catalogus["responseTypes"]["Persoon"]
        automatisch = set(catalogus["automatischGeleverd"])

        for veld in TOETSING_FIELDS | VOOROUDER_FIELDS:
            assert veld in geldig, veld
            assert automatisch.isdisjoint(veld.split(".")), veld


class TestPersoonsfeiten:
    async def test_maps_the_brp_record_onto_the_domain_facts(self) -> None:
        brp = Brp()

        persoon = await brp.loader.persoon(OVERLEDEN, TOETSING_FIELDS)

        assert persoon is not None
        feiten = persoonsfeiten(persoon)
        assert feiten.overleden
        assert feiten.overlijdensdatum == OnvolledigeDatum(2018, 5, 26)
        assert feiten.opschorting == "O"
        assert feiten.geboortedatum == OnvolledigeDatum(1948, 1, 17)
        assert type(feiten.geboortedatum) is OnvolledigeDatum
        assert [(p.soort.value, p.actueel) for p in feiten.partners] == [("H", True)]
        assert feiten.kinderen == ("999990226",)
        assert feiten.ouders == ()  # her parents are recorded without a BSN
        assert (feiten.nationaliteiten, feiten.woont_in_nl) == (("0001",), True)

    async def test_a_dissolved_partnership_and_foreign_nationality(self) -> None:
        persoon = await Brp().loader.persoon(GEBOREN_1968, TOETSING_FIELDS)

        assert persoon is not None
        feiten = persoonsfeiten(persoon)
        [partner] = feiten.partners
        assert (partner.soort.value, partner.actueel, partner.bsn) == ("P", False, None)
        assert feiten.nationaliteiten == ("0334",)
        assert not feiten.curatele

    async def test_refuses_a_person_fetched_without_the_checks_fields(self) -> None:
        persoon = await Brp().loader.persoon(VRIJGEZEL_1, frozenset({"geboorte.datum"}))

        assert persoon is not None
        with pytest.raises(ValueError, match="TOETSING_FIELDS"):
            persoonsfeiten(persoon)

    async def test_an_emigrant_does_not_live_in_the_netherlands(self) -> None:
        persoon = await Brp().loader.persoon(GEEMIGREERD, TOETSING_FIELDS)

        assert persoon is not None
        feiten = persoonsfeiten(persoon)
        assert (feiten.woont_in_nl, feiten.opschorting, feiten.geheimhouding) == (
            False,
            "E",
            True,
        )
        assert not feiten.overleden
