"""trouwgraph: a GraphQL gateway for the Dutch marriage and registered-partnership process.

The import package. Its sub-packages are the repository's top-level folders (``domain/``,
``store/``, ``registries/``, ``adapters/``, ``resolvers/``, ``schema/``, ``server/``), linked in
here so that the product's layout stays as it is while every module imports as
``trouwgraph.<folder>`` (see docs/adr/0005-one-import-name.md).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("trouwgraph")
except PackageNotFoundError:  # pragma: no cover - running from a checkout without install
    __version__ = "0.0.0"
