"""Errors a client may see, each with a stable code (GraphQL `extensions.code`).

    Fout                      visible to the client, message safe to show
    ├── NietGeauthenticeerd   no (valid) token where one is needed
    ├── NietToegestaan        the actor may not see or do this
    ├── NietGevonden          no such thing (also answered for things the actor may not see)
    ├── OngeldigeInvoer       an argument fails a rule the schema cannot express
    └── TeVeelZoekvragen      an anonymous client asked for free slots too often

Domain errors (`domain.fouten`) and upstream errors (`adapters.errors`) carry a code too and are
shown as they are; anything else is masked as INTERNE_FOUT.
"""

from __future__ import annotations

from typing import ClassVar


class Fout(Exception):
    """An error whose message is safe to show; never include a BSN in it."""

    code: ClassVar[str] = "FOUT"


class NietGeauthenticeerd(Fout):
    """No valid token where one is needed."""

    code = "NIET_GEAUTHENTICEERD"


class NietToegestaan(Fout):
    """The actor may not see or do this."""

    code = "NIET_TOEGESTAAN"


class NietGevonden(Fout):
    """No such thing, or one the actor may not know exists."""

    code = "NIET_GEVONDEN"


class OngeldigeInvoer(Fout):
    """An argument that breaks a rule the schema cannot express."""

    code = "ONGELDIGE_INVOER"


class TeVeelZoekvragen(Fout):
    """An anonymous client searched free slots more often than its own limit allows."""

    code = "TE_VEEL_ZOEKVRAGEN"
