"""The legal checks on a case: per rule, the full run, the verdict and the citizen's view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from domain_support import BSN_1, BSN_2, BSN_3, BSN_4, BSN_5, BSN_6, CONFIG

from trouwgraph.domain.begrippen import Verbintenissoort
from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.domain.regels import (
    Betreft,
    Onderzoeksgegeven,
    PersoonsFeiten,
    Regelcode,
    Regeluitkomst,
    SoortVerbintenis,
    Toetsingsgegevens,
    Uitkomst,
    Verbintenis,
    eindoordeel,
    toets,
    voor_burger,
)

TROUWDATUM = date(2027, 3, 26)
VOLWASSEN = OnvolledigeDatum(1990, 1, 1)


def _persoon(bsn: str, **anders: object) -> PersoonsFeiten:
    basis = PersoonsFeiten(
        bsn=bsn, geboortedatum=VOLWASSEN, nationaliteiten=("0001",), woont_in_nl=True
    )
    return replace(basis, **anders)  # type: ignore[arg-type]


def _gegevens(**anders: object) -> Toetsingsgegevens:
    basis = Toetsingsgegevens(
        soort=Verbintenissoort.HUWELIJK,
        trouwdatum=TROUWDATUM,
        partner1=_persoon(BSN_1),
        partner2=_persoon(BSN_2),
        getuigen=(_persoon(BSN_3), None),
        melding_op=date(2027, 1, 15),
    )
    return replace(basis, **anders)  # type: ignore[arg-type]


def _uitkomst(uitkomsten: list[Regeluitkomst], regel: Regelcode, betreft: Betreft) -> Regeluitkomst:
    gevonden = [u for u in uitkomsten if u.regel is regel and u.betreft is betreft]
    assert len(gevonden) == 1, (regel, betreft, gevonden)
    return gevonden[0]


def _toets(**anders: object) -> list[Regeluitkomst]:
    return toets(_gegevens(**anders), CONFIG)


class TestVolledigeToetsing:
    def test_an_ordinary_couple_passes_every_check(self) -> None:
        uitkomsten = _toets()

        assert eindoordeel(uitkomsten) is Uitkomst.VOLDAAN
        assert {u.regel for u in uitkomsten} == set(Regelcode) - {
            Regelcode.LOPENDE_ZAAK,  # the store's facts: the notice's use case adds it
            Regelcode.EIGEN_BABS_MEERDERJARIG,
            Regelcode.EIGEN_BABS_CURATELE,
        }

    def test_no_result_mentions_a_bsn(self) -> None:
        gehuwd = Verbintenis(BSN_6, SoortVerbintenis.H, OnvolledigeDatum(2015, 6, 1))
        uitkomsten = _toets(
            partner1=_persoon(BSN_1, partners=(gehuwd,), kinderen=(BSN_5,)),
            getuigen=(_persoon(BSN_2), _persoon("123456789")),
            eigen_babs=_persoon(BSN_4, curatele=True),
        )
        tekst = repr(uitkomsten)
        for bsn in (BSN_1, BSN_2, BSN_4, BSN_5, BSN_6, "123456789"):
            assert bsn not in tekst

    def test_the_notice_term_is_only_checked_once_a_notice_exists(self) -> None:
        assert Regelcode.MELDINGSTERMIJN not in {u.regel for u in _toets(melding_op=None)}


class TestPartners:
    def test_a_partner_under_18_on_the_date_fails(self) -> None:
        jong = _persoon(BSN_2, geboortedatum=OnvolledigeDatum(2009, 3, 27))
        uitkomst = _uitkomst(_toets(partner2=jong), Regelcode.MEERDERJARIG, Betreft.PARTNER2)
        assert uitkomst.uitkomst is Uitkomst.NIET_VOLDAAN

    def test_a_partner_turning_18_on_the_date_passes(self) -> None:
        jarig = _persoon(BSN_2, geboortedatum=OnvolledigeDatum(2009, 3, 26))
        uitkomst = _uitkomst(_toets(partner2=jarig), Regelcode.MEERDERJARIG, Betreft.PARTNER2)
        assert uitkomst.uitkomst is Uitkomst.VOLDAAN

    def test_a_deceased_partner_fails(self) -> None:
        overleden = _persoon(BSN_1, overleden=True, overlijdensdatum=OnvolledigeDatum(2026, 1))
        uitkomst = _uitkomst(_toets(partner1=overleden), Regelcode.IN_LEVEN, Betreft.PARTNER1)
        assert uitkomst.uitkomst is Uitkomst.NIET_VOLDAAN
        assert uitkomst.gegevens == {"overlijdensdatum": "2026-01"}

    def test_a_married_partner_fails(self) -> None:
        gehuwd = _persoon(BSN_1, partners=(Verbintenis(BSN_6, SoortVerbintenis.H),))
        uitkomst = _uitkomst(_toets(partner1=gehuwd), Regelcode.BURGERLIJKE_STAAT, Betreft.PARTNER1)
        assert uitkomst.uitkomst is Uitkomst.NIET_VOLDAAN

    def test_a_dissolved_marriage_is_no_obstacle_even_with_an_unknown_date(self) -> None:
        gescheiden = _persoon(
            BSN_1, partners=(Verbintenis(BSN_6, SoortVerbintenis.H, ontbonden=OnvolledigeDatum()),)
        )
        uitkomst = _uitkomst(
            _toets(partner1=gescheiden), Regelcode.BURGERLIJKE_STAAT, Betreft.PARTNER1
        )
        assert uitkomst.uitkomst is Uitkomst.VOLDAAN

    def test_conversion_needs_a_partnership_with_each_other(self) -> None:
        p1 = _persoon(BSN_1, partners=(Verbintenis(BSN_2, SoortVerbintenis.P),))
        p2 = _persoon(BSN_2, partners=(Verbintenis(BSN_1, SoortVerbintenis.P),))
        omzetting = _toets(soort=Verbintenissoort.OMZETTING, partner1=p1, partner2=p2)
        huwelijk = _toets(partner1=p1, partner2=p2)
        zonder = _toets(soort=Verbintenissoort.OMZETTING)
        met_ander = _toets(
            soort=Verbintenissoort.OMZETTING,
            partner1=p1,
            partner2=_persoon(BSN_2, partners=(Verbintenis(BSN_6, SoortVerbintenis.P),)),
        )

        def staat(u: list[Regeluitkomst], rol: Betreft) -> Uitkomst:
            return _uitkomst(u, Regelcode.BURGERLIJKE_STAAT, rol).uitkomst

        assert staat(omzetting, Betreft.PARTNER1) is Uitkomst.VOLDAAN
        assert staat(omzetting, Betreft.PARTNER2) is Uitkomst.VOLDAAN
        assert staat(huwelijk, Betreft.PARTNER1) is Uitkomst.NIET_VOLDAAN
        assert (
            "omzetting" in _uitkomst(huwelijk, Regelcode.BURGERLIJKE_STAAT, Betreft.PARTNER1).reden
        )
        assert staat(zonder, Betreft.PARTNER1) is Uitkomst.NIET_VOLDAAN
        assert staat(met_ander, Betreft.PARTNER2) is Uitkomst.NIET_VOLDAAN

    def test_curatele_needs_review(self) -> None:
        uitkomst = _uitkomst(
            _toets(partner2=_persoon(BSN_2, curatele=True)), Regelcode.CURATELE, Betreft.PARTNER2
        )
        assert uitkomst.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING

    def test_a_suspended_record_needs_review_with_the_reason(self) -> None:
        uitkomst = _uitkomst(
            _toets(partner1=_persoon(BSN_1, opschorting="E")),
            Regelcode.BIJHOUDING,
            Betreft.PARTNER1,
        )
        assert uitkomst.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert "emigratie" in uitkomst.reden

    def test_a_foreign_national_needs_review_unless_residence_is_established(self) -> None:
        buitenlands = _persoon(BSN_2, nationaliteiten=("0052",))
        met_titel = replace(buitenlands, verblijfstitel_geldig=True)

        assert (
            _uitkomst(
                _toets(partner2=buitenlands), Regelcode.NATIONALITEIT, Betreft.PARTNER2
            ).uitkomst
            is Uitkomst.HANDMATIGE_BEOORDELING
        )
        assert (
            _uitkomst(
                _toets(partner2=met_titel), Regelcode.NATIONALITEIT, Betreft.PARTNER2
            ).uitkomst
            is Uitkomst.VOLDAAN
        )

    @pytest.mark.parametrize(
        ("woont1", "woont2", "uitkomst"),
        [
            (True, False, Uitkomst.VOLDAAN),
            (False, False, Uitkomst.HANDMATIGE_BEOORDELING),
            (None, False, Uitkomst.HANDMATIGE_BEOORDELING),
        ],
    )
    def test_residence_abroad_of_both_needs_review(
        self, woont1: bool | None, woont2: bool | None, uitkomst: Uitkomst
    ) -> None:
        uitkomsten = _toets(
            partner1=_persoon(BSN_1, woont_in_nl=woont1),
            partner2=_persoon(BSN_2, woont_in_nl=woont2),
        )
        assert _uitkomst(uitkomsten, Regelcode.VERBLIJF, Betreft.HUWELIJK).uitkomst is uitkomst

    def test_parent_and_child_are_found_from_the_partners_own_records(self) -> None:
        ouder = _persoon(BSN_1, kinderen=(BSN_2,))
        uitkomst = _uitkomst(_toets(partner1=ouder), Regelcode.BLOEDVERWANTSCHAP, Betreft.HUWELIJK)
        assert uitkomst.uitkomst is Uitkomst.NIET_VOLDAAN

    def test_cousins_pass_with_the_sworn_declaration(self) -> None:
        stamboom = {BSN_1: ("v1",), BSN_2: ("v2",), "v1": ("g",), "v2": ("g",)}
        zonder = _toets(stamboom=stamboom)
        met = _toets(stamboom=stamboom, verklaring_bloedverwantschap=True)

        assert _uitkomst(zonder, Regelcode.BLOEDVERWANTSCHAP, Betreft.HUWELIJK).uitkomst is (
            Uitkomst.HANDMATIGE_BEOORDELING
        )
        assert _uitkomst(met, Regelcode.BLOEDVERWANTSCHAP, Betreft.HUWELIJK).uitkomst is (
            Uitkomst.VOLDAAN
        )


class TestGetuigenEnAmbtenaar:
    @pytest.mark.parametrize(
        ("aantal", "uitkomst"),
        [
            (0, Uitkomst.NIET_VOLDAAN),
            (1, Uitkomst.NIET_VOLDAAN),
            (2, Uitkomst.VOLDAAN),
            (4, Uitkomst.VOLDAAN),
            (5, Uitkomst.NIET_VOLDAAN),
        ],
    )
    def test_two_to_four_witnesses(self, aantal: int, uitkomst: Uitkomst) -> None:
        uitkomsten = _toets(getuigen=(None,) * aantal)
        assert _uitkomst(uitkomsten, Regelcode.GETUIGEN_AANTAL, Betreft.HUWELIJK).uitkomst is (
            uitkomst
        )

    def test_a_witness_under_18_fails_and_is_named_by_number(self) -> None:
        jong = _persoon(BSN_4, geboortedatum=OnvolledigeDatum(2010, 1, 1))
        uitkomst = _uitkomst(
            _toets(getuigen=(None, jong)), Regelcode.GETUIGE_MEERDERJARIG, Betreft.GETUIGE_2
        )
        assert uitkomst.uitkomst is Uitkomst.NIET_VOLDAAN

    def test_a_deceased_witness_fails(self) -> None:
        overleden = _persoon(BSN_4, overleden=True)
        uitkomst = _uitkomst(
            _toets(getuigen=(overleden, None)), Regelcode.IN_LEVEN, Betreft.GETUIGE_1
        )
        assert uitkomst.uitkomst is Uitkomst.NIET_VOLDAAN

    def test_partners_and_witnesses_must_be_different_people(self) -> None:
        uitkomsten = _toets(getuigen=(_persoon(BSN_2), _persoon(BSN_3)))
        uitkomst = _uitkomst(uitkomsten, Regelcode.PERSONEN_UNIEK, Betreft.HUWELIJK)
        assert (uitkomst.uitkomst, uitkomst.gegevens) == (Uitkomst.NIET_VOLDAAN, {"dubbel": 1})

    def test_an_invalid_bsn_fails_naming_the_role(self) -> None:
        uitkomsten = _toets(getuigen=(_persoon("123456789"), None))
        uitkomst = _uitkomst(uitkomsten, Regelcode.BSN_GELDIG, Betreft.HUWELIJK)
        assert (uitkomst.uitkomst, uitkomst.gegevens) == (
            Uitkomst.NIET_VOLDAAN,
            {"ongeldig": "GETUIGE_1"},
        )

    def test_own_officiant_must_be_adult_and_not_under_curatele(self) -> None:
        goed = _toets(eigen_babs=_persoon(BSN_5))
        onder_curatele = _toets(eigen_babs=_persoon(BSN_5, curatele=True))
        jong = _toets(eigen_babs=_persoon(BSN_5, geboortedatum=OnvolledigeDatum(2012, 1, 1)))

        assert eindoordeel(goed) is Uitkomst.VOLDAAN
        assert (
            _uitkomst(onder_curatele, Regelcode.EIGEN_BABS_CURATELE, Betreft.AMBTENAAR).uitkomst
            is Uitkomst.NIET_VOLDAAN
        )
        assert (
            _uitkomst(jong, Regelcode.EIGEN_BABS_MEERDERJARIG, Betreft.AMBTENAAR).uitkomst
            is Uitkomst.NIET_VOLDAAN
        )


class TestMeldingstermijn:
    @pytest.mark.parametrize(
        ("melding_op", "uitkomst"),
        [
            (date(2026, 3, 25), Uitkomst.NIET_VOLDAAN),  # 366 days before
            (date(2026, 3, 26), Uitkomst.VOLDAAN),  # 365 days before
            (date(2027, 3, 12), Uitkomst.VOLDAAN),  # 14 days before
            (date(2027, 3, 13), Uitkomst.NIET_VOLDAAN),  # 13 days before
        ],
    )
    def test_notice_between_a_year_and_two_weeks_before(
        self, melding_op: date, uitkomst: Uitkomst
    ) -> None:
        uitkomsten = _toets(melding_op=melding_op)
        assert _uitkomst(uitkomsten, Regelcode.MELDINGSTERMIJN, Betreft.HUWELIJK).uitkomst is (
            uitkomst
        )


class TestOordeelEnWeergave:
    def test_verdict_is_the_worst_outcome_and_nothing_checked_needs_review(self) -> None:
        def r(u: Uitkomst) -> Regeluitkomst:
            return Regeluitkomst(Regelcode.CURATELE, u, "", Betreft.PARTNER1)

        assert eindoordeel([r(Uitkomst.VOLDAAN)]) is Uitkomst.VOLDAAN
        assert eindoordeel([r(Uitkomst.VOLDAAN), r(Uitkomst.HANDMATIGE_BEOORDELING)]) is (
            Uitkomst.HANDMATIGE_BEOORDELING
        )
        assert eindoordeel([r(Uitkomst.HANDMATIGE_BEOORDELING), r(Uitkomst.NIET_VOLDAAN)]) is (
            Uitkomst.NIET_VOLDAAN
        )
        assert eindoordeel([]) is Uitkomst.HANDMATIGE_BEOORDELING

    def test_a_partner_sees_details_about_themselves_only(self) -> None:
        uitkomsten = _toets(
            partner1=_persoon(BSN_1, curatele=True),
            partner2=_persoon(BSN_2, geboortedatum=OnvolledigeDatum(2012, 1, 1)),
        )

        voor_partner1 = voor_burger(uitkomsten, Betreft.PARTNER1)
        eigen = _uitkomst(voor_partner1, Regelcode.CURATELE, Betreft.PARTNER1)
        ander = _uitkomst(voor_partner1, Regelcode.MEERDERJARIG, Betreft.PARTNER2)
        ander_goed = _uitkomst(voor_partner1, Regelcode.CURATELE, Betreft.PARTNER2)

        assert eigen == _uitkomst(uitkomsten, Regelcode.CURATELE, Betreft.PARTNER1)
        assert (ander.uitkomst, ander.reden, ander.gegevens) == (
            Uitkomst.HANDMATIGE_BEOORDELING,
            "De gemeente moet dit beoordelen",
            {},
        )
        assert (ander_goed.uitkomst, ander_goed.gegevens) == (Uitkomst.VOLDAAN, {})

        voor_partner2 = voor_burger(uitkomsten, Betreft.PARTNER2)
        assert _uitkomst(voor_partner2, Regelcode.MEERDERJARIG, Betreft.PARTNER2).uitkomst is (
            Uitkomst.NIET_VOLDAAN
        )
        assert _uitkomst(voor_partner2, Regelcode.CURATELE, Betreft.PARTNER1).reden == (
            "De gemeente moet dit beoordelen"
        )

    def test_a_partner_sees_witness_outcomes_without_their_data(self) -> None:
        zichtbaar = voor_burger(_toets(), Betreft.PARTNER1)
        getuige = _uitkomst(zichtbaar, Regelcode.GETUIGE_MEERDERJARIG, Betreft.GETUIGE_1)
        assert (getuige.uitkomst, getuige.gegevens) == (Uitkomst.VOLDAAN, {})

    def test_only_partners_have_a_citizens_view(self) -> None:
        with pytest.raises(ValueError, match="partner"):
            voor_burger([], Betreft.GETUIGE_1)


class TestInOnderzoek:
    """BRP data under investigation: the rule that used it is left to a human, with the reason."""

    SINDS = OnvolledigeDatum(2004, 2, 4)

    @pytest.mark.parametrize(
        ("gegeven", "regel", "tekst"),
        [
            (Onderzoeksgegeven.GEBOORTEDATUM, Regelcode.MEERDERJARIG, "De geboortedatum staat"),
            (Onderzoeksgegeven.OVERLIJDEN, Regelcode.IN_LEVEN, "overlijden staan"),
            (Onderzoeksgegeven.CURATELE, Regelcode.CURATELE, "De aantekening over curatele"),
            (Onderzoeksgegeven.PARTNERS, Regelcode.BURGERLIJKE_STAAT, "huwelijk of geregistreerd"),
            (Onderzoeksgegeven.NATIONALITEIT, Regelcode.NATIONALITEIT, "De nationaliteit staat"),
        ],
    )
    def test_a_partner_rule_on_investigated_data_needs_review(
        self, gegeven: Onderzoeksgegeven, regel: Regelcode, tekst: str
    ) -> None:
        partner = _persoon(BSN_1, in_onderzoek={gegeven: self.SINDS})
        uitkomst = _uitkomst(_toets(partner1=partner), regel, Betreft.PARTNER1)
        assert uitkomst.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert tekst in uitkomst.reden
        assert uitkomst.reden.endswith("in de BRP in onderzoek; de gemeente moet dit beoordelen.")
        assert uitkomst.gegevens["inOnderzoek"] == gegeven.value
        assert uitkomst.gegevens["datumIngangOnderzoek"] == "2004-02-04"
        # The other partner and the other rules are untouched.
        assert _uitkomst(_toets(partner1=partner), regel, Betreft.PARTNER2).uitkomst is (
            Uitkomst.VOLDAAN
        )

    def test_a_refusal_on_investigated_data_is_not_final_either(self) -> None:
        minderjarig = _persoon(
            BSN_1,
            geboortedatum=OnvolledigeDatum(2015, 1, 1),
            in_onderzoek={Onderzoeksgegeven.GEBOORTEDATUM: None},
        )
        uitkomsten = _toets(partner1=minderjarig)
        uitkomst = _uitkomst(uitkomsten, Regelcode.MEERDERJARIG, Betreft.PARTNER1)
        assert uitkomst.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert uitkomst.reden.startswith("Is op de trouwdatum jonger dan 18 jaar.")
        assert "datumIngangOnderzoek" not in uitkomst.gegevens
        assert eindoordeel(uitkomsten) is Uitkomst.HANDMATIGE_BEOORDELING

    def test_data_the_rule_does_not_use_changes_nothing(self) -> None:
        partner = _persoon(BSN_1, in_onderzoek={Onderzoeksgegeven.VERBLIJFPLAATS: None})
        uitkomsten = _toets(partner1=partner)
        assert _uitkomst(uitkomsten, Regelcode.MEERDERJARIG, Betreft.PARTNER1).uitkomst is (
            Uitkomst.VOLDAAN
        )
        verblijf = _uitkomst(uitkomsten, Regelcode.VERBLIJF, Betreft.HUWELIJK)
        assert verblijf.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert "De verblijfplaats van een partner staat in de BRP in onderzoek" in verblijf.reden

    def test_kinship_needs_review_when_parents_are_investigated(self) -> None:
        partner = _persoon(BSN_2, in_onderzoek={Onderzoeksgegeven.OUDERS: None})
        uitkomst = _uitkomst(
            _toets(partner2=partner), Regelcode.BLOEDVERWANTSCHAP, Betreft.HUWELIJK
        )
        assert uitkomst.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert "De gegevens over de ouders van een partner staan" in uitkomst.reden

    def test_kinship_needs_review_when_the_family_tree_is_investigated(self) -> None:
        uitkomst = _uitkomst(
            _toets(stamboom_in_onderzoek=True), Regelcode.BLOEDVERWANTSCHAP, Betreft.HUWELIJK
        )
        assert uitkomst.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert uitkomst.gegevens["inOnderzoek"] == "stamboom"

    def test_a_witness_birth_date_under_investigation(self) -> None:
        getuige = _persoon(BSN_3, in_onderzoek={Onderzoeksgegeven.GEBOORTEDATUM: None})
        uitkomst = _uitkomst(
            _toets(getuigen=(getuige, None)), Regelcode.GETUIGE_MEERDERJARIG, Betreft.GETUIGE_1
        )
        assert uitkomst.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING

    def test_the_other_partner_sees_only_that_the_municipality_decides(self) -> None:
        partner = _persoon(BSN_1, in_onderzoek={Onderzoeksgegeven.GEBOORTEDATUM: self.SINDS})
        zichtbaar = voor_burger(_toets(partner1=partner), Betreft.PARTNER2)
        over_ander = _uitkomst(zichtbaar, Regelcode.MEERDERJARIG, Betreft.PARTNER1)
        assert "onderzoek" not in over_ander.reden
        assert over_ander.gegevens == {}
