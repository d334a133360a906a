"""What `serve`, `demo` and `check-config` refuse at start: one line naming what to fix, exit
code 1, no traceback (unless --debug); and what `serve` hands uvicorn when it does start."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy.exc import OperationalError
from startup_support import productie_bestand, serve_environment

from trouwgraph.server.cli import main as cli
from trouwgraph.server.startup import StartupRefused, startup_failure

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(autouse=True)
def environment_restored() -> Iterator[None]:
    """The CLI writes its options into os.environ (as uvicorn's workers read them)."""
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture
def uvicorn_runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """uvicorn.run replaced by a recorder: the keyword arguments of each start."""
    runs: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: runs.append(kwargs))
    return runs


def refusal(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one line `trouwgraph argv` exits with (code 1, nothing else on stderr)."""
    with pytest.raises(SystemExit) as raised:
        cli.main(argv)
    assert isinstance(raised.value.code, str), raised.value.code  # sys.exit(str): status 1
    assert "\n" not in raised.value.code
    assert "Traceback" not in capsys.readouterr().err
    return raised.value.code


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    yield port


@pytest.fixture
def hanging_port() -> Iterator[int]:
    """A loopback port that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    for sock in accepted:
        sock.close()
    server.close()


class TestServeRefuses:
    def test_without_an_issuer(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        serve_environment(monkeypatch, tmp_path, TROUWGRAPH_OIDC_ISSUER="")
        config = productie_bestand(tmp_path, monkeypatch)
        line = refusal(["serve", "--config", str(config)], capsys)
        assert line.startswith("set TROUWGRAPH_OIDC_ISSUER and TROUWGRAPH_OIDC_JWKS_URL")

    @pytest.mark.parametrize(
        "missing", ["TROUWGRAPH_LOGBOEK_SLEUTEL", "TROUWGRAPH_LOGBOEK_EXPORTER"]
    )
    def test_without_a_processing_log(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        missing: str,
    ) -> None:
        serve_environment(monkeypatch, tmp_path, **{missing: ""})
        config = productie_bestand(tmp_path, monkeypatch)
        assert "TROUWGRAPH_LOGBOEK_SLEUTEL" in refusal(["serve", "--config", str(config)], capsys)

    @pytest.mark.parametrize(
        ("config", "registry"),
        [
            (EXAMPLES / "demo" / "gemeente.toml", "registers.brp"),  # explicitly embedded
            (EXAMPLES / "gemeenten", "registers.brp"),  # left out: embedded by default
        ],
    )
    def test_a_municipality_leaving_a_registry_embedded_naming_it(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        uvicorn_runs: list[dict[str, Any]],
        config: Path,
        registry: str,
    ) -> None:
        serve_environment(monkeypatch, tmp_path)
        line = refusal(["serve", "--config", str(config)], capsys)
        assert registry in line and "--allow-embedded-registries" in line
        assert uvicorn_runs == []

    def test_an_acr_minimum_for_a_field_that_does_not_exist(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        serve_environment(monkeypatch, tmp_path, TROUWGRAPH_OIDC_ACR_MINIMUM='{"doemelding": "x"}')
        config = productie_bestand(tmp_path, monkeypatch)
        line = refusal(["serve", "--config", str(config)], capsys)
        assert "'doemelding', not a GraphQL root field" in line

    @pytest.mark.parametrize(
        ("variable", "value"),
        [
            ("TROUWGRAPH_RATE_LIMIT_PER_ADDRESS", "0"),
            ("TROUWGRAPH_RATE_LIMIT_PER_USER", "100000000"),
            ("TROUWGRAPH_RATE_LIMIT_WINDOW_SECONDS", "0.001"),
            ("TROUWGRAPH_GRAPHQL_MAX_DEPTH", "100000"),
            ("TROUWGRAPH_GRAPHQL_MAX_BODY_BYTES", "1000000000"),
        ],
    )
    def test_a_limit_out_of_range_naming_the_setting(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        variable: str,
        value: str,
    ) -> None:
        serve_environment(monkeypatch, tmp_path, **{variable: value})
        config = productie_bestand(tmp_path, monkeypatch)
        line = refusal(["serve", "--config", str(config)], capsys)
        assert line.startswith(f"{variable}: ")
        assert value not in line  # a setting's value is never echoed: it may be a secret

    def test_a_database_on_a_closed_port_naming_host_and_port_not_the_password(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        closed_port: int,
    ) -> None:
        url = f"postgresql+asyncpg://trouwgraph:geheim-wachtwoord@127.0.0.1:{closed_port}/zaken"
        serve_environment(monkeypatch, tmp_path, TROUWGRAPH_DATABASE_URL=url)
        config = productie_bestand(tmp_path, monkeypatch)
        line = refusal(["serve", "--config", str(config)], capsys)
        assert f"127.0.0.1:{closed_port} (database zaken) cannot be reached" in line
        assert "geheim" not in line

    def test_a_database_that_hangs_within_seconds(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        hanging_port: int,
    ) -> None:
        url = f"postgresql+asyncpg://trouwgraph@127.0.0.1:{hanging_port}/zaken"
        serve_environment(monkeypatch, tmp_path, TROUWGRAPH_DATABASE_URL=url)
        monkeypatch.setattr(cli, "DATABASE_SECONDS", 0.5)
        config = productie_bestand(tmp_path, monkeypatch)
        line = refusal(["serve", "--config", str(config)], capsys)
        assert f"127.0.0.1:{hanging_port} (database zaken) did not answer within 0.5 s" in line

    def test_shows_the_traceback_only_with_debug(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        serve_environment(monkeypatch, tmp_path, TROUWGRAPH_OIDC_ISSUER="")
        config = productie_bestand(tmp_path, monkeypatch)
        with pytest.raises(StartupRefused):
            cli.main(["--debug", "serve", "--config", str(config)])


class TestServeStarts:
    def test_trusts_no_proxy_headers_by_default(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        uvicorn_runs: list[dict[str, Any]],
    ) -> None:
        serve_environment(monkeypatch, tmp_path)
        cli.main(["serve", "--config", str(productie_bestand(tmp_path, monkeypatch))])
        assert uvicorn_runs[0]["proxy_headers"] is False
        assert uvicorn_runs[0]["forwarded_allow_ips"] is None

    @pytest.mark.parametrize("how", ["option", "environment"])
    def test_trusts_the_named_proxies(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        uvicorn_runs: list[dict[str, Any]],
        how: str,
    ) -> None:
        extra = (
            {"TROUWGRAPH_FORWARDED_ALLOW_IPS": "10.0.0.5,10.1.0.0/16"} if how != "option" else {}
        )
        serve_environment(monkeypatch, tmp_path, **extra)
        argv = ["serve", "--config", str(productie_bestand(tmp_path, monkeypatch))]
        if how == "option":
            argv += ["--forwarded-allow-ips", "10.0.0.5,10.1.0.0/16"]
        cli.main(argv)
        assert uvicorn_runs[0]["proxy_headers"] is True
        assert uvicorn_runs[0]["forwarded_allow_ips"] == "10.0.0.5,10.1.0.0/16"

    def test_with_embedded_registries_only_when_allowed(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        uvicorn_runs: list[dict[str, Any]],
    ) -> None:
        serve_environment(monkeypatch, tmp_path)
        cli.main(["serve", "--config", str(EXAMPLES / "gemeenten"), "--allow-embedded-registries"])
        assert len(uvicorn_runs) == 1


class TestDemo:
    def test_refuses_real_registries_unless_told(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        uvicorn_runs: list[dict[str, Any]],
    ) -> None:
        serve_environment(monkeypatch, tmp_path)
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("BRP_CLIENT_SECRET", "s")
        remote = str(EXAMPLES / "remote" / "gemeente.toml")
        line = refusal(["demo", "--config", remote], capsys)
        assert "registers.brp" in line and "--allow-remote-registries" in line
        assert uvicorn_runs == []

    def test_says_so_loudly_when_told(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        uvicorn_runs: list[dict[str, Any]],
    ) -> None:
        serve_environment(monkeypatch, tmp_path)
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("BRP_CLIENT_SECRET", "s")
        remote = str(EXAMPLES / "remote" / "gemeente.toml")
        cli.main(["demo", "--config", remote, "--allow-remote-registries"])
        err = capsys.readouterr().err
        assert "WARNING: this demo reaches REAL registries" in err
        assert "0363 Amsterdam: registers.brp" in err
        assert len(uvicorn_runs) == 1


class TestCheckConfigProduction:
    def test_refuses_a_registry_left_embedded_naming_it(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        line = refusal(["check-config", "--production", str(EXAMPLES / "gemeenten")], capsys)
        assert "registers.brp" in line and "registers.betalingen" in line

    def test_accepts_a_municipality_with_every_registry_real(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        cli.main(["check-config", "--production", str(productie_bestand(tmp_path, monkeypatch))])
        assert "OK (0363 Amsterdam" in capsys.readouterr().out


def test_export_schema_into_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ontbreekt" / "schema.graphql"
    assert refusal(["export-schema", "--output", str(target)], capsys) == (
        f"{target}: No such file or directory"
    )


def test_the_standalone_registries_print_no_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli.ZGW_SECRET_ENV, "zgw-geheim-van-de-operator")
    monkeypatch.delenv(cli.BETALINGEN_KEY_ENV, raising=False)
    cli.standalone_registries()
    out = capsys.readouterr().out
    assert "zgw-geheim" not in out and "test_" not in out
    assert cli.BETALINGEN_KEY_ENV in out


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            OperationalError("SELECT 1", {}, ConnectionRefusedError("secret-pw")),
            "the case store db.internal:6543 (database zaken) failed while the gateway started "
            "(ConnectionRefusedError): check TROUWGRAPH_DATABASE_URL",
        ),
        (
            OSError(98, "Address already in use"),
            "the gateway could not start: Address already in use",
        ),
        (RuntimeError("secret-pw in a message"), "run with --debug to see why"),
    ],
    ids=["database", "port", "anything-else"],
)
def test_a_failure_inside_the_servers_start_is_one_line_without_secrets(
    error: Exception, expected: str
) -> None:
    line = startup_failure(error, "postgresql+asyncpg://trouw:secret-pw@db.internal:6543/zaken")
    assert expected in line
    assert "\n" not in line and "secret-pw" not in line
