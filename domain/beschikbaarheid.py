# size: one algorithm (candidate starts, the bookings index, capacity, prices) read in one place
"""Free slots: pure generation from the configuration and what is already booked.

For each day of a period (skipping blocked dates) the candidate starts are the type's fixed
start times, or every `startinterval_minuten` within the opening hours where the whole slot
fits. A slot is free at a location when nothing booked there overlaps it, and it needs at
least one municipal officiant who works that weekday, is not absent, has nothing overlapping
and is under their day and week capacity - unless the couple brings their own officiant.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from trouwgraph.domain.begrippen import Ambtenaarkeuze
from trouwgraph.domain.configuratie import Ambtenaar, Ceremonietype, Locatie, ProcesConfiguratie
from trouwgraph.domain.fouten import OngeldigeInvoer
from trouwgraph.domain.onderdelen import LocatieKeuze
from trouwgraph.domain.prijs import bereken_prijs

__all__ = [
    "Bezetting",
    "Dagaanbod",
    "Middelsoort",
    "Prijzen",
    "Tijdslot",
    "Zoekvraag",
    "per_dag",
    "tijdsloten_op",
    "vrij_in",
    "vrije_tijdsloten",
    "week",
    "zoekvraag",
]

# One call covers at most a month: its answer and its cost stay small (a front end pages
# month by month; `beschikbare_dagen` summarises longer periods).
MAX_DAGEN = 31


class Middelsoort(StrEnum):
    """Kinds of resource that can be busy."""

    LOCATIE = "LOCATIE"
    AMBTENAAR = "AMBTENAAR"


@dataclass(frozen=True, slots=True)
class Bezetting:
    """A resource busy during [start, eind) (aware datetimes). Only ceremonies count
    towards an officiant's day and week capacity; leave or other blocks do not."""

    soort: Middelsoort
    id: str
    start: datetime
    eind: datetime
    ceremonie: bool = True


@dataclass(frozen=True, slots=True)
class Tijdslot:
    """A free slot at a location, with the officiants free then and the total price."""

    start: datetime
    eind: datetime
    locatie_id: str
    ambtenaar_ids: tuple[str, ...]
    prijs_cents: int


@dataclass(frozen=True, slots=True)
class Dagaanbod:
    """One day of free slots, summarised: how many, and the lowest price."""

    datum: date
    aantal: int
    laagste_prijs_cents: int


def per_dag(slots: Iterable[Tijdslot], zone: tzinfo) -> list[Dagaanbod]:
    """The slots summarised per local day (only days with a free slot), in date order."""
    dagen: dict[date, Dagaanbod] = {}
    for slot in slots:
        dag = slot.start.astimezone(zone).date()
        eerder = dagen.get(dag)
        if eerder is None:
            dagen[dag] = Dagaanbod(dag, 1, slot.prijs_cents)
        else:
            laagste = min(eerder.laagste_prijs_cents, slot.prijs_cents)
            dagen[dag] = Dagaanbod(dag, eerder.aantal + 1, laagste)
    return [dagen[dag] for dag in sorted(dagen)]


@dataclass(frozen=True, slots=True)
class Zoekvraag:
    """A checked free-slot search: the ceremony type, and the locations and officiants in
    scope (`zoekvraag` builds it)."""

    soort: Ceremonietype
    locaties: tuple[Locatie, ...]
    ambtenaren: tuple[Ambtenaar, ...]
    keuze: Ambtenaarkeuze
    eigen_babs: bool


