"""Mutual TLS and private CAs towards the registries: the embedded BRP served over TLS by uvicorn,
requiring a client certificate of the municipality's private CA; the adapter reaches it with
the certificate from files or from the environment, and not without it. Every adapter gets its
HTTP client from `registry_client`, so what holds for the BRP holds for each registry."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from trouwgraph.adapters.auth import ProtocolHeaders
from trouwgraph.adapters.brp import HaalCentraalBrp, Verzoekcontext
from trouwgraph.adapters.errors import UpstreamError
from trouwgraph.registries.brp.app import create_brp_registry, load_personen
from trouwgraph.server.gemeenten.config import (
    Auth,
    NoAuth,
    OAuth2ClientCredentialsAuth,
    Registry,
)
from trouwgraph.server.gemeenten.errors import ConfigError
from trouwgraph.server.gemeenten.tls import TlsConfig
from trouwgraph.server.gemeenten.upstreams import registry_client

BSN = "999993653"  # an RvIG test person in the embedded BRP
BASE_PATH = "/haalcentraal/api/brp"
PROTOCOL = ProtocolHeaders(doelbinding="huwelijk", verwerking="melding", origin_oin=None)


@dataclass(frozen=True)
class Pem:
    certificate: bytes
    key: bytes


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def authority(name: str) -> tuple[Pem, ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A self-signed CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(_name(name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pem(certificate, key), key, certificate


def issue(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate, name: str, *, server: bool
) -> Pem:
    """A leaf certificate signed by the CA: a server's for 127.0.0.1, or a client's."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]),
            critical=False,
        )
    return pem(builder.sign(ca_key, hashes.SHA256()), key)


