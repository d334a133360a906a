"""Verified tokens are remembered until they expire; failures never are."""

from __future__ import annotations

import time
from typing import Any

import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet

from trouwgraph.domain.actor import Rol
from trouwgraph.server.identity.tokens import TokenInvalid, TokenVerifier
from trouwgraph.server.identity.verified_tokens import RememberingVerifier

ISSUER = "https://login.example.nl"
AUDIENCE = "trouwgraph"


class Klok:
    def __init__(self) -> None:
        self.nu = time.time()

    def __call__(self) -> float:
        return self.nu


class CountingKeys:
    """A key source that counts how often a signature needed the keys."""

    def __init__(self, keys: KeySet) -> None:
        self.keys = keys
        self.calls = 0

    async def __call__(self, refresh: bool) -> KeySet:
        self.calls += 1
        return self.keys


@pytest.fixture
def key() -> ECKey:
    return ECKey.generate_key("P-256", parameters={"kid": "ec-1"})


@pytest.fixture
def keys(key: ECKey) -> CountingKeys:
    return CountingKeys(KeySet([key]))


@pytest.fixture
def klok() -> Klok:
    return Klok()


@pytest.fixture
def remembering(keys: CountingKeys, klok: Klok) -> RememberingVerifier:
    verifier = TokenVerifier(keys, issuer=ISSUER, audience=AUDIENCE)
    return RememberingVerifier(verifier, size=2, clock=klok)


def token(key: ECKey, seconds: int = 300, **changes: Any) -> str:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": "s1",
        "iat": now,
        "exp": now + seconds,
        "rol": "medewerker",
    }
    claims.update(changes)
    return jwt.encode({"alg": "ES256", "kid": key.kid}, claims, key)


async def test_a_verified_token_is_not_verified_again_before_it_expires(
    remembering: RememberingVerifier, keys: CountingKeys, key: ECKey
) -> None:
    signed = token(key)
    first = await remembering.verify(signed)
    assert first.rol is Rol.MEDEWERKER
    assert await remembering.verify(signed) is first
    assert keys.calls == 1


async def test_after_its_exp_a_token_is_verified_again(
    remembering: RememberingVerifier, keys: CountingKeys, key: ECKey, klok: Klok
) -> None:
    signed = token(key, seconds=60)
    await remembering.verify(signed)
    klok.nu += 61
    await remembering.verify(signed)  # the verifier itself still allows its leeway
    assert keys.calls == 2


async def test_a_refused_token_is_refused_every_time(
    remembering: RememberingVerifier, keys: CountingKeys, key: ECKey
) -> None:
    signed = token(key, aud="someone-else")
    for _ in range(2):
        with pytest.raises(TokenInvalid):
            await remembering.verify(signed)
    assert keys.calls == 2
    assert len(remembering) == 0


async def test_a_tampered_copy_of_a_remembered_token_is_verified_and_refused(
    remembering: RememberingVerifier, key: ECKey
) -> None:
    signed = token(key)
    await remembering.verify(signed)
    header, payload, signature = signed.split(".")
    with pytest.raises(TokenInvalid):
        await remembering.verify(f"{header}.{payload}.{signature[:-4]}AAAA")


async def test_an_expired_token_is_not_remembered(
    remembering: RememberingVerifier, key: ECKey
) -> None:
    with pytest.raises(TokenInvalid):
        await remembering.verify(token(key, seconds=-3600))
    assert len(remembering) == 0


async def test_the_memory_is_bounded(
    remembering: RememberingVerifier, keys: CountingKeys, key: ECKey
) -> None:
    tokens = [token(key, sub=f"s{i}") for i in range(3)]
    for signed in tokens:
        await remembering.verify(signed)
    assert len(remembering) == 2
    await remembering.verify(tokens[0])  # forgotten: verified again
    assert keys.calls == 4
