"""Dates as the BRP knows them: complete, or with an unknown day, month or year.

Haal Centraal BRP v2 delivers four date forms (Datum, JaarMaandDatum, JaarDatum,
DatumOnbekend). `OnvolledigeDatum` holds any of them without losing what is unknown, and
answers the questions the legal rules ask: the earliest and the latest day it can be.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class OnvolledigeDatum:
    """A possibly incomplete date: `jaar`, `maand` and `dag` are None where unknown."""

    jaar: int | None = None
    maand: int | None = None
    dag: int | None = None

    def __post_init__(self) -> None:
        if self.maand is not None and self.jaar is None:
            raise ValueError("a month needs a year")
        if self.dag is not None and self.maand is None:
            raise ValueError("a day needs a month")
        if self.volledig:
            date(self.jaar, self.maand, self.dag)  # type: ignore[arg-type]  # validates

    @classmethod
    def van(cls, dag: date) -> OnvolledigeDatum:
        """A complete date."""
        return cls(dag.year, dag.month, dag.day)

    @property
    def volledig(self) -> bool:
        """True when year, month and day are all known."""
        return self.jaar is not None and self.maand is not None and self.dag is not None

    @property
    def onbekend(self) -> bool:
        """True when nothing of the date is known."""
        return self.jaar is None

    def als_datum(self) -> date | None:
        """The date itself, when complete."""
        if self.jaar is None or self.maand is None or self.dag is None:
            return None
        return date(self.jaar, self.maand, self.dag)

    def vroegst(self) -> date | None:
        """The earliest day this date can be, or None when the year is unknown."""
        if self.jaar is None:
            return None
        return date(self.jaar, self.maand or 1, self.dag or 1)

    def laatst(self) -> date | None:
        """The latest day this date can be, or None when the year is unknown."""
        if self.jaar is None:
            return None
        maand = self.maand or 12
        dag = self.dag or calendar.monthrange(self.jaar, maand)[1]
        return date(self.jaar, maand, dag)

    def als_tekst(self) -> str:
        """ISO 8601 with only the known parts ("2008-11-29", "2008-11", "2008"), or "onbekend"."""
        if self.jaar is None:
            return "onbekend"
        tekst = f"{self.jaar:04d}"
        if self.maand is not None:
            tekst += f"-{self.maand:02d}"
        if self.dag is not None:
            tekst += f"-{self.dag:02d}"
        return tekst
