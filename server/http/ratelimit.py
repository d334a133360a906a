"""Rate limiting per client address and per user, in memory or shared through Redis.

The algorithm is GCRA (the generic cell rate algorithm, a sliding window in effect): per key
one timestamp, the theoretical arrival time (TAT) of the next request. `limit` requests per
`window` seconds means one request every ``window / limit`` seconds on average, with a burst of
up to `limit`. Unlike fixed windows it allows no double burst at a window edge (limit at
0:59 and again at 1:00), and unlike a sliding-window log it stores one number per key rather
than one per request, which keeps memory bounded and the Redis update a single atomic script.

Two limiters run: one on the client address, outside authentication, so that floods of bad
tokens are cheap to refuse; one on the user (the verified token's ``sub``), inside
`BearerAuthentication`, so that one user cannot exhaust the gateway from many addresses.

With Redis the replicas share the counts. When Redis is unreachable the limiter degrades to a
per-replica in-memory limiter (logged once per outage, retried after a pause) rather than
failing open (no protection at all) or closed (a Redis outage taking the gateway down).
Keys are hashed: neither addresses nor subjects are stored in the clear.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.server.http.problems import problem

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "EXEMPT_PATHS",
    "HEALTH_PATHS",
    "Decision",
    "Limiter",
    "MemoryLimiter",
    "RateLimit",
    "RedisLimiter",
    "client_address_key",
    "make_limiter",
    "redis_client",
    "user_key",
]

logger = logging.getLogger(__name__)

HEALTH_PATHS = frozenset({"/healthz", "/readyz"})
# The demo reaches its embedded registries over HTTP from its own address: counting those
# calls would let a few GraphQL requests exhaust the loopback address's limit. (Outside the
# demo no registry answers on the gateway's port.)
EXEMPT_PATHS = HEALTH_PATHS | {"/registries/"}
KeyFunc = Callable[[Scope], str | None]
Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of one request against a limit; times in seconds from now."""

    allowed: bool
    limit: int
    remaining: int
    retry_after: float
    reset_after: float


class Limiter(Protocol):
    """Counts requests per key."""

    async def hit(self, key: str) -> Decision:
        """Count one request for `key` (unless refused) and say whether it may go on."""
        ...


def _decide(
    tat: float, now: float, interval: float, window: float, limit: int
) -> tuple[Decision, float]:
    """GCRA for one request: the decision and the new TAT (unchanged when refused)."""
    tat = max(tat, now)
    new_tat = tat + interval
    allow_at = new_tat - window
    if now < allow_at:
        return Decision(False, limit, 0, allow_at - now, tat - now), tat
    remaining = int((window - (new_tat - now)) / interval + 1e-9)
    return Decision(True, limit, max(remaining, 0), 0.0, new_tat - now), new_tat


class MemoryLimiter:
    """GCRA in this process; at most `max_keys` keys, the least recently seen evicted first."""

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        clock: Clock = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a rate limit needs limit >= 1 and window > 0")
        self.limit, self.window = limit, window
        self._interval = window / limit
        self._clock = clock
        self._max_keys = max_keys
        self._tats: OrderedDict[str, float] = OrderedDict()

    async def hit(self, key: str) -> Decision:
        """Count one request for `key`; no await inside, so atomic on the event loop."""
        now = self._clock()
        decision, tat = _decide(
            self._tats.get(key, now), now, self._interval, self.window, self.limit
        )
        self._tats[key] = tat
        self._tats.move_to_end(key)
        self._prune(now)
        return decision

    def __len__(self) -> int:
        return len(self._tats)

    def _prune(self, now: float) -> None:
        # Expired keys gather at the front (least recently seen); dropping them is O(1) each.
        while self._tats:
            key, tat = next(iter(self._tats.items()))
            if tat > now and len(self._tats) <= self._max_keys:
                return
            del self._tats[key]


# KEYS[1]: the key; ARGV: now, interval, window (integer microseconds: with milliseconds a
# limit above one request per millisecond, 60,000 a minute, would be capped). Returns
# {allowed, retry_after_us, backlog_us}; backlog is new TAT minus now (or TAT minus now).
_GCRA_SCRIPT = """
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local new_tat = tat + interval
local allow_at = new_tat - window
if now < allow_at then
  return {0, allow_at - now, tat - now}
end
-- '%.0f': Lua turns a number into text with 14 digits, too few for microseconds since 1970.
redis.call('SET', KEYS[1], string.format('%.0f', new_tat), 'PX', math.ceil((new_tat - now) / 1000))
return {1, 0, new_tat - now}
"""


