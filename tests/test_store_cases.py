"""The case repository keeps cases, their partners, history and versions."""

from __future__ import annotations

import dataclasses
from datetime import timedelta, timezone

import pytest
from store_builders import CEREMONY, GEMEENTE, NOW, claim, created, make_case

from trouwgraph.store.errors import InvalidCursor, StaleVersion
from trouwgraph.store.records import CaseFilter, HistoryEntry
from trouwgraph.store.repository import CaseRepository


class TestRoundTrip:
    async def test_returns_the_case_as_it_was_added(self, repository: CaseRepository) -> None:
        case = make_case(document={"getuigen": [{"naam": "Jansen"}], "extra": {"tolk": True}})
        await repository.add(case, [], [created(case)], NOW)

        assert await repository.get(case.id, GEMEENTE) == case

    async def test_returns_times_in_utc_whatever_zone_they_came_in(
        self, repository: CaseRepository
    ) -> None:
        amsterdam_summer = timezone(timedelta(hours=2))
        start = CEREMONY.astimezone(amsterdam_summer)
        case = make_case(moment_start=start, moment_eind=start + timedelta(hours=1))
        await repository.add(case, [], [], NOW)

        stored = await repository.get(case.id, GEMEENTE)

        assert stored is not None
        assert stored.moment_start == CEREMONY
        assert stored.moment_start.utcoffset() == timedelta(0)

    async def test_keeps_partner_order(self, repository: CaseRepository) -> None:
        case = make_case(partner_bsns=("999991723", "999993653"))
        await repository.add(case, [], [], NOW)

        stored = await repository.get(case.id, GEMEENTE)

        assert stored is not None
        assert stored.partner_bsns == ("999991723", "999993653")

    async def test_hides_a_case_from_another_municipality(self, repository: CaseRepository) -> None:
        case = make_case()
        await repository.add(case, [], [], NOW)

        assert await repository.get(case.id, "0599") is None

    async def test_returns_none_for_an_unknown_case(self, repository: CaseRepository) -> None:
        assert await repository.get("onbekend", GEMEENTE) is None


class TestSave:
    async def test_bumps_versie_and_stores_changes(self, repository: CaseRepository) -> None:
        case = make_case()
        await repository.add(case, [], [created(case)], NOW)
        later = NOW + timedelta(minutes=5)
        changed = dataclasses.replace(
            case,
            status="GERESERVEERD",
            partner_bsns=("999993653", "999991723", "999990019"),
            document={"getuigen": [{"naam": "De Vries"}]},
        )

        saved = await repository.save(
            changed, expected_versie=1, claims=None, history=[], now=later
        )

        assert saved == dataclasses.replace(changed, versie=2, gewijzigd_op=later)
        assert await repository.get(case.id, GEMEENTE) == saved

    async def test_refuses_a_stale_versie_and_writes_nothing(
        self, repository: CaseRepository
    ) -> None:
        case = make_case()
        await repository.add(case, [claim("ambtenaar", "babs-1", CEREMONY)], [created(case)], NOW)
        first = dataclasses.replace(case, status="GERESERVEERD")
        await repository.save(first, expected_versie=1, claims=None, history=[], now=NOW)
        stale = dataclasses.replace(case, status="GEANNULEERD", document={"x": 1})
        entry = HistoryEntry(NOW, "burger", "VOORLOPIG", "GEANNULEERD")

        with pytest.raises(StaleVersion):
            await repository.save(stale, expected_versie=1, claims=[], history=[entry], now=NOW)

        stored = await repository.get(case.id, GEMEENTE)
        assert stored is not None
        assert (stored.status, stored.versie, stored.document) == ("GERESERVEERD", 2, case.document)
        assert len(await repository.history(case.id)) == 1
        busy = await repository.busy(
            GEMEENTE, "ambtenaar", None, CEREMONY, CEREMONY + timedelta(hours=1), NOW
        )
        assert len(busy) == 1

    async def test_refuses_to_save_a_case_that_does_not_exist(
        self, repository: CaseRepository
    ) -> None:
        with pytest.raises(StaleVersion):
            await repository.save(make_case(), expected_versie=1, claims=None, history=[], now=NOW)


class TestHistory:
    async def test_appends_entries_in_order_across_saves(self, repository: CaseRepository) -> None:
        case = make_case()
        await repository.add(case, [], [created(case)], NOW)
        steps = [
            HistoryEntry(NOW + timedelta(days=1), "burger", "VOORLOPIG", "GERESERVEERD"),
            HistoryEntry(
                NOW + timedelta(days=2),
                "medewerker-7",
                "GERESERVEERD",
                "GEANNULEERD",
                reden="op verzoek",
            ),
        ]
        await repository.save(case, expected_versie=1, claims=None, history=steps[:1], now=NOW)
        await repository.save(case, expected_versie=2, claims=None, history=steps[1:], now=NOW)

        assert await repository.history(case.id) == [created(case), *steps]

    async def test_is_empty_for_an_unknown_case(self, repository: CaseRepository) -> None:
        assert await repository.history("onbekend") == []


