"""`beschikbaarheid`'s day summaries, kept between requests, answer exactly what computing the
period afresh answers, whatever was booked, searched or remembered before."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trouwgraph.domain.beschikbaarheid import (
    Bezetting,
    Middelsoort,
    per_dag,
    vrij_in,
    zoekvraag,
)
from trouwgraph.domain.dagoverzicht import Dagoverzichten
from trouwgraph.server.gemeenten.config import load_gemeente

from gateway_support import DEMO_CONFIG  # isort: skip

CONFIG = load_gemeente(DEMO_CONFIG).procesconfiguratie
ZONE = CONFIG.zone
MAANDAG = date(2027, 3, 1)  # the search's weeks: 1 to 28 March (and their whole weeks)
GEDEELD = Dagoverzichten(maximum=200)  # remembers across examples, and forgets some


def _bezettingen() -> st.SearchStrategy[Bezetting]:
    middelen = [(Middelsoort.LOCATIE, loc.id) for loc in CONFIG.locaties]
    middelen += [(Middelsoort.AMBTENAAR, a.id) for a in CONFIG.ambtenaren]
    return st.builds(
        lambda middel, dag, kwartier, duur, ceremonie: Bezetting(
            middel[0],
            middel[1],
            start := datetime.combine(MAANDAG + timedelta(days=dag), time(0), tzinfo=ZONE)
            + timedelta(minutes=15 * kwartier),
            start + timedelta(minutes=duur),
            ceremonie,
        ),
        st.sampled_from(middelen),
        st.integers(0, 27),
        st.integers(0, 95),
        st.sampled_from([30, 45, 60, 120, 60 * 26]),  # leave may span days
        st.booleans(),
    )


@st.composite
def zoekvragen(draw: st.DrawFn) -> dict[str, object]:
    soort = draw(st.sampled_from(CONFIG.ceremonietypen))
    locaties = [loc.id for loc in CONFIG.locaties_voor(soort)]
    van = MAANDAG + timedelta(days=draw(st.integers(0, 20)))
    return {
        "ceremonietype": soort.code,
        "locatie_id": draw(st.none() | st.sampled_from(locaties)),
        "ambtenaar_id": draw(st.none() | st.sampled_from([a.id for a in CONFIG.ambtenaren])),
        "van": van,
        "tot": van + timedelta(days=draw(st.integers(0, 7))),
    }


def _volle_week(ambtenaar_id: str, week: int) -> list[Bezetting]:
    """The officiant's whole week capacity, booked on its Monday morning."""
    ambtenaar = CONFIG.ambtenaar(ambtenaar_id)
    maandag = datetime.combine(MAANDAG + timedelta(weeks=week), time(7), tzinfo=ZONE)
    return [
        Bezetting(Middelsoort.AMBTENAAR, ambtenaar_id, maandag, maandag + timedelta(minutes=5))
        for _ in range(ambtenaar.max_per_week)
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    zoek=zoekvragen(),
    bezet=st.lists(_bezettingen(), max_size=25),
    volle_week=st.none() | st.integers(0, 3),
    na_uren=st.none() | st.integers(0, 28 * 24),
)
def test_remembered_days_equal_the_period_computed_afresh(
    zoek: dict[str, object],
    bezet: list[Bezetting],
    volle_week: int | None,
    na_uren: int | None,
) -> None:
    van, tot = zoek.pop("van"), zoek.pop("tot")
    assert isinstance(van, date) and isinstance(tot, date)
    if volle_week is not None:
        drukke = zoek["ambtenaar_id"] or CONFIG.ambtenaren[0].id
        assert isinstance(drukke, str)
        bezet = bezet + _volle_week(drukke, volle_week)
    vraag = zoekvraag(CONFIG, van=van, tot=tot, **zoek)  # type: ignore[arg-type]
    na = None
    if na_uren is not None:
        na = datetime.combine(MAANDAG, time(0), tzinfo=ZONE) + timedelta(hours=na_uren)
    verwacht = per_dag(vrij_in(CONFIG, vraag, van, tot, bezet, na), ZONE)
    assert GEDEELD.per_dag(CONFIG, vraag, van, tot, bezet, na) == verwacht
    assert GEDEELD.per_dag(CONFIG, vraag, van, tot, bezet, na) == verwacht  # remembered


def test_a_booking_recomputes_only_the_days_it_decides() -> None:
    overzichten = Dagoverzichten()
    vraag = zoekvraag(CONFIG, van=MAANDAG, tot=date(2027, 3, 28), ceremonietype="UITGEBREID")
    overzichten.per_dag(CONFIG, vraag, MAANDAG, date(2027, 3, 28), [], None)
    eerst = overzichten.berekend
    overzichten.per_dag(CONFIG, vraag, MAANDAG, date(2027, 3, 28), [], None)
    assert overzichten.berekend == eerst  # nothing booked since: every day remembered

    woensdag = datetime(2027, 3, 17, 10, 0, tzinfo=ZONE)
    locatie = CONFIG.locaties_voor(vraag.soort)[0].id
    geboekt = [Bezetting(Middelsoort.LOCATIE, locatie, woensdag, woensdag + timedelta(hours=1))]
    dagen = overzichten.per_dag(CONFIG, vraag, MAANDAG, date(2027, 3, 28), geboekt, None)
    # The day itself and the day before (whose late slots could run into it).
    assert overzichten.berekend - eerst == 2
    assert dagen == per_dag(vrij_in(CONFIG, vraag, MAANDAG, date(2027, 3, 28), geboekt, None), ZONE)


def test_a_full_week_booked_on_monday_closes_the_officiants_other_days() -> None:
    bas = "babs-bas-de-boer"  # works Fridays and Saturdays only
    van, tot = date(2027, 3, 8), date(2027, 3, 14)
    vraag = zoekvraag(CONFIG, van=van, tot=tot, ceremonietype="UITGEBREID", ambtenaar_id=bas)
    overzichten = Dagoverzichten()
    assert [d.datum for d in overzichten.per_dag(CONFIG, vraag, van, tot, [], None)] == [
        date(2027, 3, 12),
        date(2027, 3, 13),
    ]
    assert overzichten.per_dag(CONFIG, vraag, van, tot, _volle_week(bas, 1), None) == []
