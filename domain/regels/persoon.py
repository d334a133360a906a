"""Checks on one partner: alive, civil status, curatele, suspended record, nationality."""

from __future__ import annotations

from trouwgraph.domain.begrippen import Verbintenissoort
from trouwgraph.domain.regels.feiten import (
    NEDERLANDSE_NATIONALITEIT,
    PersoonsFeiten,
    SoortVerbintenis,
)
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst

__all__ = [
    "toets_bijhouding",
    "toets_burgerlijke_staat",
    "toets_curatele",
    "toets_in_leven",
    "toets_nationaliteit",
]

_OPSCHORTINGSREDENEN = {
    "O": "overlijden",
    "E": "emigratie",
    "M": "ministerieel besluit",
    "R": "persoonslijst aangelegd in de RNI",
    "F": "fout",
}


def toets_in_leven(feiten: PersoonsFeiten, betreft: Betreft) -> Regeluitkomst:
    """A deceased person cannot marry, witness or officiate."""
    if feiten.overleden:
        return Regeluitkomst(
            Regelcode.IN_LEVEN,
            Uitkomst.NIET_VOLDAAN,
            "Is volgens de BRP overleden.",
            betreft,
            {
                "overlijdensdatum": feiten.overlijdensdatum.als_tekst()
                if feiten.overlijdensdatum
                else None
            },
        )
    return Regeluitkomst(
        Regelcode.IN_LEVEN, Uitkomst.VOLDAAN, "Is in leven.", betreft, {"overleden": False}
    )


def toets_burgerlijke_staat(
    feiten: PersoonsFeiten, andere_bsn: str, soort: Verbintenissoort, betreft: Betreft
) -> Regeluitkomst:
    """Not married nor in a registered partnership; for OMZETTING exactly a current
    partnership with the other partner."""
    actueel = [v for v in feiten.partners if v.actueel]
    gegevens: dict[str, str | int | bool | None] = {
        "aantalActueleVerbintenissen": len(actueel),
        "soortVerbintenis": actueel[0].soort.value if actueel else None,
        "aangaanHuwelijkPartnerschap": actueel[0].aangegaan.als_tekst()
        if actueel and actueel[0].aangegaan
        else None,
    }
    met_elkaar = [v for v in actueel if v.bsn == andere_bsn]
    if soort is Verbintenissoort.OMZETTING:
        if len(actueel) == 1 and met_elkaar and met_elkaar[0].soort is SoortVerbintenis.P:
            return Regeluitkomst(
                Regelcode.BURGERLIJKE_STAAT,
                Uitkomst.VOLDAAN,
                "Heeft een geregistreerd partnerschap met de andere partner.",
                betreft,
                gegevens,
            )
        return Regeluitkomst(
            Regelcode.BURGERLIJKE_STAAT,
            Uitkomst.NIET_VOLDAAN,
            "Voor omzetting is een geregistreerd partnerschap met de andere partner nodig, "
            "en geen ander huwelijk of partnerschap.",
            betreft,
            gegevens,
        )
    if not actueel:
        return Regeluitkomst(
            Regelcode.BURGERLIJKE_STAAT,
            Uitkomst.VOLDAAN,
            "Is niet getrouwd en heeft geen geregistreerd partnerschap.",
            betreft,
            gegevens,
        )
    if len(actueel) == 1 and met_elkaar and met_elkaar[0].soort is SoortVerbintenis.P:
        reden = (
            "Heeft al een geregistreerd partnerschap met de andere partner; kies voor omzetting."
        )
    else:
        reden = "Is getrouwd of heeft een geregistreerd partnerschap."
    return Regeluitkomst(
        Regelcode.BURGERLIJKE_STAAT, Uitkomst.NIET_VOLDAAN, reden, betreft, gegevens
    )


def toets_curatele(feiten: PersoonsFeiten, betreft: Betreft) -> Regeluitkomst:
    """Under curatele a marriage needs the curator's or the court's consent: a human decides."""
    if feiten.curatele:
        return Regeluitkomst(
            Regelcode.CURATELE,
            Uitkomst.HANDMATIGE_BEOORDELING,
            "Staat onder curatele; toestemming van de curator of de kantonrechter is nodig.",
            betreft,
            {"indicatieCurateleRegister": True},
        )
    return Regeluitkomst(
        Regelcode.CURATELE,
        Uitkomst.VOLDAAN,
        "Staat niet onder curatele.",
        betreft,
        {"indicatieCurateleRegister": False},
    )


def toets_bijhouding(feiten: PersoonsFeiten, betreft: Betreft) -> Regeluitkomst:
    """A suspended record (emigration, RNI, ...) is not current enough to decide on."""
    if feiten.opschorting is None:
        return Regeluitkomst(
            Regelcode.BIJHOUDING,
            Uitkomst.VOLDAAN,
            "De persoonslijst wordt bijgehouden.",
            betreft,
            {"opschortingBijhouding": None},
        )
    omschrijving = _OPSCHORTINGSREDENEN.get(feiten.opschorting, "onbekende reden")
    return Regeluitkomst(
        Regelcode.BIJHOUDING,
        Uitkomst.HANDMATIGE_BEOORDELING,
        f"De bijhouding van de persoonslijst is opgeschort ({omschrijving}); "
        "de gemeente moet dit beoordelen.",
        betreft,
        {"opschortingBijhouding": feiten.opschorting},
    )


def toets_nationaliteit(feiten: PersoonsFeiten, betreft: Betreft) -> Regeluitkomst:
    """Dutch nationals pass; others need legal residence, which a human checks unless the
    resolvers established a valid residence permit."""
    gegevens: dict[str, str | int | bool | None] = {
        "nationaliteiten": ",".join(feiten.nationaliteiten) or None,
        "verblijfstitelGeldig": feiten.verblijfstitel_geldig,
    }
    if NEDERLANDSE_NATIONALITEIT in feiten.nationaliteiten:
        return Regeluitkomst(
            Regelcode.NATIONALITEIT,
            Uitkomst.VOLDAAN,
            "Heeft de Nederlandse nationaliteit.",
            betreft,
            gegevens,
        )
    if feiten.verblijfstitel_geldig:
        return Regeluitkomst(
            Regelcode.NATIONALITEIT,
            Uitkomst.VOLDAAN,
            "Heeft een geldige verblijfstitel.",
            betreft,
            gegevens,
        )
    return Regeluitkomst(
        Regelcode.NATIONALITEIT,
        Uitkomst.HANDMATIGE_BEOORDELING,
        "Heeft niet de Nederlandse nationaliteit; de gemeente moet het verblijfsrecht beoordelen.",
        betreft,
        gegevens,
    )
