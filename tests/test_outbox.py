"""The durable outbox and its Bezorger, on SQLite and PostgreSQL: the notice is registered in
the case system later when it is down, retried with backoff, delivered exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from zgw_support import BSN_1, BSN_2, ZgwTransport, adapter, clients, melding, registry

from trouwgraph.adapters.zgw import ZgwZaakregistratie
from trouwgraph.resolvers.zaakregistratie import SOORT_REGISTREER, SOORT_STATUS, Bezorger, backoff
from trouwgraph.store.database import session_factory
from trouwgraph.store.outbox import Bericht, OutboxRepository

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
GEMEENTE = "0344"


def registreer(case_id: str) -> Bericht:
    return Bericht(
        GEMEENTE,
        case_id,
        SOORT_REGISTREER,
        f"{case_id}:registreer",
        melding(f"HUW-{case_id}").naar_json(),
    )


def status(case_id: str, omschrijving: str, op: datetime) -> Bericht:
    payload = {"statustype": omschrijving, "datum": op.isoformat(), "toelichting": omschrijving}
    return Bericht(
        GEMEENTE, case_id, SOORT_STATUS, f"{case_id}:status:{omschrijving}:{op}", payload
    )


@pytest.fixture
async def outbox(store_engine: AsyncEngine) -> OutboxRepository:
    async with store_engine.begin() as connection:
        await connection.execute(text("DELETE FROM outbox"))
    return OutboxRepository(session_factory(store_engine))


class Upstream:
    """The embedded ZGW registries; the Zaken API can be switched off (503 or timeouts)."""

    def __init__(self) -> None:
        self.down: str | None = None
        self.transport = ZgwTransport(registry(page_size=100), fault=self._fault)
        self.zaken, self.catalogi = clients(self.transport)
        self.port: ZgwZaakregistratie = adapter(self.zaken, self.catalogi)

    def _fault(self, request: httpx.Request) -> httpx.Response | None:
        if "/zaken/api/v1/" not in request.url.path:
            return None
        if self.down == "503":
            return httpx.Response(503, json={"code": "unavailable", "title": "Onderhoud"})
        if self.down == "timeout":
            raise httpx.ConnectTimeout("no answer", request=request)
        return None

    def zaken_aangemaakt(self) -> int:
        return sum(
            1
            for r, a in self.transport.exchanges
            if r.method == "POST" and r.url.path.endswith("/zaken") and a.status_code == 201
        )


@pytest.fixture
async def upstream() -> AsyncIterator[Upstream]:
    up = Upstream()
    async with up.zaken, up.catalogi:
        yield up


class TestOutbox:
    async def test_a_placed_message_survives_a_restart(
        self, outbox: OutboxRepository, store_engine: AsyncEngine, migrated_target: object
    ) -> None:
        await outbox.plaats([registreer("c1")], NOW)
        engine = migrated_target.engine()  # type: ignore[attr-defined]
        try:
            [claimed] = await OutboxRepository(session_factory(engine)).te_bezorgen(NOW)
        finally:
            await engine.dispose()
        assert (claimed.case_id, claimed.soort) == ("c1", SOORT_REGISTREER)
        assert claimed.payload["partners"][0]["bsn"] == BSN_1

    async def test_placing_the_same_sleutel_again_keeps_one_message(
        self, outbox: OutboxRepository
    ) -> None:
        await outbox.plaats([registreer("c1")], NOW)
        await outbox.plaats([registreer("c1")], NOW + timedelta(minutes=1))

        assert len(await outbox.te_bezorgen(NOW + timedelta(minutes=1))) == 1

    async def test_messages_placed_in_a_rolled_back_transaction_are_gone(
        self, outbox: OutboxRepository, store_engine: AsyncEngine
    ) -> None:
        with pytest.raises(RuntimeError):
            async with session_factory(store_engine)() as session, session.begin():
                await outbox.plaats([registreer("c1")], NOW, session=session)
                raise RuntimeError("the case save failed")

        assert await outbox.te_bezorgen(NOW) == []
        assert await outbox.status_van("c1") is None

    async def test_a_claimed_message_is_not_claimed_again_within_its_lease(
        self, outbox: OutboxRepository
    ) -> None:
        await outbox.plaats([registreer("c1")], NOW)

        assert len(await outbox.te_bezorgen(NOW, lease=timedelta(minutes=5))) == 1
        assert await outbox.te_bezorgen(NOW + timedelta(minutes=4)) == []
        assert len(await outbox.te_bezorgen(NOW + timedelta(minutes=5))) == 1

    async def test_a_message_waits_for_the_older_message_of_its_case(
        self, outbox: OutboxRepository
    ) -> None:
        await outbox.plaats([registreer("c1"), status("c1", "Ontvangen", NOW)], NOW)
        await outbox.plaats([registreer("c2")], NOW)

        claimed = await outbox.te_bezorgen(NOW)

        assert sorted((m.case_id, m.soort) for m in claimed) == [
            ("c1", SOORT_REGISTREER),
            ("c2", SOORT_REGISTREER),
        ]


class TestBezorger:
    @pytest.mark.parametrize(
        ("storing", "code"), [("503", "ZAKEN_UNAVAILABLE"), ("timeout", "ZAKEN_TIME_OUT")]
    )
    async def test_retries_with_backoff_while_the_case_system_is_down(
        self, outbox: OutboxRepository, upstream: Upstream, storing: str, code: str
    ) -> None:
        await outbox.plaats([registreer("c1"), status("c1", "Ontvangen", NOW)], NOW)
        bezorger = Bezorger(outbox, upstream.port, basis=timedelta(seconds=30))
        upstream.down = storing

        assert await bezorger.bezorg(NOW) == 0
        eerste = await outbox.status_van("c1")
        assert eerste is not None
        assert (eerste.status, eerste.pogingen) == ("VERTRAAGD", 1)
        assert eerste.volgende_poging_op == NOW + timedelta(seconds=30)
        assert eerste.laatste_fout is not None and eerste.laatste_fout.startswith(code)
        assert BSN_1 not in eerste.laatste_fout

        assert await bezorger.bezorg(NOW + timedelta(seconds=29)) == 0  # not due yet
        assert await bezorger.bezorg(NOW + timedelta(seconds=30)) == 0
        tweede = await outbox.status_van("c1")
        assert tweede is not None
        assert tweede.pogingen == 2
        assert tweede.volgende_poging_op == NOW + timedelta(seconds=90)

        upstream.down = None
        later = NOW + timedelta(seconds=90)
        assert await bezorger.bezorg(later) == 1  # the registration
        assert await bezorger.bezorg(later) == 1  # then its status
        klaar = await outbox.status_van("c1")
        assert klaar is not None
        assert (klaar.status, klaar.pogingen, klaar.laatste_fout) == ("GEREGISTREERD", 0, None)
        assert klaar.zaak_url is not None
        assert upstream.zaken_aangemaakt() == 1

    async def test_a_delivered_message_is_not_delivered_again(
        self, outbox: OutboxRepository, upstream: Upstream
    ) -> None:
        await outbox.plaats([registreer("c1")], NOW)
        bezorger = Bezorger(outbox, upstream.port)

        assert await bezorger.bezorg(NOW) == 1
        assert await bezorger.bezorg(NOW + timedelta(hours=1)) == 0

        assert upstream.zaken_aangemaakt() == 1
        assert len(await upstream.port._zaken.all_pages("rollen")) == 2

    async def test_concurrent_workers_deliver_every_message_once(
        self, outbox: OutboxRepository, upstream: Upstream
    ) -> None:
        await outbox.plaats([registreer(f"c{n}") for n in range(6)], NOW)
        workers = [Bezorger(outbox, upstream.port, batch=2) for _ in range(3)]

        delivered = await asyncio.gather(*(w.bezorg(NOW) for w in workers))
        delivered += await asyncio.gather(*(w.bezorg(NOW) for w in workers))

        assert sum(delivered) == 6
        assert upstream.zaken_aangemaakt() == 6
        assert len(await upstream.port._zaken.all_pages("rollen")) == 12

    async def test_the_payload_with_bsns_is_cleared_once_delivered(
        self, outbox: OutboxRepository, upstream: Upstream, store_engine: AsyncEngine
    ) -> None:
        await outbox.plaats([registreer("c1")], NOW)

        await Bezorger(outbox, upstream.port).bezorg(NOW)

        async with store_engine.connect() as connection:
            payload = (await connection.execute(text("SELECT payload FROM outbox"))).scalar()
        assert BSN_1 not in str(payload) and BSN_2 not in str(payload)


class TestBackoff:
    def test_doubles_from_the_base_and_stops_at_the_maximum(self) -> None:
        waits = [
            backoff(n, basis=timedelta(seconds=30), maximum=timedelta(minutes=5))
            for n in range(1, 7)
        ]
        assert waits == [timedelta(seconds=s) for s in (30, 60, 120, 240, 300, 300)]

    def test_a_huge_attempt_count_does_not_overflow(self) -> None:
        assert backoff(10_000, maximum=timedelta(hours=1)) == timedelta(hours=1)
