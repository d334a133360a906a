"""Issue 9's penetration run again, against `trouwgraph serve` in production mode as a real
process (real uvicorn, its own logging configuration, a real socket), one test per attack the
rest of the suite does not already re-run against the production gateway.

The ten attacks of the issue and where each is re-run:

1. demo parts on `serve`'s port (embedded registries, test payments, demo issuer):
   test_security_suite.py::test_serves_no_embedded_registry_and_no_demo_issuer_on_its_port,
   ::test_refuses_a_municipality_that_leaves_a_registry_embedded,
   ::test_allowed_embedded_registries_listen_on_a_loopback_port_of_their_own.
2. `demo --config` with real registries: test_startup.py::TestDemo::
   test_refuses_real_registries_unless_told, ::test_says_so_loudly_when_told.
3. an anonymous year of `beschikbaarheid`: here, test_attack_03_...
4. concurrent reservations past a BABS's maximum: test_security_suite.py::
   test_concurrent_reservations_of_one_babs_get_no_more_than_max_per_dag (and the store's 20 per
   rule).
5. BSNs in logs (URL-encoded, in a path, in span names): here, test_attack_05_... (uvicorn's own
   access log and the processing log's console output).
6. JWKS outages: test_security_suite.py::
   test_a_hanging_issuer_at_a_cold_start_gives_503_with_a_code_not_401; the failing issuer asked
   once per backoff, not per token: here, test_attack_06_...
7. malformed JSON bodies: test_security_suite.py::
   test_a_malformed_body_gets_400_with_a_code_and_the_next_request_works; on one keep-alive
   connection of a real socket: here, test_attack_07_...
8. an upstream 4xx's text passed on: test_security_suite.py::
   test_an_upstream_4xx_gives_a_stable_code_and_only_the_names_the_gateway_sent.
9. settings that silently weaken protection: test_startup.py::TestServeRefuses (processing-log
   key, ACR keys, limits in range), ::TestServeStarts (what `serve` hands uvicorn about
   proxies), ::test_the_standalone_registries_print_no_secret, and test_security_http.py::
   TestRedisLimiter::test_honours_a_limit_above_one_request_per_millisecond; a spoofed
   X-Forwarded-For from the loopback address: here, test_attack_09_...
10. start-up failures as tracebacks: test_startup.py::TestServeRefuses (no issuer, a database on
    a closed or hanging port, --debug) and ::test_export_schema_into_a_missing_folder_is_one_line;
    a failure inside uvicorn's start (a migration): here, test_attack_10_...
"""

from __future__ import annotations

import asyncio
import re
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote

import h11
import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey
from live_serve_support import LiveServe, LocalIssuer, live_serve, run_cli, serve_args, serve_env
from live_support import free_port
from security_support import UITGEVER, bsns_in, token

from trouwgraph.domain.bsn import is_geldig_bsn

BSN = "999993653"
PERSOON = '{ persoon(burgerservicenummer: "%s") { naam { voornamen } } }'


@pytest.fixture(scope="module")
def issuer() -> Iterator[LocalIssuer]:
    with LocalIssuer() as running:
        yield running


@pytest.fixture(scope="module")
def serve(issuer: LocalIssuer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServe]:
    with live_serve(tmp_path_factory.mktemp("serve"), issuer) as running:
        yield running


def client(serve: LiveServe) -> httpx.Client:
    return httpx.Client(base_url=serve.base, timeout=30.0, trust_env=False)


# --- 3. an anonymous year of free slots ------------------------------------------------------


def test_attack_03_an_anonymous_year_of_beschikbaarheid_is_refused_before_it_costs(
    serve: LiveServe,
) -> None:
    jaar = (
        '{ beschikbaarheid(van: "2027-01-01", tot: "2027-12-31", ceremonietype: "UITGEBREID") '
        "{ datum aantalTijdsloten } }"
    )
    maanden = " ".join(
        f'm{i}: beschikbaarheid(van: "2027-{i:02d}-01", tot: "2027-{i:02d}-28", '
        'ceremonietype: "UITGEBREID") { datum aantalTijdsloten }'
        for i in range(1, 13)
    )
    with client(serve) as http:
        in_een_keer = http.post("/graphql", json={"query": jaar})
        in_delen = http.post("/graphql", json={"query": f"{{ {maanden} }}"})
    fout = in_een_keer.json()["errors"][0]
    assert (fout["extensions"]["code"], fout["extensions"]["pad"]) == ("ONGELDIGE_INVOER", ["tot"])
    assert in_delen.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_TE_DUUR"
    # A refusal, not 13.5 MB: nothing was computed.
    assert len(in_een_keer.content) < 2_000 and len(in_delen.content) < 2_000


# --- 5. no BSN in any log line or span, in any encoding (issue 9 item 4) ----------------------

