"""Free slots from opening hours, fixed start times, bookings, officiants and their limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from domain_support import AMS, CONFIG, met_config

from trouwgraph.domain.beschikbaarheid import (
    Bezetting,
    Middelsoort,
    Tijdslot,
    tijdsloten_op,
    vrije_tijdsloten,
    zoekvraag,
)
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import OnbekendGegeven, OngeldigeInvoer

MAANDAG = date(2027, 3, 22)
DINSDAG = date(2027, 3, 23)
WOENSDAG = date(2027, 3, 24)
ZATERDAG = date(2027, 3, 27)
ZONDAG = date(2027, 3, 28)
ANNA, BAS, CARLA, DAPHNE = (
    "babs-anna-conijn",
    "babs-bas-de-boer",
    "babs-carla-broekhoff",
    "babs-daphne-de-bruijn",
)


def _om(dag: date, uur: int, minuut: int = 0) -> datetime:
    return datetime.combine(dag, time(uur, minuut), tzinfo=AMS)


def _slots(dag: date, tot: date | None = None, **opties: object) -> list[Tijdslot]:
    argumenten: dict[str, object] = {"ceremonietype": "UITGEBREID", "locatie_id": "trouwzaal"}
    argumenten.update(opties)
    return vrije_tijdsloten(CONFIG, van=dag, tot=tot or dag, **argumenten)  # type: ignore[arg-type]


def _ambtenaar_bezet(id_: str, dag: date, uur: int, ceremonie: bool = True) -> Bezetting:
    return Bezetting(Middelsoort.AMBTENAAR, id_, _om(dag, uur), _om(dag, uur, 45), ceremonie)


class TestStarttijden:
    def test_slots_start_every_interval_within_opening_hours_and_fit_before_closing(self) -> None:
        slots = _slots(DINSDAG)

        assert slots[0].start == _om(DINSDAG, 9)
        assert slots[-1].start == _om(DINSDAG, 16)
        assert len(slots) == 15
        assert all(s.eind - s.start == timedelta(hours=1) for s in slots)

    def test_fixed_start_times_only_on_their_weekday(self) -> None:
        maandag = _slots(MAANDAG, ceremonietype="GRATIS", locatie_id=None)

        assert [(s.start.time(), s.locatie_id) for s in maandag] == [
            (time(10, 0), "stadsloket"),
            (time(10, 30), "stadsloket"),
        ]
        assert _slots(DINSDAG, ceremonietype="GRATIS", locatie_id=None) == []

    def test_no_slots_on_closed_and_blocked_days(self) -> None:
        assert _slots(ZONDAG) == []
        geblokkeerd = met_config(geblokkeerde_datums=frozenset({DINSDAG}))
        assert (
            vrije_tijdsloten(geblokkeerd, van=DINSDAG, tot=DINSDAG, ceremonietype="UITGEBREID")
            == []
        )

    def test_slots_at_or_before_now_are_left_out(self) -> None:
        slots = _slots(DINSDAG, na=_om(DINSDAG, 15))
        assert [s.start for s in slots] == [_om(DINSDAG, 15, 30), _om(DINSDAG, 16)]

    def test_slots_are_ordered_by_start_then_location(self) -> None:
        slots = _slots(DINSDAG, WOENSDAG, locatie_id=None)
        assert slots == sorted(slots, key=lambda s: (s.start, s.locatie_id))
        assert {s.locatie_id for s in slots} == {"stadsloket", "trouwzaal", "loge"}


class TestBezetting:
    def test_a_booked_location_frees_only_non_overlapping_slots(self) -> None:
        geboekt = Bezetting(Middelsoort.LOCATIE, "trouwzaal", _om(DINSDAG, 10), _om(DINSDAG, 11))
        starts = {s.start.time() for s in _slots(DINSDAG, bezet=[geboekt])}

        assert time(9, 0) in starts  # ends exactly when the booking begins
        assert not starts & {time(9, 30), time(10, 0), time(10, 30)}
        assert time(11, 0) in starts

    def test_officiants_work_only_on_their_weekdays(self) -> None:
        assert set(_slots(DINSDAG)[0].ambtenaar_ids) == {ANNA, CARLA}
        assert set(_slots(ZATERDAG)[0].ambtenaar_ids) == {BAS, DAPHNE}

    def test_an_officiant_at_day_capacity_is_not_offered_that_day(self) -> None:
        bezet = [_ambtenaar_bezet(DAPHNE, MAANDAG, 9), _ambtenaar_bezet(DAPHNE, MAANDAG, 15)]
        slots = _slots(MAANDAG, bezet=bezet)

        assert slots and all(DAPHNE not in s.ambtenaar_ids for s in slots)
        assert all(DAPHNE in s.ambtenaar_ids for s in _slots(WOENSDAG, bezet=bezet))

    def test_an_officiant_at_week_capacity_is_not_offered_that_week(self) -> None:
        bezet = [
            _ambtenaar_bezet(DAPHNE, dag, uur)
            for dag in (MAANDAG, WOENSDAG, date(2027, 3, 25))
            for uur in (9, 14)
        ]
        assert all(DAPHNE not in s.ambtenaar_ids for s in _slots(ZATERDAG, bezet=bezet))
        volgende_maandag = MAANDAG + timedelta(days=7)
        assert all(DAPHNE in s.ambtenaar_ids for s in _slots(volgende_maandag, bezet=bezet))

    def test_leave_blocks_its_hours_but_does_not_use_capacity(self) -> None:
        verlof = [_ambtenaar_bezet(DAPHNE, MAANDAG, h, ceremonie=False) for h in (9, 10, 11)]
        slots = {s.start.time(): s for s in _slots(MAANDAG, bezet=verlof)}

        assert DAPHNE not in slots[time(10, 0)].ambtenaar_ids
        assert DAPHNE in slots[time(14, 0)].ambtenaar_ids

    def test_an_absent_officiant_is_not_offered(self) -> None:
        anna = replace(CONFIG.ambtenaar(ANNA), afwezig=frozenset({DINSDAG}))
        config = met_config(ambtenaren=(anna, CONFIG.ambtenaar(BAS)))
        assert vrije_tijdsloten(config, van=DINSDAG, tot=DINSDAG, ceremonietype="UITGEBREID") == []

    def test_without_a_free_officiant_there_is_no_slot_unless_the_couple_brings_one(
        self,
    ) -> None:
        gewenst = _slots(DINSDAG, ambtenaar_id=BAS)
        eigen = _slots(DINSDAG, eigen_babs=True)

        assert gewenst == []
        assert len(eigen) == 15 and all(s.ambtenaar_ids == () for s in eigen)


class TestPrijsEnInvoer:
    def test_each_slot_carries_its_price(self) -> None:
        assert _slots(DINSDAG)[0].prijs_cents == 26800 + 22200
        assert _slots(DINSDAG, ambtenaar_id=ANNA)[0].prijs_cents == 26800 + 22200 + 25200
        assert _slots(DINSDAG, eigen_babs=True)[0].prijs_cents == 26800 + 22200 + 36200

    def test_a_location_the_type_is_not_held_at_has_no_slots(self) -> None:
        assert _slots(MAANDAG, ceremonietype="GRATIS", locatie_id="trouwzaal") == []

    def test_refuses_unknown_locations_and_officiants(self) -> None:
        with pytest.raises(OnbekendGegeven):
            _slots(DINSDAG, locatie_id="kasteel")
        with pytest.raises(OnbekendGegeven):
            _slots(DINSDAG, ambtenaar_id="babs-x")

    def test_refuses_a_reversed_or_too_long_period(self) -> None:
        with pytest.raises(OngeldigeInvoer):
            _slots(DINSDAG, MAANDAG)
        with pytest.raises(OngeldigeInvoer):
            _slots(DINSDAG, DINSDAG + timedelta(days=366))


Vrij = tuple[str, datetime, datetime]


def _extern(
    vrij: list[Vrij],
    dag: date = DINSDAG,
    ceremonietype: str = "UITGEBREID",
    config: ProcesConfiguratie = CONFIG,
    bezet: list[Bezetting] | None = None,
    na: datetime | None = None,
) -> list[Tijdslot]:
    vraag = zoekvraag(config, van=dag, tot=dag, ceremonietype=ceremonietype)
    return tijdsloten_op(config, vraag, vrij, bezet=bezet or [], na=na)


def _vrij(dag: date, uur: int, minuut: int = 0, minuten: int = 45, plek: str = "trouwzaal") -> Vrij:
    return (plek, _om(dag, uur, minuut), _om(dag, uur, minuut) + timedelta(minutes=minuten))


class TestExterneAgenda:
    """Slots from an external agenda's free times, under the municipality's own rules."""

    def test_takes_the_agendas_times_not_the_configured_grid(self) -> None:
        slots = _extern([_vrij(DINSDAG, 9, 10, minuten=60), _vrij(DINSDAG, 18, minuten=60)])

        assert [s.start for s in slots] == [_om(DINSDAG, 9, 10), _om(DINSDAG, 18)]
        assert all(s.eind - s.start == timedelta(hours=1) for s in slots)
        assert slots == sorted(slots, key=lambda s: (s.start, s.locatie_id))

    def test_gives_the_same_slots_as_the_built_in_agenda_for_the_same_times(self) -> None:
        eigen = _slots(DINSDAG)
        vrij = [("trouwzaal", s.start, s.eind) for s in eigen]

        assert _extern(vrij) == eigen

    def test_a_slot_longer_than_the_agendas_times_needs_them_to_cover_it(self) -> None:
        # 45-minute times every 30 minutes, the trouwzaal's slot lasts 60: 9:00 is covered by
        # 9:00-9:45 and 9:30-10:15, 9:30 by 9:30-10:15 and 10:00-10:45; 10:00 is not (10:30 is
        # taken there).
        vrij = [_vrij(DINSDAG, 9), _vrij(DINSDAG, 9, 30), _vrij(DINSDAG, 10)]

        assert [s.start for s in _extern(vrij)] == [_om(DINSDAG, 9), _om(DINSDAG, 9, 30)]

    def test_leaves_out_other_locations_blocked_dates_and_foreign_start_times(self) -> None:
        assert _extern([_vrij(DINSDAG, 10, plek="elders")]) == []
        geblokkeerd = met_config(geblokkeerde_datums=frozenset({DINSDAG}))
        assert _extern([_vrij(DINSDAG, 10, minuten=60)], config=geblokkeerd) == []
        gratis = [
            _vrij(MAANDAG, 10, plek="stadsloket"),
            _vrij(MAANDAG, 11, plek="stadsloket"),
        ]
        assert [s.start for s in _extern(gratis, MAANDAG, "GRATIS")] == [_om(MAANDAG, 10)]

    def test_local_bookings_and_officiants_still_apply(self) -> None:
        geboekt = Bezetting(Middelsoort.LOCATIE, "trouwzaal", _om(DINSDAG, 10), _om(DINSDAG, 11))
        vrij = [_vrij(DINSDAG, 10, minuten=60), _vrij(DINSDAG, 11, minuten=60)]

        assert [s.start for s in _extern(vrij, bezet=[geboekt])] == [_om(DINSDAG, 11)]
        assert [s.start for s in _extern(vrij, na=_om(DINSDAG, 10))] == [_om(DINSDAG, 11)]
        afwezig = met_config(
            ambtenaren=tuple(replace(a, afwezig=frozenset({DINSDAG})) for a in CONFIG.ambtenaren)
        )
        assert _extern(vrij, config=afwezig) == []
