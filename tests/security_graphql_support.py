"""The real gateway's /graphql endpoint with chosen limits and modes, for the security tests."""

from __future__ import annotations

import json
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import httpx
from gateway_support import demo_settings, running_gateway

from trouwgraph.schema.limits import GraphQLLimits
from trouwgraph.server.graphql.persisted import Mode

# Production refuses the demo issuer: tokens would come from this (never contacted) issuer.
# The registries stay the embedded ones (a closed test environment's opt-in), reached
# in-process; the processing log goes to a file in the test's own folder (`logboek_file`).
PRODUCTION_IDENTITY = {
    "demo": False,
    "production": True,
    "oidc_issuer": "https://login.example-gemeente.nl",
    "oidc_jwks_url": "https://login.example-gemeente.nl/jwks",
    "allow_embedded_registries": True,
    "logboek_exporter": "file",
    "logboek_sleutel": "test-sleutel-van-het-logboek-32-bytes!",
}


@asynccontextmanager
async def graphql_endpoint(
    limits: GraphQLLimits | None = None,
    *,
    production: bool = False,
    persisted: Mode = "off",
    allowlist: dict[str, str] | None = None,
) -> AsyncIterator[httpx.AsyncClient]:
    """A client for the gateway started with `limits`, `production` and persisted operations."""
    limits = limits or GraphQLLimits()
    changes: dict[str, Any] = {f"graphql_{name}": value for name, value in asdict(limits).items()}
    changes["graphql_persisted"] = persisted
    with tempfile.TemporaryDirectory() as tmp:
        if production:
            changes.update(PRODUCTION_IDENTITY, logboek_file=Path(tmp) / "logboek.jsonl")
        if allowlist is not None:
            path = Path(tmp) / "operations.json"
            path.write_text(json.dumps(allowlist), encoding="utf-8")
            changes["graphql_persisted_file"] = path
        async with running_gateway(demo_settings(Path(tmp), **changes)) as gateway:
            yield gateway.client