def zoekvraag(
    config: ProcesConfiguratie,
    *,
    van: date,
    tot: date,
    ceremonietype: str,
    locatie_id: str | None = None,
    ambtenaar_id: str | None = None,
    eigen_babs: bool = False,
) -> Zoekvraag:
    """Check a search; unknown codes and a bad period raise. A location that does not offer
    the type leaves no locations in scope (no slots, not an error)."""
    if tot < van:
        raise OngeldigeInvoer("`tot` mag niet voor `van` liggen.", veld="tot")
    if (tot - van).days >= MAX_DAGEN:
        raise OngeldigeInvoer(
            f"Kies een periode van hoogstens {MAX_DAGEN} dagen (van en tot meegeteld).", veld="tot"
        )
    if eigen_babs and ambtenaar_id is not None:
        raise OngeldigeInvoer(
            "Kies een BABS van de gemeente of een eigen BABS, niet allebei.", veld="ambtenaar"
        )
    soort = config.ceremonietype(ceremonietype)
    locaties = config.locaties_voor(soort)
    if locatie_id is not None:
        locaties = tuple(loc for loc in locaties if loc.id == locatie_id)
        if not locaties:
            config.locatie(locatie_id)  # unknown: raises OnbekendGegeven; else not for this type
    ambtenaren = () if eigen_babs else config.ambtenaren
    if ambtenaar_id is not None:
        ambtenaren = (config.ambtenaar(ambtenaar_id),)
    keuze = (
        Ambtenaarkeuze.EIGEN
        if eigen_babs
        else Ambtenaarkeuze.KEUZE
        if ambtenaar_id is not None
        else Ambtenaarkeuze.TOEGEWEZEN
    )
    return Zoekvraag(soort, locaties, tuple(ambtenaren), keuze, eigen_babs)


def vrije_tijdsloten(
    config: ProcesConfiguratie,
    *,
    van: date,
    tot: date,
    ceremonietype: str,
    bezet: Sequence[Bezetting] = (),
    locatie_id: str | None = None,
    ambtenaar_id: str | None = None,
    eigen_babs: bool = False,
    na: datetime | None = None,
) -> list[Tijdslot]:
    """Free slots from `van` to `tot` (local dates, inclusive), ordered by start and location.

    `locatie_id` / `ambtenaar_id` narrow the search; `eigen_babs` drops the need for a
    municipal officiant; `na` drops slots starting at or before that moment (pass "now")."""
    vraag = zoekvraag(
        config,
        van=van,
        tot=tot,
        ceremonietype=ceremonietype,
        locatie_id=locatie_id,
        ambtenaar_id=ambtenaar_id,
        eigen_babs=eigen_babs,
    )
    return vrij_in(config, vraag, van, tot, bezet, na)


def vrij_in(
    config: ProcesConfiguratie,
    vraag: Zoekvraag,
    van: date,
    tot: date,
    bezet: Sequence[Bezetting],
    na: datetime | None,
    prijzen: Prijzen | None = None,
) -> list[Tijdslot]:
    """`vrije_tijdsloten` for a checked search; `prijzen` may be kept between calls."""
    return _vrij(config, vraag, _rooster(config, vraag, van, tot), bezet, na, prijzen)


def tijdsloten_op(
    config: ProcesConfiguratie,
    vraag: Zoekvraag,
    vrij: Iterable[tuple[str, datetime, datetime]],
    *,
    bezet: Sequence[Bezetting] = (),
    na: datetime | None = None,
) -> list[Tijdslot]:
    """Free slots from an external agenda's free times: (location id, start, end) intervals,
    each start a time the agenda offers. The rules of `vrije_tijdsloten` apply, except the
    configuration's own start grid and opening hours: the external agenda decides those.

    A start is kept when its location is in scope, its date is not blocked, it is one of the
    type's fixed start times (if the type has them), and the agenda's free intervals cover the
    whole slot (which lasts as long as at that location, possibly longer than the agenda's
    own appointments); then, as always, nothing in `bezet` may overlap it at the location and
    an officiant must be free."""
    in_scope = {loc.id: loc for loc in vraag.locaties}
    vaste = {(s.weekdag, s.tijd) for s in vraag.soort.starttijden}
    per_locatie: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for locatie_id, start, eind in vrij:
        if locatie_id in in_scope:
            per_locatie[locatie_id].append((start, eind))
    kandidaten: list[tuple[Locatie, datetime, datetime]] = []
    for locatie_id, vrije in per_locatie.items():
        locatie = in_scope[locatie_id]
        duur = timedelta(minutes=config.slotduur_minuten(vraag.soort, locatie))
        vrije.sort()
        for i, (start, _) in enumerate(vrije):
            if i and vrije[i - 1][0] == start:
                continue  # the same start twice
            lokaal = start.astimezone(config.zone)
            if lokaal.date() in config.geblokkeerde_datums:
                continue
            if vaste and (lokaal.weekday(), lokaal.time()) not in vaste:
                continue
            if _gedekt(vrije, i, start + duur):
                kandidaten.append((locatie, lokaal, lokaal + duur))
    return _vrij(config, vraag, kandidaten, bezet, na)


