"""What one request of each benchmark workload costs: upstream calls and SQL statements.

These are the benchmark's own documents (benchmarks/bench_workloads.py). The figures are
pinned exactly: a change that adds a call or a statement to a workload shows up here, not
first as a slower benchmark. Each request is sent once before it is counted, so one-off work
(a first JWKS fetch, a cold cache) does not count.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import pytest
from gateway_support import Gateway
from sqlalchemy import event
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_trouwgraph import seed_cases
from bench_workloads import CASE_PAGE, MAAND, STAFF_LIST, Workload, workloads

CASES = 12  # 24 partners: two BRP calls of at most 20 BSNs
TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"})


_COUNTED: ContextVar[list[str] | None] = ContextVar("counted", default=None)


def _record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    counted = _COUNTED.get()
    verb = statement.split(None, 1)[0].upper()
    if counted is not None and verb not in TRANSACTION_CONTROL:
        counted.append(verb)


@contextmanager
def sql_statements() -> Iterator[list[str]]:
    """The SQL statements this task (and the tasks it starts) executes while open.

    A context variable, not a time window: the outbox worker's statements do not count.
    SQLAlchemy runs a statement in a greenlet that carries the caller's context.
    """
    statements: list[str] = []
    token = _COUNTED.set(statements)
    event.listen(Engine, "before_cursor_execute", _record)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", _record)
        _COUNTED.reset(token)


async def cost(
    gateway: Gateway, query: str, token: str, variables: dict[str, Any] | None = None
) -> tuple[Counter[str], list[str]]:
    """Upstream calls per registry and SQL statements of one request (sent twice)."""
    first = await gateway.graphql(query, variables, token=token)
    assert "errors" not in first, first
    before = {name: len(recording.exchanges) for name, recording in gateway.upstream.items()}
    with sql_statements() as statements:
        again = await gateway.graphql(query, variables, token=token)
    assert "errors" not in again, again
    calls = Counter(
        {
            name: len(recording.exchanges) - before.get(name, 0)
            for name, recording in gateway.upstream.items()
            if len(recording.exchanges) > before.get(name, 0)
        }
    )
    return calls, statements


def workload(name: str) -> Workload:
    return next(w for w in workloads() if w.name.startswith(name))


async def seed(gateway: Gateway, count: int) -> list[str]:
    """The benchmark's seeding, through the in-process gateway."""

    async def graphql(token: str, query: str) -> dict[str, Any]:
        result = await gateway.graphql(query, token=token)
        assert "errors" not in result, result
        data: dict[str, Any] = result["data"]
        return data

    async def token(rol: str, bsn: str | None) -> str:
        return await gateway.token(rol, bsn)

    return await seed_cases(graphql, token, count, *MAAND)


@pytest.mark.parametrize(
    ("name", "brp_calls"),
    [("one person", 1), ("seven persons, 7 aliased", 1), ("seven persons, one BSN list", 1)],
)
async def test_persons_cost_one_brp_call_and_no_sql(
    gateway: Gateway, name: str, brp_calls: int
) -> None:
    document = workload(name).trouwgraph
    assert document is not None
    calls, statements = await cost(gateway, document, await gateway.token("medewerker"))
    assert calls == Counter({"brp": brp_calls})
    assert statements == []


async def test_beschikbaarheid_for_a_month_costs_no_upstream_call_and_two_queries(
    gateway: Gateway,
) -> None:
    document = workload("beschikbaarheid").trouwgraph
    assert document is not None
    calls, statements = await cost(gateway, document, await gateway.token("medewerker"))
    assert calls == Counter()
    assert statements == ["SELECT", "SELECT"]  # the claims on locations, on BABS


async def test_case_page_and_staff_list_cost_a_fixed_number_of_calls_and_queries(
    gateway: Gateway,
) -> None:
    ids = await seed(gateway, CASES)
    staff = await gateway.token("medewerker")

    calls, statements = await cost(gateway, CASE_PAGE, staff, {"id": ids[0]})
    assert calls == Counter({"brp": 1})  # both partners in one call
    assert statements == ["SELECT", "SELECT"]  # the case, its partners

    calls, statements = await cost(gateway, STAFF_LIST, staff)
    assert calls == Counter({"brp": 2})  # 24 partners in calls of at most 20
    # Lapsed holds expired first (one look per expiring status), then the total count,
    # the page and the page's partners.
    assert statements == ["SELECT"] * 6


RESULTAAT = "{ __typename ... on HuwelijkGewijzigd { huwelijk { id versie } } }"


async def test_reserveer_and_stem_in_cost_one_read_for_the_one_case_rule(
    gateway: Gateway,
) -> None:
    een, twee, warm = "000009842", "000009878", "000009891"

    async def reserveer(bsn: str, start: str) -> dict[str, Any]:
        invoer = (
            f'{{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{start}", '
            'locatie: {locatieId: "gemeentehuis"}, ambtenaar: {toegewezen: true}}'
        )
        result = await gateway.graphql(
            f"mutation {{ reserveer(invoer: {invoer}) {RESULTAAT} }}",
            token=await gateway.token("burger", bsn),
        )
        assert result["data"]["reserveer"]["__typename"] == "HuwelijkGewijzigd", result
        huwelijk: dict[str, Any] = result["data"]["reserveer"]["huwelijk"]
        return huwelijk

    async def stap(bsn: str, veld: str, huwelijk: dict[str, Any], extra: str = "") -> None:
        arguments = f'id: "{huwelijk["id"]}", versie: {huwelijk["versie"]} {extra}'
        result = await gateway.graphql(
            f"mutation {{ {veld}({arguments}) {RESULTAAT} }}",
            token=await gateway.token("burger", bsn),
        )
        assert result["data"][veld]["__typename"] == "HuwelijkGewijzigd", result
        huwelijk.update(result["data"][veld]["huwelijk"])

    await reserveer(warm, "2027-03-24T14:00:00+01:00")  # one-off work out of the count
    with sql_statements() as statements:
        huwelijk = await reserveer(een, "2027-03-26T14:00:00+01:00")
    assert statements == [
        "SELECT",  # the one-case rule: the partner's cases that lead to a ceremony
        *["SELECT"] * 2,  # the claims on BABS and locations, to choose a free BABS
        *["INSERT"] * 2,  # the case, its partner
        "DELETE", "DELETE", "INSERT",  # partner_claims: the case's own, lapsed ones; the claim
        *["DELETE", "INSERT"] * 2,  # the slot claims of the BABS and of the location
        "DELETE", "INSERT", "DELETE", "INSERT", "INSERT",  # a BABS seat of the day, the week
        "SELECT", "INSERT",  # the history
    ]  # fmt: skip

    await stap(een, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{twee}"')
    with sql_statements() as statements:
        await stap(twee, "stemIn", huwelijk)
    assert statements == [
        *["SELECT"] * 2,  # the case, its partners
        "SELECT",  # the one-case rule: partner 2's other cases
        "UPDATE", "DELETE", "INSERT",  # the case, its partners
        "DELETE", "DELETE", "INSERT",  # partner_claims: now both partners are held
        *["DELETE"] * 2,  # the hold's claims and seats, renewed with its new expiry:
        *["DELETE", "INSERT"] * 2,
        "DELETE", "INSERT", "DELETE", "INSERT", "INSERT",
        "SELECT", "INSERT",  # the history
        *["SELECT"] * 2,  # the saved case, its partners
    ]  # fmt: skip
