"""Price quotes: one line per priced choice, the total, surcharges and cancellation fees."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from domain_support import AMS, CONFIG, met_config

from trouwgraph.domain.begrippen import Ambtenaarkeuze
from trouwgraph.domain.fouten import NietToegestaan, OnbekendGegeven
from trouwgraph.domain.onderdelen import LocatieKeuze
from trouwgraph.domain.prijs import annuleringskosten, bereken_prijs
from trouwgraph.domain.status import Status

DINSDAG_14 = datetime(2027, 3, 23, 14, 0, tzinfo=AMS)
ZATERDAG_14 = datetime(2027, 3, 27, 14, 0, tzinfo=AMS)


def test_quote_lists_type_location_officiant_extras_and_municipal_witnesses() -> None:
    opgave = bereken_prijs(
        CONFIG,
        ceremonietype="UITGEBREID",
        locatie=LocatieKeuze(locatie_id="loge"),
        ambtenaar=Ambtenaarkeuze.KEUZE,
        extras=["TROUWBOEKJE"],
        gemeentelijke_getuigen=2,
    )

    assert [(r.code, r.bedrag_cents) for r in opgave.regels] == [
        ("CEREMONIETYPE", 26800),
        ("LOCATIE", 67000),
        ("AMBTENAAR", 25200),
        ("EXTRA", 3020),
        ("GEMEENTELIJKE_GETUIGE", 10000),
    ]
    assert opgave.totaal_cents == 26800 + 67000 + 25200 + 3020 + 10000


def test_own_location_and_own_officiant_use_their_configured_prices() -> None:
    opgave = bereken_prijs(
        CONFIG,
        ceremonietype="UITGEBREID",
        locatie=LocatieKeuze(omschrijving="Eigen tuin"),
        ambtenaar=Ambtenaarkeuze.EIGEN,
    )
    assert opgave.totaal_cents == 26800 + 88400 + 36200


def test_assigned_officiant_is_free_and_shown() -> None:
    opgave = bereken_prijs(
        CONFIG, ceremonietype="GRATIS", locatie=LocatieKeuze(locatie_id="stadsloket")
    )
    assert opgave.totaal_cents == 0
    assert [r.code for r in opgave.regels] == ["CEREMONIETYPE", "LOCATIE", "AMBTENAAR"]


def test_surcharge_applies_outside_office_hours_only() -> None:
    config = met_config(toeslag_buiten_kantooruren_cents=15000)

    def totaal(start: datetime) -> int:
        return bereken_prijs(
            config,
            ceremonietype="UITGEBREID",
            locatie=LocatieKeuze(locatie_id="trouwzaal"),
            start=start,
            eind=start + timedelta(hours=1),
        ).totaal_cents

    assert totaal(ZATERDAG_14) - totaal(DINSDAG_14) == 15000
    avond = datetime.combine(DINSDAG_14.date(), time(16, 30), tzinfo=AMS)
    assert totaal(avond) - totaal(DINSDAG_14) == 15000  # ends after 17:00


def test_no_surcharge_when_none_is_configured() -> None:
    zonder = bereken_prijs(
        CONFIG,
        ceremonietype="UITGEBREID",
        locatie=None,
        start=ZATERDAG_14,
        eind=ZATERDAG_14 + timedelta(hours=1),
    )
    assert "TOESLAG_BUITEN_KANTOORUREN" not in [r.code for r in zonder.regels]


def test_refuses_unknown_extras_and_unoffered_choices() -> None:
    with pytest.raises(OnbekendGegeven):
        bereken_prijs(CONFIG, ceremonietype="UITGEBREID", locatie=None, extras=["RINGEN"])
    with pytest.raises(NietToegestaan):
        bereken_prijs(
            met_config(eigen_locatie=None),
            ceremonietype="UITGEBREID",
            locatie=LocatieKeuze(omschrijving="Strand"),
        )
    with pytest.raises(NietToegestaan):
        bereken_prijs(
            met_config(gemeentelijke_getuige_prijs_cents=None),
            ceremonietype="UITGEBREID",
            locatie=None,
            gemeentelijke_getuigen=1,
        )


@pytest.mark.parametrize(
    ("status", "kosten"),
    [
        (Status.VOORLOPIG, 0),
        (Status.GERESERVEERD, 0),
        (Status.GEMELD, 6500),
        (Status.BEVESTIGD, 6500),
    ],
)
def test_cancelling_is_free_until_the_notice(status: Status, kosten: int) -> None:
    assert annuleringskosten(status, CONFIG) == kosten
