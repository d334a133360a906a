"""The ceremonies an iCalendar feed of one BABS or one location shows: no personal data.

A subscribed calendar drops an event that leaves the feed, so a cancelled ceremony simply
no longer appears.
"""

from __future__ import annotations

from collections.abc import Sequence

from trouwgraph.adapters.ical import Ceremonie
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import OnbekendGegeven
from trouwgraph.domain.status import Status
from trouwgraph.store.huwelijken import Dossier, HuwelijkRepository
from trouwgraph.store.records import CaseFilter

IN_FEED = frozenset({Status.BEVESTIGD.value, Status.VOLTROKKEN.value})
MAX_CEREMONIES = 500
SOORTEN = {
    "HUWELIJK": "Huwelijk",
    "GEREGISTREERD_PARTNERSCHAP": "Geregistreerd partnerschap",
    "OMZETTING": "Omzetting van partnerschap in huwelijk",
}


async def bevestigde_ceremonies(
    huwelijken: HuwelijkRepository, config: ProcesConfiguratie, soort: str, resource_id: str
) -> Sequence[Ceremonie] | None:
    """The confirmed ceremonies of BABS (`soort` "ambtenaar") or location ("locatie")
    `resource_id`; None when the municipality has no such BABS or location."""
    try:
        if soort == "ambtenaar":
            ambtenaar = config.ambtenaar(resource_id)
            selectie = CaseFilter(statuses=IN_FEED, ambtenaar_id=ambtenaar.id)
        else:
            locatie = config.locatie(resource_id)
            selectie = CaseFilter(statuses=IN_FEED, locatie_id=locatie.id)
    except OnbekendGegeven:
        return None
    dossiers, _ = await huwelijken.lijst(config.gemeentecode, selectie, MAX_CEREMONIES, None)
    return [_ceremonie(d, config) for d in dossiers]


def _ceremonie(dossier: Dossier, config: ProcesConfiguratie) -> Ceremonie:
    huwelijk = dossier.huwelijk
    locatie_id = huwelijk.locatie.locatie_id
    locatie = config.locatie(locatie_id) if locatie_id else None
    ambtenaar_id = huwelijk.ambtenaar.ambtenaar_id or dossier.toegewezen_ambtenaar_id
    eigen = huwelijk.ambtenaar.eigen
    return Ceremonie(
        zaak_id=huwelijk.id,
        versie=huwelijk.versie,
        start=huwelijk.moment.start,
        eind=huwelijk.moment.eind,
        soort=SOORTEN[huwelijk.soort.value],
        ceremonietype=config.ceremonietype(huwelijk.ceremonietype).naam,
        locatie_naam=locatie.naam if locatie else "Eigen locatie",
        locatie_adres=locatie.adres if locatie else None,
        ambtenaar_naam=(
            config.ambtenaar(ambtenaar_id).naam if ambtenaar_id else eigen.naam if eigen else None
        ),
        gewijzigd_op=dossier.gewijzigd_op,
    )
