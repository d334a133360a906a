"""The command line's help: `--version`, and every command's options with their defaults, in
each command's own help and in an overview under `trouwgraph --help`."""

from __future__ import annotations

import argparse

from trouwgraph.server.http.security_headers import api_version

__all__ = ["met_overzicht"]

_HULP = {
    "host": "address to listen on (or to probe)",
    "port": "port to listen on (or to probe)",
    "workers": "worker processes",
    "path": "path to probe",
    "file": "a municipality TOML file or a directory of them",
}


class _MetStandaard(argparse.HelpFormatter):
    """Help that states each option's default, where it has one."""

    def _get_help_string(self, action: argparse.Action) -> str:
        tekst = action.help or ""
        if _standaard(action) is not None and "default" not in tekst:
            tekst += " (default: %(default)s)"
        return tekst


def _standaard(action: argparse.Action) -> object:
    return None if action.default in (None, False, argparse.SUPPRESS) else action.default


def met_overzicht(
    parser: argparse.ArgumentParser, commands: argparse._SubParsersAction[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    """`--version`, and every command's options with their defaults, in each command's help
    and in an overview under the top-level help."""
    parser.add_argument("--version", action="version", version=f"trouwgraph {api_version()}")
    regels = ["commands, their options and defaults:"]
    for naam, sub in commands.choices.items():
        sub.formatter_class = _MetStandaard
        regels.append(f"  trouwgraph {naam}")
        for actie in sub._actions:
            if isinstance(actie, argparse._HelpAction):
                continue
            actie.help = actie.help or _HULP.get(actie.dest)
            opties = ", ".join(actie.option_strings) or actie.dest.upper()
            standaard = _standaard(actie)
            regels.append(
                f"      {opties}" + (f" (default: {standaard})" if standaard is not None else "")
            )
    parser.epilog = "\n".join(regels)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser
