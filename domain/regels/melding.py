"""Checks on the notice itself: its timing and where the partners live."""

from __future__ import annotations

from datetime import date

from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.regels.feiten import PersoonsFeiten
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst
from trouwgraph.domain.termijnen import meldingsvenster

__all__ = ["toets_meldingstermijn", "toets_verblijf"]


def toets_meldingstermijn(
    melding_op: date, trouwdatum: date, config: ProcesConfiguratie
) -> Regeluitkomst:
    """The notice lies within the window before the ceremony (law: 1 year to 2 weeks)."""
    venster = meldingsvenster(trouwdatum, config)
    gegevens: dict[str, str | int | bool | None] = {
        "meldingOp": melding_op.isoformat(),
        "trouwdatum": trouwdatum.isoformat(),
        "vroegst": venster.vroegst.isoformat(),
        "uiterlijk": venster.uiterlijk.isoformat(),
    }
    if melding_op < venster.vroegst:
        return Regeluitkomst(
            Regelcode.MELDINGSTERMIJN,
            Uitkomst.NIET_VOLDAAN,
            f"De melding is te vroeg gedaan: dat kan vanaf {venster.vroegst.isoformat()}.",
            Betreft.HUWELIJK,
            gegevens,
        )
    if melding_op > venster.uiterlijk:
        return Regeluitkomst(
            Regelcode.MELDINGSTERMIJN,
            Uitkomst.NIET_VOLDAAN,
            f"De melding is te laat gedaan: dat kon tot en met {venster.uiterlijk.isoformat()}.",
            Betreft.HUWELIJK,
            gegevens,
        )
    return Regeluitkomst(
        Regelcode.MELDINGSTERMIJN,
        Uitkomst.VOLDAAN,
        "De melding is op tijd gedaan.",
        Betreft.HUWELIJK,
        gegevens,
    )


def toets_verblijf(partner1: PersoonsFeiten, partner2: PersoonsFeiten) -> Regeluitkomst:
    """When neither partner lives in the Netherlands the notice may belong elsewhere."""
    gegevens: dict[str, str | int | bool | None] = {
        # Counts, not per partner: this result is shown to both partners.
        "woontInNederland": sum(1 for p in (partner1, partner2) if p.woont_in_nl),
        "onbekend": sum(1 for p in (partner1, partner2) if p.woont_in_nl is None),
    }
    if partner1.woont_in_nl or partner2.woont_in_nl:
        return Regeluitkomst(
            Regelcode.VERBLIJF,
            Uitkomst.VOLDAAN,
            "Ten minste een partner woont in Nederland.",
            Betreft.HUWELIJK,
            gegevens,
        )
    return Regeluitkomst(
        Regelcode.VERBLIJF,
        Uitkomst.HANDMATIGE_BEOORDELING,
        "Geen van beide partners woont (aantoonbaar) in Nederland; de gemeente moet "
        "beoordelen waar de melding thuishoort.",
        Betreft.HUWELIJK,
        gegevens,
    )
