"""The assurance level (`acr`) an operation needs: e.g. DigiD Substantieel for the notice.

Levels are ordered from low to high as the municipality's identity provider names them; an
operation without a minimum needs none. Only citizens' tokens are checked: staff sign in through
the municipality's own provider, which has levels of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from trouwgraph.domain.actor import Actor
from trouwgraph.resolvers.errors import Fout

# DigiD's levels as SAML authentication context classes: Basis, Midden, Substantieel, Hoog.
DIGID_NIVEAUS = (
    "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI",
)
DIGID_SUBSTANTIEEL = DIGID_NIVEAUS[2]
# A partner's own declaration is part of the notice: without a minimum of its own it needs
# the notice's level (a municipality that raises `doeMelding` raises both).
ZELFDE_NIVEAU_ALS = {"legVerklaringAf": "doeMelding"}


class NiveauTeLaag(Fout):
    """The token's assurance level is below what the operation needs."""

    code = "AUTHENTICATIENIVEAU_TE_LAAG"


@dataclass(frozen=True)
class Authenticatiebeleid:
    """Ordered levels and the minimum per GraphQL root field."""

    niveaus: Sequence[str] = DIGID_NIVEAUS
    minimum: Mapping[str, str] = field(default_factory=lambda: {"doeMelding": DIGID_SUBSTANTIEEL})

    def __post_init__(self) -> None:
        onbekend = set(self.minimum.values()) - set(self.niveaus)
        if onbekend:
            raise ValueError(f"minimum levels not among the levels: {sorted(onbekend)}")

    def controleer(self, operatie: str, actor: Actor | None) -> None:
        """Raise NiveauTeLaag when a citizen's token is below the operation's minimum."""
        vereist = self.minimum.get(operatie)
        if vereist is None and operatie in ZELFDE_NIVEAU_ALS:
            vereist = self.minimum.get(ZELFDE_NIVEAU_ALS[operatie])
        if vereist is None or actor is None or actor.is_medewerker:
            return
        heeft = self.niveaus.index(actor.acr) if actor.acr in self.niveaus else -1
        if heeft < self.niveaus.index(vereist):
            raise NiveauTeLaag(
                f"Voor '{operatie}' is een hoger inlogniveau nodig: log opnieuw in met DigiD "
                "op niveau Substantieel of hoger."
                if vereist == DIGID_SUBSTANTIEEL
                else f"Voor '{operatie}' is inlogniveau {vereist} of hoger nodig."
            )
