"""`beschikbaarheid` offers exactly what `reserveer` accepts, for the same actor at that moment.

Hypothesis draws requests (clock, actor, ceremony type, location, BABS, period) against the
demo municipality on a real store that fills up as it goes: every offered slot can be
reserved, and a start that was not offered is refused.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from logboek_support import GeheugenLogboek
from sqlalchemy.ext.asyncio import AsyncEngine

from trouwgraph.adapters.bag import BagAdres
from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.begrippen import Verbintenissoort
from trouwgraph.domain.bsn import is_geldig_bsn
from trouwgraph.domain.fouten import Fout
from trouwgraph.domain.onderdelen import AmbtenaarKeuze, LocatieKeuze
from trouwgraph.resolvers.huwelijken import Huwelijkszaken, Procesdiensten
from trouwgraph.server.gemeenten.config import load_gemeente
from trouwgraph.store.database import session_factory
from trouwgraph.store.errors import SlotTaken
from trouwgraph.store.huwelijken import HuwelijkRepository
from trouwgraph.store.repository import CaseRepository

from gateway_support import DEMO_CONFIG  # isort: skip

CONFIG = load_gemeente(DEMO_CONFIG).procesconfiguratie
BEGIN = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
BSNS = (f"{n:09d}" for n in itertools.count(100_000_000) if is_geldig_bsn(f"{n:09d}"))
GEWEIGERD = (Fout, Fout, SlotTaken)


class GeenAdressen:
    """Municipal locations only: the BAG is never asked."""

    async def zoek(
        self,
        postcode: str,
        huisnummer: int,
        huisletter: str | None = None,
        toevoeging: str | None = None,
    ) -> list[BagAdres]:
        raise AssertionError("no own location in this test")

    async def raadpleeg(self, nummeraanduiding_identificatie: str) -> BagAdres | None:
        raise AssertionError("no own location in this test")


@st.composite
def verzoeken(draw: st.DrawFn) -> dict[str, object]:
    """A free-slot request and the moment and actor it is asked by."""
    soort = draw(st.sampled_from(CONFIG.ceremonietypen))
    locaties = [loc.id for loc in CONFIG.locaties_voor(soort)]
    ambtenaren = [a.id for a in CONFIG.ambtenaren] if soort.babs_keuze_toegestaan else []
    nu = BEGIN + timedelta(days=draw(st.integers(0, 60)), minutes=draw(st.integers(0, 1439)))
    vandaag = nu.date()
    van = vandaag + timedelta(days=draw(st.integers(-3, CONFIG.termijnen.boekingshorizon_dagen)))
    return {
        "nu": nu,
        "medewerker": draw(st.booleans()),
        "ceremonietype": soort.code,
        "locatie_id": draw(st.none() | st.sampled_from(locaties)),
        "ambtenaar_id": draw(st.none() | st.sampled_from(ambtenaren)) if ambtenaren else None,
        "van": van,
        "tot": van + timedelta(days=draw(st.integers(0, 30))),
        "locaties": locaties,
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(verzoek=verzoeken(), data=st.data())
async def test_offered_slots_are_reservable_and_others_refused(
    store_engine: AsyncEngine, verzoek: dict[str, object], data: st.DataObject
) -> None:
    nu = verzoek["nu"]
    assert isinstance(nu, datetime)
    bsn = next(BSNS)
    actor = (
        Actor(Rol.MEDEWERKER, "m1")
        if verzoek["medewerker"]
        else Actor(Rol.BURGER, "b", bsn=bsn, acr="substantieel")
    )
    diensten = Procesdiensten(
        huwelijken=HuwelijkRepository(CaseRepository(session_factory(store_engine))),
        config=CONFIG,
        nieuw_id=lambda: next(BSNS),
        adresregister=GeenAdressen(),
        zaakregistratie=False,
    )
    zaken = Huwelijkszaken(diensten, actor, lambda: nu, GeheugenLogboek())
    ceremonietype, ambtenaar_id = verzoek["ceremonietype"], verzoek["ambtenaar_id"]
    assert isinstance(ceremonietype, str)
    assert ambtenaar_id is None or isinstance(ambtenaar_id, str)
    van, tot = verzoek["van"], verzoek["tot"]
    assert isinstance(van, date) and isinstance(tot, date)

    aanbod = await zaken.beschikbaarheid(
        van=van,
        tot=tot,
        ceremonietype=ceremonietype,
        locatie_id=verzoek["locatie_id"],  # type: ignore[arg-type]
        ambtenaar_id=ambtenaar_id,
    )
    keuze = AmbtenaarKeuze.keuze(ambtenaar_id) if ambtenaar_id else None

    async def reserveer(locatie_id: str, start: datetime) -> None:
        await zaken.reserveer(
            soort=Verbintenissoort.HUWELIJK,
            partner1_bsn=bsn,
            ceremonietype=ceremonietype,
            start=start,
            locatie=LocatieKeuze(locatie_id=locatie_id),
            ambtenaar=keuze,
            extras=[],
        )

    # A start that was not offered: any quarter of an hour of the period, at any location.
    aangeboden = {(s.locatie_id, s.start) for s in aanbod}
    dag = van + timedelta(days=data.draw(st.integers(0, (tot - van).days)))
    kwartier = data.draw(st.integers(7 * 4, 19 * 4))
    start = datetime.combine(dag, time(kwartier // 4, 15 * (kwartier % 4)), tzinfo=CONFIG.zone)
    locaties = verzoek["locaties"]
    assert isinstance(locaties, list)
    locatie_id = verzoek["locatie_id"] or data.draw(st.sampled_from(locaties))
    assert isinstance(locatie_id, str)
    if (locatie_id, start) not in aangeboden:
        with pytest.raises(GEWEIGERD):
            await reserveer(locatie_id, start)

    if aanbod:
        slot = data.draw(st.sampled_from(aanbod))
        await reserveer(slot.locatie_id, slot.start)
