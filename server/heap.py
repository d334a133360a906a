"""A serving process's heap: what start-up built is frozen out of the cyclic collector.

After start-up the heap holds ~180,000 container objects (the schema, SQLAlchemy's mappers,
the registries' data) that live as long as the process. A full collection walks all of them
(200-350 ms on these 2-core machines) and ran every few thousand requests: the long tail of
the latency. `gc.freeze()` moves them to the permanent generation, so collections see only
what requests made. Only the processes `serve` and `demo` start freeze (tests build many apps).

A request leaves no reference cycles (`tests/test_reference_cycles.py`): its objects go by
reference counting as it ends. The young generation's default threshold (700 more allocations
than deallocations) was still crossed by the objects of the ten requests in flight, every few
requests, and each collection promoted live objects for nothing. At `YOUNG_THRESHOLD` a young
collection runs only when garbage really piles up (a cache miss's validation makes a little):
over ~30,000 requests the collector's time fell from ~2,100 ms to 5 ms (docs/performance.md,
change 30).
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, TypeVar

App = TypeVar("App")
YOUNG_THRESHOLD = 10_000
Lifespan = Callable[[App], AbstractAsyncContextManager[Any]]


def frozen_after_startup(lifespan: Lifespan[App]) -> Lifespan[App]:
    """`lifespan`, then one full collection, `gc.freeze()` and the young generation's threshold
    once start-up is done."""

    @asynccontextmanager
    async def frozen(app: App) -> AsyncIterator[Any]:
        async with lifespan(app) as state:
            gc.collect()
            gc.freeze()
            gc.set_threshold(YOUNG_THRESHOLD)  # the older generations' thresholds stay
            yield state

    return frozen
