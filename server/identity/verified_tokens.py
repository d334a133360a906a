"""Verified tokens remembered until they expire, so a client's next request skips the signature.

A front end sends the same access token with every request; checking its ES256 or RS256
signature each time is the costliest step of authentication. `RememberingVerifier` sits in front
of a `TokenVerifier`: a token it verified before (byte for byte the same) and whose `exp` has
not passed gives the same `Actor` again. Failures are never remembered. The memory is bounded
(least recently used out) and entries hold a SHA-256 digest of the token, not the token.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections import OrderedDict
from collections.abc import Callable

from trouwgraph.domain.actor import Actor
from trouwgraph.server.identity.tokens import TokenVerifier

DEFAULT_SIZE = 10_000


class RememberingVerifier:
    """`TokenVerifier.verify`, remembering each verified token until its `exp`."""

    def __init__(
        self,
        verifier: TokenVerifier,
        *,
        size: int = DEFAULT_SIZE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._verifier = verifier
        self._size = size
        self._clock = clock
        self._verified: OrderedDict[bytes, tuple[Actor, float]] = OrderedDict()

    async def verify(self, token: str) -> Actor:
        """The actor a token names; raises `TokenInvalid` like the verifier behind it."""
        key = hashlib.sha256(token.encode("utf-8")).digest()
        remembered = self._verified.get(key)
        if remembered is not None:
            actor, expires = remembered
            if self._clock() < expires:
                self._verified.move_to_end(key)
                return actor
            del self._verified[key]
        actor = await self._verifier.verify(token)
        exp = _expiry(token)
        if exp is not None and self._clock() < exp:
            self._verified[key] = (actor, exp)
            while len(self._verified) > self._size:
                self._verified.popitem(last=False)
        return actor

    def __len__(self) -> int:
        return len(self._verified)


def _expiry(token: str) -> float | None:
    """The `exp` of a token that was just verified (so its payload is well-formed JSON)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        expires = claims["exp"]
    except (IndexError, ValueError, KeyError, TypeError):
        return None
    return float(expires) if isinstance(expires, int | float) else None
