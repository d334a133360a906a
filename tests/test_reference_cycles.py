"""A person lookup's objects go as the request ends, by reference counting alone.

What a request leaves in a reference cycle waits for the cyclic collector; with ten requests
in flight it reaches the old generations and waits for a full collection, which then takes
longer: the latency's tail (docs/performance.md, change 27). Each check below failed before its
cycle was broken.
"""

from __future__ import annotations

import gc
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from gateway_support import Gateway
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from trouwgraph.adapters.brp_model import Persoon
from trouwgraph.resolvers.context import Context
from trouwgraph.resolvers.personen import PersoonLoader

SEVEN = ["999993653", "999993811", "999990019", "999990020", "999990032", "999990044", "999990068"]
EEN = '{ persoon(burgerservicenummer: "999993653") { naam { volledigeNaam } } }'
LIJST = (
    "query($bsns: [BSN!]!) { personen(burgerservicenummers: $bsns) "
    "{ burgerservicenummer geboorte { datum { datum } } } }"
)
ALIASSEN = (
    "{ "
    + " ".join(
        f'p{i}: persoon(burgerservicenummer: "{bsn}") {{ naam {{ volledigeNaam }} }}'
        for i, bsn in enumerate(SEVEN)
    )
    + " }"
)


@contextmanager
def unreachable() -> Iterator[list[Any]]:
    """The objects that became unreachable inside the block and only the collector frees."""
    gc.collect()
    gc.disable()
    found: list[Any] = []
    try:
        yield found
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        found.extend(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def of_a_request(garbage: list[Any]) -> list[str]:
    """What a person lookup should have freed: its context, loader, executor, persons and the
    BRP's answer."""
    kinds = (Context, PersoonLoader, StrawberryGraphQLCoreExecutionContext, Persoon)
    left = [type(thing).__name__ for thing in garbage if isinstance(thing, kinds)]
    left += [
        f"response of {thing.request.url.path}"
        for thing in garbage
        if isinstance(thing, httpx.Response) and thing.request.url.path.endswith("/personen")
    ]
    return left


@pytest.mark.parametrize(
    ("document", "variables"),
    [(EEN, None), (LIJST, {"bsns": SEVEN}), (ALIASSEN, None)],
    ids=["one person", "seven in a list", "seven aliased"],
)
async def test_a_person_lookup_leaves_nothing_for_the_cyclic_collector(
    gateway: Gateway, document: str, variables: dict[str, Any] | None
) -> None:
    token = await gateway.token("medewerker")
    ask: Callable[[], Awaitable[dict[str, Any]]] = lambda: gateway.graphql(  # noqa: E731
        document, variables, token=token
    )
    assert "errors" not in await ask()  # the document cached, the connections open
    with unreachable() as garbage:
        for _ in range(3):
            result = await ask()
            assert "errors" not in result, result
        # The test's recording of the BRP exchanges holds the answers; let go of them.
        gateway.calls("brp").clear()
        del result
    assert of_a_request(garbage) == []
