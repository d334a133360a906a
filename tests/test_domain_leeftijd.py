"""18 or older on the ceremony date, with complete and partly unknown birth dates."""

from __future__ import annotations

from datetime import date

import pytest

from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.domain.regels.leeftijd import meerderjarig_op, toets_meerderjarig, verjaardag
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Uitkomst

TROUWDATUM = date(2026, 11, 29)


def _geboren(jaar: int | None, maand: int | None = None, dag: int | None = None) -> Uitkomst:
    return meerderjarig_op(OnvolledigeDatum(jaar, maand, dag), TROUWDATUM)


class TestVolledigeGeboortedatum:
    def test_turning_18_on_the_ceremony_day_passes(self) -> None:
        assert _geboren(2008, 11, 29) is Uitkomst.VOLDAAN

    def test_turning_18_the_day_after_fails(self) -> None:
        assert _geboren(2008, 11, 30) is Uitkomst.NIET_VOLDAAN

    def test_having_turned_18_the_day_before_passes(self) -> None:
        assert _geboren(2008, 11, 28) is Uitkomst.VOLDAAN

    def test_born_on_29_february_turns_18_on_1_march_in_a_common_year(self) -> None:
        assert verjaardag(date(2008, 2, 29), 18) == date(2026, 3, 1)
        assert meerderjarig_op(OnvolledigeDatum(2008, 2, 29), date(2026, 2, 28)) is (
            Uitkomst.NIET_VOLDAAN
        )
        assert meerderjarig_op(OnvolledigeDatum(2008, 2, 29), date(2026, 3, 1)) is (
            Uitkomst.VOLDAAN
        )


class TestOnvolledigeGeboortedatum:
    def test_known_month_entirely_before_passes(self) -> None:
        assert _geboren(2008, 10) is Uitkomst.VOLDAAN

    def test_known_month_of_the_ceremony_could_go_either_way(self) -> None:
        assert _geboren(2008, 11) is Uitkomst.HANDMATIGE_BEOORDELING

    def test_known_month_entirely_after_fails(self) -> None:
        assert _geboren(2008, 12) is Uitkomst.NIET_VOLDAAN

    def test_known_year_entirely_before_passes(self) -> None:
        assert _geboren(2007) is Uitkomst.VOLDAAN

    def test_known_year_of_the_18th_birthday_needs_review(self) -> None:
        assert _geboren(2008) is Uitkomst.HANDMATIGE_BEOORDELING

    def test_known_year_entirely_after_fails(self) -> None:
        assert _geboren(2009) is Uitkomst.NIET_VOLDAAN

    def test_fully_unknown_needs_review(self) -> None:
        assert _geboren(None) is Uitkomst.HANDMATIGE_BEOORDELING

    def test_missing_needs_review(self) -> None:
        assert meerderjarig_op(None, TROUWDATUM) is Uitkomst.HANDMATIGE_BEOORDELING


@pytest.mark.parametrize(
    ("geboortedatum", "uitkomst", "in_reden"),
    [
        (OnvolledigeDatum(1990, 5, 1), Uitkomst.VOLDAAN, "18 jaar of ouder"),
        (OnvolledigeDatum(2010, 5, 1), Uitkomst.NIET_VOLDAAN, "jonger dan 18"),
        (OnvolledigeDatum(2008), Uitkomst.HANDMATIGE_BEOORDELING, "niet volledig bekend"),
        (OnvolledigeDatum(), Uitkomst.HANDMATIGE_BEOORDELING, "onbekend"),
    ],
)
def test_result_explains_itself_and_shows_the_date_used(
    geboortedatum: OnvolledigeDatum, uitkomst: Uitkomst, in_reden: str
) -> None:
    resultaat = toets_meerderjarig(
        geboortedatum, TROUWDATUM, Betreft.GETUIGE_2, Regelcode.GETUIGE_MEERDERJARIG
    )

    assert resultaat.uitkomst is uitkomst
    assert in_reden in resultaat.reden
    assert resultaat.betreft is Betreft.GETUIGE_2
    assert resultaat.gegevens == {
        "geboortedatum": geboortedatum.als_tekst(),
        "trouwdatum": "2026-11-29",
    }
