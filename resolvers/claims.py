"""The claims a case holds on its location and BABS: what the store's slot-claim key keeps
from being booked twice."""

from __future__ import annotations

from datetime import datetime, timedelta

from trouwgraph.domain.begrippen import Ambtenaarkeuze
from trouwgraph.domain.beschikbaarheid import Bezetting, Middelsoort
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.status import Status
from trouwgraph.store.capacity import CapacityRules, CapacitySeat
from trouwgraph.store.huwelijken import Dossier
from trouwgraph.store.records import ResourceClaim

__all__ = [
    "ZONDER_CLAIMS",
    "capaciteitsregels",
    "claimbare_ambtenaar",
    "claims_van",
    "claims_voor",
    "middelen",
    "toegewezen_ambtenaar",
    "zonder_eigen",
]

# Claims of these cases no longer block anyone.
ZONDER_CLAIMS = frozenset({Status.GEANNULEERD, Status.VERLOPEN})


def claims_van(dossier: Dossier) -> list[ResourceClaim]:
    """The claims the stored case holds now (its chosen or assigned BABS included)."""
    huwelijk = dossier.huwelijk
    return claims_voor(huwelijk, claimbare_ambtenaar(huwelijk, dossier.toegewezen_ambtenaar_id))


def claims_voor(huwelijk: Huwelijk, ambtenaar_id: str | None) -> list[ResourceClaim]:
    """The case's claims on its municipal location and BABS, lapsing with the reservation."""
    if huwelijk.status in ZONDER_CLAIMS:
        return []
    start, eind, vervalt = huwelijk.moment.start, huwelijk.moment.eind, huwelijk.verloopt_op
    claims = []
    if huwelijk.locatie.locatie_id is not None:
        claims.append(ResourceClaim("locatie", huwelijk.locatie.locatie_id, start, eind, vervalt))
    if ambtenaar_id is not None:
        claims.append(ResourceClaim("ambtenaar", ambtenaar_id, start, eind, vervalt))
    return claims


def claimbare_ambtenaar(huwelijk: Huwelijk, toegewezen: str | None) -> str | None:
    """The BABS whose time the case claims: chosen, or assigned by the municipality."""
    keuze = huwelijk.ambtenaar
    if keuze.soort is Ambtenaarkeuze.KEUZE:
        return keuze.ambtenaar_id
    return toegewezen if keuze.soort is Ambtenaarkeuze.TOEGEWEZEN else None


def toegewezen_ambtenaar(huwelijk: Huwelijk, ambtenaar_id: str | None) -> str | None:
    """The BABS to store as assigned (only when the municipality assigns one)."""
    return ambtenaar_id if huwelijk.ambtenaar.soort is Ambtenaarkeuze.TOEGEWEZEN else None


def middelen(claims: list[ResourceClaim]) -> set[tuple[str, str, datetime, datetime]]:
    """What the claims hold, without their expiry (to see whether a change moves them)."""
    return {(c.kind, c.resource_id, c.start, c.end) for c in claims}


def zonder_eigen(bezet: list[Bezetting], eigen: list[ResourceClaim]) -> list[Bezetting]:
    """`bezet` without the case's own claims (it may keep its own slot)."""
    soorten = {"locatie": Middelsoort.LOCATIE, "ambtenaar": Middelsoort.AMBTENAAR}
    over = list(bezet)
    for claim in eigen:
        eigen_bezetting = Bezetting(soorten[claim.kind], claim.resource_id, claim.start, claim.end)
        if eigen_bezetting in over:
            over.remove(eigen_bezetting)
    return over


def capaciteitsregels(config: ProcesConfiguratie) -> CapacityRules:
    """The capacity rules the store enforces: each BABS's `max_per_dag` ceremonies on a local
    day and `max_per_week` in a week (Monday to Sunday), as `domain.beschikbaarheid` offers."""
    ambtenaren = {ambtenaar.id: ambtenaar for ambtenaar in config.ambtenaren}

    def regels(claim: ResourceClaim) -> list[CapacitySeat]:
        ambtenaar = ambtenaren.get(claim.resource_id) if claim.kind == "ambtenaar" else None
        if ambtenaar is None:
            return []
        dag = claim.start.astimezone(config.zone).date()
        maandag = dag - timedelta(days=dag.weekday())
        return [
            CapacitySeat("ambtenaar-dag", dag.isoformat(), ambtenaar.max_per_dag),
            CapacitySeat("ambtenaar-week", maandag.isoformat(), ambtenaar.max_per_week),
        ]

    return regels
