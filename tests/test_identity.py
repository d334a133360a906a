"""Token verification: only correctly signed, current tokens for this audience count."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from gateway_support import demo_settings, running_gateway
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet, RSAKey

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.resolvers.authenticatieniveau import (
    DIGID_NIVEAUS,
    Authenticatiebeleid,
    NiveauTeLaag,
)
from trouwgraph.server.identity.tokens import (
    IssuerUnavailable,
    JwksKeys,
    TokenInvalid,
    TokenVerifier,
    static_keys,
)

ISSUER = "https://login.example.nl"
AUDIENCE = "trouwgraph"
BSN = "999993653"


def claims(**changes: Any) -> dict[str, Any]:
    now = int(time.time())
    values: dict[str, Any] = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": "s1",
        "iat": now,
        "nbf": now,
        "exp": now + 300,
        "rol": "burger",
        "bsn": BSN,
    }
    values.update(changes)
    return {key: value for key, value in values.items() if value is not None}


@pytest.fixture
def rsa_key() -> RSAKey:
    return RSAKey.generate_key(2048, parameters={"kid": "rsa-1"})


@pytest.fixture
def verifier(rsa_key: RSAKey) -> TokenVerifier:
    return TokenVerifier(static_keys(KeySet([rsa_key])), issuer=ISSUER, audience=AUDIENCE)


def sign(key: Any, alg: str, body: dict[str, Any]) -> str:
    return jwt.encode({"alg": alg, "kid": key.kid}, body, key)


def b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


class TestTokenVerifier:
    async def test_accepts_rs256_token_and_maps_claims(
        self, verifier: TokenVerifier, rsa_key: RSAKey
    ) -> None:
        actor = await verifier.verify(sign(rsa_key, "RS256", claims()))
        assert (actor.rol, actor.bsn, actor.subject) == (Rol.BURGER, BSN, "s1")

    async def test_accepts_es256_token(self) -> None:
        key = ECKey.generate_key("P-256", parameters={"kid": "ec-1"})
        verifier = TokenVerifier(static_keys(KeySet([key])), issuer=ISSUER, audience=AUDIENCE)
        actor = await verifier.verify(sign(key, "ES256", claims(rol="medewerker", bsn=None)))
        assert actor.rol is Rol.MEDEWERKER and actor.bsn is None

    @pytest.mark.parametrize(
        "changes",
        [
            {"exp": int(time.time()) - 3600},
            {"nbf": int(time.time()) + 3600},
            {"iss": "https://evil.example"},
            {"aud": "someone-else"},
            {"rol": "admin"},
            {"bsn": "123456789"},
            {"rol": "burger", "bsn": None},
            {"exp": None},
        ],
        ids=[
            "expired",
            "not-yet-valid",
            "issuer",
            "audience",
            "role",
            "bsn-11-proef",
            "burger-without-bsn",
            "no-exp",
        ],
    )
    async def test_refuses_token_with_wrong_claims(
        self, verifier: TokenVerifier, rsa_key: RSAKey, changes: dict[str, Any]
    ) -> None:
        with pytest.raises(TokenInvalid):
            await verifier.verify(sign(rsa_key, "RS256", claims(**changes)))

    async def test_refuses_token_signed_by_another_key(self, verifier: TokenVerifier) -> None:
        other = RSAKey.generate_key(2048, parameters={"kid": "rsa-1"})
        with pytest.raises(TokenInvalid):
            await verifier.verify(sign(other, "RS256", claims()))

    async def test_refuses_alg_none(self, verifier: TokenVerifier) -> None:
        token = f"{b64({'alg': 'none', 'kid': 'rsa-1'})}.{b64(claims())}."
        with pytest.raises(TokenInvalid):
            await verifier.verify(token)

    async def test_refuses_hmac_signed_with_the_public_key(
        self, verifier: TokenVerifier, rsa_key: RSAKey
    ) -> None:
        signing_input = f"{b64({'alg': 'HS256', 'kid': 'rsa-1'})}.{b64(claims())}"
        mac = hmac.new(rsa_key.as_pem(private=False), signing_input.encode(), hashlib.sha256)
        signature = base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()
        forged = f"{signing_input}.{signature}"
        with pytest.raises(TokenInvalid):
            await verifier.verify(forged)

    async def test_refuses_garbage(self, verifier: TokenVerifier) -> None:
        with pytest.raises(TokenInvalid):
            await verifier.verify("not-a-token")


class TestJwksKeys:
    async def test_refetches_keys_when_an_unknown_kid_appears(self) -> None:
        old = RSAKey.generate_key(2048, parameters={"kid": "old"})
        new = RSAKey.generate_key(2048, parameters={"kid": "new"})
        served = [KeySet([old])]
        fetches = []

        def handler(request: httpx.Request) -> httpx.Response:
            fetches.append(request.url.path)
            return httpx.Response(200, json=served[-1].as_dict(private=False))

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            keys = JwksKeys(client, "https://login.example.nl/jwks", min_refresh_interval=0)
            verifier = TokenVerifier(keys, issuer=ISSUER, audience=AUDIENCE)
            assert (await verifier.verify(sign(old, "RS256", claims()))).bsn == BSN
            served.append(KeySet([new]))
            assert (await verifier.verify(sign(new, "RS256", claims()))).bsn == BSN
            assert (await verifier.verify(sign(new, "RS256", claims()))).bsn == BSN
        assert fetches == ["/jwks", "/jwks"]

    async def test_an_unreachable_issuer_at_a_cold_start_is_unavailable_not_a_bad_token(
        self,
    ) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("down", request=request)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            verifier = TokenVerifier(
                JwksKeys(client, "https://login.example.nl/jwks"), issuer=ISSUER, audience=AUDIENCE
            )
            key = RSAKey.generate_key(2048, parameters={"kid": "k"})
            with pytest.raises(IssuerUnavailable):
                await verifier.verify(sign(key, "RS256", claims()))

    async def test_a_failing_issuer_is_asked_once_per_backoff_not_once_per_token(self) -> None:
        fetches: list[str] = []
        clock = [1000.0]

        def handler(request: httpx.Request) -> httpx.Response:
            fetches.append(request.url.path)
            return httpx.Response(500)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            keys = JwksKeys(client, JWKS, backoff=1.0, clock=lambda: clock[0])
            verifier = TokenVerifier(keys, issuer=ISSUER, audience=AUDIENCE)
            tokens = [sign(ONBEKEND, "RS256", claims()) for _ in range(50)]
            for token in tokens:
                with pytest.raises(IssuerUnavailable):
                    await verifier.verify(token)
            assert len(fetches) == 1  # the negative cache
            clock[0] += 1.0
            for token in tokens[:10]:
                with pytest.raises(IssuerUnavailable):
                    await verifier.verify(token)
            assert len(fetches) == 2
            clock[0] += 1.5  # the backoff doubled: 2 s now
            with pytest.raises(IssuerUnavailable):
                await verifier.verify(tokens[0])
            assert len(fetches) == 2

    async def test_a_hanging_issuer_holds_no_request_and_is_fetched_once(self) -> None:
        fetches: list[str] = []
        released = asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            fetches.append(request.url.path)
            await released.wait()
            return httpx.Response(500)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            keys = JwksKeys(client, JWKS, wait=0.05)
            verifier = TokenVerifier(keys, issuer=ISSUER, audience=AUDIENCE)
            outcomes = await asyncio.gather(
                *(verifier.verify(sign(ONBEKEND, "RS256", claims())) for _ in range(8)),
                return_exceptions=True,
            )
            # Every request was answered while the one fetch still hung.
            assert not released.is_set()
            assert all(isinstance(outcome, IssuerUnavailable) for outcome in outcomes)
            assert fetches == ["/jwks"]
            released.set()

    async def test_known_keys_keep_serving_while_a_refresh_hangs(self) -> None:
        served = KeySet([BEKEND])
        hanging = asyncio.Event()
        released = asyncio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            if hanging.is_set():
                await released.wait()
            return httpx.Response(200, json=served.as_dict(private=False))

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            keys = JwksKeys(client, JWKS, wait=0.05, min_refresh_interval=0)
            verifier = TokenVerifier(keys, issuer=ISSUER, audience=AUDIENCE)
            assert (await verifier.verify(sign(BEKEND, "RS256", claims()))).bsn == BSN
            hanging.set()
            unknown = verifier.verify(sign(ONBEKEND, "RS256", claims()))
            known = [verifier.verify(sign(BEKEND, "RS256", claims())) for _ in range(8)]
            outcomes = await asyncio.gather(unknown, *known, return_exceptions=True)
            assert isinstance(outcomes[0], TokenInvalid)
            assert [outcome.bsn for outcome in outcomes[1:]] == [BSN] * 8  # type: ignore[union-attr]
            released.set()


JWKS = "https://login.example.nl/jwks"
BEKEND = RSAKey.generate_key(2048, parameters={"kid": "bekend"})
ONBEKEND = RSAKey.generate_key(2048, parameters={"kid": "onbekend"})


VERKLARING = (
    'mutation { legVerklaringAf(id: "x", versie: 1, verklaring: {gegevensNaarWaarheid: true, '
    "nietEldersGehuwd: true, nietUitsluitendVoorVerblijf: true}) { __typename } }"
)


class TestAuthenticatieniveau:
    """The notice needs DigiD Substantieel; other operations need no minimum."""

    async def test_notice_refused_for_a_token_below_substantieel(self, tmp_path: Path) -> None:
        async with running_gateway(demo_settings(tmp_path)) as gateway:
            response = await gateway.client.post(
                "/demo/token", json={"rol": "burger", "bsn": BSN, "acr": DIGID_NIVEAUS[1]}
            )
            token = response.json()["access_token"]
            result = await gateway.graphql(
                'mutation { doeMelding(id: "x", versie: 1) { __typename } }', token=token
            )
            assert result["errors"][0]["extensions"]["code"] == "AUTHENTICATIENIVEAU_TE_LAAG"
            # A partner's own declaration is part of the notice: the same level.
            verklaring = await gateway.graphql(VERKLARING, token=token)
            assert verklaring["errors"][0]["extensions"]["code"] == "AUTHENTICATIENIVEAU_TE_LAAG"
            allowed = await gateway.graphql("{ ik { burgerservicenummer } }", token=token)
            assert allowed["data"] == {"ik": {"burgerservicenummer": BSN}}

    async def test_notice_allowed_at_substantieel(self, tmp_path: Path) -> None:
        async with running_gateway(demo_settings(tmp_path)) as gateway:
            token = await gateway.token("burger", BSN)  # the demo signs in at Substantieel
            result = await gateway.graphql(
                'mutation { doeMelding(id: "x", versie: 1) { __typename } }', token=token
            )
            assert result == {"data": {"doeMelding": {"__typename": "NietGevonden"}}}
            verklaring = await gateway.graphql(VERKLARING, token=token)
            assert verklaring == {"data": {"legVerklaringAf": {"__typename": "NietGevonden"}}}

    def test_the_declaration_follows_the_notices_minimum_unless_given_its_own(self) -> None:
        burger = Actor(Rol.BURGER, "sub", BSN, acr=DIGID_NIVEAUS[2])
        hoog = Authenticatiebeleid(DIGID_NIVEAUS, {"doeMelding": DIGID_NIVEAUS[3]})
        with pytest.raises(NiveauTeLaag):
            hoog.controleer("legVerklaringAf", burger)
        eigen = Authenticatiebeleid(
            DIGID_NIVEAUS,
            {"doeMelding": DIGID_NIVEAUS[3], "legVerklaringAf": DIGID_NIVEAUS[1]},
        )
        eigen.controleer("legVerklaringAf", burger)
        with pytest.raises(NiveauTeLaag):
            eigen.controleer("doeMelding", burger)

    def test_policy_refuses_a_minimum_that_is_not_a_level(self) -> None:
        with pytest.raises(ValueError, match="not among the levels"):
            Authenticatiebeleid(DIGID_NIVEAUS, {"doeMelding": "urn:onbekend"})