_ESCAPE = re.compile(r"\\u00(3[0-9])|\\x(3[0-9])", re.IGNORECASE)


def decoded(text: str) -> str:
    """`text` with every encoding a BSN can arrive in undone (percent-encoding up to three
    times, JSON and Python escapes of digits), independently of the gateway's own filter."""
    for _ in range(3):
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), unquote(text))
    return text


def test_attack_05_no_bsn_reaches_the_access_log_or_the_processing_log_in_any_encoding(
    serve: LiveServe,
) -> None:
    procent = "".join(f"%{ord(c):X}" for c in BSN)
    escaped = "".join(f"\\u{ord(c):04x}" for c in BSN)
    medewerker = {"Authorization": f"Bearer {token('medewerker')}"}
    with client(serve) as http:
        verzoeken = [
            http.get(f"/zaak/{BSN}"),
            http.get(f"/9999/huwelijken/{BSN}/bsn"),
            http.get(f"/zaak/{procent}"),
            http.get("/graphql", params={"query": PERSOON % BSN}, headers=medewerker),
            http.get("/graphql", params={"query": PERSOON % escaped}, headers=medewerker),
            http.get(f"/graphql?query={PERSOON % BSN}".replace('"', "%2522")),
            http.get(f"/graphql?query={PERSOON % procent}", headers=medewerker),
        ]
        assert all(r.status_code < 500 for r in verzoeken)
        # The person was really looked up: the BSN went all the way through the gateway.
        assert verzoeken[3].json()["data"]["persoon"]["naam"]["voornamen"]
        http.get("/healthz")  # the last line: every request before it has been logged
    # Access lines are written at once; the processing log's spans in batches.
    log = _until(serve, lambda text: text.count('"name": "GET /healthz"') >= 2, seconds=30)
    toegang = [regel for regel in log.splitlines() if " uvicorn.access " in regel]
    assert sum("<bsn>" in regel for regel in toegang) >= len(verzoeken), toegang
    assert '"name": "GET /zaak/<bsn>"' in log  # the processing log's span names are in the output
    assert BSN not in decoded(log)
    assert not bsns_in(decoded(log)), "a BSN in the process output"


def _until(serve: LiveServe, done: Callable[[str], bool], seconds: float) -> str:
    """The process output once `done` says so (or after `seconds`)."""
    deadline = time.monotonic() + seconds
    while True:
        text = serve.log()
        if done(text) or time.monotonic() > deadline:
            return text
        time.sleep(0.1)


# --- 6. a failing issuer is not asked once per token ------------------------------------------


def _andere_sleutel() -> str:
    sleutel = RSAKey.generate_key(2048, parameters={"kid": "onbekend"})
    return jwt.encode({"alg": "RS256", "kid": "onbekend"}, UITGEVER.claims("medewerker"), sleutel)


async def _vraag(http: httpx.AsyncClient, bearer: str) -> httpx.Response:
    return await http.post(
        "/graphql",
        json={"query": "{ __typename }"},
        headers={"Authorization": f"Bearer {bearer}"},
    )


def test_attack_06_a_failing_issuer_is_asked_once_per_backoff_and_known_keys_keep_working(
    serve: LiveServe, issuer: LocalIssuer
) -> None:
    async def aanval() -> tuple[list[httpx.Response], httpx.Response, int]:
        async with httpx.AsyncClient(base_url=serve.base, timeout=30, trust_env=False) as http:
            assert (await _vraag(http, token("medewerker"))).status_code == 200  # keys known
            issuer.failing = True
            try:
                voor = issuer.fetches
                onbekend = _andere_sleutel()
                antwoorden = []
                for _ in range(5):  # waves: a fetch in flight is shared, a failed one is not
                    golf = await asyncio.gather(*(_vraag(http, onbekend) for _ in range(10)))
                    antwoorden.extend(golf)
                bekend = await _vraag(http, token("medewerker"))
                return antwoorden, bekend, issuer.fetches - voor
            finally:
                issuer.failing = False

    antwoorden, bekend, fetches = asyncio.run(aanval())
    assert fetches <= 2, f"{fetches} fetches for 50 tokens of an unknown key"
    assert {(a.status_code, a.json()["code"]) for a in antwoorden} <= {
        (401, "NIET_GEAUTHENTICEERD"),
        (503, "IDENTITEIT_NIET_BESCHIKBAAR"),
    }
    assert bekend.status_code == 200, bekend.text  # served from the last good key set


# --- 7. a malformed body on a keep-alive connection (issue 9 item 6) --------------------------

MALFORMED = {
    "null": b"null",
    "number": b"42",
    "string": b'"{ __typename }"',
    "true": b"true",
    "invalid-utf-8": b'{"query": "{ __typename \xff\xfe }"}',
}


