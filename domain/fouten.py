"""The domain's own errors: one small hierarchy, each error with a stable `code`.

    DomeinFout
     +-- OngeldigeStatusovergang   ONGELDIGE_STATUSOVERGANG  (names the current status)
     +-- NietToegestaan            NIET_TOEGESTAAN
     +-- NietBetaald               NIET_BETAALD      (names the amount still open)
     +-- DubbelePersoon            DUBBELE_PERSOON
     +-- GetuigenMaximum           GETUIGEN_MAXIMUM
     +-- TermijnVerstreken         TERMIJN_VERSTREKEN
     +-- TermijnNogNietOpen        TERMIJN_NOG_NIET_OPEN
     +-- OngeldigeInvoer           ONGELDIGE_INVOER
     |    +-- OngeldigBsn          ONGELDIG_BSN
     +-- OnbekendGegeven           ONBEKEND_GEGEVEN  (unknown ceremonietype, locatie, ...)
     +-- ConfiguratieFout          CONFIGURATIE_FOUT (names the key and the value)

The GraphQL layer maps `code` onto `extensions.code`. Messages are short English text
meant for logs and staff; they never contain a BSN (callers must not pass one in).
"""

from __future__ import annotations

__all__ = [
    "ConfiguratieFout",
    "DomeinFout",
    "DubbelePersoon",
    "GetuigenMaximum",
    "NietBetaald",
    "NietToegestaan",
    "OnbekendGegeven",
    "OngeldigBsn",
    "OngeldigeInvoer",
    "OngeldigeStatusovergang",
    "TermijnNogNietOpen",
    "TermijnVerstreken",
]


class DomeinFout(Exception):
    """Base of every error the domain raises on purpose."""

    code: str = "DOMEIN_FOUT"

    def __init__(self, bericht: str) -> None:
        super().__init__(bericht)
        self.bericht = bericht


class OngeldigeStatusovergang(DomeinFout):
    """The action is not allowed in the case's current status."""

    code = "ONGELDIGE_STATUSOVERGANG"

    def __init__(self, status: str, gebeurtenis: str) -> None:
        super().__init__(f"'{gebeurtenis}' is not allowed in status {status}")
        self.status = status
        self.gebeurtenis = gebeurtenis


class NietToegestaan(DomeinFout):
    """A business rule forbids the action (wrong actor, missing precondition)."""

    code = "NIET_TOEGESTAAN"


class NietBetaald(DomeinFout):
    """The action needs the case paid in full; `open_cents` is still to be paid."""

    code = "NIET_BETAALD"

    def __init__(self, open_cents: int) -> None:
        super().__init__(f"the case has not been paid in full: {open_cents} cents are open")
        self.open_cents = open_cents


class DubbelePersoon(DomeinFout):
    """Partners and witnesses must all be different people."""

    code = "DUBBELE_PERSOON"


class GetuigenMaximum(DomeinFout):
    """No more witnesses can be added."""

    code = "GETUIGEN_MAXIMUM"


class TermijnVerstreken(DomeinFout):
    """A deadline has passed."""

    code = "TERMIJN_VERSTREKEN"


class TermijnNogNietOpen(DomeinFout):
    """A window has not opened yet (e.g. a notice more than a year ahead)."""

    code = "TERMIJN_NOG_NIET_OPEN"


class OngeldigeInvoer(DomeinFout):
    """Input that can never be valid (malformed, inconsistent)."""

    code = "ONGELDIGE_INVOER"


class OngeldigBsn(OngeldigeInvoer):
    """A BSN that fails the format or the 11-proef; the message never repeats it."""

    code = "ONGELDIG_BSN"

    def __init__(self, veld: str) -> None:
        super().__init__(f"{veld}: not a valid BSN")
        self.veld = veld


class OnbekendGegeven(DomeinFout):
    """A code or id that the municipality's configuration does not know."""

    code = "ONBEKEND_GEGEVEN"

    def __init__(self, soort: str, waarde: str) -> None:
        # The value stays out of the message: it is the client's input, echoed to logs.
        super().__init__(f"unknown {soort}")
        self.soort = soort
        self.waarde = waarde


class ConfiguratieFout(DomeinFout):
    """An invalid per-municipality configuration value."""

    code = "CONFIGURATIE_FOUT"

    def __init__(self, sleutel: str, waarde: object, reden: str) -> None:
        super().__init__(f"{sleutel}={waarde!r}: {reden}")
        self.sleutel = sleutel
        self.waarde = waarde
