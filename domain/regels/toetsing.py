"""Run every legal check for a case (huwelijksbeletselen and the process rules)."""

from __future__ import annotations

from collections.abc import Sequence

from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.regels.betrokkenen import (
    toets_bsns_geldig,
    toets_eigen_babs,
    toets_getuige,
    toets_getuigen_aantal,
    toets_personen_uniek,
)
from trouwgraph.domain.regels.feiten import PersoonsFeiten, Stamboom, Toetsingsgegevens
from trouwgraph.domain.regels.leeftijd import toets_meerderjarig
from trouwgraph.domain.regels.melding import toets_meldingstermijn, toets_verblijf
from trouwgraph.domain.regels.onderzoek import met_onderzoek
from trouwgraph.domain.regels.persoon import (
    toets_bijhouding,
    toets_burgerlijke_staat,
    toets_curatele,
    toets_in_leven,
    toets_nationaliteit,
)
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst
from trouwgraph.domain.regels.verwantschap import toets_bloedverwantschap

__all__ = ["toets"]


def toets(gegevens: Toetsingsgegevens, config: ProcesConfiguratie) -> list[Regeluitkomst]:
    """All checks for the case, in a stable order: per partner, the couple, the witnesses,
    the own officiant, and the notice term (only once a notice date is known). A check that
    used BRP data under investigation is left to a human (`onderzoek.met_onderzoek`)."""
    p1, p2 = gegevens.partner1, gegevens.partner2
    uitkomsten: list[Regeluitkomst] = []
    for feiten, betreft, ander in ((p1, Betreft.PARTNER1, p2), (p2, Betreft.PARTNER2, p1)):
        uitkomsten += [
            toets_in_leven(feiten, betreft),
            toets_meerderjarig(
                feiten.geboortedatum, gegevens.trouwdatum, betreft, Regelcode.MEERDERJARIG
            ),
            toets_burgerlijke_staat(feiten, ander.bsn, gegevens.soort, betreft),
            toets_curatele(feiten, betreft),
            toets_bijhouding(feiten, betreft),
            toets_nationaliteit(feiten, betreft),
        ]
    uitkomsten.append(toets_verblijf(p1, p2))
    uitkomsten.append(
        toets_bloedverwantschap(
            p1.bsn,
            p2.bsn,
            _met_eigen_ouders_en_kinderen(gegevens.stamboom, (p1, p2)),
            gegevens.verklaring_bloedverwantschap,
        )
    )
    getuige_bsns = [g.bsn for g in gegevens.getuigen if g is not None]
    uitkomsten.append(toets_bsns_geldig(_bsns_per_rol(gegevens)))
    uitkomsten.append(toets_personen_uniek([p1.bsn, p2.bsn, *getuige_bsns]))
    uitkomsten.append(toets_getuigen_aantal(gegevens.getuigen))
    for volgnummer, getuige in enumerate(gegevens.getuigen[:4], start=1):
        uitkomsten += toets_getuige(getuige, volgnummer, gegevens.trouwdatum)
    if gegevens.eigen_babs is not None:
        uitkomsten += toets_eigen_babs(gegevens.eigen_babs, gegevens.trouwdatum)
    if gegevens.melding_op is not None:
        uitkomsten.append(toets_meldingstermijn(gegevens.melding_op, gegevens.trouwdatum, config))
    return met_onderzoek(uitkomsten, gegevens)


def _bsns_per_rol(gegevens: Toetsingsgegevens) -> dict[Betreft, str]:
    rollen = {Betreft.PARTNER1: gegevens.partner1.bsn, Betreft.PARTNER2: gegevens.partner2.bsn}
    for volgnummer, getuige in enumerate(gegevens.getuigen[:4], start=1):
        if getuige is not None:
            rollen[Betreft.getuige(volgnummer)] = getuige.bsn
    if gegevens.eigen_babs is not None:
        rollen[Betreft.AMBTENAAR] = gegevens.eigen_babs.bsn
    return rollen


def _met_eigen_ouders_en_kinderen(
    stamboom: Stamboom, partners: Sequence[PersoonsFeiten]
) -> dict[str, tuple[str, ...]]:
    """The tree completed with what the partners' own records say, so a parent/child pair
    is found even when the resolvers walked no further."""
    volledig = {bsn: tuple(ouders) for bsn, ouders in stamboom.items()}
    for partner in partners:
        if partner.ouders and partner.bsn not in volledig:
            volledig[partner.bsn] = partner.ouders
        for kind in partner.kinderen:
            if partner.bsn not in volledig.get(kind, ()):
                volledig[kind] = (*volledig.get(kind, ()), partner.bsn)
    return volledig
