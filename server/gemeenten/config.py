"""A municipality's configuration: one TOML file per gemeente.

The file names the municipality and, per registry, where it lives and how to reach it. Secrets
never stand in the file: it names the environment variable that holds them (``*_env`` keys).
A bad file fails at start with the file, the key and the value in the message.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SkipValidation, ValidationError, model_validator

from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.server.gemeenten.errors import ConfigError
from trouwgraph.server.gemeenten.proces import load_proces
from trouwgraph.server.gemeenten.tls import TlsConfig

__all__ = ["INGEBOUWD", "QMATIC", "Agenda", "ConfigError", "Gemeente", "Registry", "load_gemeente"]

EMBEDDED = "embedded"
_HOST = r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
INGEBOUWD: Literal["ingebouwd"] = "ingebouwd"
QMATIC: Literal["qmatic"] = "qmatic"
CONFIGURATIE: Literal["configuratie"] = "configuratie"
LOCATIES_API: Literal["locaties-api"] = "locaties-api"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoAuth(_Strict):
    """No authentication (the embedded registries)."""

    type: Literal["none"] = "none"


class ApiKeyAuth(_Strict):
    """An API key sent in a header on every call."""

    type: Literal["api-key"]
    header: str = Field(default="X-Api-Key", description="Header that carries the key.")
    key_env: str = Field(description="Environment variable holding the key.")

    def key(self) -> str:
        """The key, read from the environment."""
        return _secret(self.key_env)


class OAuth2ClientCredentialsAuth(_Strict):
    """An OAuth2 client-credentials bearer token, fetched and refreshed by the gateway."""

    type: Literal["oauth2-client-credentials"]
    token_url: str = Field(description="The authorisation server's token endpoint.")
    client_id: str
    client_secret_env: str = Field(description="Environment variable holding the secret.")
    scope: str | None = None

    def client_secret(self) -> str:
        """The client secret, read from the environment."""
        return _secret(self.client_secret_env)


class ZgwJwtAuth(_Strict):
    """A ZGW client: every call carries a fresh JWT signed HS256 with the client's secret."""

    type: Literal["zgw-jwt"]
    client_id: str = Field(min_length=1)
    secret_env: str = Field(description="Environment variable holding the client secret.")

    def secret(self) -> str:
        """The client secret, read from the environment."""
        return _secret(self.secret_env)


Auth = Annotated[
    NoAuth | ApiKeyAuth | OAuth2ClientCredentialsAuth | ZgwJwtAuth, Field(discriminator="type")
]


class ProtocolConfig(_Strict):
    """Purpose-binding headers the municipality's API gateway expects."""

    doelbinding: str | None = Field(default=None, description="Sent as x-doelbinding.")
    verwerking: str | None = Field(default=None, description="Sent as x-verwerking.")
    origin_oin: str | None = Field(
        default=None, pattern=r"^\d{20}$", description="The municipality's OIN (x-origin-oin)."
    )


class Registry(_Strict):
    """Where one upstream registry lives and how to call it."""

    url: str = Field(
        default=EMBEDDED,
        description='Base URL, or "embedded" for the registry this server embeds.',
        pattern=r"^(embedded|https?://\S+)$",
    )
    timeout: float = Field(default=5.0, gt=0, le=60, description="Seconds for a whole call.")
    connect_timeout: float = Field(default=2.0, gt=0, le=30, description="Seconds to connect.")
    max_connections: int = Field(default=20, ge=1, le=1000, description="Connection pool size.")
    auth: Auth = Field(default_factory=NoAuth)
    protocol: ProtocolConfig = Field(default_factory=ProtocolConfig)
    tls: TlsConfig | None = Field(
        default=None, description="A private CA and a client certificate (mutual TLS)."
    )

    @property
    def embedded(self) -> bool:
        """True when the embedded registry serves this role."""
        return self.url == EMBEDDED


class Registries(_Strict):
    """The registries one municipality uses; each defaults to the embedded one."""

    brp: Registry = Field(default_factory=Registry, description="Haal Centraal BRP Personen v2")
    bag: Registry = Field(default_factory=Registry, description="BAG Individuele Bevragingen v2")
    locaties: Registry = Field(default_factory=Registry, description="Locaties API (Utrecht)")
    zaken: Registry = Field(default_factory=Registry, description="ZGW Zaken API 1.5")
    catalogi: Registry = Field(default_factory=Registry, description="ZGW Catalogi API 1.3")
    notificaties: Registry = Field(default_factory=Registry, description="Notificaties API 1.0")
    qmatic: Registry = Field(default_factory=Registry, description="Qmatic Orchestra calendar")
    betalingen: Registry = Field(default_factory=Registry, description="payment provider")


