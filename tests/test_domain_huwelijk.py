"""The marriage case: the business preconditions of every mutation (table: test_domain_status)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from domain_support import (
    AMS,
    BSN_1,
    BSN_2,
    BSN_3,
    BSN_4,
    BSN_5,
    BSN_6,
    BSN_7,
    CONFIG,
    MEDEWERKER,
    NU,
    PARTNER1,
    PARTNER2,
    START,
    TROUWDAG,
    VREEMDE,
    huwelijk_in,
    later,
    met_config,
    reservering,
    verklaar,
)

from trouwgraph.domain.actor import Actor
from trouwgraph.domain.begrippen import Naamgebruik, Partnerrol, Verbintenissoort
from trouwgraph.domain.fouten import (
    DubbelePersoon,
    GetuigenMaximum,
    NietBetaald,
    NietToegestaan,
    OnbekendGegeven,
    OngeldigBsn,
    OngeldigeInvoer,
    OngeldigeStatusovergang,
    TermijnNogNietOpen,
    TermijnVerstreken,
    VerklaringOntbreekt,
)
from trouwgraph.domain.huwelijk import SYSTEEM, Huwelijk
from trouwgraph.domain.onderdelen import (
    AmbtenaarKeuze,
    Betaalstatus,
    Getuige,
    Instemmingstatus,
    LocatieKeuze,
    Meldingstatus,
    Verklaring,
)
from trouwgraph.domain.regels.uitkomst import Betreft, Regelcode, Regeluitkomst, Uitkomst
from trouwgraph.domain.status import Gebeurtenis, Status


def _reserveer(**anders: object) -> Huwelijk:
    argumenten: dict[str, object] = {
        "id": "h-2",
        "config": CONFIG,
        "soort": Verbintenissoort.HUWELIJK,
        "partner1_bsn": BSN_1,
        "ceremonietype": "UITGEBREID",
        "start": START,
        "locatie": LocatieKeuze(locatie_id="trouwzaal"),
        "door": PARTNER1,
        "nu": NU,
    }
    argumenten.update(anders)
    return Huwelijk.reserveer(**argumenten)  # type: ignore[arg-type]


def _instemming(h: Huwelijk) -> Instemmingstatus:
    return h.partners[1].instemming.status


def _maandag_10_uur(dagen_vooruit: int) -> datetime:
    dag = (NU + timedelta(days=dagen_vooruit)).date()
    dag += timedelta(days=(7 - dag.weekday()) % 7)
    return datetime.combine(dag, time(10, 0), tzinfo=AMS)


class TestReserveer:
    def test_holds_the_slot_provisionally_for_the_configured_time(self) -> None:
        h = reservering()

        assert h.status is Status.VOORLOPIG
        assert h.verloopt_op == NU + timedelta(
            minutes=CONFIG.termijnen.voorlopige_reservering_minuten
        )
        assert h.partners[0].instemming.status is Instemmingstatus.VERLEEND
        assert h.gemeentecode == CONFIG.gemeentecode

    def test_slot_lasts_as_long_as_the_location_requires(self) -> None:
        assert reservering().moment.eind - START == timedelta(minutes=60)
        eigen = _reserveer(locatie=LocatieKeuze(omschrijving="Strand bij paal 12"))
        assert eigen.moment.eind - START == timedelta(minutes=120)

    def test_history_names_the_partner_role_never_the_bsn(self) -> None:
        regel = reservering().historie[0]

        assert (regel.door, regel.van, regel.naar) == ("partner1", None, Status.VOORLOPIG)
        assert regel.gebeurtenis is Gebeurtenis.RESERVEER

    def test_refuses_a_start_in_the_past(self) -> None:
        with pytest.raises(OngeldigeInvoer):
            _reserveer(start=NU - timedelta(hours=1))

    def test_refuses_a_naive_start(self) -> None:
        with pytest.raises(OngeldigeInvoer, match="tijdzone"):
            _reserveer(start=START.replace(tzinfo=None))

    def test_refuses_an_invalid_bsn_without_repeating_it(self) -> None:
        with pytest.raises(OngeldigBsn) as fout:
            _reserveer(partner1_bsn="123456789", door=MEDEWERKER)
        assert "123456789" not in str(fout.value)

    def test_refuses_a_citizen_reserving_for_someone_else(self) -> None:
        with pytest.raises(NietToegestaan):
            _reserveer(door=VREEMDE)

    def test_staff_may_reserve_for_a_couple(self) -> None:
        assert _reserveer(door=MEDEWERKER).historie[0].door == "medewerker:jdevries"

    def test_refuses_a_date_too_close_for_the_notice(self) -> None:
        with pytest.raises(TermijnVerstreken):
            _reserveer(start=NU + timedelta(days=13))

    def test_allows_a_date_more_than_a_year_ahead(self) -> None:
        assert _reserveer(start=NU + timedelta(days=400)).status is Status.VOORLOPIG

    def test_free_ceremony_only_at_its_fixed_start_times(self) -> None:
        maandag = _maandag_10_uur(30)
        gratis = {"ceremonietype": "GRATIS", "locatie": LocatieKeuze(locatie_id="stadsloket")}

        assert _reserveer(start=maandag, **gratis).moment.start == maandag
        with pytest.raises(NietToegestaan):
            _reserveer(start=maandag + timedelta(hours=1), **gratis)

    def test_free_ceremony_only_for_a_date_the_notice_can_be_given_for_now(self) -> None:
        with pytest.raises(TermijnNogNietOpen, match="zodra de melding"):
            _reserveer(
                start=_maandag_10_uur(400),
                ceremonietype="GRATIS",
                locatie=LocatieKeuze(locatie_id="stadsloket"),
            )

    def test_refuses_a_location_the_type_is_not_held_at(self) -> None:
        with pytest.raises(NietToegestaan):
            _reserveer(ceremonietype="GRATIS", start=_maandag_10_uur(30))

    def test_refuses_an_unknown_ceremony_type(self) -> None:
        with pytest.raises(OnbekendGegeven) as fout:
            _reserveer(ceremonietype="BESTAAT_NIET")
        assert fout.value.code == "ONBEKEND_GEGEVEN"

    def test_refuses_a_babs_choice_for_a_type_without_one(self) -> None:
        with pytest.raises(NietToegestaan):
            _reserveer(
                ceremonietype="GRATIS",
                start=_maandag_10_uur(30),
                locatie=LocatieKeuze(locatie_id="stadsloket"),
                ambtenaar=AmbtenaarKeuze.keuze("babs-anna-conijn"),
            )

    def test_refuses_an_unknown_extra(self) -> None:
        with pytest.raises(OnbekendGegeven):
            _reserveer(extras=["RINGEN"])


class TestInstemming:
    def test_consent_of_partner_2_makes_the_reservation_definite_until_the_last_notice_day(
        self,
    ) -> None:
        h = huwelijk_in(Status.GERESERVEERD)

        assert h.partner(Partnerrol.PARTNER2).instemming.status is Instemmingstatus.VERLEEND  # type: ignore[union-attr]
        laatste_meldingsdag = TROUWDAG - timedelta(days=14)
        assert h.verloopt_op == datetime.combine(
            laatste_meldingsdag + timedelta(days=1), time(0), tzinfo=AMS
        )
        assert [r.door for r in h.historie] == ["partner1", "partner1", "partner2"]

    def test_only_the_invited_partner_can_consent(self) -> None:
        h = reservering()
        h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)

        with pytest.raises(NietToegestaan):
            h.stem_in(config=CONFIG, door=VREEMDE, nu=NU)
        with pytest.raises(NietToegestaan):
            h.stem_in(config=CONFIG, door=MEDEWERKER, nu=NU)
        assert h.status is Status.VOORLOPIG

    def test_refusal_keeps_the_case_provisional_and_a_new_partner_can_be_invited(self) -> None:
        h = reservering()
        h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)
        h.weiger_instemming(config=CONFIG, door=PARTNER2, nu=NU)

        assert h.status is Status.VOORLOPIG
        assert _instemming(h) is Instemmingstatus.GEWEIGERD
        h.nodig_partner_uit(BSN_5, door=PARTNER1, nu=NU)
        assert h.partners[1].bsn == BSN_5
        assert _instemming(h) is Instemmingstatus.GEVRAAGD

    def test_withdrawing_consent_puts_the_slot_back_on_hold(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.weiger_instemming(config=CONFIG, door=PARTNER2, nu=later(dagen=1))

        assert h.status is Status.VOORLOPIG
        assert _instemming(h) is Instemmingstatus.INGETROKKEN
        assert h.verloopt_op == later(
            dagen=1, minuten=CONFIG.termijnen.voorlopige_reservering_minuten
        )

    def test_partner_1_cannot_be_invited_as_partner_2(self) -> None:
        with pytest.raises(DubbelePersoon):
            reservering().nodig_partner_uit(BSN_1, door=PARTNER1, nu=NU)

    def test_invited_partner_cannot_change_the_reservation_before_consenting(self) -> None:
        h = reservering()
        h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)

        with pytest.raises(NietToegestaan):
            h.kies_locatie(LocatieKeuze(locatie_id="loge"), config=CONFIG, door=PARTNER2, nu=NU)

    def test_consent_after_the_hold_lapsed_is_refused(self) -> None:
        h = reservering()
        h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)

        with pytest.raises(TermijnVerstreken, match="verlopen"):
            h.stem_in(config=CONFIG, door=PARTNER2, nu=h.verloopt_op)  # type: ignore[arg-type]


class TestGetuigen:
    def test_allows_four_witnesses_and_refuses_a_fifth(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        for bsn in (BSN_3, BSN_4, BSN_5):
            h.voeg_getuige_toe(Getuige.persoon(bsn), config=CONFIG, door=PARTNER1, nu=NU)
        h.voeg_getuige_toe(Getuige.gemeentelijke(), config=CONFIG, door=PARTNER2, nu=NU)

        with pytest.raises(GetuigenMaximum) as fout:
            h.voeg_getuige_toe(Getuige.persoon(BSN_6), config=CONFIG, door=PARTNER1, nu=NU)
        assert fout.value.code == "GETUIGEN_MAXIMUM"
        assert len(h.getuigen) == 4

    @pytest.mark.parametrize("bsn", [BSN_1, BSN_2, BSN_3])
    def test_refuses_a_partner_or_an_existing_witness_as_witness(self, bsn: str) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.voeg_getuige_toe(Getuige.persoon(BSN_3), config=CONFIG, door=PARTNER1, nu=NU)

        with pytest.raises(DubbelePersoon) as fout:
            h.voeg_getuige_toe(Getuige.persoon(bsn), config=CONFIG, door=PARTNER1, nu=NU)
        assert bsn not in str(fout.value)

    def test_witnesses_can_be_named_on_the_deadline_day_but_not_after(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        deadline = TROUWDAG - timedelta(days=42)
        op_deadline = datetime.combine(deadline, time(23, 59), tzinfo=AMS)

        h.voeg_getuige_toe(Getuige.persoon(BSN_3), config=CONFIG, door=PARTNER1, nu=op_deadline)
        with pytest.raises(TermijnVerstreken):
            h.voeg_getuige_toe(
                Getuige.persoon(BSN_4),
                config=CONFIG,
                door=PARTNER1,
                nu=op_deadline + timedelta(minutes=1),
            )

    def test_staff_may_still_change_witnesses_after_the_deadline(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        na_deadline = datetime.combine(TROUWDAG - timedelta(days=20), time(9), tzinfo=AMS)

        h.verwijder_getuige(1, config=CONFIG, door=MEDEWERKER, nu=na_deadline)
        assert [g.bsn for g in h.getuigen] == [BSN_4]

    def test_refuses_removing_a_witness_that_does_not_exist(self) -> None:
        with pytest.raises(OngeldigeInvoer):
            huwelijk_in(Status.GEMELD).verwijder_getuige(3, config=CONFIG, door=PARTNER1, nu=NU)

    def test_refuses_a_municipal_witness_where_none_is_offered(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        zonder = met_config(gemeentelijke_getuige_prijs_cents=None)

        with pytest.raises(NietToegestaan):
            h.voeg_getuige_toe(Getuige.gemeentelijke(), config=zonder, door=PARTNER1, nu=NU)

    def test_a_witness_has_a_bsn_or_is_municipal(self) -> None:
        with pytest.raises(OngeldigeInvoer):
            Getuige(bsn=BSN_3, gemeentelijk=True)
        with pytest.raises(OngeldigBsn):
            Getuige.persoon("123456789")


class TestWijzigingen:
    def test_couple_changes_the_location_freely_before_the_notice(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.kies_locatie(LocatieKeuze(omschrijving="Tuin"), config=CONFIG, door=PARTNER2, nu=NU)

        assert h.locatie.is_eigen
        assert h.moment.eind - h.moment.start == timedelta(minutes=120)
        assert h.historie[-1].gebeurtenis is Gebeurtenis.WIJZIG_RESERVERING

    def test_after_the_notice_only_staff_change_the_reservation(self) -> None:
        h = huwelijk_in(Status.GEMELD)

        with pytest.raises(NietToegestaan, match="wijzigt de gemeente"):
            h.kies_ambtenaar(
                AmbtenaarKeuze.keuze("babs-anna-conijn"), config=CONFIG, door=PARTNER1, nu=NU
            )
        h.kies_ambtenaar(
            AmbtenaarKeuze.keuze("babs-anna-conijn"), config=CONFIG, door=MEDEWERKER, nu=NU
        )
        assert h.ambtenaar.ambtenaar_id == "babs-anna-conijn"
        assert h.historie[-1].gebeurtenis is Gebeurtenis.WIJZIG_DOOR_GEMEENTE

    def test_refuses_a_partner_as_own_officiant(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        with pytest.raises(DubbelePersoon):
            h.kies_ambtenaar(
                AmbtenaarKeuze.eigen_babs(BSN_2, "Partner Twee"),
                config=CONFIG,
                door=PARTNER1,
                nu=NU,
            )

    def test_refuses_an_unknown_municipal_officiant(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        with pytest.raises(OnbekendGegeven):
            h.kies_ambtenaar(AmbtenaarKeuze.keuze("babs-x"), config=CONFIG, door=PARTNER1, nu=NU)

    def test_moving_the_date_keeps_the_hold_at_the_new_last_notice_day(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        nieuw = START + timedelta(days=7)
        h.wijzig_moment(nieuw, config=CONFIG, door=PARTNER1, nu=NU)

        assert h.moment.start == nieuw
        assert h.verloopt_op == datetime.combine(
            TROUWDAG + timedelta(days=7 - 14 + 1), time(0), tzinfo=AMS
        )

    def test_moving_the_date_too_close_for_a_notice_is_refused(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        with pytest.raises(TermijnVerstreken):
            h.wijzig_moment(later(dagen=10), config=CONFIG, door=PARTNER1, nu=NU)
        assert h.moment.start == START

    def test_moving_the_date_beyond_the_notice_validity_is_refused(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        with pytest.raises(TermijnVerstreken):
            h.wijzig_moment(later(dagen=30 + 366), config=CONFIG, door=MEDEWERKER, nu=NU)

    def test_moving_the_date_closer_than_two_weeks_after_the_notice_is_refused(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        with pytest.raises(TermijnVerstreken):
            h.wijzig_moment(later(dagen=30 + 13), config=CONFIG, door=MEDEWERKER, nu=NU)

    def test_a_partner_chooses_only_their_own_naamgebruik(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.kies_naamgebruik(Partnerrol.PARTNER2, Naamgebruik.V, door=PARTNER2, nu=NU)

        assert h.partners[1].naamgebruik is Naamgebruik.V
        with pytest.raises(NietToegestaan):
            h.kies_naamgebruik(Partnerrol.PARTNER1, Naamgebruik.P, door=PARTNER2, nu=NU)

    def test_naamgebruik_for_a_partner_not_there_yet_is_refused_in_the_status(self) -> None:
        h = reservering()
        with pytest.raises(OngeldigeStatusovergang, match="er \\(nog\\) niet"):
            h.kies_naamgebruik(Partnerrol.PARTNER2, Naamgebruik.V, door=MEDEWERKER, nu=NU)


class TestMelding:
    def test_notice_is_received_and_the_hold_ends(self) -> None:
        h = huwelijk_in(Status.GEMELD)

        assert h.melding is not None
        assert h.melding.status is Meldingstatus.ONTVANGEN
        assert h.melding.ingediend_op == later(dagen=30)
        assert h.verloopt_op is None

    def test_notice_on_the_last_day_is_in_time_and_a_day_later_is_not(self) -> None:
        laatste = datetime.combine(TROUWDAG - timedelta(days=14), time(23), tzinfo=AMS)
        h = huwelijk_in(Status.GERESERVEERD)
        verklaar(h)
        with pytest.raises(TermijnVerstreken):
            h.doe_melding(config=CONFIG, door=PARTNER1, nu=laatste + timedelta(hours=1))
        h.doe_melding(config=CONFIG, door=PARTNER1, nu=laatste)
        assert h.status is Status.GEMELD

    def test_notice_more_than_a_year_ahead_is_not_open_yet(self) -> None:
        h = reservering(start=NU + timedelta(days=400))
        h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)
        h.stem_in(config=CONFIG, door=PARTNER2, nu=NU)
        verklaar(h)

        with pytest.raises(TermijnNogNietOpen) as fout:
            h.doe_melding(config=CONFIG, door=PARTNER1, nu=NU)
        assert fout.value.code == "TERMIJN_NOG_NIET_OPEN"

    def test_refuses_a_notice_until_both_partners_declared_naming_who_has_not(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        for wie, ontbreekt in ((None, ("PARTNER1", "PARTNER2")), (PARTNER1, ("PARTNER2",))):
            if wie is not None:
                h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER1], door=wie, nu=NU)
            with pytest.raises(VerklaringOntbreekt) as fout:
                h.doe_melding(config=CONFIG, door=PARTNER1, nu=later(dagen=30))
            assert fout.value.code == "VERKLARING_ONTBREEKT"
            assert fout.value.rollen == ontbreekt
            assert h.status is Status.GERESERVEERD and h.melding is None

    def test_the_notice_takes_both_own_declarations(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        assert h.melding is not None
        assert [v.rol for v in h.melding.verklaringen] == [
            Partnerrol.PARTNER1,
            Partnerrol.PARTNER2,
        ]
        assert all(v.op == later(dagen=30) and not v.aan_balie for v in h.melding.verklaringen)

    def test_the_sworn_kinship_declaration_of_either_partner_is_read(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER1], door=PARTNER1, nu=NU)
        assert not h.verklaring_bloedverwantschap
        beedigd = Verklaring(Partnerrol.PARTNER2, True, True, True, True, True)
        h.leg_verklaring_af(beedigd, door=PARTNER2, nu=NU)
        assert h.verklaring_bloedverwantschap
        h.doe_melding(config=CONFIG, door=PARTNER1, nu=later(dagen=30))
        assert h.verklaring_bloedverwantschap


EIGEN = {rol: Verklaring(rol, True, True, True) for rol in Partnerrol}


class TestVerklaringen:
    def test_each_partner_declares_for_themselves(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER2], door=PARTNER2, nu=NU)

        partner2 = h.partner(Partnerrol.PARTNER2)
        assert partner2 is not None and partner2.verklaring is not None
        assert partner2.verklaring.op == NU and not partner2.verklaring.aan_balie
        assert h.nog_te_verklaren() == (Partnerrol.PARTNER1,)
        assert h.historie[-1].gebeurtenis is Gebeurtenis.LEG_VERKLARING_AF
        assert h.historie[-1].door == "partner2"

    @pytest.mark.parametrize(
        ("door", "rol"),
        [(PARTNER1, Partnerrol.PARTNER2), (PARTNER2, Partnerrol.PARTNER1)],
    )
    def test_a_partner_cannot_declare_for_the_other(self, door: Actor, rol: Partnerrol) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        historie = h.historie
        with pytest.raises(NietToegestaan, match="eigen verklaring"):
            h.leg_verklaring_af(EIGEN[rol], door=door, nu=NU)
        assert h.nog_te_verklaren() == tuple(Partnerrol) and h.historie == historie

    def test_someone_outside_the_case_cannot_declare(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        with pytest.raises(NietToegestaan):
            h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER1], door=VREEMDE, nu=NU)

    def test_partner2_declares_only_after_consenting(self) -> None:
        h = reservering()
        h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)
        with pytest.raises(NietToegestaan):
            h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER2], door=PARTNER2, nu=NU)
        with pytest.raises(NietToegestaan, match="ingestemd"):
            h.registreer_verklaring(EIGEN[Partnerrol.PARTNER2], door=MEDEWERKER, nu=NU)
        h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER1], door=PARTNER1, nu=NU)  # VOORLOPIG: ok

    def test_an_incomplete_declaration_is_refused_and_changes_nothing(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        onvolledig = Verklaring(Partnerrol.PARTNER1, True, True, False)
        with pytest.raises(OngeldigeInvoer) as fout:
            h.leg_verklaring_af(onvolledig, door=PARTNER1, nu=NU)
        assert fout.value.veld == ("verklaring",)
        assert h.nog_te_verklaren() == tuple(Partnerrol)

    def test_a_declaration_is_replaced_until_the_notice_and_not_after(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER1], door=PARTNER1, nu=NU)
        verbeterd = Verklaring(Partnerrol.PARTNER1, True, True, True, True, True)
        h.leg_verklaring_af(verbeterd, door=PARTNER1, nu=later(minuten=5))
        partner1 = h.partner(Partnerrol.PARTNER1)
        assert partner1 is not None and partner1.verklaring == replace(
            verbeterd, op=later(minuten=5)
        )

        gemeld = huwelijk_in(Status.GEMELD)
        with pytest.raises(OngeldigeStatusovergang, match="GEMELD"):
            gemeld.leg_verklaring_af(EIGEN[Partnerrol.PARTNER1], door=PARTNER1, nu=NU)

    def test_staff_record_a_declaration_given_at_the_desk(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        h.registreer_verklaring(EIGEN[Partnerrol.PARTNER2], door=MEDEWERKER, nu=NU)

        partner2 = h.partner(Partnerrol.PARTNER2)
        assert partner2 is not None and partner2.verklaring is not None
        assert partner2.verklaring.aan_balie
        laatste = h.historie[-1]
        assert laatste.gebeurtenis is Gebeurtenis.LEG_VERKLARING_AF
        assert laatste.door == MEDEWERKER.label
        assert laatste.reden == "aan de balie afgelegd door partner2"

    def test_the_desk_is_for_staff_and_the_own_declaration_for_citizens(self) -> None:
        h = huwelijk_in(Status.GERESERVEERD)
        with pytest.raises(NietToegestaan):
            h.registreer_verklaring(EIGEN[Partnerrol.PARTNER1], door=PARTNER1, nu=NU)
        with pytest.raises(NietToegestaan):
            h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER1], door=MEDEWERKER, nu=NU)

    def test_after_a_rejection_the_declarations_stay_and_can_be_corrected(self) -> None:
        h = huwelijk_in(Status.AFGEWEZEN)
        assert h.nog_te_verklaren() == ()
        h.leg_verklaring_af(EIGEN[Partnerrol.PARTNER2], door=PARTNER2, nu=later(dagen=40))
        h.doe_melding(config=CONFIG, door=PARTNER2, nu=later(dagen=40))
        assert h.status is Status.GEMELD


class TestBeoordeling:
    def test_staff_take_the_notice_into_review_once(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        h.neem_melding_in_behandeling(door=MEDEWERKER, nu=NU)

        assert h.melding.status is Meldingstatus.IN_BEHANDELING  # type: ignore[union-attr]
        with pytest.raises(NietToegestaan):
            h.neem_melding_in_behandeling(door=MEDEWERKER, nu=NU)

    def test_citizens_cannot_review(self) -> None:
        with pytest.raises(NietToegestaan):
            huwelijk_in(Status.GEMELD).beoordeel_melding(True, config=CONFIG, door=PARTNER1, nu=NU)

    def test_approval_needs_recorded_checks(self) -> None:
        with pytest.raises(NietToegestaan, match="toetsing"):
            huwelijk_in(Status.GEMELD).beoordeel_melding(
                True, config=CONFIG, door=MEDEWERKER, nu=NU
            )

    def test_approval_is_refused_when_a_check_failed(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        mislukt = Regeluitkomst(
            Regelcode.MEERDERJARIG, Uitkomst.NIET_VOLDAAN, "te jong", Betreft.PARTNER2
        )
        h.registreer_toetsing([mislukt], door=MEDEWERKER, nu=NU)

        with pytest.raises(NietToegestaan):
            h.beoordeel_melding(True, config=CONFIG, door=MEDEWERKER, nu=NU)
        assert h.status is Status.GEMELD

    def test_approval_is_refused_while_the_witness_count_is_not_met(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        h.registreer_toetsing(
            [
                Regeluitkomst(
                    Regelcode.CURATELE, Uitkomst.HANDMATIGE_BEOORDELING, "c", Betreft.PARTNER1
                ),
                Regeluitkomst(
                    Regelcode.GETUIGEN_AANTAL, Uitkomst.NIET_VOLDAAN, "g", Betreft.HUWELIJK
                ),
            ],
            door=MEDEWERKER,
            nu=NU,
        )
        with pytest.raises(NietToegestaan, match="niet voldaan"):
            h.beoordeel_melding(True, config=CONFIG, door=MEDEWERKER, nu=NU)

        assert h.status is Status.GEMELD
        assert h.melding.status is Meldingstatus.ONTVANGEN  # type: ignore[union-attr]

    def test_rejection_needs_a_reason_without_a_bsn(self) -> None:
        h = huwelijk_in(Status.GEMELD)
        with pytest.raises(OngeldigeInvoer):
            h.beoordeel_melding(False, config=CONFIG, door=MEDEWERKER, nu=NU)
        with pytest.raises(OngeldigeInvoer):
            h.beoordeel_melding(
                False,
                reden=f"partner {BSN_2} is al getrouwd",
                config=CONFIG,
                door=MEDEWERKER,
                nu=NU,
            )
        h.beoordeel_melding(False, reden="al getrouwd", config=CONFIG, door=MEDEWERKER, nu=NU)

        assert h.status is Status.AFGEWEZEN
        assert h.historie[-1].reden == "al getrouwd"

    def test_a_rejected_notice_can_be_corrected_and_given_again(self) -> None:
        h = huwelijk_in(Status.AFGEWEZEN)
        h.doe_melding(config=CONFIG, door=PARTNER1, nu=later(dagen=40))

        assert h.status is Status.GEMELD
        assert h.melding.status is Meldingstatus.ONTVANGEN  # type: ignore[union-attr]


class TestBetalingEnBevestiging:
    def test_confirmation_needs_full_payment(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        with pytest.raises(NietBetaald, match="betaald") as fout:
            h.bevestig(config=CONFIG, door=PARTNER1, nu=NU)
        assert fout.value.open_cents == h.prijs(CONFIG).totaal_cents
        h.registreer_betaling(
            bedrag_cents=100, referentie="p", config=CONFIG, geslaagd=True, door=PARTNER1, nu=NU
        )
        with pytest.raises(NietBetaald, match="betaald"):
            h.bevestig(config=CONFIG, door=PARTNER1, nu=NU)

    def test_a_failed_payment_can_be_retried_but_a_paid_case_not_paid_twice(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        totaal = h.prijs(CONFIG).totaal_cents
        h.registreer_betaling(
            bedrag_cents=totaal,
            referentie="p1",
            config=CONFIG,
            geslaagd=False,
            door=PARTNER1,
            nu=NU,
        )
        assert h.betaling.status is Betaalstatus.MISLUKT  # type: ignore[union-attr]

        h.registreer_betaling(
            bedrag_cents=totaal, referentie="p2", config=CONFIG, geslaagd=True, door=PARTNER1, nu=NU
        )
        h.bevestig(config=CONFIG, door=PARTNER1, nu=NU)
        assert h.status is Status.BEVESTIGD
        with pytest.raises(OngeldigeStatusovergang, match="BEVESTIGD"):
            h.registreer_betaling(
                bedrag_cents=1, referentie="p3", config=CONFIG, geslaagd=True, door=PARTNER1, nu=NU
            )

    def test_the_payments_own_state_refuses_in_the_cases_status(self) -> None:
        # Not a permissions problem: the case's payment is running or done.
        h = huwelijk_in(Status.GOEDGEKEURD)
        h.start_betaling("tr_1", door=PARTNER1, nu=NU)
        with pytest.raises(OngeldigeStatusovergang, match="loopt al een betaling") as loopt:
            h.start_betaling("tr_2", door=PARTNER1, nu=NU)
        assert loopt.value.status == "GOEDGEKEURD"

        totaal = h.prijs(CONFIG).totaal_cents
        h.registreer_betaling(
            bedrag_cents=totaal,
            referentie="balie",
            config=CONFIG,
            geslaagd=True,
            door=MEDEWERKER,
            nu=NU,
        )
        for geslaagd in (True, False):
            with pytest.raises(OngeldigeStatusovergang, match="al betaald"):
                h.registreer_betaling(
                    bedrag_cents=1,
                    referentie="nog eens",
                    config=CONFIG,
                    geslaagd=geslaagd,
                    door=MEDEWERKER,
                    nu=NU,
                )
        with pytest.raises(OngeldigeStatusovergang, match="al betaald"):
            h.start_betaling("tr_3", door=PARTNER1, nu=NU)

    def test_a_free_ceremony_is_confirmed_without_payment(self) -> None:
        gratis_uitgebreid = replace(CONFIG.ceremonietype("UITGEBREID"), prijs_cents=0)
        trouwzaal = replace(CONFIG.locatie("trouwzaal"), prijs_cents=0)
        config = met_config(
            ceremonietypen=(gratis_uitgebreid,),
            locaties=(trouwzaal,),
        )
        h = huwelijk_in(Status.GOEDGEKEURD, config=config)
        h.bevestig(config=config, door=PARTNER1, nu=NU)

        assert h.prijs(config).totaal_cents == 0
        assert h.status is Status.BEVESTIGD

    def test_confirmation_needs_at_least_two_witnesses(self) -> None:
        h = huwelijk_in(Status.GOEDGEKEURD)
        h.verwijder_getuige(1, config=CONFIG, door=MEDEWERKER, nu=NU)
        h.registreer_betaling(
            bedrag_cents=10**6, referentie="p", config=CONFIG, geslaagd=True, door=PARTNER1, nu=NU
        )
        with pytest.raises(NietToegestaan, match="getuigen"):
            h.bevestig(config=CONFIG, door=PARTNER1, nu=NU)


class TestAnnulerenVerlopenVoltrekken:
    def test_partners_can_cancel_until_the_ceremony_starts(self) -> None:
        h = huwelijk_in(Status.BEVESTIGD)
        with pytest.raises(TermijnVerstreken):
            h.annuleer(door=PARTNER2, nu=START)
        h.annuleer(reden="verhuisd", door=PARTNER2, nu=START - timedelta(minutes=1))

        assert h.status is Status.GEANNULEERD
        assert (h.historie[-1].door, h.historie[-1].reden) == ("partner2", "verhuisd")

    def test_strangers_cannot_cancel(self) -> None:
        with pytest.raises(NietToegestaan):
            huwelijk_in(Status.GERESERVEERD).annuleer(door=VREEMDE, nu=NU)

    def test_a_reservation_lapses_only_after_its_hold(self) -> None:
        h = reservering()
        assert h.verloopt_op is not None
        with pytest.raises(NietToegestaan):
            h.verloop(nu=h.verloopt_op - timedelta(seconds=1))
        h.verloop(nu=h.verloopt_op)

        assert h.status is Status.VERLOPEN
        assert h.historie[-1].door == SYSTEEM

    def test_actions_on_a_lapsed_reservation_are_refused(self) -> None:
        h = reservering()
        with pytest.raises(TermijnVerstreken):
            h.nodig_partner_uit(BSN_2, door=PARTNER1, nu=later(dagen=30))

    def test_only_staff_mark_the_ceremony_held_and_not_before_it_starts(self) -> None:
        h = huwelijk_in(Status.BEVESTIGD)
        with pytest.raises(NietToegestaan):
            h.markeer_voltrokken(door=PARTNER1, nu=START)
        with pytest.raises(TermijnNogNietOpen):
            h.markeer_voltrokken(door=MEDEWERKER, nu=START - timedelta(minutes=1))
        h.markeer_voltrokken(door=MEDEWERKER, nu=START)

        assert h.status is Status.VOLTROKKEN

    def test_the_history_records_every_step_without_a_bsn(self) -> None:
        h = huwelijk_in(Status.VOLTROKKEN)
        tekst = repr(h.historie)

        assert [r.naar for r in h.historie if r.van is not r.naar][-1] is Status.VOLTROKKEN
        for bsn in (BSN_1, BSN_2, BSN_3, BSN_4, BSN_7):
            assert bsn not in tekst
