"""A serving process's heap: what start-up built is frozen out of the cyclic collector.

After start-up the heap holds ~180,000 container objects (the schema, SQLAlchemy's mappers,
the registries' data) that live as long as the process. A full collection walks all of them
(200-350 ms on these 2-core machines) and ran every few thousand requests: the long tail of
the latency. `gc.freeze()` moves them to the permanent generation, so collections see only
what requests made. Only the processes `serve` and `demo` start freeze (tests build many apps).
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, TypeVar

App = TypeVar("App")
Lifespan = Callable[[App], AbstractAsyncContextManager[Any]]


def frozen_after_startup(lifespan: Lifespan[App]) -> Lifespan[App]:
    """`lifespan`, then one full collection and `gc.freeze()` once start-up is done."""

    @asynccontextmanager
    async def frozen(app: App) -> AsyncIterator[Any]:
        async with lifespan(app) as state:
            gc.collect()
            gc.freeze()
            yield state

    return frozen
