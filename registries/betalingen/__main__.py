"""Serve the embedded payment provider standalone: ``python -m trouwgraph.registries.betalingen``.

The API key is read from ``BETALINGEN_REGISTRY_API_KEY`` so that it never shows up in the
process list; ``--public-url`` is where browsers reach this process (checkout links).
"""

from __future__ import annotations

import argparse
import os
import sys

import uvicorn

from trouwgraph.registries.betalingen.app import create_mollie_registry


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run uvicorn with the provider."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8082)
    parser.add_argument("--public-url", default=None, help="default: http://HOST:PORT")
    args = parser.parse_args(argv)
    api_key = os.environ.get("BETALINGEN_REGISTRY_API_KEY")
    if not api_key:
        sys.exit("set BETALINGEN_REGISTRY_API_KEY (e.g. test_...)")
    app = create_mollie_registry(
        api_key=api_key,
        base_url_for_checkout=args.public_url or f"http://{args.host}:{args.port}",
    )
    uvicorn.run(app, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
