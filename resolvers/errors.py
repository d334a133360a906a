"""The use cases' own refusals, in the one error shape of `domain.fouten`.

    Fout (domain.fouten)
    ├── NietGeauthenticeerd   no (valid) token where one is needed
    ├── NietGevonden          no such thing (also answered for things the actor may not see)
    ├── NietToegestaan        (domain.fouten) the actor may not see or do this
    └── OngeldigeInvoer       (domain.fouten) an argument breaks a rule the schema cannot express

The marriage-specific ones are in `resolvers.zaakfouten`.
"""

from __future__ import annotations

from trouwgraph.domain.fouten import Fout, NietToegestaan, OngeldigeInvoer

__all__ = ["Fout", "NietGeauthenticeerd", "NietGevonden", "NietToegestaan", "OngeldigeInvoer"]


class NietGeauthenticeerd(Fout):
    """No valid token where one is needed."""

    code = "NIET_GEAUTHENTICEERD"


class NietGevonden(Fout):
    """No such thing, or one the actor may not know exists."""

    code = "NIET_GEVONDEN"
