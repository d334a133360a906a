"""The check of a location for one day ("eigen locatie") against the BAG.

A couple may marry at an address of their own choosing, but only at an address that exists in
the BAG (Basisregistratie Adressen en Gebouwen) and lies in the municipality where the marriage
is concluded: the registrar of that municipality officiates. The adapter finds the BAG
addresses for the postcode and house number; this module decides, without any I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from trouwgraph.domain.onderdelen import Adres

__all__ = ["Adrescontrole", "Adresuitkomst", "BagFeit", "controleer_eigen_locatie"]


class Adresuitkomst(StrEnum):
    """What the check found."""

    OK = "OK"
    ONBEKEND_ADRES = "ONBEKEND_ADRES"
    BUITEN_GEMEENTE = "BUITEN_GEMEENTE"


@dataclass(frozen=True, slots=True)
class BagFeit:
    """One current BAG address and the municipality (bronhouder) it lies in."""

    nummeraanduiding_identificatie: str
    straat: str
    huisnummer: int
    postcode: str | None
    woonplaats: str
    gemeentecode: str
    gemeentenaam: str | None = None
    huisletter: str | None = None
    toevoeging: str | None = None


@dataclass(frozen=True, slots=True)
class Adrescontrole:
    """The outcome, with a Dutch reason for the citizen and the BAG address when found."""

    uitkomst: Adresuitkomst
    reden: str
    bag_adres: BagFeit | None = None

    @property
    def akkoord(self) -> bool:
        """True when the address may be used."""
        return self.uitkomst is Adresuitkomst.OK


def controleer_eigen_locatie(
    adres: Adres, gevonden: Sequence[BagFeit], gemeentecode: str
) -> Adrescontrole:
    """Check `adres` against the BAG addresses `gevonden` for its postcode and house number.

    The house letter and addition must match exactly (case-insensitively); the street and town
    as typed are not compared, the BAG's spelling wins. An address that exists in another
    municipality gives BUITEN_GEMEENTE naming that municipality.
    """
    wanted = _sleutel(adres.postcode, adres.huisnummer, adres.huisletter, adres.toevoeging)
    matches = [
        feit
        for feit in gevonden
        if _sleutel(feit.postcode, feit.huisnummer, feit.huisletter, feit.toevoeging) == wanted
    ]
    tekst = _tekst(adres)
    if not matches:
        return Adrescontrole(
            Adresuitkomst.ONBEKEND_ADRES,
            f"Het adres {tekst} bestaat niet in de Basisregistratie Adressen en Gebouwen (BAG).",
        )
    for feit in matches:
        if feit.gemeentecode == gemeentecode:
            return Adrescontrole(
                Adresuitkomst.OK, f"Het adres {tekst} ligt in de gemeente.", bag_adres=feit
            )
    feit = matches[0]
    gemeente = feit.gemeentenaam or f"met gemeentecode {feit.gemeentecode}"
    return Adrescontrole(
        Adresuitkomst.BUITEN_GEMEENTE,
        f"Het adres {tekst} ligt in de gemeente {gemeente}, niet in deze gemeente. "
        "Een eigen locatie moet in de gemeente liggen waar u trouwt.",
        bag_adres=feit,
    )


def _sleutel(
    postcode: str | None, huisnummer: int, huisletter: str | None, toevoeging: str | None
) -> tuple[str, int, str, str]:
    return (
        (postcode or "").replace(" ", "").upper(),
        huisnummer,
        (huisletter or "").strip().upper(),
        (toevoeging or "").strip().upper(),
    )


def _tekst(adres: Adres) -> str:
    nummer = f"{adres.huisnummer}{adres.huisletter or ''}"
    if adres.toevoeging:
        nummer = f"{nummer}-{adres.toevoeging}"
    postcode = adres.postcode.replace(" ", "").upper()
    return f"{adres.straat} {nummer}, {postcode[:4]} {postcode[4:]} {adres.woonplaats}".strip()
