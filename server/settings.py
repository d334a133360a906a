"""Process-wide settings, read once from the environment (prefix ``TROUWGRAPH_``).

Every setting is declared once here with its default and a help text; ``trouwgraph
settings-reference`` renders them for docs/configuration.md. Per-municipality settings (registries,
products, prices) live in the municipality's TOML file, see `server.gemeenten.config`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from trouwgraph.resolvers.authenticatieniveau import DIGID_NIVEAUS, DIGID_SUBSTANTIEEL

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class Settings(BaseSettings):
    """Settings of one trouwgraph process."""

    model_config = SettingsConfigDict(env_prefix="TROUWGRAPH_", extra="ignore", frozen=True)

    gemeente_config: Path = Field(
        default=EXAMPLES / "demo" / "gemeente.toml",
        description="The municipality's TOML file, or a directory whose *.toml files are the "
        "municipalities this deployment serves (reloaded on SIGHUP).",
    )
    gemeente_routering: Literal["pad", "host"] = Field(
        default="pad",
        description="How a request finds its municipality: pad (/{gemeentecode}/graphql; with "
        "one municipality /graphql as well) or host (the Host header, see `hosts` in the "
        "municipality file).",
    )
    database_url: str = Field(
        default="sqlite+aiosqlite:///var/trouwgraph.db",
        description="SQLAlchemy URL of the case store: sqlite+aiosqlite:///FILE or "
        "postgresql+asyncpg://USER@HOST/DB.",
    )
    database_schema: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,62}$",
        description="PostgreSQL only: the schema (search_path) the case store lives in.",
    )
    graphiql: bool = Field(
        default=False, description="Serve GraphiQL on GET /graphql (always on in demo mode)."
    )
    production: bool = Field(
        default=False,
        description="Production mode: no introspection, no field suggestions in errors, no "
        "GraphiQL. Refused together with demo mode.",
    )
    graphql_max_depth: int = Field(
        default=10, ge=1, le=100, description="Maximum nesting of fields (fragments included)."
    )
    graphql_max_aliases: int = Field(
        default=15,
        ge=1,
        le=1000,
        description="Maximum aliases per operation, counted per fragment spread.",
    )
    graphql_max_tokens: int = Field(
        default=2000, ge=1, le=100_000, description="Maximum tokens per document."
    )
    graphql_max_directives: int = Field(
        default=10,
        ge=1,
        le=1000,
        description="Maximum directive uses, counted per fragment spread.",
    )
    graphql_max_cost: int = Field(
        default=5000,
        ge=1,
        le=10_000_000,
        description="Maximum estimated cost: 1 per field, a list's selection times its page size.",
    )
    graphql_default_list_cost: int = Field(
        default=20,
        ge=1,
        le=10_000,
        description="Elements assumed for a list without first/last/limit.",
    )
    graphql_max_page_size: int = Field(
        default=100,
        ge=1,
        le=10_000,
        description="Elements assumed for a page size given as a variable.",
    )
    graphql_max_operations_per_batch: int = Field(
        default=1,
        ge=1,
        le=100,
        description="Operations per JSON array request; 1 turns batching off.",
    )
    graphql_max_body_bytes: int = Field(
        default=100_000,
        ge=1,
        le=10_000_000,
        description="Maximum /graphql request body (413 above it).",
    )
    graphql_persisted: Literal["off", "apq", "allowlist"] = Field(
        default="off",
        description="Persisted operations: off, apq (automatic persisted queries, for "
        "development) or allowlist (only the documents in TROUWGRAPH_GRAPHQL_PERSISTED_FILE).",
    )
    graphql_persisted_file: Path | None = Field(
        default=None,
        description='JSON file {"<sha256>": "<document>"} of the allowed operations.',
    )
    demo: bool = Field(
        default=False,
        description="Demo mode: embedded demo identity issuer (POST /demo/token). Only "
        "`trouwgraph demo` sets it; `trouwgraph serve` refuses it.",
    )
    demo_remote_registries: bool = Field(
        default=False,
        description="Demo mode only: let the demo reach real (non-embedded) registries, although "
        "its issuer signs a staff token for anyone (`trouwgraph demo --allow-remote-registries`)."
        " Off: the demo refuses a municipality file with a real registry URL.",
    )
    allow_embedded_registries: bool = Field(
        default=False,
        description="Outside demo mode: run the embedded test registries (fictional persons, a "
        "test payment provider) for municipality files that leave a registry embedded, on a "
        "loopback port of their own, never the gateway's (`trouwgraph serve "
        "--allow-embedded-registries`). For closed test environments only; off: such a file is "
        "refused.",
    )
    embedded_registries_port: int = Field(
        default=0,
        ge=0,
        le=65535,
        description="With TROUWGRAPH_ALLOW_EMBEDDED_REGISTRIES: the loopback port the embedded "
        "registries listen on (0: a free port, logged at start).",
    )
    oidc_issuer: str | None = Field(
        default=None, description="Expected `iss` of access tokens (required outside demo mode)."
    )
    oidc_jwks_url: str | None = Field(
        default=None, description="URL of the issuer's JWKS (required outside demo mode)."
    )
    oidc_audience: str = Field(default="trouwgraph", description="Expected `aud` of tokens.")
    oidc_bsn_claim: str = Field(default="bsn", description="Claim that carries the BSN.")
    oidc_rol_claim: str = Field(
        default="rol", description="Claim that carries the role: burger or medewerker."
    )
    oidc_gemeente_claim: str = Field(
        default="gemeente",
        description="Claim naming the municipality (gemeentecode, or a list of them) a "
        "medewerker works for; required for staff when more than one municipality is served.",
    )
    oidc_acr_niveaus: list[str] = Field(
        default=list(DIGID_NIVEAUS),
        description="Assurance levels (`acr`) from low to high, as the issuer names them "
        "(JSON list). Default: DigiD Basis, Midden, Substantieel, Hoog.",
    )
    oidc_acr_minimum: dict[str, str] = Field(
        default={"doeMelding": DIGID_SUBSTANTIEEL},
        description="Per GraphQL root field, the lowest level a citizen's token must have "
        "(JSON object). Default: the notice needs DigiD Substantieel. A partner's own "
        "declaration (legVerklaringAf) needs the notice's level unless it is given its own.",
    )
    oidc_leeway_seconds: int = Field(
        default=30, ge=0, le=300, description="Clock skew allowed on exp and nbf."
    )
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description="Where browsers and the payment provider reach this gateway (a "
        "municipality's payment webhook is {public_url}/{gemeentecode}/betalingen/webhook); "
        "the CLI's demo sets it from --port.",
    )
    betaling_terug_url: str = Field(
        default="http://127.0.0.1:8000/betaald?zaak={zaak}",
        description="Where a citizen returns after paying; {zaak} becomes the case id and "
        "{gemeentecode} the municipality's code.",
    )
    embedded_registries_url: str = Field(
        default="http://127.0.0.1:8000/registries",
        description="Where this server's embedded registries answer over HTTP; the CLI sets it "
        "from --host and --port.",
    )
    logboek_exporter: Literal["none", "console", "file"] = Field(
        default="none",
        description="Where the processing log (Logboek Dataverwerkingen, OpenTelemetry spans) "
        "goes: none, console (stdout, JSON) or file (JSON lines; the demo uses "
        "var/demo-PORT/logboek.jsonl)."
        " Outside demo mode `none` is refused.",
    )
    logboek_file: Path = Field(
        default=Path("var/logboek.jsonl"), description="The file of the file exporter."
    )
    logboek_sleutel: SecretStr | None = Field(
        default=None,
        description="Key (32+ bytes) of the keyed hash that pseudonymises BSNs in the processing "
        "log. Required outside demo mode; the demo makes a random one per start.",
    )
    cors_origins: tuple[str, ...] = Field(
        default=(),
        description="Browser origins allowed to call the API (CORS), as JSON: "
        '`["https://trouwen.gemeente.nl"]`. Empty: no CORS headers at all.',
    )
    hsts: bool = Field(
        default=False,
        description="Send Strict-Transport-Security on every response (TLS ending at a proxy); "
        "requests arriving as https get it anyway.",
    )
    rate_limit_per_address: int = Field(
        default=300,
        ge=1,
        le=1_000_000,
        description="Requests per window per client address (429 beyond).",
    )
    rate_limit_per_user: int = Field(
        default=60,
        ge=1,
        le=1_000_000,
        description="Requests per window per authenticated user (token sub).",
    )
    rate_limit_beschikbaarheid_anoniem: int = Field(
        default=30,
        ge=1,
        le=1_000_000,
        description="Anonymous free-slot searches (beschikbaarheid, tijdsloten) per window per "
        "client address; beyond it TE_VEEL_ZOEKVRAGEN.",
    )
    rate_limit_window_seconds: float = Field(
        default=60, ge=1, le=3600, description="The rate-limit window in seconds."
    )
    forwarded_allow_ips: str = Field(
        default="",
        description="Comma-separated addresses or networks of the reverse proxies whose "
        "X-Forwarded-For and X-Forwarded-Proto are trusted (`trouwgraph serve "
        "--forwarded-allow-ips`), e.g. `10.0.0.5` or `10.0.0.0/8`; `*` trusts every peer (only "
        "when nothing but the proxy can reach the gateway). Empty (the default): no proxy is "
        "trusted and the rate limiter counts the TCP peer.",
    )
    redis_url: str | None = Field(
        default=None,
        description="redis://HOST:PORT/DB shared by all replicas for rate limiting and the "
        "automatic persisted queries (apq); unset: both per process, in memory.",
    )
    redis_key_prefix: str = Field(
        default="trouwgraph",
        pattern=r"^[A-Za-z0-9_.-]{1,64}(:[A-Za-z0-9_.-]{1,64}){0,3}$",
        description="Prefix of every Redis key this deployment writes (`{prefix}:ratelimit:...`, "
        "`{prefix}:apq:...`): the same for all replicas of one deployment, different for "
        "deployments sharing one Redis (e.g. `trouwgraph:demodam`).",
    )
    outbox_interval: float = Field(
        default=5.0, gt=0, le=3600, description="Seconds between outbox delivery runs."
    )
    outbox_batch: int = Field(
        default=20, ge=1, le=500, description="Outbox messages claimed per delivery run."
    )
    metrics_token: SecretStr | None = Field(
        default=None,
        description="Bearer token a Prometheus scraper sends to GET /metrics; unset: /metrics "
        "answers 404.",
    )
    otlp_endpoint: str | None = Field(
        default=None,
        pattern=r"^https?://\S+$",
        description="OTLP/HTTP endpoint of the operator's OpenTelemetry collector for request "
        "traces (e.g. http://otel-collector:4318/v1/traces), upstream calls as child spans; "
        "unset: no traces. Separate from the processing log.",
    )
    outbox_max_pogingen: int = Field(
        default=12,
        ge=1,
        le=100,
        description="Attempts before an outbox message is parked as a dead letter (with the "
        "default backoff, 30 s doubling to 1 h: about 7 hours); staff requeue it.",
    )
    ical_feed_secret: SecretStr | None = Field(
        default=None,
        description="Secret (32+ bytes) behind the iCalendar feed URLs of each BABS and "
        "location; changing it revokes every feed URL. Unset: no feeds (the demo makes one).",
    )
    notificaties_webhook_secret: SecretStr | None = Field(
        default=None,
        description="Secret from which each municipality's webhook Authorization "
        "is derived (the Notificaties API sends it back on POST "
        "/{gemeentecode}/notificaties/webhook). Unset: no webhook and no abonnement (the demo "
        "makes one).",
    )
    notificaties_callback_base_url: str | None = Field(
        default=None,
        description="Where the Notificaties API reaches this gateway, if not at public_url; "
        "a municipality's webhook is {base}/{gemeentecode}/notificaties/webhook (routing by "
        "path).",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="Log level of the trouwgraph loggers."
    )
    debug: bool = Field(
        default=False,
        description="A failure of the gateway's own start inside the server (a migration that "
        "fails, a port in use) is logged with its traceback instead of as one line naming what "
        "to fix; `trouwgraph --debug` sets it.",
    )


def settings_reference() -> str:
    """A Markdown table of every environment setting with its default."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.default
        if isinstance(default, Path) and default.is_absolute():
            default = default.relative_to(EXAMPLES.parent)
        rows.append(f"| `TROUWGRAPH_{name.upper()}` | `{default}` | {field.description} |")
    return "\n".join(rows)
