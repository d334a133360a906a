"""The error every configuration reader raises: the message names file, key and value."""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file, key and value."""
