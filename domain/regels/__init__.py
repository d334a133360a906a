"""The legal checks on a marriage case: pure functions over facts read from the BRP."""

from trouwgraph.domain.regels.betrokkenen import MAX_GETUIGEN, MIN_GETUIGEN
from trouwgraph.domain.regels.feiten import (
    Onderzoeksgegeven,
    PersoonsFeiten,
    SoortVerbintenis,
    Stamboom,
    Toetsingsgegevens,
    Verbintenis,
)
from trouwgraph.domain.regels.leeftijd import meerderjarig_op, verjaardag
from trouwgraph.domain.regels.toetsing import toets
from trouwgraph.domain.regels.uitkomst import (
    Betreft,
    Regelcode,
    Regeluitkomst,
    Uitkomst,
    eindoordeel,
    voor_burger,
)
from trouwgraph.domain.regels.verwantschap import (
    GENERATIES_TOT_VIERDE_GRAAD,
    Verwantschap,
    bloedverwantschap,
    bloedverwantschap_graad,
    nog_op_te_halen,
)

__all__ = [
    "GENERATIES_TOT_VIERDE_GRAAD",
    "MAX_GETUIGEN",
    "MIN_GETUIGEN",
    "Betreft",
    "Onderzoeksgegeven",
    "PersoonsFeiten",
    "Regelcode",
    "Regeluitkomst",
    "SoortVerbintenis",
    "Stamboom",
    "Toetsingsgegevens",
    "Uitkomst",
    "Verbintenis",
    "Verwantschap",
    "bloedverwantschap",
    "bloedverwantschap_graad",
    "eindoordeel",
    "meerderjarig_op",
    "nog_op_te_halen",
    "toets",
    "verjaardag",
    "voor_burger",
]
