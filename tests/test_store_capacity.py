"""A BABS's ceremonies per day and per week, enforced by the database under concurrency."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from store_builders import CEREMONY, NOW, claim, created, make_case

from trouwgraph.store.capacity import CapacityFull, CapacityRules, CapacitySeat
from trouwgraph.store.database import session_factory
from trouwgraph.store.records import ResourceClaim
from trouwgraph.store.repository import CaseRepository

HOUR = timedelta(hours=1)


def regels(per_dag: int, per_week: int) -> CapacityRules:
    """babs-1 may do `per_dag` ceremonies a (UTC) day and `per_week` a week."""

    def rules(c: ResourceClaim) -> list[CapacitySeat]:
        if (c.kind, c.resource_id) != ("ambtenaar", "babs-1"):
            return []
        dag = c.start.date()
        maandag = dag - timedelta(days=dag.weekday())
        return [
            CapacitySeat("ambtenaar-dag", dag.isoformat(), per_dag),
            CapacitySeat("ambtenaar-week", maandag.isoformat(), per_week),
        ]

    return rules


def met_regels(engine: AsyncEngine, rules: CapacityRules) -> CaseRepository:
    """A repository on the emptied, migrated database, enforcing `rules`."""
    return CaseRepository(session_factory(engine), rules)


async def reserveer_tegelijk(
    repository: CaseRepository, starts: list[timedelta]
) -> list[BaseException | None]:
    """One case per start offset from CEREMONY, each claiming babs-1 for 20 minutes at a
    location of its own (no two overlap), all at once."""

    async def reserveer(nummer: int, verschuiving: timedelta) -> None:
        start = CEREMONY + verschuiving
        case = make_case(moment_start=start, moment_eind=start + timedelta(minutes=20))
        claims = [
            claim("ambtenaar", "babs-1", start, minutes=20),
            claim("locatie", f"zaal-{nummer}", start, minutes=20),
        ]
        await repository.add(case, claims, [created(case)], NOW)

    return await asyncio.gather(
        *(reserveer(n, v) for n, v in enumerate(starts)), return_exceptions=True
    )


class TestCapacity:
    async def test_twenty_concurrent_reservations_on_one_day_get_exactly_max_per_dag(
        self, store_engine: AsyncEngine
    ) -> None:
        store = met_regels(store_engine, regels(per_dag=2, per_week=20))
        uitkomsten = await reserveer_tegelijk(store, [n * timedelta(minutes=30) for n in range(20)])
        gelukt = [u for u in uitkomsten if u is None]
        vol = [u for u in uitkomsten if isinstance(u, CapacityFull)]
        assert (len(gelukt), len(vol)) == (2, 18), uitkomsten
        assert {u.rule for u in vol} == {"ambtenaar-dag"}

    async def test_twenty_concurrent_reservations_in_one_week_get_exactly_max_per_week(
        self, store_engine: AsyncEngine
    ) -> None:
        store = met_regels(store_engine, regels(per_dag=20, per_week=3))
        # CEREMONY is a Friday: Monday to Sunday of its week, 20 ceremonies over 5 days.
        maandag = -timedelta(days=CEREMONY.weekday())
        starts = [maandag + timedelta(days=n % 5, minutes=30 * (n // 5)) for n in range(20)]
        uitkomsten = await reserveer_tegelijk(store, starts)
        gelukt = [u for u in uitkomsten if u is None]
        vol = [u for u in uitkomsten if isinstance(u, CapacityFull)]
        assert (len(gelukt), len(vol)) == (3, 17), uitkomsten
        assert {u.rule for u in vol} == {"ambtenaar-week"}

    async def test_a_lapsed_or_released_reservation_frees_its_seat(
        self, store_engine: AsyncEngine
    ) -> None:
        store = met_regels(store_engine, regels(per_dag=1, per_week=5))
        voorlopig = make_case()
        vervalt = NOW + HOUR
        await store.add(
            voorlopig, [claim("ambtenaar", "babs-1", CEREMONY, expires_at=vervalt)], [], NOW
        )
        later = CEREMONY + 2 * HOUR
        tweede = make_case(moment_start=later, moment_eind=later + HOUR)
        with pytest.raises(CapacityFull):
            await store.add(tweede, [claim("ambtenaar", "babs-1", later)], [], NOW)
        await store.add(tweede, [claim("ambtenaar", "babs-1", later)], [], vervalt)  # lapsed
        await store.save(
            tweede, expected_versie=tweede.versie, claims=[], history=[], now=vervalt
        )  # released
        derde = make_case(moment_start=later, moment_eind=later + HOUR)
        await store.add(derde, [claim("ambtenaar", "babs-1", later)], [], vervalt)
