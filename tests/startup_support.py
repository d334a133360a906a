"""A municipality file that leaves nothing embedded, and the environment `serve` needs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Every registry at a real (never contacted) URL, secrets in the environment (`SERVE_ENV`).
PRODUCTIE_TOML = """
gemeentecode = "0363"
naam = "Amsterdam"
[registers.brp]
url = "https://api.example-gemeente.nl/brp"
auth = { type = "api-key", key_env = "TEST_BRP_KEY" }
[registers.bag]
url = "https://api.example-gemeente.nl/bag"
auth = { type = "api-key", key_env = "TEST_BAG_KEY" }
[registers.zaken]
url = "https://zaken.example-gemeente.nl/zaken/api/v1"
auth = { type = "zgw-jwt", client_id = "trouwgraph", secret_env = "TEST_ZGW_SECRET" }
[registers.catalogi]
url = "https://zaken.example-gemeente.nl/catalogi/api/v1"
auth = { type = "zgw-jwt", client_id = "trouwgraph", secret_env = "TEST_ZGW_SECRET" }
[registers.notificaties]
url = "https://notificaties.example-gemeente.nl/api/v1"
auth = { type = "zgw-jwt", client_id = "trouwgraph", secret_env = "TEST_ZGW_SECRET" }
[registers.betalingen]
url = "https://api.mollie.example/v2"
auth = { type = "api-key", header = "Authorization", key_env = "TEST_MOLLIE_KEY" }
[zaakregistratie]
catalogus = "https://zaken.example-gemeente.nl/catalogi/api/v1/catalogussen/1"
"""
SECRETS = {
    "TEST_BRP_KEY": "k",
    "TEST_BAG_KEY": "k",
    "TEST_ZGW_SECRET": "s",
    "TEST_MOLLIE_KEY": "test_k",
}
SERVE_ENV = {
    "TROUWGRAPH_OIDC_ISSUER": "https://login.example-gemeente.nl",
    "TROUWGRAPH_OIDC_JWKS_URL": "https://login.example-gemeente.nl/jwks",
    "TROUWGRAPH_LOGBOEK_SLEUTEL": "test-sleutel-van-het-logboek-32-bytes!",
    "TROUWGRAPH_LOGBOEK_EXPORTER": "console",
}


def productie_bestand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file above under `tmp_path`, with its secrets set."""
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "0363.toml"
    path.write_text(PRODUCTIE_TOML, encoding="utf-8")
    return path


def serve_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **extra: str) -> None:
    """What `serve` needs besides the municipality file: an issuer, a processing log, a
    SQLite store under `tmp_path`; `extra` overrides (a value "" removes the variable)."""
    for name in list(os.environ):
        if name.startswith("TROUWGRAPH_"):
            monkeypatch.delenv(name)
    values = {
        **SERVE_ENV,
        "TROUWGRAPH_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'cases.db'}",
        **extra,
    }
    for name, value in values.items():
        if value:
            monkeypatch.setenv(name, value)
