"""The gateway's own cases as facts: a partner in another case that still leads to a ceremony
cannot give notice for this one (the BRP learns of a marriage only once it is concluded)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from trouwgraph.domain.begrippen import Partnerrol
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst

__all__ = ["toets_lopende_zaken"]


def toets_lopende_zaken(per_partner: Mapping[Partnerrol, Sequence[str]]) -> list[Regeluitkomst]:
    """One result per partner: NIET_VOLDAAN naming the other cases' ids, else VOLDAAN."""
    uitkomsten = []
    for rol in (Partnerrol.PARTNER1, Partnerrol.PARTNER2):
        zaken = per_partner.get(rol, ())
        if zaken:
            uitkomsten.append(
                Regeluitkomst(
                    Regelcode.LOPENDE_ZAAK,
                    Uitkomst.NIET_VOLDAAN,
                    "Deze persoon heeft al een ander lopend huwelijksdossier.",
                    Betreft(rol.value),
                    {"zaken": ", ".join(zaken)},
                )
            )
        else:
            uitkomsten.append(
                Regeluitkomst(
                    Regelcode.LOPENDE_ZAAK,
                    Uitkomst.VOLDAAN,
                    "Geen ander lopend huwelijksdossier.",
                    Betreft(rol.value),
                    {"zaken": ""},
                )
            )
    return uitkomsten
