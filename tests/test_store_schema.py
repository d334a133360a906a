"""The schema comes from the migrations, matches the models, and the engine is set up right."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from asyncpg.exceptions import ConnectionDoesNotExistError
from sqlalchemy import Column, Connection, Integer, MetaData, Table, inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from store_builders import GEMEENTE, NOW, make_case

from trouwgraph.store.database import (
    create_engine,
    downgrade,
    migrate,
    ping,
    session_factory,
    unit_of_work,
)
from trouwgraph.store.errors import StoreError, StoreUnavailable
from trouwgraph.store.mapping import to_row
from trouwgraph.store.models import Base
from trouwgraph.store.repository import CaseRepository

if TYPE_CHECKING:
    from store_support import StoreTarget


STORE_TABLES = {"cases", "case_partners", "case_history", "slot_claims"}


def _schema_diff(connection: Connection, metadata: MetaData) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _wrapped(oorzaak: Exception) -> Exception:
    """An error as SQLAlchemy's asyncpg adapter hands it on: generic, the driver's as cause."""
    try:
        raise Exception("adapted") from oorzaak
    except Exception as adapted:
        return adapted


def _table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


class TestMigrations:
    async def test_migrated_schema_matches_the_models(self, store_engine: AsyncEngine) -> None:
        async with store_engine.connect() as connection:
            assert await connection.run_sync(_schema_diff, Base.metadata) == []

    async def test_the_comparison_notices_a_model_without_a_migration(
        self, store_engine: AsyncEngine
    ) -> None:
        drifted = MetaData()
        for table in Base.metadata.tables.values():
            table.to_metadata(drifted)
        Table("not_migrated", drifted, Column("id", Integer, primary_key=True))

        async with store_engine.connect() as connection:
            diff = await connection.run_sync(_schema_diff, drifted)

        assert [entry[0] for entry in diff] == ["add_table"]

    async def test_upgrades_downgrades_and_upgrades_again(self, empty_target: StoreTarget) -> None:
        engine = empty_target.engine()
        try:
            await migrate(engine)
            await migrate(engine)  # already at head: nothing to do
            async with engine.connect() as connection:
                assert await connection.run_sync(_table_names) >= STORE_TABLES

            await downgrade(engine)
            async with engine.connect() as connection:
                assert not STORE_TABLES & await connection.run_sync(_table_names)

            await migrate(engine)
            repository = CaseRepository(session_factory(engine))
            case = make_case()
            await repository.add(case, [], [], NOW)
            assert await repository.get(case.id, GEMEENTE) == case
        finally:
            await engine.dispose()

    async def test_migration_0006_holds_each_reserving_partner_once(
        self, empty_target: StoreTarget
    ) -> None:
        engine = empty_target.engine()
        try:
            await migrate(engine, "0005")
            cases = [
                make_case(id="a", status="GEANNULEERD", partner_bsns=("999990019", "999990020")),
                make_case(id="b", status="GERESERVEERD", partner_bsns=("999990019", "999990020")),
                make_case(id="c", status="VOORLOPIG", partner_bsns=("999990019",)),
                make_case(id="d", status="BEVESTIGD", partner_bsns=("999990032",)),
            ]
            sessions = session_factory(engine)
            for number, case in enumerate(cases):
                async with sessions.begin() as session:
                    session.add(
                        to_row(replace(case, aangemaakt_op=NOW + timedelta(minutes=number)))
                    )
            await migrate(engine)
            async with engine.connect() as connection:
                rows = await connection.execute(
                    text("SELECT bsn, case_id FROM partner_claims ORDER BY bsn")
                )
                # The oldest case that still leads to a ceremony; partner 2 is not backfilled.
                assert [tuple(row) for row in rows] == [("999990019", "b"), ("999990032", "d")]
        finally:
            await engine.dispose()


class TestEngine:
    async def test_ping_answers_true_for_a_live_database(self, store_engine: AsyncEngine) -> None:
        assert await ping(store_engine) is True

    async def test_ping_answers_false_for_an_unreachable_database(self, tmp_path: Path) -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/store.db")
        try:
            assert await ping(engine) is False
        finally:
            await engine.dispose()

    async def test_repository_reports_an_unreachable_database_as_unavailable(
        self, tmp_path: Path
    ) -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/store.db")
        repository = CaseRepository(session_factory(engine))
        try:
            with pytest.raises(StoreUnavailable) as raised:
                await repository.for_partner(GEMEENTE, "999993653")
        finally:
            await engine.dispose()
        assert "999993653" not in str(raised.value)

    async def test_a_refused_postgresql_connection_is_unavailable_not_a_crash(self) -> None:
        # Port 1 refuses at once: this needs no PostgreSQL server.
        engine = create_engine("postgresql+asyncpg://postgres@127.0.0.1:1/test", connect_timeout=2)
        repository = CaseRepository(session_factory(engine))
        try:
            assert await ping(engine) is False
            with pytest.raises(StoreUnavailable):
                await repository.get("onbekend", GEMEENTE)
        finally:
            await engine.dispose()

    async def test_a_connection_lost_mid_statement_is_unavailable(self, tmp_path: Path) -> None:
        # asyncpg's lost connection reaches SQLAlchemy wrapped in the dialect's generic Error,
        # with the driver's own error only as its cause: still a passing outage, not a fault.
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/store.db")
        verloren = ConnectionDoesNotExistError("connection was closed in the middle of operation")
        try:
            with pytest.raises(StoreUnavailable):
                async with unit_of_work(session_factory(engine), write=False, wat="test"):
                    raise DBAPIError("SELECT 1", {}, _wrapped(verloren))
            with pytest.raises(StoreError) as anders:
                async with unit_of_work(session_factory(engine), write=False, wat="test"):
                    raise DBAPIError("SELECT 1", {}, _wrapped(ValueError("bad value")))
        finally:
            await engine.dispose()
        assert not isinstance(anders.value, StoreUnavailable)

    async def test_sqlite_file_database_uses_wal_and_foreign_keys(self, tmp_path: Path) -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/store.db")
        try:
            await migrate(engine)
            async with engine.connect() as connection:
                journal_mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar()
                with pytest.raises(IntegrityError):
                    await connection.execute(
                        text(
                            "INSERT INTO case_partners (case_id, volgnummer, gemeentecode, bsn)"
                            " VALUES ('onbekend', 1, '0363', '999993653')"
                        )
                    )
        finally:
            await engine.dispose()

        assert journal_mode == "wal"
