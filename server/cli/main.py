"""The `trouwgraph` command: demo, serve, registries, migrate, export-schema, check-config,
healthcheck.

A refusal at start is one line on stderr naming what to fix, with exit code 1; a failure while
the app starts inside uvicorn (a migration, a port in use) is one logged line and exit code 3.
`--debug` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from functools import partial
from pathlib import Path

import uvicorn
from pydantic import ValidationError
from starlette.applications import Starlette

from trouwgraph.registries.app import ZGW_CLIENT_ID, EmbeddedCredentials
from trouwgraph.server.cli.graphiql_assets import voeg_graphiql_assets_toe
from trouwgraph.server.cli.hulp import met_overzicht
from trouwgraph.server.cli.operations import add_operations
from trouwgraph.server.cli.standalone import BETALINGEN_KEY_ENV as BETALINGEN_KEY_ENV
from trouwgraph.server.cli.standalone import ZGW_SECRET_ENV as ZGW_SECRET_ENV
from trouwgraph.server.cli.standalone import standalone_registries as standalone_registries
from trouwgraph.server.gemeenten.config import ConfigError, Gemeente
from trouwgraph.server.gemeenten.config_files import load_gemeenten
from trouwgraph.server.http.logs import configure_logging, logging_config
from trouwgraph.server.settings import Settings, settings_reference
from trouwgraph.server.startup import (
    StartupRefused,
    check_database,
    refuse_embedded,
    refuse_unsafe,
    remote_registries,
    root_fields,
)

DEMO_BANNER = """
  ==============================================================================
   trouwgraph DEMO - embedded registries with fictional RvIG test persons and a
   demo identity issuer that signs a token for anyone. Never use this for real
   data. GraphiQL: {urls}
   Get a token:   curl -s -X POST {base}/demo/token \\
                    -H 'Content-Type: application/json' \\
                    -d '{{"rol": "medewerker"}}'
   and send it as the header  Authorization: Bearer <access_token>
   State (case store, outbox, processing log): {state}
   Credentials of the embedded registries (ZGW client, payments key): {state}/registries.json
  ==============================================================================
"""
REMOTE_BANNER = """
  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
   WARNING: this demo reaches REAL registries:
     {remote}
   The demo issuer signs a staff token for ANYONE who can reach {base}:
   whoever reaches it can read and change real data through those registries.
   Only for a closed machine; production runs `trouwgraph serve`.
  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
