"""The `[proces]` table of the municipality's TOML file: demo, defaults, overrides, bad values."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.configuratie import ProcesConfiguratie, Starttijd, Tijdvak, Weekdag
from trouwgraph.server.gemeenten.config import ConfigError
from trouwgraph.server.gemeenten.proces import load_proces, proces_reference

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo" / "gemeente.toml"


def load(path: Path) -> ProcesConfiguratie:
    """Load the `[proces]` table of a municipality file as the server does."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return load_proces(raw.get("proces"), gemeentecode=raw["gemeentecode"], path=path)


def write(tmp_path: Path, proces: str) -> Path:
    path = tmp_path / "gemeente.toml"
    path.write_text(f'gemeentecode = "9999"\nnaam = "Demodam"\n\n{proces}', encoding="utf-8")
    return path


class TestDemo:
    def test_demo_offers_the_convenant_locations_and_babs(self) -> None:
        config = load(DEMO)

        assert config.gemeentecode == "9999"
        assert [loc.id for loc in config.locaties] == [
            "gemeentehuis",
            "gemeentehuis-raadzaal",
            "schip-de-bounty",
            "librije",
            "honeymoonsweet",
        ]
        assert len(config.ambtenaren) == 12
        straten = config.ambtenaar("babs-mark-van-der-straten")
        assert (straten.naam, straten.beedigd_op) == ("Mark van der Straten", date(2014, 1, 22))
        assert config.locatie("schip-de-bounty").soort is Locatiesoort.EXTERN
        assert config.locatie("librije").prijs_cents == 7999

    def test_demo_uses_the_common_gateway_prices(self) -> None:
        config = load(DEMO)

        assert [t.code for t in config.ceremonietypen] == [
            "GRATIS",
            "FLITS",
            "EENVOUDIG",
            "UITGEBREID",
        ]
        assert config.ceremonietype("FLITS").prijs_cents == 22200
        assert config.eigen_locatie is not None
        assert config.eigen_locatie.prijs_cents == 88400
        assert config.ambtenaarprijzen.eigen_cents == 36200
        assert config.extra_product("TROUWBOEKJE").prijs_cents == 3020
        assert config.gemeentelijke_getuige_prijs_cents == 5000

    def test_demo_expands_start_times_per_weekday(self) -> None:
        eenvoudig = load(DEMO).ceremonietype("EENVOUDIG")

        assert len(eenvoudig.starttijden) == 12
        assert eenvoudig.starttijden[0] == Starttijd(Weekdag.DINSDAG, time(9, 0))
        assert eenvoudig.starttijden[-1] == Starttijd(Weekdag.DONDERDAG, time(11, 30))


class TestDefaultsAndOverrides:
    def test_absent_table_gives_the_defaults(self, tmp_path: Path) -> None:
        assert load(write(tmp_path, "")) == ProcesConfiguratie.standaard("9999")

    def test_partial_table_overrides_only_the_keys_given(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            "[proces]\nannuleringskosten_cents = 0\n\n"
            "[proces.termijnen]\ngetuigen_dagen_voor = 28\n",
        )
        standaard = ProcesConfiguratie.standaard("9999")

        assert load(path) == replace(
            standaard,
            annuleringskosten_cents=0,
            termijnen=replace(standaard.termijnen, getuigen_dagen_voor=28),
        )

    def test_reads_the_payment_term_and_keeps_the_other_terms(self, tmp_path: Path) -> None:
        path = write(tmp_path, "[proces.termijnen]\nbetaling_dagen = 7\n")
        standaard = ProcesConfiguratie.standaard("9999")

        assert load(path).termijnen == replace(standaard.termijnen, betaling_dagen=7)
        assert standaard.termijnen.betaling_dagen == 14
        assert load(DEMO).termijnen.betaling_dagen == 14

    def test_accepts_weekday_names_and_iso_numbers_and_both_kinds_of_time(
        self, tmp_path: Path
    ) -> None:
        path = write(
            tmp_path,
            "[proces]\nopeningstijden = [\n"
            '  { weekdagen = ["Maandag", 2], van = "09:00", tot = 12:30:00 },\n'
            '  { weekdagen = [7], van = "10:00", tot = "14:00" },\n]\n',
        )

        assert load(path).openingstijden == (
            Tijdvak(Weekdag.MAANDAG, time(9, 0), time(12, 30)),
            Tijdvak(Weekdag.DINSDAG, time(9, 0), time(12, 30)),
            Tijdvak(Weekdag.ZONDAG, time(10, 0), time(14, 0)),
        )

    def test_false_switches_off_the_own_location_and_the_municipal_witness(
        self, tmp_path: Path
    ) -> None:
        path = write(
            tmp_path, "[proces]\neigen_locatie = false\ngemeentelijke_getuige_prijs_cents = false\n"
        )

        config = load(path)

        assert config.eigen_locatie is None
        assert config.gemeentelijke_getuige_prijs_cents is None

    def test_dates_are_toml_dates(self, tmp_path: Path) -> None:
        path = write(tmp_path, "[proces]\ngeblokkeerde_datums = [2026-12-25, 2027-01-01]\n")

        assert load(path).geblokkeerde_datums == {date(2026, 12, 25), date(2027, 1, 1)}


LOCATIE = '[[proces.locaties]]\nid = "zaal"\nnaam = "Zaal"\ncapaciteit = 20\n'
TYPE = '[[proces.ceremonietypen]]\ncode = "KORT"\nnaam = "Kort"\nduur_minuten = 10\n'


