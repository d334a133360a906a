"""Per-municipality configuration: the defaults, lookups, and validation naming key and value."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from domain_support import AMS, CONFIG, met_config

from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.configuratie import (
    Ambtenaar,
    Ceremonietype,
    Locatie,
    ProcesConfiguratie,
    Termijnen,
    Tijdvak,
    Weekdag,
)
from trouwgraph.domain.fouten import ConfiguratieFout, OnbekendGegeven


def test_defaults_follow_the_real_examples() -> None:
    config = ProcesConfiguratie.standaard()

    assert config.gemeentecode == "0344"
    assert config.ceremonietype("GRATIS").prijs_cents == 0
    assert config.ceremonietype("EENVOUDIG").prijs_cents == 16300
    assert config.locatie("trouwzaal").prijs_cents == 22200
    assert config.locatie("loge").prijs_cents == 67000
    assert config.eigen_locatie is not None and config.eigen_locatie.prijs_cents == 88400
    assert (config.ambtenaarprijzen.keuze_cents, config.ambtenaarprijzen.eigen_cents) == (
        25200,
        36200,
    )
    assert config.extra_product("TROUWBOEKJE").prijs_cents == 3020
    assert config.termijnen.getuigen_dagen_voor == 42
    assert config.annuleringskosten_cents == 6500
    assert config.tijdzone == "Europe/Amsterdam"


def test_lookups_of_unknown_codes_say_what_is_unknown_without_echoing_it() -> None:
    with pytest.raises(
        OnbekendGegeven, match=r"^Deze soort ceremonie kent de gemeente niet\.$"
    ) as raised:
        CONFIG.ceremonietype("ZEPPELIN")
    assert raised.value.waarde == "ZEPPELIN"
    with pytest.raises(OnbekendGegeven):
        CONFIG.ambtenaar("babs-x")


def test_slot_length_is_the_longer_of_type_and_location() -> None:
    uitgebreid = CONFIG.ceremonietype("UITGEBREID")
    assert CONFIG.slotduur_minuten(uitgebreid, CONFIG.locatie("trouwzaal")) == 60
    assert CONFIG.slotduur_minuten(uitgebreid, CONFIG.locatie("stadsloket")) == 45
    assert CONFIG.slotduur_minuten(uitgebreid, None) == 45


def test_office_hours_are_judged_in_local_time() -> None:
    dinsdag = datetime(2027, 3, 23, 9, 0, tzinfo=AMS)
    assert CONFIG.binnen_kantooruren(dinsdag, dinsdag.replace(hour=10))
    assert not CONFIG.binnen_kantooruren(dinsdag.replace(hour=8), dinsdag)


@pytest.mark.parametrize(
    ("wijziging", "sleutel", "waarde"),
    [
        ({"gemeentecode": "Utrecht"}, "gemeentecode", "Utrecht"),
        ({"tijdzone": "Europe/Atlantis"}, "tijdzone", "Europe/Atlantis"),
        ({"startinterval_minuten": 0}, "startinterval_minuten", 0),
        ({"annuleringskosten_cents": -1}, "annuleringskosten_cents", -1),
        ({"ceremonietypen": ()}, "ceremonietypen", ()),
        (
            {"termijnen": Termijnen(melding_min_dagen_voor=30, melding_max_dagen_voor=30)},
            "termijnen.melding_max_dagen_voor",
            30,
        ),
        ({"termijnen": Termijnen(betaling_dagen=0)}, "termijnen.betaling_dagen", 0),
        (
            {"openingstijden": (Tijdvak(Weekdag.MAANDAG, time(17), time(9)),)},
            "openingstijden[0].tot",
            "09:00:00",
        ),
    ],
)
def test_invalid_settings_are_refused_naming_key_and_value(
    wijziging: dict[str, object], sleutel: str, waarde: object
) -> None:
    with pytest.raises(ConfiguratieFout) as fout:
        met_config(**wijziging)

    assert fout.value.sleutel == sleutel
    assert fout.value.waarde == waarde
    assert fout.value.code == "CONFIGURATIE_FOUT"
    assert sleutel in str(fout.value) and repr(waarde) in str(fout.value)


def test_invalid_nested_settings_name_the_item() -> None:
    duur_nul = replace(CONFIG.ceremonietype("UITGEBREID"), duur_minuten=0)
    with pytest.raises(ConfiguratieFout, match=r"ceremonietypen\[UITGEBREID\]\.duur_minuten"):
        met_config(ceremonietypen=(duur_nul,))

    onbekende_zaal = Ceremonietype("X", "X", "", 0, 10, locatie_ids=frozenset({"kelder"}))
    with pytest.raises(ConfiguratieFout, match=r"ceremonietypen\[X\]\.locatie_ids"):
        met_config(ceremonietypen=(onbekende_zaal,))

    te_druk = Ambtenaar("b", "B", None, max_per_dag=5, max_per_week=3)
    with pytest.raises(ConfiguratieFout, match=r"ambtenaren\[b\]\.max_per_week"):
        met_config(ambtenaren=(te_druk,))


def test_duplicate_ids_are_refused() -> None:
    zaal = CONFIG.locatie("trouwzaal")
    with pytest.raises(ConfiguratieFout, match="duplicate"):
        met_config(locaties=(zaal, zaal))


def test_the_location_for_one_day_is_kept_apart() -> None:
    eigen = Locatie("tuin", "Tuin", "", 0, 0, Locatiesoort.EIGEN)
    with pytest.raises(ConfiguratieFout, match=r"locaties\[tuin\]\.soort"):
        met_config(locaties=(*CONFIG.locaties, eigen))
    with pytest.raises(ConfiguratieFout, match=r"eigen_locatie\.soort"):
        met_config(eigen_locatie=CONFIG.locatie("loge"))
