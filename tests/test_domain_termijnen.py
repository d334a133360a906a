"""Deadlines: the notice window and validity, the witness deadline, the holds, payment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from domain_support import AMS, CONFIG, NU, met_config

from trouwgraph.domain.configuratie import Termijnen
from trouwgraph.domain.termijnen import (
    betaling_uiterlijk,
    betaling_verloopt_op,
    getuigen_uiterlijk,
    lokale_datum,
    melding_geldig_tot,
    meldingsvenster,
    reservering_verloopt_op,
    voorlopig_verloopt_op,
)

TROUWDATUM = date(2027, 3, 26)


def test_notice_window_runs_from_a_year_to_two_weeks_before() -> None:
    venster = meldingsvenster(TROUWDATUM, CONFIG)

    assert (venster.vroegst, venster.uiterlijk) == (date(2026, 3, 26), date(2027, 3, 12))
    assert venster.bevat(date(2027, 3, 12))
    assert not venster.bevat(date(2027, 3, 13))
    assert not venster.bevat(date(2026, 3, 25))


def test_notice_window_follows_the_configuration() -> None:
    config = met_config(termijnen=Termijnen(melding_min_dagen_voor=21, melding_max_dagen_voor=180))
    venster = meldingsvenster(TROUWDATUM, config)
    assert (venster.vroegst, venster.uiterlijk) == (date(2026, 9, 27), date(2027, 3, 5))


def test_notice_stays_valid_for_a_year() -> None:
    assert melding_geldig_tot(date(2026, 11, 29), CONFIG) == date(2027, 11, 29)


def test_witnesses_are_due_six_weeks_before_in_utrecht() -> None:
    assert getuigen_uiterlijk(TROUWDATUM, CONFIG) == date(2027, 2, 12)


def test_provisional_hold_lasts_the_configured_minutes() -> None:
    config = met_config(termijnen=Termijnen(voorlopige_reservering_minuten=30))
    assert voorlopig_verloopt_op(NU, config) == NU + timedelta(minutes=30)


def test_consented_reservation_lapses_at_the_end_of_the_last_notice_day() -> None:
    assert reservering_verloopt_op(TROUWDATUM, CONFIG) == datetime(2027, 3, 13, tzinfo=AMS)


def test_payment_is_due_two_weeks_after_approval_at_the_end_of_the_local_day() -> None:
    assert betaling_uiterlijk(date(2026, 12, 1), TROUWDATUM, CONFIG) == date(2026, 12, 15)
    # Midnight in Amsterdam, 23:00 UTC.
    assert betaling_verloopt_op(date(2026, 12, 1), TROUWDATUM, CONFIG) == datetime(
        2026, 12, 15, 23, 0, tzinfo=UTC
    )


def test_payment_term_follows_the_configuration() -> None:
    config = met_config(termijnen=Termijnen(betaling_dagen=3))
    assert betaling_uiterlijk(date(2026, 12, 1), TROUWDATUM, config) == date(2026, 12, 4)


def test_payment_is_due_the_day_before_the_ceremony_at_the_latest() -> None:
    assert betaling_uiterlijk(date(2027, 3, 20), TROUWDATUM, CONFIG) == date(2027, 3, 25)


def test_payment_is_never_due_before_the_day_it_became_due() -> None:
    assert betaling_uiterlijk(TROUWDATUM, TROUWDATUM, CONFIG) == TROUWDATUM


def test_local_date_is_the_municipality_s_calendar_day() -> None:
    laat_in_utc = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)
    assert lokale_datum(laat_in_utc, CONFIG) == date(2026, 11, 30)
    with pytest.raises(ValueError, match="aware"):
        lokale_datum(datetime(2026, 11, 29, 12, 0), CONFIG)