"""
DATABASE_SECONDS = 5.0  # how long `serve` waits for the case store at start


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.debug:
        # Read by the app inside uvicorn (and its workers): a failing start shows its traceback.
        os.environ["TROUWGRAPH_DEBUG"] = "true"
    try:
        args.run(args)
    except (ConfigError, StartupRefused, ValidationError, OSError) as error:
        if args.debug:
            raise
        sys.exit(refusal(error))


def refusal(error: Exception) -> str:
    """One line saying what to fix (never a value a setting holds: it may be a secret)."""
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        name = "_".join(str(part) for part in first["loc"][:1]).upper()
        return f"TROUWGRAPH_{name}: {first['msg']}"
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror}"
    return " ".join(str(error).split()) or type(error).__name__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trouwgraph", description=__doc__)
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback of a refusal or failure at start"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="run the embedded demo (binds 127.0.0.1)")
    _add_bind(demo, "127.0.0.1")
    demo.add_argument(
        "--database-url", help="case store URL (default: a SQLite file in the state folder)"
    )
    demo.add_argument(
        "--state",
        type=Path,
        help="folder of this demo's case store, outbox and processing log (default: "
        "var/demo-PORT, so demos on other ports keep apart)",
    )
    demo.add_argument("--config", type=Path, help="municipality TOML file or directory")
    demo.add_argument(
        "--allow-remote-registries",
        action="store_true",
        help="let the demo reach real registries (its issuer signs a token for anyone)",
    )
    demo.set_defaults(run=_demo)

    serve = commands.add_parser("serve", help="run the gateway for a municipality")
    _add_bind(serve, "0.0.0.0")  # noqa: S104  (a service listens on all interfaces)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--config", type=Path, help="municipality TOML file or directory")
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="ADDRESSES",
        help="the reverse proxies whose X-Forwarded-For is trusted (comma-separated "
        "addresses or networks; default: none)",
    )
    serve.add_argument(
        "--allow-embedded-registries",
        action="store_true",
        help="closed test environments only: run the embedded test registries on a loopback "
        "port of their own for registries the municipality files leave embedded",
    )
    serve.set_defaults(run=_serve)

    registries = commands.add_parser("registries", help="serve only the embedded registries")
    _add_bind(registries, "127.0.0.1", 8001)
    registries.set_defaults(run=_registries)

    export = commands.add_parser("export-schema", help="print the GraphQL SDL")
    export.add_argument("--output", type=Path, help="write to this file instead of stdout")
    export.set_defaults(run=_export_schema)

    check = commands.add_parser(
        "check-config", help="check a municipality TOML file or a directory of them"
    )
    check.add_argument("file", type=Path)
    check.add_argument(
        "--production",
        action="store_true",
        help="also refuse what `serve` refuses: a registry left to the embedded test registries",
    )
    check.set_defaults(run=_check_config)

    reference = commands.add_parser("settings-reference", help="print every setting (Markdown)")
    reference.set_defaults(run=lambda _: print(settings_reference()))

    add_operations(commands, _add_bind)

    docs = commands.add_parser(
        "docs", help="check (or --write) the generated sections of docs/; --site builds the site"
    )
    docs.add_argument("--write", action="store_true", help="write them (default: check)")
    docs.add_argument(
        "--site",
        nargs="?",
        const=Path("site"),
        type=Path,
        metavar="DIR",
        help="then build the MkDocs site into DIR (default: site/), warnings as errors",
    )
    docs.set_defaults(run=_docs)

    voeg_graphiql_assets_toe(commands)
    return met_overzicht(parser, commands)


def _add_bind(parser: argparse.ArgumentParser, host: str, port: int | None = None) -> None:
    parser.add_argument("--host", default=host)
    # TROUWGRAPH_PORT moves the gateway and the image's HEALTHCHECK together.
    default = port or int(os.environ.get("TROUWGRAPH_PORT", "8000"))
    parser.add_argument("--port", type=int, default=default)


def _demo(args: argparse.Namespace) -> None:
    base = f"http://{_url_host(args.host)}:{args.port}"
    os.environ["TROUWGRAPH_DEMO"] = "true"
    # Each demo keeps its own state (case store with its outbox, processing log) in a folder
    # of its own: two demos from one checkout never share a database or deliver each
    # other's messages.
    state = (args.state or Path("var") / f"demo-{args.port}").resolve()
    state.mkdir(parents=True, exist_ok=True)
    database = f"sqlite+aiosqlite:///{state / 'trouwgraph.db'}"
    os.environ.setdefault("TROUWGRAPH_DATABASE_URL", database)
    # The demo keeps its processing log in a file one can read.
    os.environ.setdefault("TROUWGRAPH_LOGBOEK_EXPORTER", "file")
    os.environ.setdefault("TROUWGRAPH_LOGBOEK_FILE", str(state / "logboek.jsonl"))
    os.environ["TROUWGRAPH_EMBEDDED_REGISTRIES_URL"] = f"{base}/registries"
    os.environ.setdefault("TROUWGRAPH_PUBLIC_URL", base)
    # The citizen comes back from the payment provider to the web app's outcome page.
    os.environ.setdefault(
        "TROUWGRAPH_BETALING_TERUG_URL", f"{base}/{{gemeentecode}}/app/?betaald={{zaak}}"
    )
    if args.database_url:
        os.environ["TROUWGRAPH_DATABASE_URL"] = args.database_url
    if args.config:
        os.environ["TROUWGRAPH_GEMEENTE_CONFIG"] = str(args.config.resolve())
    if args.allow_remote_registries:
        os.environ["TROUWGRAPH_DEMO_REMOTE_REGISTRIES"] = "true"
    settings = Settings()
    gemeenten = load_gemeenten(settings.gemeente_config)
    refuse_unsafe(settings, gemeenten, root_fields())
    urls = "\n                   ".join(
        f"{base}/{g.gemeentecode}/graphql ({g.naam})" for g in gemeenten
    )
    credentials = EmbeddedCredentials()
    _bewaar_credentials(state / "registries.json", credentials)
    print(DEMO_BANNER.format(urls=urls, base=base, state=state), flush=True)
    remote = _remote(gemeenten)
    if remote:
        print(REMOTE_BANNER.format(remote=remote, base=base), file=sys.stderr, flush=True)
    uvicorn.run(
        partial(demo_app, credentials),
        factory=True,
        host=args.host,
        port=args.port,
        log_config=logging_config(settings.log_level),
    )


def demo_app(credentials: EmbeddedCredentials) -> Starlette:
    """The demo gateway whose embedded registries take `credentials`."""
    from trouwgraph.server.app import Overrides, create_app

    settings = Settings()
    configure_logging(settings.log_level)
    return create_app(settings, Overrides(credentials=credentials), freeze_heap=True)


def _bewaar_credentials(path: Path, credentials: EmbeddedCredentials) -> None:
    """Write what a case system or payment desk needs to call this demo's embedded registries
    (readable by the owner only, never printed): the ZGW client and secret, the payments key."""
    path.unlink(missing_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(
            {
                "zgw_client_id": ZGW_CLIENT_ID,
                "zgw_secret": credentials.zgw_secret,
                "betalingen_api_key": credentials.betalingen_api_key,
            },
            file,
        )


def _url_host(host: str) -> str:
    """The host as a URL names it: a wildcard bind is reached on the loopback address."""
    if host in {"0.0.0.0", "::", ""}:  # noqa: S104  (comparing, not binding)
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def _remote(gemeenten: tuple[Gemeente, ...]) -> str:
    return "\n     ".join(
        f"{g.gemeentecode} {g.naam}: {', '.join(remote_registries(g))}"
        for g in gemeenten
        if remote_registries(g)
    )


def _serve(args: argparse.Namespace) -> None:
    if os.environ.get("TROUWGRAPH_DEMO", "").lower() in {"1", "true", "yes", "on"}:
        raise StartupRefused("trouwgraph serve never runs the demo issuer: unset TROUWGRAPH_DEMO")
    if args.config:
        os.environ["TROUWGRAPH_GEMEENTE_CONFIG"] = str(args.config.resolve())
    if args.allow_embedded_registries:
        os.environ["TROUWGRAPH_ALLOW_EMBEDDED_REGISTRIES"] = "true"
    if args.forwarded_allow_ips is not None:
        os.environ["TROUWGRAPH_FORWARDED_ALLOW_IPS"] = args.forwarded_allow_ips
    settings = Settings()
    refuse_unsafe(settings, load_gemeenten(settings.gemeente_config), root_fields())
    asyncio.run(
        check_database(settings.database_url, settings.database_schema, seconds=DATABASE_SECONDS)
    )
    proxies = settings.forwarded_allow_ips.strip()
    uvicorn.run(
        "trouwgraph.server.main:app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        # Only the named proxies may set the client address the rate limiter counts.
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or None,
        log_config=logging_config(settings.log_level),
    )


def _registries(args: argparse.Namespace) -> None:
    # Served at the root of this address: the URLs the registries hand out (checkout pages)
    # point here unless a public URL (e.g. a proxy's) is set.
    os.environ.setdefault(
        "TROUWGRAPH_EMBEDDED_REGISTRIES_URL", f"http://{_url_host(args.host)}:{args.port}"
    )
    uvicorn.run(
        "trouwgraph.server.cli.standalone:standalone_registries",
        factory=True,
        host=args.host,
        port=args.port,
        log_config=logging_config(Settings().log_level),
    )


def _export_schema(args: argparse.Namespace) -> None:
    from trouwgraph.schema.schema import schema

    sdl = schema.as_str() + "\n"
    if args.output:
        args.output.write_text(sdl, encoding="utf-8")
    else:
        sys.stdout.write(sdl)


def _check_config(args: argparse.Namespace) -> None:
    gemeenten = load_gemeenten(args.file)
    if args.production:
        refuse_embedded(gemeenten, None)
    namen = "; ".join(f"{g.gemeentecode} {g.naam}, agenda: {g.agenda.soort}" for g in gemeenten)
    print(f"{args.file}: OK ({namen})")


def _docs(args: argparse.Namespace) -> None:
    from trouwgraph.server.cli.docs import build_site, stale_pages

    stale = stale_pages(write=args.write)
    if stale and not args.write:
        names = ", ".join(str(page.name) for page in stale)
        sys.exit(f"docs/ out of date ({names}): run `trouwgraph docs --write`")
    if args.site is not None:
        try:
            build_site(args.site)
        except RuntimeError as error:
            sys.exit(f"docs site not built: {error}")
        print(f"docs site built in {args.site}/", flush=True)
