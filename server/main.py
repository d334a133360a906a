"""The app factory uvicorn imports: settings from the environment, then `create_app`."""

from __future__ import annotations

import logging

from starlette.applications import Starlette

from server.app import create_app
from server.settings import Settings


def app() -> Starlette:
    """Build the gateway from the environment (TROUWGRAPH_* variables)."""
    settings = Settings()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    return create_app(settings)
