"""No double booking of a BABS or a location, enforced by the database; expiry."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from store_builders import CEREMONY, GEMEENTE, NOW, claim, created, make_case

from trouwgraph.store.errors import SlotTaken
from trouwgraph.store.records import BusyInterval, ResourceClaim, ResourceKind
from trouwgraph.store.repository import CaseRepository
from trouwgraph.store.slots import BLOCK, block_floor, blocks, merge_blocks

HOUR = timedelta(hours=1)


async def _add_concurrently(
    repository: CaseRepository, kind: ResourceKind, contenders: int
) -> list[BaseException | None]:
    """`contenders` cases, each claiming one shared resource of `kind` for two hours
    starting 5 minutes after the previous one: every pair overlaps."""

    async def reserve(number: int) -> None:
        start = CEREMONY + number * BLOCK
        other_kind: ResourceKind = "locatie" if kind == "ambtenaar" else "ambtenaar"
        claims = [
            claim(kind, "gedeeld", start, minutes=120),
            claim(other_kind, f"eigen-{number}", start, minutes=120),
        ]
        case = make_case(moment_start=start, moment_eind=start + 2 * HOUR)
        await repository.add(case, claims, [created(case)], NOW)

    return await asyncio.gather(
        *(reserve(number) for number in range(contenders)), return_exceptions=True
    )


class TestNoDoubleBooking:
    @pytest.mark.parametrize("kind", ["ambtenaar", "locatie"])
    async def test_lets_exactly_one_of_twenty_overlapping_reservations_win(
        self, repository: CaseRepository, kind: ResourceKind
    ) -> None:
        outcomes = await _add_concurrently(repository, kind, contenders=20)

        winners = [outcome for outcome in outcomes if outcome is None]
        losers = [outcome for outcome in outcomes if isinstance(outcome, SlotTaken)]
        assert (len(winners), len(losers)) == (1, 19), outcomes
        assert all((loser.kind, loser.resource_id) == (kind, "gedeeld") for loser in losers)
        busy = await repository.busy(
            GEMEENTE, kind, ["gedeeld"], CEREMONY, CEREMONY + 4 * HOUR, NOW
        )
        assert len(busy) == 1
        winner_start = CEREMONY + outcomes.index(None) * BLOCK
        assert busy == [BusyInterval(kind, "gedeeld", winner_start, winner_start + 2 * HOUR)]
        other_busy = await repository.busy(
            GEMEENTE,
            "ambtenaar" if kind == "locatie" else "locatie",
            None,
            CEREMONY,
            CEREMONY + 4 * HOUR,
            NOW,
        )
        assert len(other_busy) == 1, "a losing case must leave none of its claims behind"

    async def test_a_losing_case_is_not_stored(self, repository: CaseRepository) -> None:
        first = make_case()
        second = make_case()
        await repository.add(first, [claim("ambtenaar", "babs-1", CEREMONY)], [], NOW)

        with pytest.raises(SlotTaken):
            await repository.add(
                second,
                [claim("locatie", "strand", CEREMONY), claim("ambtenaar", "babs-1", CEREMONY)],
                [created(second)],
                NOW,
            )

        assert await repository.get(second.id, GEMEENTE) is None
        assert await repository.history(second.id) == []
        assert (
            await repository.busy(GEMEENTE, "locatie", None, CEREMONY, CEREMONY + HOUR, NOW) == []
        )

    async def test_books_adjacent_slots_of_one_babs(self, repository: CaseRepository) -> None:
        morning = make_case()
        afternoon = make_case()
        await repository.add(morning, [claim("ambtenaar", "babs-1", CEREMONY, 90)], [], NOW)
        await repository.add(
            afternoon, [claim("ambtenaar", "babs-1", CEREMONY + timedelta(minutes=90), 90)], [], NOW
        )

        busy = await repository.busy(
            GEMEENTE, "ambtenaar", None, CEREMONY, CEREMONY + 4 * HOUR, NOW
        )

        assert [(b.start, b.end) for b in busy] == [
            (CEREMONY, CEREMONY + timedelta(minutes=90)),
            (CEREMONY + timedelta(minutes=90), CEREMONY + 3 * HOUR),
        ]

    async def test_books_one_slot_for_different_municipalities(
        self, repository: CaseRepository
    ) -> None:
        here = make_case()
        there = make_case(gemeentecode="0599")
        await repository.add(here, [claim("locatie", "zaal-1", CEREMONY)], [], NOW)

        await repository.add(there, [claim("locatie", "zaal-1", CEREMONY)], [], NOW)

        assert await repository.get(there.id, "0599") is not None

    async def test_an_expired_provisional_claim_frees_its_slot(
        self, repository: CaseRepository
    ) -> None:
        lapsed = make_case()
        held_until = NOW + timedelta(minutes=15)
        await repository.add(
            lapsed, [claim("ambtenaar", "babs-1", CEREMONY, expires_at=held_until)], [], NOW
        )
        newcomer = make_case()

        with pytest.raises(SlotTaken):
            await repository.add(newcomer, [claim("ambtenaar", "babs-1", CEREMONY)], [], NOW)
        await repository.add(newcomer, [claim("ambtenaar", "babs-1", CEREMONY)], [], held_until)

        busy = await repository.busy(
            GEMEENTE, "ambtenaar", None, CEREMONY, CEREMONY + HOUR, held_until
        )
        assert busy == [BusyInterval("ambtenaar", "babs-1", CEREMONY, CEREMONY + HOUR)]

    async def test_moving_a_case_releases_its_old_slot(self, repository: CaseRepository) -> None:
        case = make_case()
        await repository.add(case, [claim("ambtenaar", "babs-1", CEREMONY)], [], NOW)
        later = CEREMONY + timedelta(minutes=30)
        moved = dataclasses.replace(case, moment_start=later, moment_eind=later + HOUR)

        await repository.save(
            moved,
            expected_versie=1,
            claims=[claim("ambtenaar", "babs-1", later)],
            history=[],
            now=NOW,
        )

        other = make_case()
        with pytest.raises(SlotTaken):
            await repository.add(other, [claim("ambtenaar", "babs-1", later)], [], NOW)
        await repository.add(other, [claim("ambtenaar", "babs-1", CEREMONY, 30)], [], NOW)

    async def test_a_clashing_save_changes_nothing(self, repository: CaseRepository) -> None:
        taken = make_case()
        await repository.add(taken, [claim("locatie", "zaal-1", CEREMONY)], [], NOW)
        case = make_case()
        await repository.add(case, [claim("locatie", "zaal-2", CEREMONY)], [], NOW)
        moved = dataclasses.replace(case, locatie_id="zaal-1", status="GERESERVEERD")

        with pytest.raises(SlotTaken):
            await repository.save(
                moved,
                expected_versie=1,
                claims=[claim("locatie", "zaal-1", CEREMONY)],
                history=[],
                now=NOW,
            )

        assert await repository.get(case.id, GEMEENTE) == case
        busy = await repository.busy(
            GEMEENTE, "locatie", ["zaal-2"], CEREMONY, CEREMONY + HOUR, NOW
        )
        assert len(busy) == 1


class TestBusy:
    async def test_reports_only_requested_resources_within_the_window(
        self, repository: CaseRepository
    ) -> None:
        for number, resource in enumerate(["babs-1", "babs-2", "babs-3"]):
            start = CEREMONY + number * HOUR
            await repository.add(make_case(), [claim("ambtenaar", resource, start)], [], NOW)
        await repository.add(make_case(), [claim("locatie", "babs-1", CEREMONY)], [], NOW)

        busy = await repository.busy(
            GEMEENTE,
            "ambtenaar",
            ["babs-1", "babs-3"],
            CEREMONY + timedelta(minutes=30),
            CEREMONY + 3 * HOUR,
            NOW,
        )

        assert busy == [
            BusyInterval("ambtenaar", "babs-1", CEREMONY + timedelta(minutes=30), CEREMONY + HOUR),
            BusyInterval("ambtenaar", "babs-3", CEREMONY + 2 * HOUR, CEREMONY + 3 * HOUR),
        ]

    async def test_reports_nothing_for_an_empty_resource_list(
        self, repository: CaseRepository
    ) -> None:
        await repository.add(make_case(), [claim("ambtenaar", "babs-1", CEREMONY)], [], NOW)

        assert (
            await repository.busy(GEMEENTE, "ambtenaar", [], CEREMONY, CEREMONY + HOUR, NOW) == []
        )


class TestExpire:
    async def test_expires_lapsed_provisional_cases_and_frees_their_claims(
        self, repository: CaseRepository
    ) -> None:
        lapsed = make_case(verloopt_op=NOW + timedelta(minutes=10))
        fresh = make_case(verloopt_op=NOW + timedelta(hours=1))
        confirmed = make_case(status="BEVESTIGD", verloopt_op=NOW)
        elsewhere = make_case(gemeentecode="0599", verloopt_op=NOW)
        await repository.add(
            lapsed, [claim("ambtenaar", "babs-1", CEREMONY)], [created(lapsed)], NOW
        )
        await repository.add(fresh, [claim("ambtenaar", "babs-2", CEREMONY)], [], NOW)
        await repository.add(confirmed, [claim("ambtenaar", "babs-3", CEREMONY)], [], NOW)
        await repository.add(elsewhere, [], [], NOW)
        moment = NOW + timedelta(minutes=10)

        expired = await repository.expire(GEMEENTE, moment)

        assert expired == [lapsed.id]
        stored = await repository.get(lapsed.id, GEMEENTE)
        assert stored is not None
        assert (stored.status, stored.versie, stored.gewijzigd_op) == ("VERLOPEN", 2, moment)
        assert (await repository.history(lapsed.id))[-1] == dataclasses.replace(
            created(lapsed),
            op=moment,
            door="systeem",
            van_status="VOORLOPIG",
            naar_status="VERLOPEN",
            reden="reservering verlopen",
            gebeurtenis="verloop",
        )
        busy = await repository.busy(GEMEENTE, "ambtenaar", None, CEREMONY, CEREMONY + HOUR, moment)
        assert [b.resource_id for b in busy] == ["babs-2", "babs-3"]
        assert (await repository.get(elsewhere.id, "0599")) == elsewhere

    async def test_covers_every_municipality_without_a_gemeentecode(
        self, repository: CaseRepository
    ) -> None:
        here = make_case(verloopt_op=NOW)
        there = make_case(gemeentecode="0599", verloopt_op=NOW)
        for case in (here, there):
            await repository.add(case, [], [], NOW)

        assert sorted(await repository.expire(None, NOW)) == sorted([here.id, there.id])
        assert await repository.expire(None, NOW) == []

    async def test_uses_the_given_status_names(self, repository: CaseRepository) -> None:
        case = make_case(status="CONCEPT", verloopt_op=NOW)
        await repository.add(case, [], [], NOW)

        await repository.expire(
            GEMEENTE, NOW, provisional_status="CONCEPT", expired_status="VERVALLEN"
        )

        stored = await repository.get(case.id, GEMEENTE)
        assert stored is not None
        assert stored.status == "VERVALLEN"


class TestBlocks:
    def test_rounds_an_off_grid_claim_outwards(self) -> None:
        start = datetime(2026, 6, 12, 13, 2, tzinfo=UTC)

        assert list(blocks(start, start + timedelta(minutes=5))) == [
            datetime(2026, 6, 12, 13, 0, tzinfo=UTC),
            datetime(2026, 6, 12, 13, 5, tzinfo=UTC),
        ]

    def test_aligns_blocks_in_utc_whatever_the_zone(self) -> None:
        from datetime import timezone

        local = datetime(2026, 6, 12, 15, 7, tzinfo=timezone(timedelta(hours=2)))

        assert block_floor(local) == datetime(2026, 6, 12, 13, 5, tzinfo=UTC)

    def test_merges_contiguous_blocks_only(self) -> None:
        starts = [CEREMONY + BLOCK, CEREMONY, CEREMONY + 3 * BLOCK]

        assert merge_blocks(starts) == [
            (CEREMONY, CEREMONY + 2 * BLOCK),
            (CEREMONY + 3 * BLOCK, CEREMONY + 4 * BLOCK),
        ]

    def test_refuses_a_claim_that_ends_before_it_starts(self) -> None:
        with pytest.raises(ValueError, match="end after"):
            ResourceClaim("ambtenaar", "babs-1", CEREMONY, CEREMONY)
