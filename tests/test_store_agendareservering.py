"""A case's reservation in an external agenda: kept with the case, replaced only knowingly."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from store_builders import GEMEENTE, NOW, make_case

from trouwgraph.store.database import session_factory
from trouwgraph.store.errors import StaleVersion
from trouwgraph.store.outbox import Bericht, OutboxRepository
from trouwgraph.store.records import ReservationChange
from trouwgraph.store.repository import CaseRepository


class TestSave:
    async def test_a_new_case_keeps_its_reservation(self, repository: CaseRepository) -> None:
        case = make_case(agenda_reservering_id="q-1")
        await repository.add(case, [], [], NOW)

        stored = await repository.get(case.id, GEMEENTE)
        assert stored is not None and stored.agenda_reservering_id == "q-1"

    async def test_a_save_keeps_the_reservation_unless_told(
        self, repository: CaseRepository
    ) -> None:
        case = make_case(agenda_reservering_id="q-1")
        await repository.add(case, [], [], NOW)
        changed = dataclasses.replace(case, status="GERESERVEERD", agenda_reservering_id="x")

        saved = await repository.save(changed, expected_versie=1, claims=None, history=[], now=NOW)

        assert saved.agenda_reservering_id == "q-1"

    async def test_replaces_the_expected_reservation(self, repository: CaseRepository) -> None:
        case = make_case(agenda_reservering_id="q-1")
        await repository.add(case, [], [], NOW)

        saved = await repository.save(
            case,
            expected_versie=1,
            claims=None,
            history=[],
            now=NOW,
            reservation=ReservationChange("q-1", "q-2"),
        )

        assert (saved.agenda_reservering_id, saved.versie) == ("q-2", 2)

    async def test_refuses_when_the_reservation_was_replaced_meanwhile(
        self, repository: CaseRepository
    ) -> None:
        case = make_case(agenda_reservering_id="q-1")
        await repository.add(case, [], [], NOW)
        assert await repository.replace_agenda_reservation(case.id, "q-1", "q-1b")

        with pytest.raises(StaleVersion):
            await repository.save(
                dataclasses.replace(case, status="GEANNULEERD"),
                expected_versie=1,
                claims=None,
                history=[],
                now=NOW,
                reservation=ReservationChange("q-1", None),
            )

        stored = await repository.get(case.id, GEMEENTE)
        assert stored is not None
        assert (stored.status, stored.versie, stored.agenda_reservering_id) == (
            "VOORLOPIG",
            1,  # replacing a lapsed hold does not change the case's content
            "q-1b",
        )

    async def test_replacing_needs_the_reservation_the_case_holds(
        self, repository: CaseRepository
    ) -> None:
        case = make_case(agenda_reservering_id="q-1")
        await repository.add(case, [], [], NOW)

        assert not await repository.replace_agenda_reservation(case.id, "q-0", "q-2")
        stored = await repository.get(case.id, GEMEENTE)
        assert stored is not None and stored.agenda_reservering_id == "q-1"


class TestExpire:
    async def test_an_expired_case_lets_go_of_its_reservation_through_the_outbox(
        self, repository: CaseRepository, store_engine: AsyncEngine
    ) -> None:
        held = make_case(verloopt_op=NOW, agenda_reservering_id="q-7")
        without = make_case(verloopt_op=NOW)
        for case in (held, without):
            await repository.add(case, [], [], NOW)

        def release(gemeentecode: str, case_id: str, reservering: str) -> Bericht:
            return Bericht(gemeentecode, case_id, "agenda.annuleer", f"{case_id}:{reservering}")

        later = NOW + timedelta(minutes=1)
        assert sorted(await repository.expire(GEMEENTE, later, release=release)) == sorted(
            [held.id, without.id]
        )

        stored = await repository.get(held.id, GEMEENTE)
        assert stored is not None and stored.agenda_reservering_id is None
        due = await OutboxRepository(session_factory(store_engine)).te_bezorgen(later, 100)
        mine = [(b.case_id, b.soort, b.sleutel) for b in due if b.case_id in (held.id, without.id)]
        assert mine == [(held.id, "agenda.annuleer", f"{held.id}:q-7")]
