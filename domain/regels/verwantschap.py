"""Blood relationship between two people, counted in civil-law degrees (art. 1:3 BW).

The degree is the number of births between the two: parent/child 1, grandparent and siblings
2, uncle/niece 3, first cousins 4. Adoption counts because the BRP records the adoptive
parents as `ouders`. The resolvers build a `Stamboom` by walking parents through the BRP one
generation at a time; `nog_op_te_halen` tells them whose records to fetch next.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from trouwgraph.domain.regels.feiten import Stamboom
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst

__all__ = [
    "GENERATIES_TOT_VIERDE_GRAAD",
    "Verwantschap",
    "bloedverwantschap",
    "bloedverwantschap_graad",
    "nog_op_te_halen",
    "toets_bloedverwantschap",
]

# Two generations up from each partner reach the common grandparents of first cousins
# (4th degree) and the grandparents of a partner (2nd degree, direct line).
GENERATIES_TOT_VIERDE_GRAAD = 2


@dataclass(frozen=True, slots=True)
class Verwantschap:
    """How two people are related: the degree, and whether in the direct line."""

    graad: int
    rechte_lijn: bool


def _voorouders(bsn: str, stamboom: Stamboom, generaties: int | None = None) -> dict[str, int]:
    """Every known ancestor of `bsn` (and `bsn` itself at 0) with the fewest generations up."""
    afstand = {bsn: 0}
    rand = [bsn]
    diepte = 0
    while rand and (generaties is None or diepte < generaties):
        diepte += 1
        volgende = []
        for persoon in rand:
            for ouder in stamboom.get(persoon, ()):
                if ouder not in afstand:
                    afstand[ouder] = diepte
                    volgende.append(ouder)
        rand = volgende
    return afstand


def nog_op_te_halen(
    stamboom: Stamboom, start_bsns: Iterable[str], generaties: int = GENERATIES_TOT_VIERDE_GRAAD
) -> set[str]:
    """The BSNs whose parents are still needed to know `generaties` generations above the
    start BSNs: people within `generaties - 1` steps up that are not yet in `stamboom`.
    Call it again after each batch; an empty set means the walk is complete."""
    nodig: set[str] = set()
    for start in start_bsns:
        for persoon, diepte in _voorouders(start, stamboom, generaties - 1).items():
            if diepte < generaties and persoon not in stamboom:
                nodig.add(persoon)
    return nodig


def bloedverwantschap(a: str, b: str, stamboom: Stamboom) -> Verwantschap | None:
    """How `a` and `b` are related through the known tree, or None if not related."""
    if a == b:
        return Verwantschap(0, rechte_lijn=True)
    van_a, van_b = _voorouders(a, stamboom), _voorouders(b, stamboom)
    gedeeld = van_a.keys() & van_b.keys()
    if not gedeeld:
        return None
    graad, rechte_lijn = min((van_a[v] + van_b[v], v in (a, b)) for v in gedeeld)
    return Verwantschap(graad, rechte_lijn)


def bloedverwantschap_graad(a: str, b: str, stamboom: Stamboom) -> int | None:
    """The civil-law degree of blood relationship of `a` and `b`, or None if unrelated."""
    verwantschap = bloedverwantschap(a, b, stamboom)
    return None if verwantschap is None else verwantschap.graad


def toets_bloedverwantschap(
    partner1: str, partner2: str, stamboom: Stamboom, verklaring_aanwezig: bool
) -> Regeluitkomst:
    """Direct line or siblings: not allowed (art. 1:41 BW). 3rd/4th degree: allowed with a
    sworn declaration, so without one a human reviews. Beyond that: no impediment."""
    v = bloedverwantschap(partner1, partner2, stamboom)
    gegevens: dict[str, str | int | bool | None] = {
        "graad": None if v is None else v.graad,
        "rechteLijn": None if v is None else v.rechte_lijn,
        "verklaringAanwezig": verklaring_aanwezig,
    }
    if v is None or (v.graad > 4 and not v.rechte_lijn):
        uitkomst, reden = Uitkomst.VOLDAAN, "Geen bloedverwantschap tot in de vierde graad."
    elif v.rechte_lijn or v.graad <= 2:
        uitkomst = Uitkomst.NIET_VOLDAAN
        reden = (
            "De partners zijn bloedverwanten in de rechte lijn."
            if v.rechte_lijn
            else "De partners zijn broer of zus van elkaar."
        )
    elif verklaring_aanwezig:
        uitkomst = Uitkomst.VOLDAAN
        reden = f"Bloedverwanten in de {v.graad}e graad; de beëdigde verklaring is aanwezig."
    else:
        uitkomst = Uitkomst.HANDMATIGE_BEOORDELING
        reden = f"Bloedverwanten in de {v.graad}e graad; een beëdigde verklaring is nodig."
    return Regeluitkomst(Regelcode.BLOEDVERWANTSCHAP, uitkomst, reden, Betreft.HUWELIJK, gegevens)
