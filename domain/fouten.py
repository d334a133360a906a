"""The one error shape every layer uses: a stable `code`, a Dutch `melding` fit to show a
citizen, and the input it concerns (`veld`, a path such as ``("getuige", "burgerservicenummer")``).

    Fout                          the base; adapters (`adapters.errors`) and use cases
     |                            (`resolvers.errors`, `resolvers.zaakfouten`) derive from it too
     +-- OngeldigeStatusovergang  ONGELDIGE_STATUSOVERGANG  (names the current status)
     +-- NietToegestaan           NIET_TOEGESTAAN
     +-- NietBetaald              NIET_BETAALD      (names the amount still open)
     +-- VerklaringOntbreekt      VERKLARING_ONTBREEKT (names the partners still to declare)
     +-- DubbelePersoon           DUBBELE_PERSOON
     +-- GetuigenMaximum          GETUIGEN_MAXIMUM
     +-- TermijnVerstreken        TERMIJN_VERSTREKEN
     +-- TermijnNogNietOpen       TERMIJN_NOG_NIET_OPEN
     +-- OngeldigeInvoer          ONGELDIGE_INVOER
     |    +-- OngeldigBsn         ONGELDIG_BSN
     +-- OnbekendGegeven          ONBEKEND_GEGEVEN  (unknown ceremonietype, locatie, ...)
     +-- ConfiguratieFout         CONFIGURATIE_FOUT (operators only: names the key and value)

Each layer adds only what it knows: the domain the rule that was broken, a use case the case
it concerns, the schema the argument the `veld` sits under. The GraphQL layer turns a `Fout`
into a result type (`schema.resultaten`) or, for what a front end cannot handle, into an error
with `extensions.code`; `schema.foutcodes` lists every code with its meaning. A `melding`
never contains a BSN (callers must not pass one in).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

__all__ = [
    "ConfiguratieFout",
    "DubbelePersoon",
    "Fout",
    "GetuigenMaximum",
    "NietBetaald",
    "NietToegestaan",
    "OnbekendGegeven",
    "OngeldigBsn",
    "OngeldigeInvoer",
    "OngeldigeStatusovergang",
    "TermijnNogNietOpen",
    "TermijnVerstreken",
    "VerklaringOntbreekt",
]


class Fout(Exception):
    """Base of every error raised on purpose: `code`, a Dutch `melding`, the `veld` concerned."""

    code: ClassVar[str] = "FOUT"

    def __init__(self, melding: str, *, veld: str | Sequence[str] = ()) -> None:
        super().__init__(melding)
        self.melding = melding
        self.veld: tuple[str, ...] = (
            tuple(veld.split(".")) if isinstance(veld, str) else tuple(veld)
        )

    def onder(self, *pad: str) -> Fout:
        """This error with its `veld` placed under the argument path `pad`."""
        self.veld = (*pad, *self.veld)
        return self


class OngeldigeStatusovergang(Fout):
    """The action is not allowed in the case's current status."""

    code = "ONGELDIGE_STATUSOVERGANG"

    def __init__(self, status: str, gebeurtenis: str) -> None:
        super().__init__(f"Dit kan nu niet: het huwelijk heeft de status {status}.")
        self.status = status
        self.gebeurtenis = gebeurtenis


class NietToegestaan(Fout):
    """A business rule forbids the action (wrong actor, missing precondition)."""

    code = "NIET_TOEGESTAAN"


class NietBetaald(Fout):
    """The action needs the case paid in full; `open_cents` is still to be paid."""

    code = "NIET_BETAALD"

    def __init__(self, open_cents: int) -> None:
        euro = f"{open_cents // 100},{open_cents % 100:02d}"
        super().__init__(f"Het huwelijk is nog niet volledig betaald: er staat nog € {euro} open.")
        self.open_cents = open_cents


class VerklaringOntbreekt(Fout):
    """The notice needs each partner's own declaration; `rollen` have not given theirs."""

    code = "VERKLARING_ONTBREEKT"

    def __init__(self, rollen: Sequence[str]) -> None:
        wie = " en ".join(rol.lower().replace("partner", "partner ") for rol in rollen)
        super().__init__(
            f"De verklaring van {wie} ontbreekt nog. Elke partner legt die zelf af, met de "
            "eigen inlog of aan de balie van de gemeente."
        )
        self.rollen = tuple(rollen)


class DubbelePersoon(Fout):
    """Partners, witnesses and an own officiant must all be different people."""

    code = "DUBBELE_PERSOON"


class GetuigenMaximum(Fout):
    """No more witnesses can be added."""

    code = "GETUIGEN_MAXIMUM"


class TermijnVerstreken(Fout):
    """A deadline has passed."""

    code = "TERMIJN_VERSTREKEN"


class TermijnNogNietOpen(Fout):
    """A window has not opened yet (e.g. a notice more than a year ahead)."""

    code = "TERMIJN_NOG_NIET_OPEN"


class OngeldigeInvoer(Fout):
    """Input that can never be valid (malformed, inconsistent); `veld` says which."""

    code = "ONGELDIGE_INVOER"


class OngeldigBsn(OngeldigeInvoer):
    """A BSN that fails the format or the 11-proef; the message never repeats it."""

    code = "ONGELDIG_BSN"

    def __init__(self, veld: str) -> None:
        super().__init__("Dit is geen geldig burgerservicenummer.", veld=veld)


_SOORTEN = {
    "ceremonietype": "Deze soort ceremonie",
    "locatie": "Deze locatie",
    "ambtenaar": "Deze trouwambtenaar (BABS)",
    "extra": "Dit extra product",
}


class OnbekendGegeven(Fout):
    """A code or id that the municipality's configuration does not know."""

    code = "ONBEKEND_GEGEVEN"

    def __init__(self, soort: str, waarde: str) -> None:
        # The value stays out of the message: it is the client's input, echoed to logs.
        wat = _SOORTEN.get(soort, "Dit gegeven")
        super().__init__(f"{wat} kent de gemeente niet.", veld=soort)
        self.soort = soort
        self.waarde = waarde


class ConfiguratieFout(Fout):
    """An invalid per-municipality configuration value (for operators: stays English)."""

    code = "CONFIGURATIE_FOUT"

    def __init__(self, sleutel: str, waarde: object, reden: str) -> None:
        super().__init__(f"{sleutel}={waarde!r}: {reden}")
        self.sleutel = sleutel
        self.waarde = waarde
