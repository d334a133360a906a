"""Keeping BSNs out of text: the guard, the error that names only the field, dates as text."""

from __future__ import annotations

import pytest

from trouwgraph.domain.bsn import bevat_mogelijk_bsn, controleer_bsn
from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.domain.fouten import OngeldigBsn


@pytest.mark.parametrize(
    ("tekst", "verdacht"),
    [
        ("partner 999993653 is gehuwd", True),
        ("999993653", True),
        ("zaak 1234567890", False),  # ten digits: not a BSN
        ("postcode 3511 AB, huisnummer 12", False),
        ("", False),
    ],
)
def test_guard_spots_a_run_of_exactly_nine_digits(tekst: str, verdacht: bool) -> None:
    assert bevat_mogelijk_bsn(tekst) is verdacht


def test_an_invalid_bsn_is_reported_by_field_only() -> None:
    with pytest.raises(OngeldigBsn) as fout:
        controleer_bsn("123456789", "getuige.bsn")

    assert fout.value.code == "ONGELDIG_BSN"
    assert str(fout.value) == "Dit is geen geldig burgerservicenummer."
    assert fout.value.veld == ("getuige", "bsn")
    assert controleer_bsn("999993653", "x") == "999993653"


@pytest.mark.parametrize(
    ("datum", "tekst"),
    [
        (OnvolledigeDatum(2008, 11, 29), "2008-11-29"),
        (OnvolledigeDatum(2008, 11), "2008-11"),
        (OnvolledigeDatum(2008), "2008"),
        (OnvolledigeDatum(), "onbekend"),
    ],
)
def test_partial_dates_show_only_their_known_parts(datum: OnvolledigeDatum, tekst: str) -> None:
    assert datum.als_tekst() == tekst
