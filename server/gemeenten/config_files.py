"""The municipalities one deployment serves: one TOML file, or every ``*.toml`` in a directory.

A set is accepted whole or not at all: every file must be valid, and no two may share a
gemeentecode or a host name. That is what lets a reload refuse a broken change while the old
set keeps serving.
"""

from __future__ import annotations

from pathlib import Path

from trouwgraph.server.gemeenten.config import Gemeente, load_gemeente
from trouwgraph.server.gemeenten.errors import ConfigError

__all__ = ["load_gemeenten"]


def load_gemeenten(path: Path) -> tuple[Gemeente, ...]:
    """The municipalities in `path` (a file, or a directory of ``*.toml`` files), by code."""
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise ConfigError(f"{path}: no municipality files (*.toml) in this directory")
    else:
        files = [path]
    gemeenten: dict[str, tuple[Path, Gemeente]] = {}
    hosts: dict[str, Path] = {}
    for file in files:
        gemeente = load_gemeente(file)
        if gemeente.gemeentecode in gemeenten:
            eerder, _ = gemeenten[gemeente.gemeentecode]
            raise ConfigError(
                f"{file}: gemeentecode = {gemeente.gemeentecode!r}: also used by {eerder}"
            )
        gemeenten[gemeente.gemeentecode] = (file, gemeente)
        for host in gemeente.hosts:
            if host in hosts:
                raise ConfigError(f"{file}: hosts = {host!r}: also used by {hosts[host]}")
            hosts[host] = file
    return tuple(gemeente for _, (_, gemeente) in sorted(gemeenten.items()))
