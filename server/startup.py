"""What a deployment refuses at start: each refusal is one line naming what to fix.

`serve` (every setting outside demo mode) never runs a demo part: no demo issuer, no embedded
registry unless the operator opts in for a closed test environment, no anonymous processing of
personal data without a processing log. The demo, in turn, never runs against a real registry
unless told so explicitly, because its issuer signs a staff token for anyone.

What fails later, inside the server while the app starts (a migration, a port in use), is
turned into one line as well by `OneLineStartupFailure`, an ASGI middleware on the lifespan: the
server logs that line and exits non-zero, with the traceback only when `TROUWGRAPH_DEBUG` is set.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from alembic.util import CommandError
from sqlalchemy import make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.server.gemeenten.config import EMBEDDED, LOCATIES_API, QMATIC, Gemeente
from trouwgraph.server.gemeenten.errors import ConfigError
from trouwgraph.server.settings import Settings
from trouwgraph.store.database import create_engine

__all__ = [
    "ALLOW_EMBEDDED",
    "ALLOW_REMOTE",
    "OneLineStartupFailure",
    "StartupRefused",
    "check_database",
    "describe_database",
    "embedded_registries",
    "refuse_embedded",
    "refuse_unsafe",
    "remote_registries",
    "root_fields",
    "startup_failure",
    "used_registries",
]

ALLOW_EMBEDDED = "--allow-embedded-registries (TROUWGRAPH_ALLOW_EMBEDDED_REGISTRIES=true)"
ALLOW_REMOTE = "--allow-remote-registries (TROUWGRAPH_DEMO_REMOTE_REGISTRIES=true)"
# The registries every municipality's runtime opens a client for.
_ALWAYS = ("brp", "bag", "zaken", "catalogi", "notificaties", "betalingen")


class StartupRefused(ValueError):
    """A deployment that must not start; the message is one line naming what to fix."""


def used_registries(gemeente: Gemeente) -> tuple[str, ...]:
    """The registries `gemeente`'s runtime calls."""
    extra = []
    if gemeente.agenda.soort == QMATIC:
        extra.append("qmatic")
    if gemeente.locaties.bron == LOCATIES_API:
        extra.append("locaties")
    return (*_ALWAYS, *extra)


def embedded_registries(gemeente: Gemeente) -> list[str]:
    """What `gemeente` leaves to the embedded test registries (`registers.<name>`, and the
    embedded catalogus of the case registration)."""
    names = [
        f"registers.{name}"
        for name in used_registries(gemeente)
        if getattr(gemeente.registers, name).embedded
    ]
    if gemeente.zaakregistratie.aan and gemeente.zaakregistratie.catalogus == EMBEDDED:
        names.append("zaakregistratie.catalogus")
    return names


def remote_registries(gemeente: Gemeente) -> list[str]:
    """The registries `gemeente` reaches at a real URL."""
    return [
        f"registers.{name}"
        for name in used_registries(gemeente)
        if not getattr(gemeente.registers, name).embedded
    ]


def root_fields() -> set[str]:
    """The GraphQL schema's query and mutation fields (what an ACR minimum may name)."""
    from trouwgraph.schema.schema import schema

    graphql = schema._schema
    roots = (graphql.query_type, graphql.mutation_type)
    return {name for root in roots if root is not None for name in root.fields}


def refuse_unsafe(settings: Settings, gemeenten: Iterable[Gemeente], root_fields: set[str]) -> None:
    """Raise `StartupRefused` for the first setting that would weaken protection."""
    gemeenten = tuple(gemeenten)
    if settings.production and settings.demo:
        raise StartupRefused("TROUWGRAPH_PRODUCTION and demo mode exclude each other")
    _refuse_acr(settings, root_fields)
    if settings.demo:
        _refuse_remote_in_demo(settings, gemeenten)
        return
    if not (settings.oidc_issuer and settings.oidc_jwks_url):
        raise StartupRefused(
            "set TROUWGRAPH_OIDC_ISSUER and TROUWGRAPH_OIDC_JWKS_URL (the issuer of the "
            "access tokens); `trouwgraph demo` runs without them"
        )
    if settings.logboek_sleutel is None or settings.logboek_exporter == "none":
        raise StartupRefused(
            "set TROUWGRAPH_LOGBOEK_SLEUTEL (32+ bytes) and TROUWGRAPH_LOGBOEK_EXPORTER "
            "(console or file): outside the demo every processing of personal data is logged"
        )
    if len(settings.logboek_sleutel.get_secret_value().encode("utf-8")) < 32:
        raise StartupRefused("TROUWGRAPH_LOGBOEK_SLEUTEL must be at least 32 bytes")
    if not settings.allow_embedded_registries:
        refuse_embedded(gemeenten, ALLOW_EMBEDDED)


