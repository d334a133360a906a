"""The RvIG test set converted to Haal Centraal BRP Personen v2 persons (registries/brp/data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from trouwgraph.registries.brp import convert_rvig
from trouwgraph.registries.brp.rvig.naam import voorletters
from trouwgraph.registries.brp.rvig.waarden import datum

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "contracts" / "brp-personen-v2-openapi.resolved.json"
COMMITTED = ROOT / "registries" / "brp" / "data" / "personen.json"

# RvIG's character-set and edge-case persons: their (or a relative's) names and foreign places
# hold characters such as '@', '%', '"', ';', '?' and '°' that the spec's string patterns do not
# allow. The converter keeps registry values verbatim, so only these may break a pattern.
VERBATIM_IRREGULAR_CHARACTERS = {
    "999990184", "999990299", "999990524", "999990743", "999990913", "999991000",
    "999991139", "999991449", "999993847", "999994128", "999994402", "999995121",
}  # fmt: skip

Persoon = dict[str, Any]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return convert_rvig.convert(convert_rvig.DEFAULT_SOURCE)


@pytest.fixture(scope="module")
def personen(document: dict[str, Any]) -> dict[str, Persoon]:
    # Five BSNs occur on two persoonslijsten in the RvIG set; the first (lowest A-nummer) wins here.
    by_bsn: dict[str, Persoon] = {}
    for persoon in document["personen"]:
        by_bsn.setdefault(persoon["burgerservicenummer"], persoon)
    return by_bsn


def _ouder_bsns(persoon: Persoon) -> set[str]:
    return {
        o["burgerservicenummer"] for o in persoon.get("ouders", []) if "burgerservicenummer" in o
    }


def test_rerunning_the_converter_reproduces_the_committed_json(document: dict[str, Any]) -> None:
    assert convert_rvig.dumps(document) == COMMITTED.read_text(encoding="utf-8")


def test_every_person_validates_against_the_spec_persoon_schema(document: dict[str, Any]) -> None:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    registry = Registry().with_resource(
        "urn:brp-personen", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    validator = OAS31Validator(
        {"$ref": "urn:brp-personen#/components/schemas/Persoon"}, registry=registry
    )
    irregular = set()
    for persoon in document["personen"]:
        errors = list(validator.iter_errors(persoon))
        assert all(e.validator == "pattern" for e in errors), [e.message for e in errors]
        if errors:
            irregular.add(persoon["burgerservicenummer"])
    assert irregular == VERBATIM_IRREGULAR_CHARACTERS


def test_converts_every_persoonslijst_with_a_bsn(document: dict[str, Any]) -> None:
    # 687 persoonslijsten, two of which have no burgerservicenummer.
    assert len(document["personen"]) == 685
    assert document["bron"]["aantalPersonen"] == 685


def test_leaves_out_leeftijd_and_empty_values(document: dict[str, Any]) -> None:
    def walk(value: Any) -> None:
        assert value not in (None, "", [], {})
        if isinstance(value, dict):
            assert "leeftijd" not in value
            for key, item in value.items():
                if key != "inOnderzoek":  # its leeftijd flag says the birth date is investigated
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document["personen"])


def test_suzanne_moulin_is_married_with_a_partner(personen: dict[str, Persoon]) -> None:
    suzanne = personen["999993653"]
    assert suzanne["naam"]["voornamen"] == "Suzanne"
    assert suzanne["naam"]["geslachtsnaam"] == "Moulin"
    [partner] = suzanne["partners"]
    assert partner["soortVerbintenis"] == {"code": "H", "omschrijving": "huwelijk"}
    assert partner["naam"]["geslachtsnaam"] == "Beaudelaire"
    assert partner["aangaanHuwelijkPartnerschap"]["datum"] == {
        "type": "Datum",
        "datum": "2008-12-01",
        "langFormaat": "1 december 2008",
    }
    assert "ontbindingHuwelijkPartnerschap" not in partner


def test_999993811_is_under_curatele(personen: dict[str, Persoon]) -> None:
    assert personen["999993811"]["indicatieCurateleRegister"] is True


def test_person_without_curatele_has_no_curatele_indicator(personen: dict[str, Persoon]) -> None:
    assert "indicatieCurateleRegister" not in personen["999993653"]


def test_deceased_person_has_overlijden_and_opschorting_o(personen: dict[str, Persoon]) -> None:
    margriet = personen["999990147"]
    assert margriet["overlijden"]["datum"]["datum"] == "2018-05-26"
    assert margriet["opschortingBijhouding"]["reden"] == {"code": "O", "omschrijving": "overlijden"}


def test_partly_unknown_birth_dates_use_the_spec_date_forms(personen: dict[str, Persoon]) -> None:
    assert personen["999992351"]["geboorte"]["datum"] == {
        "type": "JaarMaandDatum",
        "jaar": 1978,
        "maand": 3,
        "langFormaat": "maart 1978",
    }
    assert personen["999992806"]["geboorte"]["datum"] == {
        "type": "JaarDatum",
        "jaar": 1968,
        "langFormaat": "1968",
    }
    assert personen["999994220"]["geboorte"]["datum"] == {
        "type": "DatumOnbekend",
        "onbekend": True,
        "langFormaat": "onbekend",
    }


def test_siblings_share_both_parents(personen: dict[str, Persoon]) -> None:
    martin, sophia = personen["999990184"], personen["999992685"]
    assert _ouder_bsns(martin) == _ouder_bsns(sophia) == {"999992442", "999993276"}


def test_grandparent_is_the_parent_of_a_parent(personen: dict[str, Persoon]) -> None:
    # Willem-Pieter Holthuizen -> Karin Monique du Burck -> Mattheus du Burck.
    assert "999994736" in _ouder_bsns(personen["999991607"])
    assert "999990639" in _ouder_bsns(personen["999994736"])
    kinderen = {k.get("burgerservicenummer") for k in personen["999990639"]["kinderen"]}
    assert "999994736" in kinderen


def test_dissolved_partnership_keeps_aangaan_from_history(personen: dict[str, Persoon]) -> None:
    [partner] = personen["999990159"]["partners"]
    assert partner["burgerservicenummer"] == "999993598"
    assert partner["ontbindingHuwelijkPartnerschap"]["datum"]["datum"] == "2000-03-08"
    assert partner["aangaanHuwelijkPartnerschap"]["datum"]["datum"] == "1998-02-01"


def test_current_partner_wins_over_dissolved_ones(personen: dict[str, Persoon]) -> None:
    # Christina Christiaansen: divorced Wieger Postma in 2015, married Reinier Jacobs in 2016.
    [partner] = personen["999996277"]["partners"]
    assert partner["burgerservicenummer"] == "999996381"


def test_geheimhouding_is_true_only_when_set(personen: dict[str, Persoon]) -> None:
    assert personen["999990123"]["geheimhoudingPersoonsgegevens"] is True
    assert "geheimhoudingPersoonsgegevens" not in personen["999993653"]


def test_opschorting_for_emigration(personen: dict[str, Persoon]) -> None:
    opschorting = personen["999990123"]["opschortingBijhouding"]
    assert opschorting["reden"] == {"code": "E", "omschrijving": "emigratie"}
    assert opschorting["datum"]["datum"] == "2014-07-02"


def test_registered_partnership_couple_points_at_each_other(personen: dict[str, Persoon]) -> None:
    nicole, reindert = personen["999993380"], personen["999993719"]
    assert [p["burgerservicenummer"] for p in nicole["partners"]] == ["999993719"]
    assert [p["burgerservicenummer"] for p in reindert["partners"]] == ["999993380"]
    assert nicole["partners"][0]["soortVerbintenis"]["code"] == "P"


def test_nationaliteit_is_typed_with_omschrijving(personen: dict[str, Persoon]) -> None:
    [nationaliteit] = personen["999993653"]["nationaliteiten"]
    assert nationaliteit["type"] == "Nationaliteit"
    assert nationaliteit["nationaliteit"] == {"code": "0057", "omschrijving": "Franse"}


def test_dutch_address_is_an_adres_verblijfplaats(personen: dict[str, Persoon]) -> None:
    verblijfplaats = personen["999993653"]["verblijfplaats"]
    assert verblijfplaats["type"] == "Adres"
    assert verblijfplaats["verblijfadres"]["huisnummer"] == 31
    assert verblijfplaats["verblijfadres"]["postcode"] == "3077AW"
    assert personen["999993653"]["gemeenteVanInschrijving"] == {
        "code": "0599",
        "omschrijving": "Rotterdam",
    }


def test_foreign_birth_place_is_free_text(personen: dict[str, Persoon]) -> None:
    assert personen["999993653"]["geboorte"]["plaats"] == {"omschrijving": "Thann"}


@pytest.mark.parametrize(
    ("lo3", "expected"),
    [
        ("19830526", {"type": "Datum", "datum": "1983-05-26", "langFormaat": "26 mei 1983"}),
        (
            "19830500",
            {"type": "JaarMaandDatum", "jaar": 1983, "maand": 5, "langFormaat": "mei 1983"},
        ),
        ("19830000", {"type": "JaarDatum", "jaar": 1983, "langFormaat": "1983"}),
        ("00000000", {"type": "DatumOnbekend", "onbekend": True, "langFormaat": "onbekend"}),
    ],
)
def test_lo3_dates_become_the_four_spec_date_forms(lo3: str, expected: dict[str, Any]) -> None:
    assert datum(lo3) == expected


def test_voorletters_follow_haal_centraal() -> None:
    assert voorletters("Anne-Fleur Belle") == "A.B."
    assert voorletters(".") == "."


SINGLE_ADULTS = ["000009842", "000009878", "000009891", "000009933", "000009970", "999990226"]


@pytest.mark.parametrize("bsn", SINGLE_ADULTS)
def test_listed_single_adults_are_alive_without_partner_or_curatele(
    personen: dict[str, Persoon], bsn: str
) -> None:
    persoon = personen[bsn]
    for absent in ("partners", "overlijden", "opschortingBijhouding", "indicatieCurateleRegister"):
        assert absent not in persoon
    assert persoon["geboorte"]["datum"]["datum"] < "2009-01-01"


def test_uncle_and_nephew_are_related_in_the_third_degree(personen: dict[str, Persoon]) -> None:
    # Dennis Floris Altena's father Floris is a full brother of Florianus Altena.
    assert "999993689" in _ouder_bsns(personen["999997592"])
    assert _ouder_bsns(personen["999993689"]) == _ouder_bsns(personen["999992156"])


# --- gegevens in onderzoek (LO3 83.10 / 83.20 / 83.30) -------------------------------------

DATUM_2004_02_04 = {"type": "Datum", "datum": "2004-02-04", "langFormaat": "4 februari 2004"}


def test_birth_date_under_investigation_flags_geboorte_and_leeftijd(
    personen: dict[str, Persoon],
) -> None:
    # 01.83.10 = 010310 (geboortedatum), 83.20 = 20040204, no 83.30: still running.
    persoon = personen["999992843"]
    assert persoon["geboorte"]["inOnderzoek"] == {
        "datum": True,
        "datumIngangOnderzoek": DATUM_2004_02_04,
    }
    assert persoon["inOnderzoek"] == {
        "leeftijd": True,
        "datumIngangOnderzoekPersoon": DATUM_2004_02_04,
    }
    assert "inOnderzoek" not in persoon["naam"]


def test_an_ended_investigation_is_not_delivered(personen: dict[str, Persoon]) -> None:
    # 999991462: 010310 from 2004-02-04, ended 2004-09-15 (83.30).
    assert "inOnderzoek" not in personen["999991462"]
    assert "inOnderzoek" not in personen["999991462"]["geboorte"]


def test_a_whole_partner_category_under_investigation(personen: dict[str, Persoon]) -> None:
    [partner] = personen["999991139"]["partners"]
    assert {k for k, v in partner["inOnderzoek"].items() if v is True} == {
        "burgerservicenummer",
        "geslacht",
        "soortVerbintenis",
    }
    assert partner["aangaanHuwelijkPartnerschap"]["inOnderzoek"]["datum"] is True
    assert partner["naam"]["inOnderzoek"]["geslachtsnaam"] is True
    assert "volledigeNaam" not in partner["naam"]["inOnderzoek"]  # NaamGerelateerde has none


def test_parents_and_address_under_investigation(personen: dict[str, Persoon]) -> None:
    persoon = personen["999990378"]
    assert [o["inOnderzoek"]["burgerservicenummer"] for o in persoon["ouders"]] == [True, True]
    verblijfplaats = persoon["verblijfplaats"]
    assert verblijfplaats["type"] == "Adres"
    assert verblijfplaats["inOnderzoek"]["datumVan"] is True
    assert verblijfplaats["verblijfadres"]["inOnderzoek"]["huisnummer"] is True
    assert "regel1" not in verblijfplaats["verblijfadres"]["inOnderzoek"]  # not an Adres field
    assert persoon["inOnderzoek"]["gemeenteVanInschrijving"] is True
    assert "datumIngangOnderzoekGemeente" in persoon["inOnderzoek"]


def test_a_historical_investigation_is_not_delivered(personen: dict[str, Persoon]) -> None:
    # 999990263: only 08.83.10 = 581100, a historical voorkomen (category 58).
    assert "inOnderzoek" not in personen["999990263"].get("verblijfplaats", {})


# --- adressering (derived as Haal Centraal derives it) ----------------------------------------


def test_adressering_of_a_dutch_address(personen: dict[str, Persoon]) -> None:
    assert personen["999993653"]["adressering"] == {
        "aanhef": "Geachte mevrouw Moulin",
        "aanschrijfwijze": {"naam": "S. Moulin"},
        "gebruikInLopendeTekst": "mevrouw Moulin",
        "adresregel1": "Boterdiep 31",
        "adresregel2": "3077 AW  ROTTERDAM",
    }


def test_adresregel1_writes_the_aanduiding_bij_huisnummer(personen: dict[str, Persoon]) -> None:
    assert personen["000009994"]["adressering"]["adresregel1"] == "Jozef Israëlskade t/o 469"


def test_adressering_abroad_takes_the_regels_and_the_land(personen: dict[str, Persoon]) -> None:
    adressering = personen["999990123"]["adressering"]
    assert adressering["adresregel1"] == "Rue du pomme 25"
    assert adressering["land"] == {"code": "5010", "omschrijving": "België"}
    # A voorvoegsel opening the name is capitalised in the aanhef, not in the aanschrijfwijze.
    assert adressering["aanhef"] == "Geachte mevrouw In de Hand"
    assert adressering["aanschrijfwijze"] == {"naam": "M. in de Hand"}


NAAMGEBRUIK_V = "999990020"  # Kierkegaard, partner Altena


def test_naamgebruik_v_puts_the_partners_name_first(personen: dict[str, Persoon]) -> None:
    persoon = personen[NAAMGEBRUIK_V]
    assert persoon["naam"]["aanduidingNaamgebruik"]["code"] == "V"
    assert persoon["partners"][0]["naam"]["geslachtsnaam"] == "Altena"
    assert persoon["adressering"]["aanhef"] == "Geachte mevrouw Altena-Kierkegaard"
    assert persoon["adressering"]["gebruikInLopendeTekst"] == "mevrouw Altena-Kierkegaard"


def test_address_lines_under_investigation_carry_the_flag(personen: dict[str, Persoon]) -> None:
    onderzoek = personen["999990378"]["adressering"]["inOnderzoek"]
    assert onderzoek["adresregel1"] is True
    assert "aanhef" not in onderzoek
    assert onderzoek["datumIngangOnderzoekVerblijfplaats"]["datum"] == "1994-03-11"