class TestBadValues:
    @pytest.mark.parametrize(
        ("proces", "key", "value", "reason"),
        [
            (
                "[proces]\nannuleringskosten_cents = -100\n",
                "proces.annuleringskosten_cents",
                -100,
                "must not be negative",
            ),
            (
                f"{TYPE}prijs_cents = -1\n",
                "proces.ceremonietypen[KORT].prijs_cents",
                -1,
                "must not be negative",
            ),
            (
                "[proces]\nopeningstijden = "
                '[{ weekdagen = ["maandag", "zondig"], van = "09:00", tot = "17:00" }]\n',
                "proces.openingstijden[0].weekdagen[1]",
                "zondig",
                "expected a weekday",
            ),
            (
                '[proces]\nkantooruren = [{ weekdagen = [0], van = "09:00", tot = "17:00" }]\n',
                "proces.kantooruren[0].weekdagen[0]",
                0,
                "1 (maandag) to 7 (zondag)",
            ),
            (
                "[proces]\nopeningstijden = "
                '[{ weekdagen = ["maandag"], van = "9 uur", tot = "17:00" }]\n',
                "proces.openingstijden[0].van",
                "9 uur",
                "expected a time",
            ),
            (
                "[proces]\nopeningstijden = "
                '[{ weekdagen = ["maandag"], van = "17:00", tot = "09:00" }]\n',
                "proces.openingstijden[0].tot",
                "09:00",
                "must be after van",
            ),
            (
                "[proces]\nstartinterval = 15\n",
                "proces.startinterval",
                15,
                "unknown key",
            ),
            (
                f"{TYPE}prijs_cents = 100\nkleur = 'wit'\n",
                "proces.ceremonietypen[KORT].kleur",
                "wit",
                "unknown key",
            ),
            (
                f'{TYPE}prijs_cents = 100\nlocatie_ids = ["zeppelin"]\n\n'
                f"{LOCATIE}prijs_cents = 0\n",
                "proces.ceremonietypen[KORT].locatie_ids",
                ["zeppelin"],
                "unknown location",
            ),
            (
                f"{TYPE}prijs_cents = 16.30\n",
                "proces.ceremonietypen[KORT].prijs_cents",
                16.3,
                "expected an integer",
            ),
            (
                f'{LOCATIE}prijs_cents = 0\nsoort = "extern"\n',
                "proces.locaties[zaal].soort",
                "extern",
                "expected GEMEENTELIJK or EXTERN",
            ),
            (
                '[proces]\ngeblokkeerde_datums = ["12/25/2026"]\n',
                "proces.geblokkeerde_datums[0]",
                "12/25/2026",
                "expected a date",
            ),
            (
                "[proces.termijnen]\nmelding_min_dagen_voor = 400\n",
                "proces.termijnen.melding_max_dagen_voor",
                365,
                "must be more than melding_min_dagen_voor",
            ),
            (
                "[proces.termijnen]\nbetaling_dagen = 0\n",
                "proces.termijnen.betaling_dagen",
                0,
                "must be positive",
            ),
            (
                '[proces.termijnen]\nbetaling_dagen = "twee weken"\n',
                "proces.termijnen.betaling_dagen",
                "twee weken",
                "expected an integer",
            ),
            (
                '[proces]\ntijdzone = "Europe/Demodam"\n',
                "proces.tijdzone",
                "Europe/Demodam",
                "unknown time zone",
            ),
            (
                "[proces]\nceremonietypen = []\n",
                "proces.ceremonietypen",
                [],
                "at least one ceremony type",
            ),
        ],
    )
    def test_refuses_bad_value_naming_file_key_and_value(
        self, tmp_path: Path, proces: str, key: str, value: object, reason: str
    ) -> None:
        path = write(tmp_path, proces)

        with pytest.raises(ConfigError) as error:
            load(path)

        message = str(error.value)
        assert message.startswith(f"{path}: {key} = {value!r}: ")
        assert reason in message

    def test_refuses_a_missing_required_key_naming_it(self, tmp_path: Path) -> None:
        path = write(tmp_path, f"{TYPE}\n")

        with pytest.raises(ConfigError, match=r"proces\.ceremonietypen\[KORT\]\.prijs_cents: "):
            load(path)

    def test_points_at_a_default_that_no_longer_fits(self, tmp_path: Path) -> None:
        # The default ceremony types use the default "stadsloket", which these locations lack.
        path = write(tmp_path, f"{LOCATIE}prijs_cents = 0\n")

        with pytest.raises(ConfigError) as error:
            load(path)

        assert "proces.ceremonietypen[GRATIS].locatie_ids = ['stadsloket']" in str(error.value)
        assert "set proces.ceremonietypen too" in str(error.value)

    def test_refuses_a_proces_that_is_not_a_table(self, tmp_path: Path) -> None:
        path = write(tmp_path, "proces = 5\n")

        with pytest.raises(ConfigError, match=r": proces = 5: expected a table$"):
            load(path)


def test_reference_lists_every_key_with_the_default() -> None:
    reference = proces_reference()

    assert "| `annuleringskosten_cents` | `6500` |" in reference
    assert "| `termijnen.getuigen_dagen_voor` | `42` |" in reference
    assert "| `termijnen.betaling_dagen` | `14` |" in reference
    assert "| `openingstijden` | maandag-vrijdag 09:00-17:00; zaterdag 10:00-16:00 |" in reference
    assert "Keys of `[[proces.ambtenaren]]`:" in reference
    assert "| `prijs_cents` | required |" in reference