class Verwerkingsactiviteiten(_Strict):
    """The municipality's processing register entries (Logboek Dataverwerkingen)."""

    standaard: str = Field(
        default="urn:trouwgraph:verwerkingsactiviteit:huwelijksplanning",
        min_length=1,
        description="Register URI for every processing without an entry of its own.",
    )
    per_verwerking: dict[str, str] = Field(
        default_factory=dict,
        description='Per processing (e.g. "brp.raadplegen", "huwelijk.doe_melding"): its URI.',
    )


class Zaakregistratie(_Strict):
    """How notices are registered as zaken in the municipality's case system (ZGW)."""

    aan: bool = Field(default=True, description="Register notices in the Zaken API.")
    catalogus: str = Field(
        default=EMBEDDED,
        description='The catalogus URL in the Catalogi API, or "embedded".',
        pattern=r"^(embedded|https?://\S+)$",
    )
    zaaktype: str = Field(
        default="Melding_voorgenomen_huwelijk_behandelen",
        min_length=1,
        description="The zaaktype's identificatie.",
    )
    bronorganisatie: str = Field(
        default="002220647", pattern=r"^\d{9}$", description="The municipality's RSIN."
    )
    verantwoordelijke_organisatie: str | None = Field(
        default=None, pattern=r"^\d{9}$", description="RSIN; default: the bronorganisatie."
    )


class Notificaties(_Strict):
    """Case events on the Notificaties API (kanaal zaken), both ways."""

    publiceren: bool = Field(
        default=True,
        description="Publish zaak/status events; false when the Zaken API publishes itself "
        "(as Open Zaak does).",
    )
    terugkoppeling: bool = Field(
        default=True,
        description="Apply statuses set in the municipality's case system (needs the webhook).",
    )
    filters: dict[str, str] = Field(
        default_factory=dict,
        description="Kenmerk filters of the abonnement on kanaal zaken, e.g. "
        "{bronorganisatie = '002220647'}.",
    )


QmaticPublicId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.~-]{1,128}$")]


class Agenda(_Strict):
    """Which agenda plans the ceremonies' locations: the built-in one or Qmatic Orchestra."""

    soort: Literal["ingebouwd", "qmatic"] = Field(
        default=INGEBOUWD,
        description='"ingebouwd": slots from [proces]; "qmatic": free times, holds and '
        "confirmations in Qmatic Orchestra (registers.qmatic).",
    )
    vestigingen: dict[str, QmaticPublicId] = Field(
        default_factory=dict,
        description="Qmatic only: location id -> Qmatic branch publicId, where they differ.",
    )
    diensten: dict[str, QmaticPublicId] = Field(
        default_factory=dict,
        description="Qmatic only: ceremony type code -> Qmatic service publicId, where they "
        "differ.",
    )


class Locatievoorwaarden(_Strict):
    """What the municipality decides about a location of its catalogue (not in the API)."""

    capaciteit: int = Field(ge=0, description="Guests the location holds.")
    prijs_cents: int = Field(ge=0, description="The location's price in euro cents.")
    soort: Literal["GEMEENTELIJK", "EXTERN"] = Field(
        default="GEMEENTELIJK", description="Run by the municipality or by a third party."
    )
    slotduur_minuten: int | None = Field(
        default=None, gt=0, description="Minutes a ceremony there takes; default: the type's."
    )


class Locaties(_Strict):
    """Where the municipality's wedding locations come from."""

    bron: Literal["configuratie", "locaties-api"] = Field(
        default=CONFIGURATIE,
        description='"configuratie": [proces] locaties; "locaties-api": the catalogue at '
        "registers.locaties, read at every start and reload.",
    )
    voorwaarden: dict[str, Locatievoorwaarden] = Field(
        default_factory=dict,
        description="Locaties API only: per catalogue identificatie, what the API does not "
        "hold; a catalogue location without an entry is not offered.",
    )

    @model_validator(mode="after")
    def _voorwaarden_bij_api(self) -> Locaties:
        if self.bron == LOCATIES_API and not self.voorwaarden:
            raise ValueError("bron = 'locaties-api' needs voorwaarden for its locations")
        if self.bron != LOCATIES_API and self.voorwaarden:
            raise ValueError("voorwaarden only with bron = 'locaties-api'")
        return self


