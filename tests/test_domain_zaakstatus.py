"""Which transitions reach the case system, as which ZGW status; and the outbox messages."""

from __future__ import annotations

import pytest
from domain_support import BSN_1, BSN_2, huwelijk_in

from trouwgraph.adapters.zgw import ZaakMelding
from trouwgraph.domain.status import OVERGANGEN, Gebeurtenis, Status
from trouwgraph.domain.zaakstatus import Zaakresultaat, Zaakstatus, zaakidentificatie, zaakstap
from trouwgraph.resolvers.zaakregistratie import SOORT_REGISTREER, SOORT_STATUS, berichten_voor

G, S = Gebeurtenis, Status


class TestZaakstap:
    @pytest.mark.parametrize(
        ("van", "gebeurtenis", "naar", "status", "resultaat"),
        [
            (S.GERESERVEERD, G.DOE_MELDING, S.GEMELD, Zaakstatus.ONTVANGEN, None),
            (S.GEMELD, G.NEEM_IN_BEHANDELING, S.GEMELD, Zaakstatus.IN_BEHANDELING, None),
            (S.GEMELD, G.WIJS_AF, S.AFGEWEZEN, Zaakstatus.IN_BEHANDELING, None),
            (S.AFGEWEZEN, G.DOE_MELDING, S.GEMELD, Zaakstatus.ONTVANGEN, None),
            (S.GEMELD, G.KEUR_GOED, S.GOEDGEKEURD, Zaakstatus.VERWERKT, Zaakresultaat.VERWERKT),
            (S.GEMELD, G.ANNULEER, S.GEANNULEERD, Zaakstatus.VERWERKT, Zaakresultaat.INGETROKKEN),
            (
                S.AFGEWEZEN,
                G.ANNULEER,
                S.GEANNULEERD,
                Zaakstatus.VERWERKT,
                Zaakresultaat.INGETROKKEN,
            ),
        ],
    )
    def test_maps_the_notice_transitions_onto_the_statustypen(
        self,
        van: Status,
        gebeurtenis: Gebeurtenis,
        naar: Status,
        status: Zaakstatus,
        resultaat: Zaakresultaat | None,
    ) -> None:
        stap = zaakstap(van, gebeurtenis, naar)
        assert stap is not None
        assert (stap.status, stap.resultaat) == (status, resultaat)

    @pytest.mark.parametrize(
        ("van", "gebeurtenis", "naar"),
        [
            (None, G.RESERVEER, S.VOORLOPIG),
            (S.VOORLOPIG, G.STEM_IN, S.GERESERVEERD),
            (S.GERESERVEERD, G.ANNULEER, S.GEANNULEERD),
            (S.GOEDGEKEURD, G.ANNULEER, S.GEANNULEERD),
            (S.GOEDGEKEURD, G.BEVESTIG, S.BEVESTIGD),
            (S.BEVESTIGD, G.VOLTREK, S.VOLTROKKEN),
            (S.GOEDGEKEURD, G.VERLOOP, S.VERLOPEN),
        ],
    )
    def test_leaves_the_zaak_alone_before_the_notice_and_after_approval(
        self, van: Status | None, gebeurtenis: Gebeurtenis, naar: Status
    ) -> None:
        assert zaakstap(van, gebeurtenis, naar) is None

    def test_no_lapse_has_a_step_so_the_store_may_expire_cases_in_bulk(self) -> None:
        verlopen = [o for o in OVERGANGEN if o.gebeurtenis is G.VERLOOP]

        assert {o.van for o in verlopen} == {S.VOORLOPIG, S.GERESERVEERD, S.GOEDGEKEURD}
        assert all(zaakstap(o.van, o.gebeurtenis, o.naar) is None for o in verlopen)

    def test_only_the_notice_registers_the_zaak(self) -> None:
        stappen = [
            zaakstap(S.GERESERVEERD, G.DOE_MELDING, S.GEMELD),
            zaakstap(S.GEMELD, G.NEEM_IN_BEHANDELING, S.GEMELD),
        ]
        assert [s.registreert_zaak for s in stappen if s] == [True, False]


class TestZaakidentificatie:
    def test_is_stable_and_readable_for_a_short_id(self) -> None:
        assert zaakidentificatie("h-1") == zaakidentificatie("h-1") == "HUW-h-1"

    def test_fits_forty_characters_for_any_id(self) -> None:
        lang = "x" * 64
        assert len(zaakidentificatie(lang)) == 40
        assert zaakidentificatie(lang) != zaakidentificatie("y" * 64)


class TestBerichten:
    def test_the_notice_gives_a_registration_and_the_status_ontvangen(self) -> None:
        huwelijk = huwelijk_in(Status.GEMELD)

        berichten = berichten_voor(huwelijk, huwelijk.historie)

        assert [b.soort for b in berichten] == [SOORT_REGISTREER, SOORT_STATUS]
        registratie, ontvangen = berichten
        assert registratie.sleutel == "h-1:registreer"
        melding = ZaakMelding.van_json(registratie.payload)
        assert melding.identificatie == "HUW-h-1"
        assert [(p.bsn, p.roltype_generiek) for p in melding.partners] == [
            (BSN_1, "initiator"),
            (BSN_2, "mede_initiator"),
        ]
        assert dict(melding.eigenschappen) == {
            "huwelijksdatum": "20270326140000",
            "huwelijkslocatie": "trouwzaal",
            "soortCeremonie": "UITGEBREID",
        }
        assert ontvangen.payload["statustype"] == "Ontvangen"

    def test_approval_gives_the_status_verwerkt(self) -> None:
        huwelijk = huwelijk_in(Status.GOEDGEKEURD)

        statussen = [
            b.payload["statustype"]
            for b in berichten_voor(huwelijk, huwelijk.historie)
            if b.soort == SOORT_STATUS
        ]

        assert statussen == ["Ontvangen", "Verwerkt"]

    def test_a_reservation_gives_no_messages(self) -> None:
        huwelijk = huwelijk_in(Status.GERESERVEERD)
        assert berichten_voor(huwelijk, huwelijk.historie) == []
