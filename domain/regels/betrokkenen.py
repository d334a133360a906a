"""Checks on the people around the partners: witnesses, an own officiant, distinct BSNs."""

from __future__ import annotations

from collections import Counter
from datetime import date

from trouwgraph.domain.bsn import is_geldig_bsn
from trouwgraph.domain.regels.feiten import PersoonsFeiten
from trouwgraph.domain.regels.leeftijd import toets_meerderjarig
from trouwgraph.domain.regels.persoon import toets_in_leven
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst

__all__ = [
    "MAX_GETUIGEN",
    "MIN_GETUIGEN",
    "toets_bsns_geldig",
    "toets_eigen_babs",
    "toets_getuige",
    "toets_getuigen_aantal",
    "toets_personen_uniek",
]

MIN_GETUIGEN = 2  # art. 1:63 BW: at least two, at most four witnesses
MAX_GETUIGEN = 4


def toets_bsns_geldig(bsns_per_rol: dict[Betreft, str]) -> Regeluitkomst:
    """Every BSN passes the 11-proef; the result names roles, never numbers."""
    ongeldig = [rol.value for rol, bsn in bsns_per_rol.items() if not is_geldig_bsn(bsn)]
    if ongeldig:
        return Regeluitkomst(
            Regelcode.BSN_GELDIG,
            Uitkomst.NIET_VOLDAAN,
            "Een of meer burgerservicenummers zijn ongeldig.",
            Betreft.HUWELIJK,
            {"ongeldig": ",".join(ongeldig)},
        )
    return Regeluitkomst(
        Regelcode.BSN_GELDIG,
        Uitkomst.VOLDAAN,
        "Alle burgerservicenummers zijn geldig.",
        Betreft.HUWELIJK,
        {"aantal": len(bsns_per_rol)},
    )


def toets_personen_uniek(bsns: list[str]) -> Regeluitkomst:
    """Partners and witnesses must all be different people."""
    dubbel = sum(n - 1 for n in Counter(bsns).values() if n > 1)
    if dubbel:
        return Regeluitkomst(
            Regelcode.PERSONEN_UNIEK,
            Uitkomst.NIET_VOLDAAN,
            "Partners en getuigen moeten verschillende personen zijn.",
            Betreft.HUWELIJK,
            {"dubbel": dubbel},
        )
    return Regeluitkomst(
        Regelcode.PERSONEN_UNIEK,
        Uitkomst.VOLDAAN,
        "Partners en getuigen zijn verschillende personen.",
        Betreft.HUWELIJK,
        {"dubbel": 0},
    )


def toets_getuigen_aantal(getuigen: tuple[PersoonsFeiten | None, ...]) -> Regeluitkomst:
    """Two to four witnesses, municipal witnesses included."""
    aantal = len(getuigen)
    gegevens: dict[str, str | int | bool | None] = {
        "aantal": aantal,
        "gemeentelijk": sum(1 for g in getuigen if g is None),
    }
    if MIN_GETUIGEN <= aantal <= MAX_GETUIGEN:
        return Regeluitkomst(
            Regelcode.GETUIGEN_AANTAL,
            Uitkomst.VOLDAAN,
            f"Er zijn {aantal} getuigen.",
            Betreft.HUWELIJK,
            gegevens,
        )
    return Regeluitkomst(
        Regelcode.GETUIGEN_AANTAL,
        Uitkomst.NIET_VOLDAAN,
        f"Er moeten {MIN_GETUIGEN} tot {MAX_GETUIGEN} getuigen zijn; er zijn er {aantal}.",
        Betreft.HUWELIJK,
        gegevens,
    )


def toets_getuige(
    getuige: PersoonsFeiten | None, volgnummer: int, trouwdatum: date
) -> list[Regeluitkomst]:
    """A witness is alive and 18 or older on the date; a municipal witness always is."""
    betreft = Betreft.getuige(volgnummer)
    if getuige is None:
        return [
            Regeluitkomst(
                Regelcode.GETUIGE_MEERDERJARIG,
                Uitkomst.VOLDAAN,
                "Gemeentelijke getuige.",
                betreft,
                {"gemeentelijk": True},
            )
        ]
    return [
        toets_in_leven(getuige, betreft),
        toets_meerderjarig(
            getuige.geboortedatum, trouwdatum, betreft, Regelcode.GETUIGE_MEERDERJARIG
        ),
    ]


def toets_eigen_babs(babs: PersoonsFeiten, trouwdatum: date) -> list[Regeluitkomst]:
    """An own officiant is alive, 18 or older and not under curatele (no exceptions)."""
    curatele = (
        Regeluitkomst(
            Regelcode.EIGEN_BABS_CURATELE,
            Uitkomst.NIET_VOLDAAN,
            "Een trouwambtenaar mag niet onder curatele staan.",
            Betreft.AMBTENAAR,
            {"indicatieCurateleRegister": True},
        )
        if babs.curatele
        else Regeluitkomst(
            Regelcode.EIGEN_BABS_CURATELE,
            Uitkomst.VOLDAAN,
            "Staat niet onder curatele.",
            Betreft.AMBTENAAR,
            {"indicatieCurateleRegister": False},
        )
    )
    return [
        toets_in_leven(babs, Betreft.AMBTENAAR),
        toets_meerderjarig(
            babs.geboortedatum, trouwdatum, Betreft.AMBTENAAR, Regelcode.EIGEN_BABS_MEERDERJARIG
        ),
        curatele,
    ]