def _gedekt(vrije: Sequence[tuple[datetime, datetime]], i: int, eind: datetime) -> bool:
    """Whether the sorted free intervals from the `i`-th on cover [its start, eind) without
    a gap (a chain of a few intervals when the slot outlasts the agenda's own length)."""
    bereikt = vrije[i][0]
    for j in range(i, len(vrije)):
        begin, einde = vrije[j]
        if begin > bereikt:
            return False
        bereikt = max(bereikt, einde)
        if bereikt >= eind:
            return True
    return False


def _rooster(
    config: ProcesConfiguratie, vraag: Zoekvraag, van: date, tot: date
) -> Iterator[tuple[Locatie, datetime, datetime]]:
    """The configuration's own candidate slots: per day, location and start time."""
    for dag in _dagen(van, tot):
        if dag in config.geblokkeerde_datums:
            continue
        for locatie in vraag.locaties:
            duur = timedelta(minutes=config.slotduur_minuten(vraag.soort, locatie))
            for start in _starttijden(config, vraag.soort, dag, duur):
                yield locatie, start, start + duur


def _vrij(
    config: ProcesConfiguratie,
    vraag: Zoekvraag,
    kandidaten: Iterable[tuple[Locatie, datetime, datetime]],
    bezet: Sequence[Bezetting],
    na: datetime | None,
    prijzen: Prijzen | None = None,
) -> list[Tijdslot]:
    """The candidates whose location is free and that have an officiant (or need none)."""
    index = _Bezettingen(bezet, config)
    if prijzen is None:
        prijzen = Prijzen(config, vraag.soort, vraag.keuze)
    zone = config.zone
    # Weekday, leave and day/week capacity are per officiant and day: decided once a day,
    # so each slot only looks at the bookings that could overlap it.
    per_dag: dict[date, tuple[Ambtenaar, ...]] = {}
    slots: list[Tijdslot] = []
    for locatie, start, eind in kandidaten:
        if na is not None and start <= na:
            continue
        dag = start.astimezone(zone).date()
        laatste = eind.astimezone(zone).date()
        if index.overlapt(Middelsoort.LOCATIE, locatie.id, start, eind, dag, laatste):
            continue
        dienst = per_dag.get(dag)
        if dienst is None:
            dienst = per_dag[dag] = tuple(a for a in vraag.ambtenaren if index.werkt(a, dag))
        vrij = tuple(
            a.id
            for a in dienst
            if not (
                index.heeft_iets(a.id, dag, laatste)
                and index.overlapt(Middelsoort.AMBTENAAR, a.id, start, eind, dag, laatste)
            )
        )
        if not vraag.eigen_babs and not vrij:
            continue
        slots.append(Tijdslot(start, eind, locatie.id, vrij, prijzen.voor(locatie, start, eind)))
    slots.sort(key=lambda s: (s.start, s.locatie_id))
    return slots


def _dagen(van: date, tot: date) -> Iterator[date]:
    dag = van
    while dag <= tot:
        yield dag
        dag += timedelta(days=1)


def _starttijden(
    config: ProcesConfiguratie, soort: Ceremonietype, dag: date, duur: timedelta
) -> Iterator[datetime]:
    zone = config.zone
    if soort.starttijden:
        for vast in soort.starttijden:
            if vast.weekdag == dag.weekday():
                yield datetime.combine(dag, vast.tijd, tzinfo=zone)
        return
    stap = timedelta(minutes=config.startinterval_minuten)
    for vak in config.openingstijden:
        if vak.weekdag != dag.weekday():
            continue
        start = datetime.combine(dag, vak.van, tzinfo=zone)
        sluit = datetime.combine(dag, vak.tot, tzinfo=zone)
        while start + duur <= sluit:
            yield start
            start += stap


