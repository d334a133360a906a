"""An RFC 5545 iCalendar feed of confirmed ceremonies, for one BABS or one location.

Hand-written rather than built with the `icalendar` package: the subset needed (one
VTIMEZONE, VEVENTs with TEXT, DATE-TIME and INTEGER values) is small, the two rules that
matter - TEXT escaping (RFC 5545 3.3.11) and folding at 75 octets without splitting a UTF-8
sequence (3.1) - are a few lines each, and the tests then check the output with the
maintained `icalendar` parser as an independent reader instead of the writer reading itself.

Privacy: a feed URL is a bearer capability that ends up in calendar apps and their sync
servers, so an event holds no names, BSNs or contact details of the couple. SUMMARY gives the
kind of ceremony, the ceremony type and the location; DESCRIPTION the case reference (UID
holds it too), so the BABS looks the couple up in the authenticated application.

Cancelled ceremonies the data source still supplies are written with STATUS:CANCELLED and a
higher SEQUENCE, so clients that imported the event remove it rather than keep a stale one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from trouwgraph.adapters.agenda import AMSTERDAM

__all__ = ["Ceremonie", "agenda_feed", "escape_text", "fold"]

PRODID = "-//trouwgraph//Ceremonies//NL"
UID_DOMAIN = "trouwgraph"
# Europe/Amsterdam since 1996: CEST from the last Sunday of March 02:00, CET from the last
# Sunday of October 03:00 (EU rules; the tests compare it with the tz database).
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True, slots=True)
class Ceremonie:
    """One ceremony as a feed shows it: no personal data of the couple.

    `versie` is the case version (SEQUENCE), `gewijzigd_op` when the case last changed
    (DTSTAMP and LAST-MODIFIED); `soort` e.g. "Huwelijk" or "Geregistreerd partnerschap".
    """

    zaak_id: str
    versie: int
    start: datetime
    eind: datetime
    soort: str
    ceremonietype: str
    locatie_naam: str
    gewijzigd_op: datetime
    locatie_adres: str | None = None
    ambtenaar_naam: str | None = None
    geannuleerd: bool = False

    def __post_init__(self) -> None:
        for name in ("start", "eind", "gewijzigd_op"):
            value: datetime = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name} must be timezone-aware")
        if self.eind <= self.start:
            raise ValueError("eind must lie after start")
        if self.versie < 0:
            raise ValueError("versie must not be negative")


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as \\n."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """`line` folded into pieces of at most 75 octets, never splitting a UTF-8 character."""
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # a continuation line starts with a space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _local(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%Y%m%dT%H%M%S")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(ceremonie: Ceremonie) -> list[str]:
    summary = f"{ceremonie.soort}: {ceremonie.ceremonietype} - {ceremonie.locatie_naam}"
    location = ceremonie.locatie_naam
    if ceremonie.locatie_adres:
        location += f", {ceremonie.locatie_adres}"
    description = f"Zaak {ceremonie.zaak_id}"
    if ceremonie.ambtenaar_naam:
        description += f"\nBABS: {ceremonie.ambtenaar_naam}"
    return [
        "BEGIN:VEVENT",
        f"UID:{escape_text(ceremonie.zaak_id)}@{UID_DOMAIN}",
        f"DTSTAMP:{_utc(ceremonie.gewijzigd_op)}",
        f"LAST-MODIFIED:{_utc(ceremonie.gewijzigd_op)}",
        f"DTSTART;TZID=Europe/Amsterdam:{_local(ceremonie.start)}",
        f"DTEND;TZID=Europe/Amsterdam:{_local(ceremonie.eind)}",
        f"SUMMARY:{escape_text(summary)}",
        f"LOCATION:{escape_text(location)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"STATUS:{'CANCELLED' if ceremonie.geannuleerd else 'CONFIRMED'}",
        f"SEQUENCE:{ceremonie.versie}",
        "TRANSP:OPAQUE",
        "CLASS:PRIVATE",
        "END:VEVENT",
    ]


def agenda_feed(naam: str, ceremonies: Iterable[Ceremonie]) -> bytes:
    """The VCALENDAR (UTF-8, CRLF line ends) with one VEVENT per ceremony, by start."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"NAME:{escape_text(naam)}",
        f"X-WR-CALNAME:{escape_text(naam)}",
        "X-WR-TIMEZONE:Europe/Amsterdam",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
        *VTIMEZONE,
    ]
    for ceremonie in sorted(ceremonies, key=lambda c: (c.start, c.zaak_id)):
        lines.extend(_event(ceremonie))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode()
