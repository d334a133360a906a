"""Municipality files: a good one loads, a bad one is refused naming file, key and value."""

from __future__ import annotations

from pathlib import Path

import pytest

from trouwgraph.server.cli.main import main
from trouwgraph.server.gemeenten.config import (
    ApiKeyAuth,
    ConfigError,
    OAuth2ClientCredentialsAuth,
    load_gemeente,
)
from trouwgraph.server.settings import settings_reference

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gemeente.toml"
    path.write_text(text, encoding="utf-8")
    return path


class TestLoadGemeente:
    def test_loads_the_demo_configuration(self) -> None:
        gemeente = load_gemeente(EXAMPLES / "demo" / "gemeente.toml")
        assert gemeente.gemeentecode == "9999"
        assert gemeente.registers.brp.embedded

    def test_loads_the_remote_example_when_its_secret_is_set(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("BRP_CLIENT_SECRET", "s3cret")
        gemeente = load_gemeente(EXAMPLES / "remote" / "gemeente.toml")
        auth = gemeente.registers.brp.auth
        assert isinstance(auth, OAuth2ClientCredentialsAuth)
        assert auth.client_secret() == "s3cret"
        assert gemeente.registers.brp.url.startswith("https://")

    def test_refuses_a_missing_secret_naming_the_variable(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("BRP_CLIENT_SECRET", raising=False)
        with pytest.raises(ConfigError, match="client_secret_env = 'BRP_CLIENT_SECRET'"):
            load_gemeente(EXAMPLES / "remote" / "gemeente.toml")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('gemeentecode = "12"\nnaam = "X"', "gemeentecode = '12'"),
            (
                'gemeentecode = "0363"\nnaam = "X"\n[registers.brp]\ntimeout = -1',
                "registers.brp.timeout = -1",
            ),
            (
                'gemeentecode = "0363"\nnaam = "X"\n[registers.brp]\nurl = "ftp://x"',
                "registers.brp.url = 'ftp://x'",
            ),
            ('gemeentecode = "0363"\nnaam = "X"\nonbekend = 1', "onbekend = 1"),
            (
                'gemeentecode = "0363"\nnaam = "X"\n[registers.brp.auth]\ntype = "magic"',
                "registers.brp.auth",
            ),
        ],
        ids=["gemeentecode", "timeout", "url", "unknown-key", "auth-type"],
    )
    def test_refuses_a_bad_value_naming_file_key_and_value(
        self, tmp_path: Path, text: str, expected: str
    ) -> None:
        path = write(tmp_path, text)
        with pytest.raises(ConfigError) as raised:
            load_gemeente(path)
        assert str(raised.value).startswith(f"{path}: ")
        assert expected in str(raised.value)

    def test_refuses_invalid_toml(self, tmp_path: Path) -> None:
        with pytest.raises(ConfigError, match="not valid TOML"):
            load_gemeente(write(tmp_path, "gemeentecode = "))

    def test_api_key_comes_from_the_environment(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("MY_BRP_KEY", "k-123")
        path = write(
            tmp_path,
            'gemeentecode = "0363"\nnaam = "X"\n[registers.brp]\nurl = "https://brp.example"\n'
            '[registers.brp.auth]\ntype = "api-key"\nkey_env = "MY_BRP_KEY"\n',
        )
        auth = load_gemeente(path).registers.brp.auth
        assert isinstance(auth, ApiKeyAuth) and auth.key() == "k-123"


class TestAgenda:
    def test_the_built_in_agenda_is_the_default(self) -> None:
        assert load_gemeente(EXAMPLES / "demo" / "gemeente.toml").agenda.soort == "ingebouwd"

    def test_selects_qmatic_with_id_maps(self, tmp_path: Path) -> None:
        path = write(
            tmp_path,
            'gemeentecode = "0363"\nnaam = "X"\n[agenda]\nsoort = "qmatic"\n'
            'vestigingen = { trouwzaal = "f364d92b" }\ndiensten = { UITGEBREID = "1e0c3d34" }\n',
        )
        agenda = load_gemeente(path).agenda
        assert (agenda.soort, agenda.vestigingen, agenda.diensten) == (
            "qmatic",
            {"trouwzaal": "f364d92b"},
            {"UITGEBREID": "1e0c3d34"},
        )

    @pytest.mark.parametrize(
        ("agenda", "expected"),
        [
            ('soort = "outlook"', "agenda.soort = 'outlook'"),
            (
                'soort = "qmatic"\nvestigingen = { nergens = "abc" }',
                "agenda.vestigingen.nergens = 'abc': not a location of [proces]",
            ),
            (
                'soort = "qmatic"\ndiensten = { HUWELIJK = "abc" }',
                "agenda.diensten.HUWELIJK = 'abc': not a ceremony type of [proces]",
            ),
            ('soort = "qmatic"\ndiensten = { UITGEBREID = "a/b" }', "agenda.diensten.UITGEBREID"),
            (
                'vestigingen = { trouwzaal = "abc" }',
                "agenda.vestigingen.trouwzaal = 'abc': only with agenda.soort = 'qmatic'",
            ),
        ],
        ids=["soort", "unknown-location", "unknown-type", "bad-public-id", "map-without-qmatic"],
    )
    def test_check_config_refuses_a_bad_agenda_naming_file_key_and_value(
        self, tmp_path: Path, agenda: str, expected: str
    ) -> None:
        path = write(tmp_path, f'gemeentecode = "0363"\nnaam = "X"\n[agenda]\n{agenda}\n')
        with pytest.raises(SystemExit) as raised:
            main(["check-config", str(path)])
        assert str(raised.value.code).startswith(f"{path}: ")
        assert expected in str(raised.value.code)


class TestCheckConfigCommand:
    def test_reports_ok_for_a_good_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        main(["check-config", str(EXAMPLES / "demo" / "gemeente.toml")])
        assert "OK (9999 Demodam, agenda: ingebouwd)" in capsys.readouterr().out

    def test_reports_every_municipality_of_a_directory(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        main(["check-config", str(EXAMPLES / "gemeenten")])
        out = capsys.readouterr().out
        assert "OK (0405 Hoorn, agenda: ingebouwd; 9999 Demodam, agenda: ingebouwd)" in out

    def test_exits_with_the_error_for_a_bad_file(self, tmp_path: Path) -> None:
        path = write(tmp_path, 'gemeentecode = "abcd"\nnaam = "X"')
        with pytest.raises(SystemExit) as raised:
            main(["check-config", str(path)])
        assert "gemeentecode = 'abcd'" in str(raised.value.code)


def test_settings_reference_lists_every_setting_with_its_default() -> None:
    reference = settings_reference()
    assert "`TROUWGRAPH_DATABASE_URL` | `sqlite+aiosqlite:///var/trouwgraph.db`" in reference
    assert "`TROUWGRAPH_GEMEENTE_CONFIG` | `examples/demo/gemeente.toml`" in reference