class Webapp(_Strict):
    """The reference web app (examples/web) at /{gemeentecode}/app: always on in demo mode,
    elsewhere only when `aan`, signing in through the municipality's OpenID Connect provider."""

    aan: bool = Field(
        default=False, description="Serve the web app outside demo mode (needs the oidc_* keys)."
    )
    thema: str = Field(
        default="voorbeeld",
        pattern=r"^[a-z][a-z0-9-]{0,39}$",
        description='The app\'s theme class (<thema>-theme): "demodam", "hoorn" or "voorbeeld".',
    )
    oidc_autorisatie_url: str | None = Field(
        default=None, description="The provider's authorization endpoint (code flow with PKCE)."
    )
    oidc_token_url: str | None = Field(
        default=None, description="The provider's token endpoint (must allow the app's origin)."
    )
    oidc_uitlog_url: str | None = Field(
        default=None,
        description="The provider's logout endpoint (end_session_endpoint): signing out of the "
        "app ends the session there too. Without it only the app forgets the token.",
    )
    oidc_client_id: str | None = Field(default=None, description="The app's public client id.")
    oidc_scope: str = Field(default="openid", description="The scopes the app asks for.")

    @model_validator(mode="after")
    def _oidc_bij_aan(self) -> Webapp:
        if self.aan and not (
            self.oidc_autorisatie_url and self.oidc_token_url and self.oidc_client_id
        ):
            raise ValueError(
                "aan = true needs oidc_autorisatie_url, oidc_token_url and oidc_client_id"
            )
        return self


class Gemeente(_Strict):
    """One municipality's configuration file."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    gemeentecode: str = Field(pattern=r"^\d{4}$", description="CBS municipality code.")
    naam: str = Field(min_length=1)
    hosts: tuple[Annotated[str, Field(pattern=_HOST, max_length=253)], ...] = Field(
        default=(),
        description="Host names that serve this municipality when requests are routed by host "
        "(TROUWGRAPH_GEMEENTE_ROUTERING=host), lower case, without port.",
    )
    registers: Registries = Field(default_factory=Registries)
    zaakregistratie: Zaakregistratie = Field(default_factory=Zaakregistratie)
    notificaties: Notificaties = Field(default_factory=Notificaties)
    agenda: Agenda = Field(default_factory=Agenda)
    locaties: Locaties = Field(default_factory=Locaties)
    verwerkingsactiviteiten: Verwerkingsactiviteiten = Field(
        default_factory=Verwerkingsactiviteiten
    )
    webapp: Webapp = Field(default_factory=Webapp)
    proces: dict[str, Any] | None = Field(
        default=None,
        description="How the municipality runs the process (see server.gemeenten.proces).",
    )
    procesconfiguratie: SkipValidation[ProcesConfiguratie] = Field(
        default_factory=ProcesConfiguratie.standaard, exclude=True
    )


def load_gemeente(path: Path) -> Gemeente:
    """Read and check one municipality file; raise ConfigError naming file, key and value."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    try:
        gemeente = Gemeente.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(file)"
        value = first.get("input")
        raise ConfigError(f"{path}: {key} = {value!r}: {first['msg']}") from None
    _check_secrets(path, gemeente)
    proces = load_proces(gemeente.proces, gemeentecode=gemeente.gemeentecode, path=path)
    _check_agenda(path, gemeente.agenda, proces)
    return gemeente.model_copy(update={"procesconfiguratie": proces})


def _check_agenda(path: Path, agenda: Agenda, proces: ProcesConfiguratie) -> None:
    """Qmatic's id maps name known locations and ceremony types, and only for Qmatic."""
    bekend = {
        "vestigingen": ({loc.id for loc in proces.locaties}, "a location of [proces]"),
        "diensten": ({t.code for t in proces.ceremonietypen}, "a ceremony type of [proces]"),
    }
    for veld, (ids, wat) in bekend.items():
        for sleutel, waarde in getattr(agenda, veld).items():
            if agenda.soort != QMATIC:
                raise ConfigError(
                    f"{path}: agenda.{veld}.{sleutel} = {waarde!r}: only with agenda.soort = "
                    f"{QMATIC!r}"
                )
            if sleutel not in ids:
                raise ConfigError(f"{path}: agenda.{veld}.{sleutel} = {waarde!r}: not {wat}")


def _check_secrets(path: Path, gemeente: Gemeente) -> None:
    for name, registry in gemeente.registers:
        key, variable = _secret_variable(registry.auth)
        if variable is not None and not os.environ.get(variable):
            raise ConfigError(
                f"{path}: registers.{name}.auth.{key} = {variable!r}: "
                "environment variable is not set"
            )


def _secret_variable(auth: object) -> tuple[str, str | None]:
    if isinstance(auth, ApiKeyAuth):
        return "key_env", auth.key_env
    if isinstance(auth, OAuth2ClientCredentialsAuth):
        return "client_secret_env", auth.client_secret_env
    if isinstance(auth, ZgwJwtAuth):
        return "secret_env", auth.secret_env
    return "", None


def _secret(variable: str) -> str:
    value = os.environ.get(variable)
    if not value:
        raise ConfigError(f"environment variable {variable} is not set")
    return value
