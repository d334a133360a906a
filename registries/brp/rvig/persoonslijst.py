"""Reading RvIG's CSV into persoonslijsten, split per category into stapels of voorkomens.

CSV layout: one column per LO3 rubriek (``cc.gg.ee``), a first column with the persoonslijst id
(only on the first row of a persoonslijst) and per category a marker column ``cc.H``. Further
rows of a persoonslijst carry more voorkomens: the marker on a row tells what the next row of
that category is, ``5x`` a historical voorkomen of the same stapel, ``0x`` a new stapel.
"""

from __future__ import annotations

import csv
from pathlib import Path

Voorkomen = dict[str, str]
"""One voorkomen of one category: element (``gg.ee``) to value, empty values left out."""

REPEATING_CATEGORIES = frozenset({"04", "05", "09", "11", "12"})


class Persoonslijst:
    """The rows of one persoonslijst, split per category into stapels of voorkomens."""

    def __init__(self, pl_id: str, rows: list[dict[str, str]]) -> None:
        self.pl_id = pl_id
        self._rows = rows

    def stapels(self, categorie: str) -> list[list[Voorkomen]]:
        """All stapels of ``categorie``; each stapel lists its actual voorkomen first."""
        stapels: list[list[Voorkomen]] = []
        next_is_history: bool | None = None
        for row in self._rows:
            voorkomen = {
                key[3:]: value
                for key, value in row.items()
                if key.startswith(categorie + ".") and key != categorie + ".H"
            }
            marker = row.get(categorie + ".H", "")
            if not voorkomen:
                continue
            if not stapels:
                stapels.append([voorkomen])
            elif next_is_history is None:
                # No marker on the previous row: decide by the identity of the related person.
                if categorie in REPEATING_CATEGORIES and not _same_identity(
                    stapels[-1][0], voorkomen
                ):
                    stapels.append([voorkomen])
                else:
                    stapels[-1].append(voorkomen)
            elif next_is_history:
                stapels[-1].append(voorkomen)
            else:
                stapels.append([voorkomen])
            next_is_history = marker.startswith("5") if marker else None
        return stapels

    def actueel(self, categorie: str) -> Voorkomen:
        """The actual voorkomen of a non-repeating category (empty when absent)."""
        stapels = self.stapels(categorie)
        return stapels[0][0] if stapels else {}


def _same_identity(actual: Voorkomen, other: Voorkomen) -> bool:
    for element in ("01.10", "01.20", "05.10"):
        if actual.get(element) and other.get(element):
            return actual[element] == other[element]
    return True


def read_persoonslijsten(source: Path) -> list[Persoonslijst]:
    """Read the CSV and group its rows into persoonslijsten."""
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        grouped: list[tuple[str, list[dict[str, str]]]] = []
        for raw in reader:
            row = {header[i]: v.strip() for i, v in enumerate(raw) if header[i] and v.strip()}
            if raw and raw[0].strip():
                grouped.append((raw[0].strip(), [row]))
            elif grouped:
                grouped[-1][1].append(row)
    return [Persoonslijst(pl_id, rows) for pl_id, rows in grouped]
