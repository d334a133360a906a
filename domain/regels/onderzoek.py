"""BRP data under investigation: a rule that rests on it does not decide, a human does.

The BRP marks data whose correctness is being investigated (`inOnderzoek`). Such a value may be
wrong in either direction, so a pass is not trusted and neither is a refusal: the outcome of
every rule that used it becomes HANDMATIGE_BEOORDELING, its reason says which data is under
investigation, and its data says which field and since when.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.domain.regels.feiten import Onderzoeksgegeven, PersoonsFeiten, Toetsingsgegevens
from trouwgraph.domain.regels.uitkomst import (
    Betreft,
    Gegevenswaarde,
    Regelcode,
    Regeluitkomst,
    Uitkomst,
)

__all__ = ["GEBRUIKTE_GEGEVENS", "OMSCHRIJVINGEN", "met_onderzoek"]

G = Onderzoeksgegeven

# The BRP data each rule reads (rules on the case itself read none).
GEBRUIKTE_GEGEVENS: Mapping[Regelcode, tuple[Onderzoeksgegeven, ...]] = {
    Regelcode.IN_LEVEN: (G.OVERLIJDEN,),
    Regelcode.MEERDERJARIG: (G.GEBOORTEDATUM,),
    Regelcode.GETUIGE_MEERDERJARIG: (G.GEBOORTEDATUM,),
    Regelcode.EIGEN_BABS_MEERDERJARIG: (G.GEBOORTEDATUM,),
    Regelcode.BURGERLIJKE_STAAT: (G.PARTNERS,),
    Regelcode.CURATELE: (G.CURATELE,),
    Regelcode.EIGEN_BABS_CURATELE: (G.CURATELE,),
    Regelcode.NATIONALITEIT: (G.NATIONALITEIT,),
    Regelcode.VERBLIJF: (G.VERBLIJFPLAATS,),
    Regelcode.BLOEDVERWANTSCHAP: (G.OUDERS, G.KINDEREN),
}

# Dutch names for a citizen's eyes; the rule's subject is in the sentence around them.
OMSCHRIJVINGEN: Mapping[Onderzoeksgegeven, str] = {
    G.GEBOORTEDATUM: "de geboortedatum",
    G.OVERLIJDEN: "de gegevens over overlijden",
    G.CURATELE: "de aantekening over curatele",
    G.PARTNERS: "de gegevens over huwelijk of geregistreerd partnerschap",
    G.OUDERS: "de gegevens over de ouders",
    G.KINDEREN: "de gegevens over de kinderen",
    G.NATIONALITEIT: "de nationaliteit",
    G.VERBLIJFPLAATS: "de verblijfplaats",
}
_STAMBOOM = "de gegevens over ouders of grootouders in de familie"


def met_onderzoek(
    uitkomsten: Iterable[Regeluitkomst], gegevens: Toetsingsgegevens
) -> list[Regeluitkomst]:
    """The outcomes, each one that used data under investigation turned over to a human."""
    return [_met_onderzoek(u, gegevens) for u in uitkomsten]


def _met_onderzoek(uitkomst: Regeluitkomst, gegevens: Toetsingsgegevens) -> Regeluitkomst:
    gebruikt = GEBRUIKTE_GEGEVENS.get(uitkomst.regel, ())
    if not gebruikt:
        return uitkomst
    gevonden: dict[Onderzoeksgegeven, OnvolledigeDatum | None] = {}
    for persoon in _over_wie(uitkomst.betreft, gegevens):
        for gegeven in gebruikt:
            if gegeven in persoon.in_onderzoek:
                sinds = persoon.in_onderzoek[gegeven]
                gevonden[gegeven] = gevonden.get(gegeven) or sinds
    stamboom = uitkomst.regel is Regelcode.BLOEDVERWANTSCHAP and gegevens.stamboom_in_onderzoek
    if not gevonden and not stamboom:
        return uitkomst
    namen = [OMSCHRIJVINGEN[g] for g in gevonden] + ([_STAMBOOM] if stamboom else [])
    wat = _opsomming(namen)
    werkwoord = "staat" if len(namen) == 1 and not wat.startswith("de gegevens") else "staan"
    van_partner = " van een partner" if uitkomst.betreft is Betreft.HUWELIJK and gevonden else ""
    reden = (
        f"{uitkomst.reden} {wat[0].upper()}{wat[1:]}{van_partner} {werkwoord} in de BRP in "
        "onderzoek; de gemeente moet dit beoordelen."
    )
    extra: dict[str, Gegevenswaarde] = {
        "inOnderzoek": ",".join([g.value for g in gevonden] + (["stamboom"] if stamboom else []))
    }
    data = [d for d in gevonden.values() if d is not None]
    if data:
        extra["datumIngangOnderzoek"] = min(data, key=_sorteer).als_tekst()
    return replace(
        uitkomst,
        uitkomst=Uitkomst.HANDMATIGE_BEOORDELING,
        reden=reden,
        gegevens={**uitkomst.gegevens, **extra},
    )


def _over_wie(betreft: Betreft, gegevens: Toetsingsgegevens) -> Sequence[PersoonsFeiten]:
    """The persons whose BRP data a result about `betreft` rests on."""
    if betreft is Betreft.PARTNER1:
        return (gegevens.partner1,)
    if betreft is Betreft.PARTNER2:
        return (gegevens.partner2,)
    if betreft is Betreft.HUWELIJK:
        return (gegevens.partner1, gegevens.partner2)
    if betreft is Betreft.AMBTENAAR:
        return (gegevens.eigen_babs,) if gegevens.eigen_babs is not None else ()
    volgnummer = int(betreft.value.rsplit("_", 1)[1])
    getuige = gegevens.getuigen[volgnummer - 1] if volgnummer <= len(gegevens.getuigen) else None
    return (getuige,) if getuige is not None else ()


def _opsomming(namen: Sequence[str]) -> str:
    if len(namen) == 1:
        return namen[0]
    return ", ".join(namen[:-1]) + " en " + namen[-1]


def _sorteer(datum: OnvolledigeDatum) -> tuple[int, int, int]:
    return (datum.jaar or 0, datum.maand or 0, datum.dag or 0)
