"""The case's registration in the case system (ZGW) through the outbox, as staff see it:
where it stands and the messages parked as dead letters."""

from __future__ import annotations

import enum
from datetime import datetime

import strawberry

from trouwgraph.schema.catalogus import Info


@strawberry.enum(description="Stand van de registratie als zaak in het zaaksysteem.")
class Registratiestand(enum.Enum):
    GEREGISTREERD = "GEREGISTREERD"
    IN_WACHTRIJ = "IN_WACHTRIJ"
    VERTRAAGD = "VERTRAAGD"
    GEPARKEERD = "GEPARKEERD"


@strawberry.type(
    description="Een bericht dat na herhaalde pogingen niet bezorgd kon worden en wacht tot een "
    "medewerker het opnieuw aanbiedt (herplaatsBerichten)."
)
class GeparkeerdBericht:
    soort: str = strawberry.field(description="Soort bericht, bijv. zaak.status.")
    pogingen: int
    laatste_fout: str | None = strawberry.field(description="Waarom het niet lukte.")
    geparkeerd_op: datetime


@strawberry.type(description="De registratie van de melding als zaak (ZGW), via de outbox.")
class Zaakregistratie:
    status: Registratiestand
    zaak_url: str | None
    pogingen: int
    openstaand: int = strawberry.field(description="Berichten die nog bezorgd moeten worden.")
    laatste_fout: str | None
    volgende_poging_op: datetime | None
    geparkeerd: list[GeparkeerdBericht] = strawberry.field(
        description="Berichten die niet meer vanzelf opnieuw geprobeerd worden."
    )


async def registratie_van(info: Info, huwelijk_id: str) -> Zaakregistratie | None:
    """The registration of the case `huwelijk_id`; None while there is nothing to register."""
    outbox = info.context.services.outbox
    stand = await outbox.status_van(huwelijk_id)
    if stand is None:
        return None
    geparkeerd = await outbox.geparkeerd(huwelijk_id) if stand.status == "GEPARKEERD" else []
    return Zaakregistratie(
        status=Registratiestand(stand.status),
        zaak_url=stand.zaak_url,
        pogingen=stand.pogingen,
        openstaand=stand.openstaand,
        laatste_fout=stand.laatste_fout,
        volgende_poging_op=stand.volgende_poging_op,
        geparkeerd=[
            GeparkeerdBericht(
                soort=g.soort,
                pogingen=g.pogingen,
                laatste_fout=g.laatste_fout,
                geparkeerd_op=g.geparkeerd_op,
            )
            for g in geparkeerd
        ],
    )
