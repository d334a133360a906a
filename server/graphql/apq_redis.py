"""Automatic persisted queries shared by the replicas through Redis.

A client registers a document (query and hash) on one replica and sends only the hash to the
next, which a load balancer may route anywhere: without a shared cache that replica answers
PERSISTED_QUERY_NOT_FOUND and the client has to send the document again. With Redis configured
the documents live under `{redis_key_prefix}:apq:{sha256}`, each kept `ttl` seconds after it was
last asked for (Redis bounds the memory, not a count). A bounded in-process LRU in front spares
Redis the round trip for the documents this replica already knows, and keeps APQ working
(per replica, as without Redis) while Redis is unreachable.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from trouwgraph.server.graphql.persisted import ApqCache

__all__ = ["RedisApqCache"]

logger = logging.getLogger(__name__)

DAY = 24 * 3600


class RedisApqCache:
    """A `DocumentStore` in Redis with this replica's `ApqCache` in front."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str,
        ttl: int = DAY,
        max_bytes: int = 100_000,
        local: ApqCache | None = None,
        clock: Callable[[], float] = time.monotonic,
        retry_seconds: float = 5.0,
    ) -> None:
        self._client = client
        self._prefix = prefix
        self._ttl = ttl
        self._max_bytes = max_bytes
        self._local = local or ApqCache()
        self._clock = clock
        self._retry_seconds = retry_seconds
        self._down_until: float | None = None

    async def get(self, sha256: str) -> str | None:
        """The document from this replica's cache, else from Redis (its life renewed)."""
        document = self._local.get_local(sha256)
        if document is not None or self._down():
            return document
        try:
            stored = await self._client.getex(self._prefix + sha256, ex=self._ttl)
        except (RedisError, OSError) as error:
            self._unreachable(error)
            return None
        self._reachable()
        if stored is None:
            return None
        document = stored.decode("utf-8") if isinstance(stored, bytes) else str(stored)
        self._local.put_local(sha256, document)
        return document

    async def put(self, sha256: str, document: str) -> None:
        """Keep a document whose hash was checked, here and for the other replicas."""
        self._local.put_local(sha256, document)
        if len(document.encode("utf-8")) > self._max_bytes or self._down():
            return
        try:
            await self._client.set(self._prefix + sha256, document, ex=self._ttl)
        except (RedisError, OSError) as error:
            self._unreachable(error)
            return
        self._reachable()

    def _down(self) -> bool:
        return self._down_until is not None and self._clock() < self._down_until

    def _unreachable(self, error: BaseException) -> None:
        if self._down_until is None:
            logger.warning(
                "persisted queries fall back to this replica's memory: Redis unreachable (%s)",
                type(error).__name__,
            )
        self._down_until = self._clock() + self._retry_seconds

    def _reachable(self) -> None:
        if self._down_until is not None:
            logger.info("persisted queries are shared through Redis again")
            self._down_until = None
