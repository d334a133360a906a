"""TLS towards a registry: a private CA to trust and a client certificate for mutual TLS.

A real BRP (and most ZGW installations) is reached with a PKIoverheid client certificate; a
registry behind a municipality's own CA needs that CA trusted. Per registry in the municipality
file:

    [registers.brp.tls]
    ca_bundle = "/etc/trouwgraph/ca.pem"            # or ca_bundle_env: PEM text in a variable
    client_cert = "/etc/trouwgraph/brp.crt"          # or client_cert_env
    client_key = "/etc/trouwgraph/brp.key"           # or client_key_env
    client_key_password_env = "BRP_KEY_PASSWORD"     # when the key is encrypted

`ca_bundle` replaces the system's trust store for that registry (trust only the private CA).
"""

from __future__ import annotations

import os
import ssl
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from trouwgraph.server.gemeenten.errors import ConfigError

__all__ = ["TlsConfig", "ssl_context"]


class TlsConfig(BaseModel):
    """CA bundle and client certificate for one registry (files or environment variables)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ca_bundle: Path | None = Field(default=None, description="PEM file of the CA(s) to trust.")
    ca_bundle_env: str | None = Field(default=None, description="Variable holding that PEM.")
    client_cert: Path | None = Field(default=None, description="PEM file: client certificate.")
    client_cert_env: str | None = Field(default=None, description="Variable holding that PEM.")
    client_key: Path | None = Field(default=None, description="PEM file: its private key.")
    client_key_env: str | None = Field(default=None, description="Variable holding that PEM.")
    client_key_password_env: str | None = Field(
        default=None, description="Variable holding the key's password, if encrypted."
    )

    @model_validator(mode="after")
    def _one_source_each(self) -> TlsConfig:
        for name in ("ca_bundle", "client_cert", "client_key"):
            if getattr(self, name) is not None and getattr(self, f"{name}_env") is not None:
                raise ValueError(f"give {name} or {name}_env, not both")
        has_cert = self.client_cert is not None or self.client_cert_env is not None
        has_key = self.client_key is not None or self.client_key_env is not None
        if has_cert != has_key:
            raise ValueError("a client certificate needs its key (client_key or client_key_env)")
        return self


def ssl_context(tls: TlsConfig) -> ssl.SSLContext:
    """The client-side context: verification on, the CA bundle trusted, the certificate loaded."""
    context = ssl.create_default_context()
    if tls.ca_bundle is not None:
        context = ssl.create_default_context(cafile=str(_existing(tls.ca_bundle, "ca_bundle")))
    elif tls.ca_bundle_env is not None:
        context = ssl.create_default_context(cadata=_variable(tls.ca_bundle_env))
    password = _variable(tls.client_key_password_env) if tls.client_key_password_env else None
    if tls.client_cert is not None and tls.client_key is not None:
        certificate = _existing(tls.client_cert, "client_cert")
        key = _existing(tls.client_key, "client_key")
        _load_chain(context, certificate, key, password)
    elif tls.client_cert_env is not None or tls.client_key_env is not None:
        _load_chain_from_environment(context, tls, password)
    return context


def _load_chain_from_environment(
    context: ssl.SSLContext, tls: TlsConfig, password: str | None
) -> None:
    """load_cert_chain reads files only: the PEMs go to a private temporary folder, for a moment."""
    certificate_pem = _pem(tls.client_cert, tls.client_cert_env, "client_cert")
    key_pem = _pem(tls.client_key, tls.client_key_env, "client_key")
    with tempfile.TemporaryDirectory(prefix="trouwgraph-tls-") as folder:
        certificate, key = Path(folder) / "client.crt", Path(folder) / "client.key"
        for path, text in ((certificate, certificate_pem), (key, key_pem)):
            path.touch(mode=0o600)
            path.write_text(text)
        _load_chain(context, certificate, key, password)


def _pem(path: Path | None, variable: str | None, key: str) -> str:
    if variable:
        return _variable(variable)
    if path is None:
        raise ConfigError(f"tls.{key} is missing")
    return _existing(path, key).read_text()


def _load_chain(
    context: ssl.SSLContext, certificate: Path, key: Path, password: str | None
) -> None:
    try:
        context.load_cert_chain(certificate, key, password=password)
    except ssl.SSLError as error:
        reason = error.reason or type(error).__name__
        raise ConfigError(f"tls: the client certificate or key cannot be used ({reason})") from None


def _existing(path: Path, key: str) -> Path:
    if not path.is_file():
        raise ConfigError(f"tls.{key} = '{path}': file not found")
    return path


def _variable(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is not set")
    return value
