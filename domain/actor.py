"""Who is acting: a citizen (burger) with their own BSN, or municipal staff (medewerker)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Rol(enum.Enum):
    """The role a token grants."""

    BURGER = "burger"
    MEDEWERKER = "medewerker"


@dataclass(frozen=True, slots=True)
class Actor:
    """The verified identity behind a request."""

    rol: Rol
    subject: str
    bsn: str | None = None
    acr: str | None = None  # the authentication's assurance level, as the issuer names it
    gemeenten: frozenset[str] | None = None  # staff: the municipalities they work for
    systeem: bool = False  # a system acting with staff rights (payment provider, case system)

    @property
    def is_medewerker(self) -> bool:
        """True for municipal staff."""
        return self.rol is Rol.MEDEWERKER

    @property
    def label(self) -> str:
        """How history and upstream protocol headers name this actor: never a BSN."""
        if self.rol is Rol.BURGER:
            return "BurgerZelf"
        return f"systeem:{self.subject}" if self.systeem else f"medewerker:{self.subject}"

    def mag_persoon_zien(self, bsn: str) -> bool:
        """A burger reads only their own record; a medewerker any."""
        return self.is_medewerker or self.bsn == bsn
