"""All embedded registries as one ASGI app: mounted in the gateway, or served on their own."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount

from registries.brp.app import create_brp_registry, load_personen


def create_registries() -> Starlette:
    """The embedded registries, each under its own prefix (/brp, ...)."""
    return Starlette(routes=[Mount("/brp", create_brp_registry(load_personen()))])
