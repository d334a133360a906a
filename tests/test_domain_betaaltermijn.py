"""The payment term: an approved case with something to pay holds its slot until the payment
deadline, and lapses when it is not paid by then."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from domain_support import (
    AMS,
    CONFIG,
    MEDEWERKER,
    PARTNER1,
    huwelijk_in,
    later,
    met_config,
)

from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.fouten import NietToegestaan, TermijnVerstreken
from trouwgraph.domain.huwelijk import SYSTEEM, Huwelijk
from trouwgraph.domain.onderdelen import Getuige
from trouwgraph.domain.status import Status

# huwelijk_in approves the notice 30 days after NU (2026-11-29): on 2026-12-29.
BETAALD_UITERLIJK = datetime(2027, 1, 13, tzinfo=AMS)  # the end of 2027-01-12, 14 days on


def gratis() -> ProcesConfiguratie:
    """The standard configuration in which the test case costs nothing."""
    return met_config(
        ceremonietypen=(replace(CONFIG.ceremonietype("UITGEBREID"), prijs_cents=0),),
        locaties=(replace(CONFIG.locatie("trouwzaal"), prijs_cents=0),),
    )


def betaal(h: Huwelijk, *, geslaagd: bool = True, nu: datetime | None = None) -> None:
    h.registreer_betaling(
        bedrag_cents=h.prijs(CONFIG).totaal_cents,
        referentie="tr_1",
        config=CONFIG,
        geslaagd=geslaagd,
        door=MEDEWERKER,
        nu=nu or later(dagen=31),
    )


class TestTermijn:
    def test_approval_with_something_to_pay_starts_the_payment_term(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)

        assert h.prijs(CONFIG).totaal_cents > 0
        assert h.verloopt_op == BETAALD_UITERLIJK

    def test_approval_of_a_free_case_starts_no_term(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD, config=gratis())

        assert h.verloopt_op is None
        assert not h.is_verlopen(later(dagen=400))

    def test_a_successful_payment_ends_the_term(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        betaal(h)

        assert h.verloopt_op is None

    def test_a_failed_payment_leaves_the_term_running(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        betaal(h, geslaagd=False)

        assert h.verloopt_op == BETAALD_UITERLIJK

    def test_a_change_that_makes_a_free_case_cost_money_starts_the_term_then(self) -> None:
        config = gratis()
        h = huwelijk_in(Status.GOEDGEKEURD, config=config)
        h.voeg_getuige_toe(Getuige.gemeentelijke(), config=config, door=MEDEWERKER, nu=later(40))

        assert h.prijs(config).totaal_cents == config.gemeentelijke_getuige_prijs_cents
        assert h.verloopt_op == datetime(2027, 1, 23, tzinfo=AMS)  # 2027-01-08 + 14 days

        h.verwijder_getuige(3, config=config, door=MEDEWERKER, nu=later(41))
        assert h.verloopt_op is None


class TestVerloop:
    def test_an_unpaid_approved_case_lapses_only_after_the_term(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        with pytest.raises(NietToegestaan):
            h.verloop(nu=BETAALD_UITERLIJK - timedelta(seconds=1))
        h.verloop(nu=BETAALD_UITERLIJK)

        assert h.status is Status.VERLOPEN
        assert h.verloopt_op is None
        laatste = h.historie[-1]
        assert (laatste.van, laatste.door, laatste.reden) == (
            Status.GOEDGEKEURD,
            SYSTEEM,
            "niet op tijd betaald",
        )

    def test_a_lapsed_reservation_names_its_reason_too(self) -> None:
        h = huwelijk_in(Status.VOORLOPIG)
        h.verloop(nu=h.verloopt_op or later(400))

        assert h.historie[-1].reden == "reservering verlopen"

    def test_after_the_term_no_payment_and_no_change_is_taken(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        assert h.neemt_betaling_aan(BETAALD_UITERLIJK - timedelta(seconds=1))
        assert not h.neemt_betaling_aan(BETAALD_UITERLIJK)

        with pytest.raises(TermijnVerstreken):
            betaal(h, nu=BETAALD_UITERLIJK)
        with pytest.raises(TermijnVerstreken):
            h.voeg_getuige_toe(
                Getuige.gemeentelijke(), config=CONFIG, door=MEDEWERKER, nu=BETAALD_UITERLIJK
            )
        assert h.betaling is None

    @pytest.mark.parametrize("status", [Status.GEANNULEERD, Status.VERLOPEN, Status.BEVESTIGD])
    def test_a_cancelled_lapsed_or_confirmed_case_takes_no_payment(self, status: Status) -> None:
        assert not huwelijk_in(status).neemt_betaling_aan(later(dagen=31))

    def test_a_paid_case_takes_no_second_payment(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        betaal(h)

        assert not h.neemt_betaling_aan(later(dagen=31))
        assert h.status is Status.GOEDGEKEURD

    def test_a_free_approved_case_never_lapses(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD, config=gratis())
        with pytest.raises(NietToegestaan):
            h.verloop(nu=later(dagen=400))
        h.bevestig(config=gratis(), door=PARTNER1, nu=later(dagen=100))

        assert h.status is Status.BEVESTIGD
