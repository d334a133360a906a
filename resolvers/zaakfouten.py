"""The use cases' expected refusals that are specific to marriage cases (the generic ones are
in `resolvers.errors`); the schema turns each into a result type of its own."""

from __future__ import annotations

from trouwgraph.domain.adrescontrole import Adrescontrole, Adresuitkomst
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.regels.uitkomst import Regeluitkomst
from trouwgraph.resolvers.errors import Fout

__all__ = [
    "BeletselGevonden",
    "BuitenGemeente",
    "EigenLocatieAfgewezen",
    "LopendeZaak",
    "OnbekendAdres",
    "SlotBezet",
    "VersieConflict",
]


class SlotBezet(Fout):
    """The slot, its location or every fitting BABS is taken."""

    code = "SLOT_BEZET"


class EigenLocatieAfgewezen(Fout):
    """An own location's address is not in the BAG, or lies outside the municipality."""

    @staticmethod
    def om(controle: Adrescontrole) -> EigenLocatieAfgewezen:
        """The refusal for a failed address check."""
        if controle.uitkomst is Adresuitkomst.BUITEN_GEMEENTE:
            return BuitenGemeente(controle.reden)
        return OnbekendAdres(controle.reden)


class OnbekendAdres(EigenLocatieAfgewezen):
    """The address is not in the BAG."""

    code = "ONBEKEND_ADRES"


class BuitenGemeente(EigenLocatieAfgewezen):
    """The address lies in another municipality (the message names it)."""

    code = "BUITEN_GEMEENTE"


class BeletselGevonden(Fout):
    """The legal checks found an impediment; the notice is refused."""

    code = "BELETSEL_GEVONDEN"

    def __init__(self, huwelijk: Huwelijk, uitkomsten: list[Regeluitkomst]) -> None:
        super().__init__("De melding is geweigerd: er is een huwelijksbeletsel gevonden.")
        self.huwelijk = huwelijk
        self.uitkomsten = uitkomsten


class VersieConflict(Fout):
    """The case changed since the client read it."""

    code = "VERSIE_CONFLICT"

    def __init__(self, huidige_versie: int) -> None:
        super().__init__(
            f"Het huwelijk is intussen gewijzigd (versie {huidige_versie}); lees het opnieuw."
        )
        self.huidige_versie = huidige_versie


class LopendeZaak(Fout):
    """The person is a partner in another case that still leads to a ceremony."""

    code = "LOPENDE_ZAAK"