def pem(certificate: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> Pem:
    return Pem(
        certificate.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )


@dataclass(frozen=True)
class Pki:
    """Files of the municipality's private CA, the registry's server certificate, our client
    certificate, and a client certificate of a CA the registry does not know."""

    folder: Path

    def path(self, name: str) -> Path:
        return self.folder / name


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca, ca_key, ca_certificate = authority("Gemeente Demodam private CA")
    stranger_ca, stranger_key, stranger_certificate = authority("Someone else's CA")
    server = issue(ca_key, ca_certificate, "brp.demodam.test", server=True)
    client = issue(ca_key, ca_certificate, "trouwgraph", server=False)
    stranger = issue(stranger_key, stranger_certificate, "trouwgraph", server=False)
    for name, content in {
        "ca.pem": ca.certificate,
        "stranger-ca.pem": stranger_ca.certificate,
        "server.crt": server.certificate,
        "server.key": server.key,
        "client.crt": client.certificate,
        "client.key": client.key,
        "stranger.crt": stranger.certificate,
        "stranger.key": stranger.key,
    }.items():
        (folder / name).write_bytes(content)
    return Pki(folder)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextlib.asynccontextmanager
async def tls_server(app: ASGIApp, pki: Pki) -> AsyncIterator[str]:
    """`app` over TLS on a free loopback port, requiring a client certificate of the CA."""
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        ssl_certfile=str(pki.path("server.crt")),
        ssl_keyfile=str(pki.path("server.key")),
        ssl_ca_certs=str(pki.path("ca.pem")),
        ssl_cert_reqs=ssl.CERT_REQUIRED,
        log_level="warning",
        lifespan="off",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    for _ in range(200):
        if server.started:
            break
        await asyncio.sleep(0.02)
    assert server.started
    try:
        yield f"https://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)


@pytest.fixture
async def registry_url(pki: Pki) -> AsyncIterator[str]:
    """The embedded BRP over TLS, requiring a client certificate."""
    app = Starlette(routes=[Mount(BASE_PATH, create_brp_registry(load_personen()))])
    async with tls_server(app, pki) as url:
        yield url + BASE_PATH


async def ask(url: str, tls: TlsConfig | None, auth: Auth | None = None) -> str:
    """One real BRP call through the adapter; the person's geslachtsnaam."""
    registry = Registry(url=url, tls=tls, auth=auth or NoAuth())
    async with registry_client("brp", registry, embedded_url="http://unused") as client:
        adapter = HaalCentraalBrp(client, protocol=PROTOCOL, timeout=httpx.Timeout(5.0))
        found = await adapter.raadpleeg([BSN], ["naam.geslachtsnaam"], Verzoekcontext.burger())
    naam = found[BSN].naam
    assert naam is not None and naam.geslachtsnaam
    return naam.geslachtsnaam


async def test_the_client_certificate_from_files_is_accepted(registry_url: str, pki: Pki) -> None:
    tls = TlsConfig(
        ca_bundle=pki.path("ca.pem"),
        client_cert=pki.path("client.crt"),
        client_key=pki.path("client.key"),
    )
    assert await ask(registry_url, tls)


async def test_the_client_certificate_from_the_environment_is_accepted(
    registry_url: str, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_BRP_CA", pki.path("ca.pem").read_text())
    monkeypatch.setenv("TEST_BRP_CERT", pki.path("client.crt").read_text())
    monkeypatch.setenv("TEST_BRP_KEY", pki.path("client.key").read_text())
    tls = TlsConfig(
        ca_bundle_env="TEST_BRP_CA", client_cert_env="TEST_BRP_CERT", client_key_env="TEST_BRP_KEY"
    )
    assert await ask(registry_url, tls)


@pytest.mark.parametrize(
    ("ca", "certificate"),
    [
        ("ca.pem", None),  # no client certificate: the registry refuses the handshake
        ("ca.pem", "stranger"),  # a certificate of a CA the registry does not trust
        (None, "client"),  # the system's trust store does not know the private CA
    ],
)
async def test_without_the_right_certificates_no_call_goes_through(
    registry_url: str, pki: Pki, ca: str | None, certificate: str | None
) -> None:
    tls = TlsConfig(
        ca_bundle=pki.path(ca) if ca else None,
        client_cert=pki.path(f"{certificate}.crt") if certificate else None,
        client_key=pki.path(f"{certificate}.key") if certificate else None,
    )
    with pytest.raises(UpstreamError) as raised:
        await ask(registry_url, tls)
    assert raised.value.code == "BRP_UNAVAILABLE"


def test_a_certificate_without_its_key_or_a_missing_file_is_refused(pki: Pki) -> None:
    with pytest.raises(ValidationError, match="needs its key"):
        TlsConfig(client_cert=pki.path("client.crt"))
    with pytest.raises(ValidationError, match="not both"):
        TlsConfig(ca_bundle=pki.path("ca.pem"), ca_bundle_env="X")
    registry = Registry(url="https://brp.test", tls=TlsConfig(ca_bundle=pki.path("missing.pem")))
    with pytest.raises(ConfigError, match=r"tls\.ca_bundle = .*missing\.pem.: file not found"):
        registry_client("brp", registry, embedded_url="http://unused")
    wrong = TlsConfig(client_cert=pki.path("client.crt"), client_key=pki.path("stranger.key"))
    with pytest.raises(ConfigError, match="client certificate or key cannot be used"):
        registry_client("brp", Registry(url="https://brp.test", tls=wrong), embedded_url="x")


# --- the OAuth2 token endpoint behind mutual TLS too ------------------------------------------

TOKEN = "brp-token-van-de-gemeente"


class BearerRequired:
    """The registry answers only with the token the authorisation server handed out."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and Request(scope).headers.get("authorization") != (
            f"Bearer {TOKEN}"
        ):
            await Response(status_code=401)(scope, receive, send)
            return
        await self.app(scope, receive, send)


@pytest.fixture
async def token_endpoint(pki: Pki) -> AsyncIterator[tuple[str, list[str]]]:
    """An authorisation server of its own over TLS, requiring a client certificate; its URL
    and the grant types it was asked for."""
    grants: list[str] = []

    async def token(request: Request) -> Response:
        grants.extend(parse_qs((await request.body()).decode())["grant_type"])
        return JSONResponse({"access_token": TOKEN, "token_type": "Bearer", "expires_in": 300})

    async with tls_server(
        Starlette(routes=[Route("/oauth2/token", token, methods=["POST"])]), pki
    ) as url:
        yield f"{url}/oauth2/token", grants


@pytest.fixture
async def guarded_registry_url(pki: Pki) -> AsyncIterator[str]:
    """The embedded BRP over mutual TLS that also wants the bearer token."""
    brp = BearerRequired(create_brp_registry(load_personen()))
    async with tls_server(Starlette(routes=[Mount(BASE_PATH, brp)]), pki) as url:
        yield url + BASE_PATH


async def test_the_token_endpoint_is_called_with_the_registrys_client_certificate(
    guarded_registry_url: str,
    token_endpoint: tuple[str, list[str]],
    pki: Pki,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token_url, grants = token_endpoint
    monkeypatch.setenv("TEST_BRP_CLIENT_SECRET", "geheim")
    auth = OAuth2ClientCredentialsAuth(
        type="oauth2-client-credentials",
        token_url=token_url,
        client_id="trouwgraph",
        client_secret_env="TEST_BRP_CLIENT_SECRET",
    )
    tls = TlsConfig(
        ca_bundle=pki.path("ca.pem"),
        client_cert=pki.path("client.crt"),
        client_key=pki.path("client.key"),
    )
    assert await ask(guarded_registry_url, tls, auth)
    assert grants == ["client_credentials"]
    stranger = TlsConfig(
        ca_bundle=pki.path("ca.pem"),
        client_cert=pki.path("stranger.crt"),
        client_key=pki.path("stranger.key"),
    )
    with pytest.raises(UpstreamError):
        await ask(guarded_registry_url, stranger, auth)
    assert grants == ["client_credentials"]  # the handshake refused it before any token
