"""Serve the embedded BRP registry standalone: ``python -m trouwgraph.registries.brp --port 8081``.

The API key, if any, is read from the ``BRP_REGISTRY_API_KEY`` environment variable so that it
never shows up in the process list.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import uvicorn

from trouwgraph.registries.brp.app import create_brp_registry, load_personen


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run uvicorn with the registry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--data", type=Path, default=None, help="personen.json to serve")
    parser.add_argument("--api-key-header", default="X-Api-Key")
    args = parser.parse_args(argv)
    app = create_brp_registry(
        load_personen(args.data),
        api_key=os.environ.get("BRP_REGISTRY_API_KEY") or None,
        api_key_header=args.api_key_header,
    )
    uvicorn.run(app, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