class TestForPartner:
    async def test_finds_the_cases_of_one_partner_in_one_municipality(
        self, repository: CaseRepository
    ) -> None:
        mine = make_case(partner_bsns=("999993653", "999991723"))
        also_mine = make_case(
            partner_bsns=("999990019", "999993653"), aangemaakt_op=NOW + timedelta(days=1)
        )
        someone_else = make_case(partner_bsns=("999990019", "999991723"))
        elsewhere = make_case(gemeentecode="0599", partner_bsns=("999993653", "999991723"))
        for case in (also_mine, someone_else, elsewhere, mine):
            await repository.add(case, [], [], NOW)

        found = await repository.for_partner(GEMEENTE, "999993653")

        assert [case.id for case in found] == [mine.id, also_mine.id]

    async def test_finds_a_partner_added_by_a_later_save(self, repository: CaseRepository) -> None:
        case = make_case(partner_bsns=("999993653",))
        await repository.add(case, [], [], NOW)
        invited = dataclasses.replace(case, partner_bsns=("999993653", "999991723"))
        await repository.save(invited, expected_versie=1, claims=None, history=[], now=NOW)

        assert [c.id for c in await repository.for_partner(GEMEENTE, "999991723")] == [case.id]


class TestList:
    async def _add_days(self, repository: CaseRepository, days: int) -> list[str]:
        ids = []
        for day in range(days):
            case = make_case(
                id=f"case-{day:02d}",
                moment_start=CEREMONY + timedelta(days=day),
                moment_eind=CEREMONY + timedelta(days=day, hours=1),
                aangemaakt_op=NOW + timedelta(minutes=days - day),
            )
            await repository.add(case, [], [], NOW)
            ids.append(case.id)
        return ids

    async def test_walks_all_cases_with_cursors_in_ceremony_order(
        self, repository: CaseRepository
    ) -> None:
        ids = await self._add_days(repository, 7)
        undated = make_case(id="case-zz", moment_start=None, moment_eind=None)
        await repository.add(undated, [], [], NOW)
        seen: list[str] = []
        after = None
        pages = 0
        while True:
            page = await repository.list(GEMEENTE, CaseFilter(), first=3, after=after)
            pages += 1
            assert page.total_count == 8
            seen.extend(case.id for case in page.items)
            if not page.has_next_page:
                break
            after = page.end_cursor

        assert seen == [*ids, undated.id]
        assert pages == 3

    async def test_orders_by_creation_when_asked(self, repository: CaseRepository) -> None:
        ids = await self._add_days(repository, 4)
        by_creation = CaseFilter(order_by="aangemaakt_op")

        first = await repository.list(GEMEENTE, by_creation, first=2)
        second = await repository.list(GEMEENTE, by_creation, first=2, after=first.end_cursor)

        assert [c.id for c in first.items + second.items] == list(reversed(ids))
        assert not second.has_next_page

    async def test_filters_on_status_period_and_location(self, repository: CaseRepository) -> None:
        await self._add_days(repository, 5)
        cancelled = make_case(id="case-x", status="GEANNULEERD", moment_start=CEREMONY)
        outside = make_case(id="case-y", locatie_id="strand", moment_start=CEREMONY)
        for case in (cancelled, outside):
            await repository.add(case, [], [], NOW)
        selection = CaseFilter(
            statuses=frozenset({"VOORLOPIG"}),
            van=CEREMONY + timedelta(days=1),
            tot=CEREMONY + timedelta(days=3),
            locatie_id="stadhuis-trouwzaal",
        )

        page = await repository.list(GEMEENTE, selection, first=10)

        assert [case.id for case in page.items] == ["case-01", "case-02"]
        assert page.total_count == 2

    async def test_returns_an_empty_last_page_for_no_matches(
        self, repository: CaseRepository
    ) -> None:
        page = await repository.list(GEMEENTE, CaseFilter(), first=5)

        assert (page.items, page.end_cursor, page.has_next_page, page.total_count) == (
            (),
            None,
            False,
            0,
        )

    @pytest.mark.parametrize("cursor", ["not base64!", "bm90IGpzb24=", "e30=", "W10="])
    async def test_refuses_a_cursor_it_did_not_issue(
        self, repository: CaseRepository, cursor: str
    ) -> None:
        with pytest.raises(InvalidCursor):
            await repository.list(GEMEENTE, CaseFilter(), first=5, after=cursor)

    async def test_refuses_a_cursor_from_another_ordering(self, repository: CaseRepository) -> None:
        await self._add_days(repository, 3)
        page = await repository.list(GEMEENTE, CaseFilter(), first=1)

        with pytest.raises(InvalidCursor):
            await repository.list(
                GEMEENTE, CaseFilter(order_by="aangemaakt_op"), first=1, after=page.end_cursor
            )