class _Bezettingen:
    """The busy intervals indexed per resource and local day, and ceremony counts per
    officiant per day and week."""

    def __init__(self, bezet: Sequence[Bezetting], config: ProcesConfiguratie) -> None:
        zone = config.zone
        # A block spanning days is listed under each of them, so a candidate slot compares
        # against one day's bookings of one resource at a time.
        self._per_dag_middel: dict[tuple[Middelsoort, str, date], list[Bezetting]] = defaultdict(
            list
        )
        self._per_dag: Counter[tuple[str, date]] = Counter()
        self._per_week: Counter[tuple[str, date]] = Counter()
        self._bezette_dagen: set[tuple[str, date]] = set()
        for b in bezet:
            dag = b.start.astimezone(zone).date()
            laatste = b.eind.astimezone(zone).date()
            while dag <= laatste:
                self._per_dag_middel[(b.soort, b.id, dag)].append(b)
                if b.soort is Middelsoort.AMBTENAAR:
                    self._bezette_dagen.add((b.id, dag))
                dag += timedelta(days=1)
            if b.soort is Middelsoort.AMBTENAAR and b.ceremonie:
                ceremoniedag = b.start.astimezone(zone).date()
                self._per_dag[(b.id, ceremoniedag)] += 1
                self._per_week[(b.id, week(ceremoniedag))] += 1

    def overlapt(
        self,
        soort: Middelsoort,
        id_: str,
        start: datetime,
        eind: datetime,
        dag: date,
        laatste: date,
    ) -> bool:
        """Whether something of resource `id_` overlaps [start, eind), which lies on the
        local days `dag` to `laatste`."""
        while dag <= laatste:
            bezet = self._per_dag_middel.get((soort, id_, dag))
            if bezet and any(b.start < eind and start < b.eind for b in bezet):
                return True
            dag += timedelta(days=1)
        return False

    def heeft_iets(self, ambtenaar_id: str, dag: date, laatste: date) -> bool:
        """Whether the officiant has anything booked on the local days `dag` to `laatste`."""
        return (ambtenaar_id, dag) in self._bezette_dagen or (
            laatste != dag and (ambtenaar_id, laatste) in self._bezette_dagen
        )

    def werkt(self, ambtenaar: Ambtenaar, dag: date) -> bool:
        """Whether the officiant works on `dag` and has room for one more ceremony."""
        if dag.weekday() not in ambtenaar.weekdagen or dag in ambtenaar.afwezig:
            return False
        if self._per_dag[(ambtenaar.id, dag)] >= ambtenaar.max_per_dag:
            return False
        return self._per_week[(ambtenaar.id, week(dag))] < ambtenaar.max_per_week


def week(dag: date) -> date:
    """The Monday of the week `dag` lies in: the key of the week capacity."""
    return dag - timedelta(days=dag.weekday())


class Prijzen:
    """Slot prices of one configuration, ceremony type and officiant choice, computed once
    per location, weekday and local start and end time."""

    def __init__(
        self, config: ProcesConfiguratie, soort: Ceremonietype, keuze: Ambtenaarkeuze
    ) -> None:
        self._config, self._soort, self._keuze = config, soort, keuze
        self._bekend: dict[tuple[str, int, time, time], int] = {}

    def voor(self, locatie: Locatie, start: datetime, eind: datetime) -> int:
        # Keyed by the local wall times: office hours and prices depend on nothing else.
        sleutel = (locatie.id, start.weekday(), start.time(), eind.time())
        prijs = self._bekend.get(sleutel)
        if prijs is None:
            prijs = self._bekend[sleutel] = bereken_prijs(
                self._config,
                ceremonietype=self._soort.code,
                locatie=LocatieKeuze(locatie_id=locatie.id),
                ambtenaar=self._keuze,
                start=start,
                eind=eind,
            ).totaal_cents
        return prijs