def refuse_embedded(gemeenten: Iterable[Gemeente], opt_in: str | None) -> None:
    """`StartupRefused` naming the first municipality that leaves a registry embedded (and,
    when there is one, the opt-in for closed test environments)."""
    for gemeente in gemeenten:
        embedded = embedded_registries(gemeente)
        if embedded:
            unless = f", or, in a closed test environment only, start with {opt_in}"
            raise StartupRefused(
                f"municipality {gemeente.gemeentecode} ({gemeente.naam}) leaves "
                f"{', '.join(embedded)} to the embedded test registries (url = 'embedded', "
                f"the default for a registry left out): give each its real URL"
                f"{unless if opt_in else ''}"
            )


def _refuse_remote_in_demo(settings: Settings, gemeenten: tuple[Gemeente, ...]) -> None:
    if settings.demo_remote_registries:
        return
    for gemeente in gemeenten:
        remote = remote_registries(gemeente)
        if remote:
            raise StartupRefused(
                f"municipality {gemeente.gemeentecode} ({gemeente.naam}) uses real registries "
                f"({', '.join(remote)}) but the demo issuer signs a staff token for anyone: "
                f"use `trouwgraph serve`, or start the demo with {ALLOW_REMOTE}"
            )


def _refuse_acr(settings: Settings, root_fields: set[str]) -> None:
    unknown = sorted(set(settings.oidc_acr_minimum) - root_fields)
    if unknown:
        raise StartupRefused(
            f"TROUWGRAPH_OIDC_ACR_MINIMUM names {', '.join(map(repr, unknown))}, not a GraphQL "
            "root field: the minimum would never apply (check the spelling, e.g. 'doeMelding')"
        )
    levels = sorted(set(settings.oidc_acr_minimum.values()) - set(settings.oidc_acr_niveaus))
    if levels:
        raise StartupRefused(
            f"TROUWGRAPH_OIDC_ACR_MINIMUM asks for {', '.join(map(repr, levels))}, not one of "
            "TROUWGRAPH_OIDC_ACR_NIVEAUS"
        )


def describe_database(url: str) -> str:
    """The case store as an operator recognises it: host, port and database, never a
    password (SQLite: the file)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"the SQLite case store {parsed.database or ':memory:'}"
    port = parsed.port or 5432
    return f"the case store {parsed.host or 'localhost'}:{port} (database {parsed.database})"


async def check_database(url: str, search_path: str | None, *, seconds: float = 5.0) -> None:
    """Connect once; `StartupRefused` naming the database's host and port when that fails."""
    try:
        engine = create_engine(url, search_path=search_path, connect_timeout=seconds)
    except (ArgumentError, ImportError, ValueError) as error:
        raise StartupRefused(
            f"TROUWGRAPH_DATABASE_URL is not a usable database URL ({type(error).__name__})"
        ) from None
    try:
        async with asyncio.timeout(seconds), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except TimeoutError:
        raise StartupRefused(
            f"{describe_database(url)} did not answer within {seconds:g} s"
        ) from None
    except (SQLAlchemyError, OSError) as error:
        cause = error.orig if isinstance(error, DBAPIError) else error
        raise StartupRefused(
            f"{describe_database(url)} cannot be reached ({type(cause).__name__})"
        ) from None
    finally:
        await engine.dispose()


def startup_failure(error: BaseException, database_url: str) -> str:
    """One line naming what to fix for `error`, raised while the app started (never a
    password, never a value a setting holds)."""
    if isinstance(error, StartupRefused | ConfigError):
        return " ".join(str(error).split())
    store = describe_database(database_url)
    if isinstance(error, CommandError):
        reason = " ".join(str(error).split()) or type(error).__name__
        return (
            f"{store} cannot be migrated to this version's schema ({reason}): point "
            "TROUWGRAPH_DATABASE_URL at this deployment's case store, or restore it from a backup"
        )
    if isinstance(error, SQLAlchemyError):
        cause = error.orig if isinstance(error, DBAPIError) else error
        return (
            f"{store} failed while the gateway started ({type(cause).__name__}): check "
            "TROUWGRAPH_DATABASE_URL, the database user's rights and the free space"
        )
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"the gateway could not start: {error.strerror or type(error).__name__}{where}"
    return f"the gateway could not start ({type(error).__name__}): run with --debug to see why"


class OneLineStartupFailure:
    """ASGI middleware on the lifespan: a failing start is reported to the server as one line
    (`startup_failure`) instead of the traceback Starlette sends; the server logs it and exits
    non-zero. With `traceback=True` the app's own report passes unchanged."""

    def __init__(self, app: ASGIApp, *, database_url: str, traceback: bool) -> None:
        self.app = app
        self.database_url = database_url
        self.traceback = traceback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan" or self.traceback:
            await self.app(scope, receive, send)
            return
        failed = False

        async def send_without_traceback(message: Message) -> None:
            nonlocal failed
            if message["type"] == "lifespan.startup.failed":
                failed = True  # sent again below, with one line
                return
            await send(message)

        try:
            await self.app(scope, receive, send_without_traceback)
        except BaseException as error:
            if not failed:
                raise
            line = startup_failure(error, self.database_url)
            await send({"type": "lifespan.startup.failed", "message": line})
            # Raised on: uvicorn, told the start failed, then stays silent; an in-process
            # lifespan runner (the tests' asgi-lifespan) hands the error to its caller.
            raise