class RedisLimiter:
    """GCRA in Redis, one atomic script per request, so every replica sees the same counts.

    Times are whole microseconds of the replicas' wall clocks (`clock`, seconds): they must
    agree across machines, which a monotonic clock does not; NTP-level skew only shifts a
    key's window by that skew.
    """

    def __init__(
        self,
        client: Redis,
        limit: int,
        window: float,
        *,
        prefix: str,
        clock: Clock = time.time,
        fallback: Limiter | None = None,
        retry_seconds: float = 5.0,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a rate limit needs limit >= 1 and window > 0")
        self.limit, self.window = limit, window
        self._window_us = max(1, round(window * 1_000_000))
        self._interval_us = math.ceil(self._window_us / limit)
        self._prefix = prefix
        self._clock = clock
        from redis.exceptions import RedisError  # imported only where Redis is configured

        self._errors = (RedisError, OSError)
        self._script = client.register_script(_GCRA_SCRIPT)
        self._fallback = fallback or MemoryLimiter(limit, window, clock=clock)
        self._retry_seconds = retry_seconds
        self._down_until: float | None = None

    async def hit(self, key: str) -> Decision:
        """Count one request for `key` in Redis; in memory while Redis is unreachable."""
        now = self._clock()
        if self._down_until is not None and now < self._down_until:
            return await self._fallback.hit(key)
        try:
            reply: Any = await self._script(
                keys=[self._prefix + key],
                args=[int(now * 1_000_000), self._interval_us, self._window_us],
            )
        except self._errors as error:
            if self._down_until is None:
                logger.warning(
                    "rate limiting falls back to this replica's memory: Redis unreachable (%s)",
                    type(error).__name__,
                )
            self._down_until = now + self._retry_seconds
            return await self._fallback.hit(key)
        if self._down_until is not None:
            logger.info("rate limiting is shared through Redis again")
            self._down_until = None
        allowed, retry_us, backlog_us = (int(part) for part in reply)
        remaining = (self._window_us - backlog_us) // self._interval_us if allowed else 0
        return Decision(
            bool(allowed), self.limit, max(remaining, 0), retry_us / 1e6, backlog_us / 1e6
        )


def redis_client(url: str) -> Redis:
    """A Redis client with short timeouts: a slow Redis must not slow every request."""
    from redis.asyncio import Redis  # imported only where Redis is configured (~8 MB)

    return Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)


def make_limiter(
    name: str, limit: int, window: float, redis: Redis | None, key_prefix: str = "trouwgraph"
) -> Limiter:
    """The limiter called `name`, shared through `redis` when given, its keys under
    `{key_prefix}:ratelimit:{name}:` (the deployment's `redis_key_prefix`)."""
    if redis is None:
        return MemoryLimiter(limit, window)
    return RedisLimiter(redis, limit, window, prefix=f"{key_prefix}:ratelimit:{name}:")


def _pseudonym(value: str) -> str:
    return hashlib.blake2b(value.encode(), digest_size=16).hexdigest()


def client_address_key(scope: Scope) -> str | None:
    """The client's address (an IPv6 client's /64, which one subscriber usually holds).

    It is the peer of the TCP connection unless uvicorn runs with --proxy-headers and
    --forwarded-allow-ips set to the proxy, which then puts X-Forwarded-For's client there.
    Without a client address (a Unix socket, no proxy headers) there is no address limit.
    """
    client = scope.get("client")
    if not client:
        return None
    host = str(client[0])
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "adres:" + _pseudonym(host)
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped
        host = str(mapped or ipaddress.IPv6Network((address, 64), strict=False))
    return "adres:" + _pseudonym(host)


def user_key(scope: Scope) -> str | None:
    """The authenticated user (the token's subject); None for anonymous requests."""
    actor = scope.get("state", {}).get("actor")
    subject = getattr(actor, "subject", None)
    return "gebruiker:" + _pseudonym(subject) if isinstance(subject, str) else None


class RateLimit:
    """Pure ASGI middleware: 429 problem+json with Retry-After past the limit.

    Every limited response carries RateLimit-Limit, -Remaining and -Reset (IETF
    draft-ietf-httpapi-ratelimit-headers); when two limiters apply, the one with the fewest
    requests remaining speaks. Requests without a key and `exempt` paths (exact, or a prefix
    when it ends in "/") pass uncounted.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        limiter: Limiter,
        key_func: KeyFunc,
        exempt: Collection[str] = EXEMPT_PATHS,
    ) -> None:
        self.app = app
        self.limiter = limiter
        self.key_func = key_func
        self.exempt = frozenset(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self._exempt(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        key = self.key_func(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        decision = await self.limiter.hit(key)
        if not decision.allowed:
            seconds = max(1, math.ceil(decision.retry_after))
            response = problem(
                "TE_VEEL_VERZOEKEN",
                f"U hebt te veel verzoeken kort na elkaar gedaan. Probeer het over {seconds} "
                f"{'seconde' if seconds == 1 else 'seconden'} opnieuw.",
            )
            response.headers["Retry-After"] = str(seconds)
            response.headers.update(_headers(decision))
            await response(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": _merge(message["headers"], decision)}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _exempt(self, path: str) -> bool:
        return path in self.exempt or any(
            path.startswith(prefix) for prefix in self.exempt if prefix.endswith("/")
        )


def _headers(decision: Decision) -> dict[str, str]:
    return {
        "RateLimit-Limit": str(decision.limit),
        "RateLimit-Remaining": str(decision.remaining),
        "RateLimit-Reset": str(math.ceil(decision.reset_after)),
    }


def _merge(raw: list[tuple[bytes, bytes]], decision: Decision) -> list[tuple[bytes, bytes]]:
    """`raw` with our RateLimit headers, unless an inner limiter's leave fewer remaining."""
    for name, value in raw:
        if name.lower() == b"ratelimit-remaining" and value.isdigit():
            if int(value) <= decision.remaining:
                return raw
            break
    kept = [(name, value) for name, value in raw if not name.lower().startswith(b"ratelimit-")]
    return kept + [
        (name.lower().encode("latin-1"), value.encode("latin-1"))
        for name, value in _headers(decision).items()
    ]
