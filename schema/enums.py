"""The domain's enumerations, registered as GraphQL enums under their own Dutch names.

`strawberry.enum` marks the domain's classes in place, so the rest of the schema annotates
with the domain types themselves: import them from here to be sure they are registered.
"""

from __future__ import annotations

from enum import EnumMeta

import strawberry

from trouwgraph.domain.begrippen import (
    Ambtenaarkeuze,
    Locatiesoort,
    Naamgebruik,
    Partnerrol,
    Verbintenissoort,
)
from trouwgraph.domain.onderdelen import Betaalstatus, Instemmingstatus, Meldingstatus
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Uitkomst
from trouwgraph.domain.status import Gebeurtenis, Status

__all__ = [
    "Ambtenaarkeuze",
    "Betaalstatus",
    "Betreft",
    "Gebeurtenis",
    "Instemmingstatus",
    "Locatiesoort",
    "Meldingstatus",
    "Naamgebruik",
    "Partnerrol",
    "Regelcode",
    "Status",
    "Uitkomst",
    "Verbintenissoort",
]

_DESCRIPTIONS: dict[EnumMeta, str] = {
    Verbintenissoort: "Huwelijk, geregistreerd partnerschap, of omzetting van een partnerschap.",
    Partnerrol: "Partner 1 reserveert; partner 2 wordt uitgenodigd en stemt in.",
    Naamgebruik: "aanduidingNaamgebruik van de BRP: E eigen, P partner, V partner + eigen, "
    "N eigen + partner.",
    Ambtenaarkeuze: "TOEGEWEZEN: de gemeente kiest; KEUZE: uit de lijst; EIGEN: eigen BABS.",
    Locatiesoort: "Gemeentelijke ruimte, vast aangewezen externe locatie, of eigen locatie.",
    Status: "Waar een huwelijk staat (zie de toestandsmachine in docs/process.md).",
    Gebeurtenis: "Wat er met een huwelijk gebeurde.",
    Instemmingstatus: "De instemming van een partner.",
    Meldingstatus: "De behandeling van de melding voorgenomen huwelijk.",
    Betaalstatus: "De uitkomst van een betaling.",
    Uitkomst: "VOLDAAN, NIET_VOLDAAN, of de gemeente moet beoordelen.",
    Regelcode: "De wettelijke toets.",
    Betreft: "Over wie een toetsuitkomst gaat.",
}

for _enum, _description in _DESCRIPTIONS.items():
    strawberry.enum(_enum, description=_description)
