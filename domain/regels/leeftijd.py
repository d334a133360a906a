"""Age on the ceremony date, also for birth dates the BRP only partly knows.

Partly unknown birth dates are decided conservatively:
- if even the latest possible birth date makes the person 18 on the date: VOLDAAN;
- if even the earliest possible birth date leaves them under 18: NIET_VOLDAAN;
- otherwise, or with no known year at all: HANDMATIGE_BEOORDELING.
Someone turning 18 on the ceremony date may marry. Someone born on 29 February turns 18 on
1 March in a non-leap year: the later reading, so no one is let through a day early.
"""

from __future__ import annotations

from datetime import date

from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst

__all__ = ["MEERDERJARIGE_LEEFTIJD", "meerderjarig_op", "toets_meerderjarig", "verjaardag"]

MEERDERJARIGE_LEEFTIJD = 18


def verjaardag(geboren: date, jaren: int) -> date:
    """The day someone born on `geboren` turns `jaren` old."""
    try:
        return geboren.replace(year=geboren.year + jaren)
    except ValueError:  # 29 February in a non-leap year
        return date(geboren.year + jaren, 3, 1)


def meerderjarig_op(geboortedatum: OnvolledigeDatum | None, dag: date) -> Uitkomst:
    """Whether someone with this (possibly partial) birth date is 18 or older on `dag`."""
    if geboortedatum is None:
        return Uitkomst.HANDMATIGE_BEOORDELING
    laatst, vroegst = geboortedatum.laatst(), geboortedatum.vroegst()
    if laatst is None or vroegst is None:
        return Uitkomst.HANDMATIGE_BEOORDELING
    if verjaardag(laatst, MEERDERJARIGE_LEEFTIJD) <= dag:
        return Uitkomst.VOLDAAN
    if verjaardag(vroegst, MEERDERJARIGE_LEEFTIJD) > dag:
        return Uitkomst.NIET_VOLDAAN
    return Uitkomst.HANDMATIGE_BEOORDELING


def toets_meerderjarig(
    geboortedatum: OnvolledigeDatum | None, trouwdatum: date, betreft: Betreft, regel: Regelcode
) -> Regeluitkomst:
    """The 18+ check for one person (partner, witness or own officiant)."""
    uitkomst = meerderjarig_op(geboortedatum, trouwdatum)
    if uitkomst is Uitkomst.VOLDAAN:
        reden = "Is op de trouwdatum 18 jaar of ouder."
    elif uitkomst is Uitkomst.NIET_VOLDAAN:
        reden = "Is op de trouwdatum jonger dan 18 jaar."
    elif geboortedatum is None or geboortedatum.onbekend:
        reden = "De geboortedatum is onbekend; de gemeente moet de leeftijd beoordelen."
    else:
        reden = "De geboortedatum is niet volledig bekend; de gemeente moet de leeftijd beoordelen."
    return Regeluitkomst(
        regel=regel,
        uitkomst=uitkomst,
        reden=reden,
        betreft=betreft,
        gegevens={
            "geboortedatum": geboortedatum.als_tekst() if geboortedatum else None,
            "trouwdatum": trouwdatum.isoformat(),
        },
    )