def _exchange(
    verbinding: h11.Connection, sock: socket.socket, body: bytes
) -> tuple[h11.Response, bytes]:
    headers = [
        ("Host", "gateway"),
        ("Content-Type", "application/json"),
        ("Content-Length", str(len(body))),
    ]
    sock.sendall(verbinding.send(h11.Request(method="POST", target="/graphql", headers=headers)))
    sock.sendall(verbinding.send(h11.Data(data=body)))
    sock.sendall(verbinding.send(h11.EndOfMessage()))
    response: h11.Response | None = None
    inhoud = b""
    while True:
        event = verbinding.next_event()
        if event is h11.NEED_DATA:
            verbinding.receive_data(sock.recv(65536))
        elif isinstance(event, h11.Response):
            response = event
        elif isinstance(event, h11.Data):
            inhoud += bytes(event.data)
        elif isinstance(event, h11.EndOfMessage):
            assert response is not None
            return response, inhoud
        else:
            raise AssertionError(f"the connection ended: {event!r}")


@pytest.mark.parametrize("soort", list(MALFORMED), ids=list(MALFORMED))
def test_attack_07_a_malformed_body_gets_400_and_the_same_connection_serves_the_next_query(
    serve: LiveServe, soort: str
) -> None:
    host, port = serve.base.removeprefix("http://").split(":")
    verbinding = h11.Connection(h11.CLIENT)
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        eerste, inhoud = _exchange(verbinding, sock, MALFORMED[soort])
        headers = {bytes(k).lower(): bytes(v) for k, v in eerste.headers}
        assert eerste.status_code == 400, inhoud
        assert headers[b"content-type"] == b"application/problem+json"
        assert b'"code":"GRAPHQL_VERZOEK_ONGELDIG"' in inhoud
        assert headers.get(b"connection") != b"close"
        assert verbinding.our_state is h11.DONE and verbinding.their_state is h11.DONE
        verbinding.start_next_cycle()  # the same socket, the next request
        tweede, data = _exchange(verbinding, sock, b'{"query": "{ ceremonietypen { code } }"}')
    assert tweede.status_code == 200
    assert b'"ceremonietypen":[{"code"' in data


# --- 9. uvicorn trusted X-Forwarded-For from 127.0.0.1 -----------------------------------------


def test_attack_09_a_forwarded_for_header_from_the_loopback_address_is_not_trusted(
    serve: LiveServe,
) -> None:
    with client(serve) as http:
        http.get("/readyz", headers={"X-Forwarded-For": "203.0.113.9"})
        http.get("/healthz")  # the last line: the request before it has been logged
    log = _until(serve, lambda text: "GET /readyz" in text, seconds=10)
    (regel,) = [r for r in log.splitlines() if " uvicorn.access " in r and "GET /readyz" in r]
    assert "203.0.113.9" not in regel and " 127.0.0.1:" in regel, regel


# --- 10. a failure inside uvicorn's start is one line (issue 9 item 9) ------------------------


def _kapotte_store(folder: Path) -> Path:
    """A SQLite case store at a schema version this trouwgraph does not know."""
    folder.mkdir(parents=True, exist_ok=True)
    pad = folder / "cases.db"
    with sqlite3.connect(pad) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        db.execute("INSERT INTO alembic_version VALUES ('9999_van_een_andere_versie')")
    return pad


def _fouten(output: str) -> list[str]:
    return [regel for regel in output.splitlines() if " ERROR " in regel]


def test_attack_10_a_migration_that_fails_inside_uvicorn_is_one_line_naming_the_store(
    issuer: LocalIssuer, tmp_path: Path
) -> None:
    store = _kapotte_store(tmp_path)
    env = serve_env(tmp_path, issuer.jwks_url)
    code, output = run_cli(serve_args(free_port()), env, tmp_path / "serve")
    assert code != 0
    assert "Traceback" not in output and 'File "' not in output, output
    regel, *_ = _fouten(output)
    assert f"the SQLite case store {store} cannot be migrated" in regel
    assert "9999_van_een_andere_versie" in regel and "TROUWGRAPH_DATABASE_URL" in regel

    code, output = run_cli(["--debug", *serve_args(free_port())], env, tmp_path / "debug")
    assert code != 0
    assert "Traceback" in output  # asked for


def test_attack_10_the_demo_reports_a_failing_migration_in_one_line(tmp_path: Path) -> None:
    store = _kapotte_store(tmp_path)
    args = [
        "demo",
        "--port",
        str(free_port()),
        "--state",
        str(tmp_path / "state"),
        "--database-url",
        f"sqlite+aiosqlite:///{store}",
    ]
    code, output = run_cli(args, {}, tmp_path / "demo")
    assert code != 0
    assert "Traceback" not in output, output
    assert any("cannot be migrated" in regel for regel in _fouten(output))


def test_the_bsn_used_here_is_valid() -> None:
    assert is_geldig_bsn(BSN)
