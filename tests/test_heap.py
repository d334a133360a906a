"""The serving process freezes what start-up built out of the cyclic garbage collector and
raises the young generation's threshold."""

from __future__ import annotations

import gc
from pathlib import Path

from asgi_lifespan import LifespanManager
from gateway_support import demo_settings

from trouwgraph.server.app import create_app
from trouwgraph.server.heap import YOUNG_THRESHOLD


async def test_the_serving_app_freezes_its_heap_after_startup(tmp_path: Path) -> None:
    gc.unfreeze()
    thresholds = gc.get_threshold()
    app = create_app(demo_settings(tmp_path), freeze_heap=True)
    try:
        assert gc.get_freeze_count() == 0
        async with LifespanManager(app):
            assert gc.get_freeze_count() > 100_000  # the schema, mappers, registries' data
            assert gc.get_threshold() == (YOUNG_THRESHOLD, *thresholds[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


async def test_an_app_built_for_tests_leaves_the_collector_alone(tmp_path: Path) -> None:
    gc.unfreeze()
    thresholds = gc.get_threshold()
    async with LifespanManager(create_app(demo_settings(tmp_path))):
        assert gc.get_freeze_count() == 0
        assert gc.get_threshold() == thresholds
