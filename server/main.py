"""The app factory uvicorn imports: settings from the environment, then `create_app`."""

from __future__ import annotations

from starlette.applications import Starlette

from trouwgraph.server.app import create_app
from trouwgraph.server.http.logs import configure_logging
from trouwgraph.server.settings import Settings


def app() -> Starlette:
    """Build the gateway from the environment (TROUWGRAPH_* variables)."""
    settings = Settings()
    configure_logging(settings.log_level)
    return create_app(settings, freeze_heap=True)
