"""The Huwelijksplanner catalogue: zaaktypen and their statustypen, resultaattypen, roltypen and
eigenschappen.

Taken from the Huwelijksplanner's zaaktypen (fixtures/huwelijksplanner/huwelijksplanner-
zaaktypen.md: identificatie, UUID and statustypen as given there). The melding zaaktype gets
the eigenschappen the gateway registers (date and time, location and ceremony type) and a
roltype per partner. Other UUIDs are derived (uuid5) so URLs stay stable between runs.

Every zaaktype gets resultaattypen, since Open Zaak sets no eindstatus on a zaak without a
resultaat: the melding-like ones Verwerkt and Ingetrokken, the aanvragen Toegekend, Geweigerd and
Ingetrokken. Their `resultaattypeomschrijving` and `selectielijstklasse` point at the VNG
Selectielijst API (Afgehandeld, Afgebroken, Toegekend, Geweigerd); a municipality's own
catalogue chooses its own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

__all__ = [
    "CATALOGUS_UUID",
    "Catalogus",
    "EigenschapDef",
    "ResultaatTypeDef",
    "RolTypeDef",
    "StatusTypeDef",
    "ZaakTypeDef",
    "huwelijksplanner_catalogus",
]

CATALOGUS_UUID = "8a5c3b1e-4b57-4d2e-9d1f-3a0c6e2b7f10"
_NAMESPACE = uuid.UUID(CATALOGUS_UUID)
CATALOGUS_RSIN = "002220647"
_STANDAARD_STATUSSEN = ("Ontvangen", "In behandeling genomen", "Afgehandeld")
_MELDING_STATUSSEN = ("Ontvangen", "In behandeling genomen", "Verwerkt")
_SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"
# omschrijving -> (resultaattypeomschrijving uuid, selectielijstklasse uuid, archiefnominatie)
_RESULTAATTYPEN: dict[str, tuple[str, str, str]] = {
    "Verwerkt": (  # generiek: Afgehandeld
        "7cb315fb-4f7b-4a43-aca1-e4522e4c73b3",
        "8af64c99-a168-40dd-8afd-9fbe0597b6dc",
        "vernietigen",
    ),
    "Ingetrokken": (  # generiek: Afgebroken
        "ce8cf476-0b59-496f-8eee-957a7c6e2506",
        "0d978967-6bf2-452f-951a-c16bff338f42",
        "vernietigen",
    ),
    "Toegekend": (
        "fb65d251-1518-4185-865f-b8bdcfad07b1",
        "afa30940-855b-4a7e-aa21-9e15a8078814",
        "vernietigen",
    ),
    "Geweigerd": (
        "1f750958-431c-4916-bc01-af5d3a753b41",
        "2431e1ee-cacd-44af-bd12-ea7280a8928b",
        "vernietigen",
    ),
}
_GENERIEK = {
    "Verwerkt": "Afgehandeld",
    "Ingetrokken": "Afgebroken",
    "Toegekend": "Toegekend",
    "Geweigerd": "Geweigerd",
}
_MELDING_RESULTATEN = ("Verwerkt", "Ingetrokken")
_STANDAARD_RESULTATEN = ("Toegekend", "Geweigerd", "Ingetrokken")


@dataclass(frozen=True, slots=True)
class StatusTypeDef:
    """A statustype: `volgnummer` orders them, the last is the eindstatus."""

    uuid: str
    zaaktype_uuid: str
    omschrijving: str
    volgnummer: int
    is_eindstatus: bool


@dataclass(frozen=True, slots=True)
class ResultaatTypeDef:
    """A resultaattype: its `omschrijving`, the generic one and the Selectielijst references."""

    uuid: str
    zaaktype_uuid: str
    omschrijving: str
    omschrijving_generiek: str
    resultaattypeomschrijving: str  # URL in the Selectielijst API
    selectielijstklasse: str  # URL in the Selectielijst API
    archiefnominatie: str


@dataclass(frozen=True, slots=True)
class RolTypeDef:
    """A roltype of a zaaktype."""

    uuid: str
    zaaktype_uuid: str
    omschrijving: str
    omschrijving_generiek: str


@dataclass(frozen=True, slots=True)
class EigenschapDef:
    """An eigenschap of a zaaktype with its specificatie (formaat, lengte, kardinaliteit)."""

    uuid: str
    zaaktype_uuid: str
    naam: str
    definitie: str
    formaat: str
    lengte: str


@dataclass(frozen=True, slots=True)
class ZaakTypeDef:
    """A zaaktype: identificatie (the process id) and omschrijving."""

    uuid: str
    identificatie: str
    omschrijving: str


@dataclass(frozen=True)
class Catalogus:
    """The whole catalogue, indexed by uuid."""

    uuid: str
    rsin: str
    zaaktypen: dict[str, ZaakTypeDef]
    statustypen: dict[str, StatusTypeDef]
    roltypen: dict[str, RolTypeDef]
    eigenschappen: dict[str, EigenschapDef]
    resultaattypen: dict[str, ResultaatTypeDef] = field(default_factory=dict)
    domein: str = "HUWP"  # at most 5 characters


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))


_ZAAKTYPEN: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "1ca29793-b797-4d52-953b-2c231fb8a6cf",
        "Melding_voorgenomen_huwelijk_behandelen",
        "Melding voorgenomen huwelijk/partnerschap behandelen",
        _MELDING_STATUSSEN,
    ),
    (
        "86dcc827-db64-4466-8d83-5d2976a1926a",
        "Aanvraag_eigen_Babs_nietbeedigd_behandelen",
        "Aanvraag eigen BABS (niet beëdigd) behandelen",
        _STANDAARD_STATUSSEN,
    ),
    (
        "43340378-1c3a-4605-8a64-aa90e400368a",
        "Aanvraag_eigen_babs_beedigd_behandelen",
        "Aanvraag eigen BABS (beëdigd) behandelen",
        _STANDAARD_STATUSSEN,
    ),
    (
        "bb1e251f-d7a2-4d2a-a8e4-a7236336fcfd",
        "Aanvraag_eigen_locatie_behandelen",
        "Aanvraag eigen huwelijkslocatie behandelen",
        _STANDAARD_STATUSSEN,
    ),
    (
        "13c5e8e1-27e2-47e0-96df-410541176623",
        "Aanvraag_wijziging_naamgebruik_behandelen",
        "Aanvraag wijziging naamgebruik behandelen",
        _MELDING_STATUSSEN,
    ),
)

# (zaaktype identificatie, naam, definitie, formaat, lengte)
_EIGENSCHAPPEN: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Melding_voorgenomen_huwelijk_behandelen",
        "huwelijksdatum",
        "Datum en tijd van de ceremonie",
        "datum_tijd",
        "14",
    ),
    (
        "Melding_voorgenomen_huwelijk_behandelen",
        "huwelijkslocatie",
        "Locatie van de ceremonie",
        "tekst",
        "200",
    ),
    (
        "Melding_voorgenomen_huwelijk_behandelen",
        "soortCeremonie",
        "Soort ceremonie",
        "tekst",
        "100",
    ),
    ("Aanvraag_eigen_locatie_behandelen", "locatieTelefoon", "Telefoon", "tekst", "20"),
    ("Aanvraag_eigen_locatie_behandelen", "locatieNaam", "Naam", "tekst", "200"),
    (
        "Aanvraag_eigen_locatie_behandelen",
        "locatieAdres",
        "Straat, huisnummer, postcode, plaats",
        "tekst",
        "300",
    ),
    ("Aanvraag_eigen_locatie_behandelen", "locatieOmschrijving", "Omschrijving", "tekst", "1000"),
    (
        "Aanvraag_wijziging_naamgebruik_behandelen",
        "naamgebruikPartner1",
        "Naamgebruik partner 1",
        "tekst",
        "1",
    ),
    (
        "Aanvraag_wijziging_naamgebruik_behandelen",
        "naamgebruikPartner2",
        "Naamgebruik partner 2",
        "tekst",
        "1",
    ),
)

_ROLTYPEN = (("Partner 1", "initiator"), ("Partner 2", "mede_initiator"))


def huwelijksplanner_catalogus() -> Catalogus:
    """A fresh copy of the Huwelijksplanner catalogue."""
    zaaktypen: dict[str, ZaakTypeDef] = {}
    statustypen: dict[str, StatusTypeDef] = {}
    roltypen: dict[str, RolTypeDef] = {}
    eigenschappen: dict[str, EigenschapDef] = {}
    resultaattypen: dict[str, ResultaatTypeDef] = {}
    by_identificatie: dict[str, str] = {}
    for zaaktype_uuid, identificatie, omschrijving, statussen in _ZAAKTYPEN:
        zaaktypen[zaaktype_uuid] = ZaakTypeDef(zaaktype_uuid, identificatie, omschrijving)
        by_identificatie[identificatie] = zaaktype_uuid
        for volgnummer, naam in enumerate(statussen, start=1):
            key = _id(identificatie, "statustype", naam)
            statustypen[key] = StatusTypeDef(
                key, zaaktype_uuid, naam, volgnummer, volgnummer == len(statussen)
            )
        for naam, generiek in _ROLTYPEN:
            key = _id(identificatie, "roltype", naam)
            roltypen[key] = RolTypeDef(key, zaaktype_uuid, naam, generiek)
        resultaten = (
            _MELDING_RESULTATEN if statussen == _MELDING_STATUSSEN else _STANDAARD_RESULTATEN
        )
        for naam in resultaten:
            key = _id(identificatie, "resultaattype", naam)
            omschrijving_uuid, klasse_uuid, nominatie = _RESULTAATTYPEN[naam]
            resultaattypen[key] = ResultaatTypeDef(
                key,
                zaaktype_uuid,
                naam,
                _GENERIEK[naam],
                f"{_SELECTIELIJST}/resultaattypeomschrijvingen/{omschrijving_uuid}",
                f"{_SELECTIELIJST}/resultaten/{klasse_uuid}",
                nominatie,
            )
    for identificatie, naam, definitie, formaat, lengte in _EIGENSCHAPPEN:
        key = _id(identificatie, "eigenschap", naam)
        eigenschappen[key] = EigenschapDef(
            key, by_identificatie[identificatie], naam, definitie, formaat, lengte
        )
    return Catalogus(
        CATALOGUS_UUID,
        CATALOGUS_RSIN,
        zaaktypen,
        statustypen,
        roltypen,
        eigenschappen,
        resultaattypen,
    )
