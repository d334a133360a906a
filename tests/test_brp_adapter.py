"""The BRP adapter: Haal Centraal BRP Personen v2 over HTTP, its errors, auth and headers.

Happy paths run against the embedded registry over ASGITransport, every exchange checked
against the spec by `validate_brp_exchange`. Failure modes the registry cannot be made to
produce (5xx, timeouts, HTML pages) come from httpx.MockTransport.
"""

from __future__ import annotations

import asyncio
import base64
import json
import typing
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import httpx
import pytest
from brp_contract import brp_spec, validate_brp_exchange
from gateway_support import RecordingTransport
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.adapters import brp_payloads as wire
from trouwgraph.adapters.auth import (
    BURGER_ZELF,
    ApiKeyAuth,
    OAuth2ClientCredentials,
    ProtocolHeaders,
)
from trouwgraph.adapters.brp import HaalCentraalBrp, Verzoekcontext, normalise_fields
from trouwgraph.adapters.brp_model import BrpDatum, Naam, Persoon
from trouwgraph.adapters.errors import (
    UpstreamAuthFailed,
    UpstreamError,
    UpstreamInvalidResponse,
    UpstreamRejected,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.registries.brp.app import create_brp_registry

BASE_PATH = "/haalcentraal/api/brp"
BASE_URL = f"https://brp.gemeente.test{BASE_PATH}"
OIN = "00000001234567890000"
TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
TIMEOUT = httpx.Timeout(2.0)
PROTOCOL = ProtocolHeaders(doelbinding="BurgerlijkeStand", verwerking="Huwelijk", origin_oin=OIN)
BURGER = Verzoekcontext.burger(traceparent=TRACEPARENT)


def make_bsn(seed: int) -> str:
    """A BSN that passes the 11-proef, derived from `seed`."""
    while True:
        digits = [int(c) for c in f"{seed:08d}"]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return f"{seed:08d}{check}"
        seed += 1


ANNA, BERT, CEES, DIRK = (make_bsn(10_000_000 + n * 97) for n in range(4))
UNKNOWN = make_bsn(20_000_000)


def waarde(code: str, omschrijving: str) -> wire.Waardetabel:
    return {"code": code, "omschrijving": omschrijving}


ANNA_PAYLOAD: wire.Persoon = {
    "burgerservicenummer": ANNA,
    "naam": {
        "voornamen": "Anna Maria",
        "geslachtsnaam": "Jansen",
        "voorletters": "A.M.",
        "volledigeNaam": "Anna Maria Jansen",
        "aanduidingNaamgebruik": waarde("E", "eigen geslachtsnaam"),
    },
    "geboorte": {
        "datum": {"type": "Datum", "datum": "1990-05-17", "langFormaat": "17 mei 1990"},
        "plaats": waarde("0344", "Utrecht"),
        "land": waarde("6030", "Nederland"),
    },
    "geslacht": waarde("V", "vrouw"),
    "partners": [
        {
            "burgerservicenummer": BERT,
            "soortVerbintenis": waarde("H", "huwelijk"),
            "naam": {"voornamen": "Bert", "geslachtsnaam": "Bakker"},
            "aangaanHuwelijkPartnerschap": {
                "datum": {
                    "type": "JaarMaandDatum",
                    "jaar": 2015,
                    "maand": 6,
                    "langFormaat": "juni 2015",
                },
                "plaats": waarde("0344", "Utrecht"),
            },
            "ontbindingHuwelijkPartnerschap": {
                "datum": {"type": "JaarDatum", "jaar": 2020, "langFormaat": "2020"},
            },
        }
    ],
    "ouders": [
        {
            "burgerservicenummer": CEES,
            "ouderAanduiding": "1",
            "naam": {"voornamen": "Cees", "geslachtsnaam": "Jansen"},
            "datumIngangFamilierechtelijkeBetrekking": {
                "type": "DatumOnbekend",
                "onbekend": True,
                "langFormaat": "onbekend",
            },
        }
    ],
    "nationaliteiten": [
        {"type": "Nationaliteit", "nationaliteit": waarde("0001", "Nederlandse")},
        {"type": "BehandeldAlsNederlander"},
    ],
    "verblijfplaats": {
        "type": "Adres",
        "verblijfadres": {
            "officieleStraatnaam": "Stadsplateau",
            "korteStraatnaam": "Stadsplateau",
            "huisnummer": 1,
            "postcode": "3521AZ",
            "woonplaats": "Utrecht",
        },
        "functieAdres": waarde("W", "woonadres"),
        "adresseerbaarObjectIdentificatie": "0344010000012345",
    },
    "gemeenteVanInschrijving": waarde("0344", "Utrecht"),
    "indicatieCurateleRegister": True,
}
BERT_PAYLOAD: wire.Persoon = {
    "burgerservicenummer": BERT,
    "naam": {"voornamen": "Bert", "geslachtsnaam": "Bakker"},
    "geboorte": {
        "datum": {"type": "Datum", "datum": "1988-01-02", "langFormaat": "2 januari 1988"}
    },
    "geheimhoudingPersoonsgegevens": True,
}


def registry_transport(
    personen: list[wire.Persoon] | None = None, **options: Any
) -> RecordingTransport:
    app = create_brp_registry(
        typing.cast(list[Mapping[str, object]], personen or [ANNA_PAYLOAD, BERT_PAYLOAD]),
        today=lambda: date(2026, 11, 29),
        **options,
    )
    # Mounted where the real API lives, so the adapter's path joins onto a base path.
    return RecordingTransport(Starlette(routes=[Mount(BASE_PATH, app)]), validate_brp_exchange)


def adapter(transport: httpx.AsyncBaseTransport, auth: httpx.Auth | None = None) -> HaalCentraalBrp:
    client = httpx.AsyncClient(base_url=BASE_URL, transport=transport, auth=auth)
    return HaalCentraalBrp(client, protocol=PROTOCOL, timeout=TIMEOUT)


class TestRaadplegen:
    async def test_delivers_known_persons_keyed_by_bsn_and_leaves_out_unknown_ones(self) -> None:
        transport = registry_transport()

        found = await adapter(transport).raadpleeg(
            [ANNA, UNKNOWN, BERT], ["naam.geslachtsnaam"], BURGER
        )

        assert set(found) == {ANNA, BERT}
        assert found[ANNA].naam == Naam(geslachtsnaam="Jansen")
        assert found[BERT].geheimhouding_persoonsgegevens is True
        assert found[ANNA].geheimhouding_persoonsgegevens is False

    async def test_sends_exactly_the_raadpleeg_body_with_sorted_unique_fields(self) -> None:
        transport = registry_transport()

        await adapter(transport).raadpleeg(
            [BERT, ANNA, BERT],
            ["naam.voornamen", "geboorte", "naam.voornamen", "geheimhoudingPersoonsgegevens"],
            BURGER,
        )

        assert transport.bodies() == [
            {
                "type": "RaadpleegMetBurgerservicenummer",
                "fields": ["burgerservicenummer", "geboorte", "naam.voornamen"],
                "burgerservicenummer": [BERT, ANNA],
            }
        ]

    async def test_parses_all_four_date_forms_keeping_lang_formaat(self) -> None:
        found = await adapter(registry_transport()).raadpleeg(
            [ANNA], ["geboorte.datum", "partners", "ouders"], BURGER
        )

        anna = found[ANNA]
        assert anna.geboorte is not None and anna.partners is not None and anna.ouders is not None
        partner, ouder = anna.partners[0], anna.ouders[0]
        assert partner.aangaan_huwelijk_partnerschap is not None
        assert partner.ontbinding_huwelijk_partnerschap is not None
        dates = [
            anna.geboorte.datum,
            partner.aangaan_huwelijk_partnerschap.datum,
            partner.ontbinding_huwelijk_partnerschap.datum,
            ouder.datum_ingang_familierechtelijke_betrekking,
        ]
        assert dates == [
            BrpDatum(1990, 5, 17, lang_formaat="17 mei 1990"),
            BrpDatum(2015, 6, lang_formaat="juni 2015"),
            BrpDatum(2020, lang_formaat="2020"),
            BrpDatum(lang_formaat="onbekend"),
        ]
        assert [d.type for d in dates if d] == [
            "Datum",
            "JaarMaandDatum",
            "JaarDatum",
            "DatumOnbekend",
        ]
        assert [d.lang_formaat for d in dates if d] == [
            "17 mei 1990",
            "juni 2015",
            "2020",
            "onbekend",
        ]
        assert dates[1] == OnvolledigeDatum(2015, 6)

    async def test_parses_relations_nationalities_and_address(self) -> None:
        found = await adapter(registry_transport()).raadpleeg(
            [ANNA],
            [
                "partners.burgerservicenummer",
                "partners.soortVerbintenis",
                "nationaliteiten",
                "verblijfplaats",
                "indicatieCurateleRegister",
            ],
            BURGER,
        )

        anna = found[ANNA]
        assert anna.partners is not None
        assert anna.partners[0].burgerservicenummer == BERT
        assert anna.partners[0].soort_verbintenis is not None
        assert anna.partners[0].soort_verbintenis.code == "H"
        assert anna.nationaliteiten is not None
        assert [n.type for n in anna.nationaliteiten] == [
            "Nationaliteit",
            "BehandeldAlsNederlander",
        ]
        assert anna.nationaliteiten[0].nationaliteit is not None
        assert anna.nationaliteiten[0].nationaliteit.omschrijving == "Nederlandse"
        assert anna.verblijfplaats is not None and anna.verblijfplaats.type == "Adres"
        assert anna.verblijfplaats.verblijfadres is not None
        assert anna.verblijfplaats.verblijfadres.huisnummer == 1
        assert anna.indicatie_curatele_register is True

    async def test_tells_lists_not_asked_for_from_lists_that_are_empty(self) -> None:
        found = await adapter(registry_transport()).raadpleeg(
            [BERT], ["partners", "indicatieCurateleRegister"], BURGER
        )

        bert = found[BERT]
        assert bert.partners == ()
        assert bert.indicatie_curatele_register is False
        assert bert.ouders is None
        assert bert.kinderen is None

    async def test_splits_45_bsns_into_three_concurrent_calls_of_at_most_20(self) -> None:
        bsns = [make_bsn(30_000_000 + n * 13) for n in range(45)]
        personen: list[wire.Persoon] = [
            {"burgerservicenummer": bsn, "naam": {"geslachtsnaam": "Visser"}} for bsn in bsns
        ]
        transport = registry_transport(personen)

        found = await adapter(transport).raadpleeg(bsns, ["naam.geslachtsnaam"], BURGER)

        sent = [body["burgerservicenummer"] for body in transport.bodies()]
        assert sorted(len(chunk) for chunk in sent) == [5, 20, 20]
        assert sorted(bsn for chunk in sent for bsn in chunk) == sorted(bsns)
        assert set(found) == set(bsns)

    async def test_makes_no_call_for_no_bsns(self) -> None:
        transport = registry_transport()

        assert await adapter(transport).raadpleeg([], ["naam"], BURGER) == {}
        assert transport.exchanges == []

    async def test_refuses_a_malformed_bsn_without_echoing_it(self) -> None:
        with pytest.raises(ValueError) as raised:
            await adapter(registry_transport()).raadpleeg([ANNA, "12345678X"], ["naam"], BURGER)

        assert "12345678X" not in str(raised.value)
        assert ANNA not in str(raised.value)


ONDERZOEK_SINDS = {"type": "Datum", "datum": "2020-03-01", "langFormaat": "1 maart 2020"}


class TestInOnderzoek:
    """`inOnderzoek` read from every group the rules use, through the registry's real filter."""

    def persoon(self) -> wire.Persoon:
        # Curatele and overlijden under investigation: shapes the RvIG set does not hold.
        return typing.cast(
            wire.Persoon,
            {
                **ANNA_PAYLOAD,
                "indicatieCurateleRegister": True,
                "inOnderzoek": {
                    "indicatieCurateleRegister": True,
                    "geslacht": True,
                    "datumIngangOnderzoekGezag": ONDERZOEK_SINDS,
                    "datumIngangOnderzoekPersoon": {
                        "type": "Datum",
                        "datum": "2021-01-01",
                        "langFormaat": "1 januari 2021",
                    },
                },
                "overlijden": {
                    "inOnderzoek": {"datum": True, "datumIngangOnderzoek": ONDERZOEK_SINDS}
                },
            },
        )

    async def test_flags_and_dates_are_read_per_group(self) -> None:
        transport = registry_transport([self.persoon()])

        found = await adapter(transport).raadpleeg(
            [ANNA], ["indicatieCurateleRegister", "overlijden.datum"], BURGER
        )

        anna = found[ANNA]
        assert anna.in_onderzoek is not None
        assert anna.in_onderzoek.velden == {"indicatieCurateleRegister"}  # geslacht: not asked
        assert anna.in_onderzoek.sinds("indicatieCurateleRegister") == BrpDatum(2020, 3, 1)
        assert anna.overlijden is not None and anna.overlijden.in_onderzoek is not None
        assert anna.overlijden.in_onderzoek.velden == {"datum"}
        assert anna.overlijden.datum is None
        assert anna.geboorte is None

    async def test_nothing_under_investigation_reads_as_none(self) -> None:
        found = await adapter(registry_transport()).raadpleeg([ANNA], ["geboorte.datum"], BURGER)

        anna = found[ANNA]
        assert anna.in_onderzoek is None
        assert anna.geboorte is not None
        assert anna.geboorte.in_onderzoek is None

    async def test_a_flag_that_is_not_a_boolean_is_a_malformed_answer(self) -> None:
        body = {
            "type": "RaadpleegMetBurgerservicenummer",
            "personen": [{"burgerservicenummer": ANNA, "inOnderzoek": {"geslacht": "ja"}}],
        }
        brp = adapter(httpx.MockTransport(answering(httpx.Response(200, json=body))))

        with pytest.raises(UpstreamInvalidResponse, match=r"personen\[0\]\.inOnderzoek\.geslacht"):
            await brp.raadpleeg([ANNA], ["geslacht"], BURGER)

    @pytest.mark.parametrize("waarde", [b"NaN", b"Infinity", b"-Infinity"])
    async def test_a_number_json_does_not_know_is_a_malformed_answer(self, waarde: bytes) -> None:
        body = (
            b'{"type": "RaadpleegMetBurgerservicenummer", "personen": '
            b'[{"burgerservicenummer": "' + ANNA.encode() + b'", "leeftijd": ' + waarde + b"}]}"
        )
        answer = httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
        brp = adapter(httpx.MockTransport(answering(answer)))

        with pytest.raises(UpstreamInvalidResponse, match="malformed JSON"):
            await brp.raadpleeg([ANNA], ["leeftijd"], BURGER)


class TestZoeken:
    async def test_finds_persons_by_surname_and_birth_date(self) -> None:
        transport = registry_transport()

        found = await adapter(transport).zoek_met_geslachtsnaam_en_geboortedatum(
            "jansen", date(1990, 5, 17), ["naam.voornamen"], BURGER
        )

        assert [p.burgerservicenummer for p in found] == [ANNA]
        assert found[0].naam is not None and found[0].naam.voornamen == "Anna Maria"
        assert transport.bodies()[0] == {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "fields": ["burgerservicenummer", "naam.voornamen"],
            "geslachtsnaam": "jansen",
            "geboortedatum": "1990-05-17",
        }


class TestHeadersAndAuth:
    async def test_sends_protocol_headers_and_traceparent_per_call(self) -> None:
        transport = registry_transport()
        brp = adapter(transport)

        await brp.raadpleeg([ANNA], ["naam"], BURGER)
        await brp.raadpleeg(
            [ANNA], ["naam"], Verzoekcontext.medewerker("mdw-042", doelbinding="Toezicht")
        )

        (burger_call, _), (medewerker_call, _) = transport.exchanges
        assert burger_call.headers["x-gebruiker"] == BURGER_ZELF
        assert burger_call.headers["x-doelbinding"] == "BurgerlijkeStand"
        assert burger_call.headers["x-verwerking"] == "Huwelijk"
        assert burger_call.headers["x-origin-oin"] == OIN
        assert burger_call.headers["traceparent"] == TRACEPARENT
        assert medewerker_call.headers["x-gebruiker"] == "mdw-042"
        assert medewerker_call.headers["x-doelbinding"] == "Toezicht"
        assert "traceparent" not in medewerker_call.headers

    async def test_api_key_opens_a_guarded_registry(self) -> None:
        transport = registry_transport(api_key="geheim", api_key_header="X-Api-Key")

        found = await adapter(transport, ApiKeyAuth("X-Api-Key", "geheim")).raadpleeg(
            [ANNA], ["naam"], BURGER
        )

        assert set(found) == {ANNA}
        assert transport.exchanges[0][0].headers["X-Api-Key"] == "geheim"

    @pytest.mark.parametrize(
        ("auth", "status"), [(None, 401), (ApiKeyAuth("X-Api-Key", "fout"), 403)]
    )
    async def test_missing_or_wrong_api_key_is_auth_failed(
        self, auth: httpx.Auth | None, status: int
    ) -> None:
        transport = registry_transport(api_key="geheim")

        with pytest.raises(UpstreamAuthFailed) as raised:
            await adapter(transport, auth).raadpleeg([ANNA], ["naam"], BURGER)

        assert raised.value.code == "BRP_AUTH_FAILED"
        assert raised.value.status_code == status

    def test_protocol_headers_leave_out_what_is_not_configured(self) -> None:
        assert ProtocolHeaders().voor(BURGER_ZELF) == {"x-gebruiker": "BurgerZelf"}

    @pytest.mark.parametrize("gebruiker", ["mdw\r\nx-evil: 1", "mdw-042\n", "medewerker José"])
    def test_protocol_headers_refuse_values_that_are_not_printable_ascii(
        self, gebruiker: str
    ) -> None:
        with pytest.raises(ValueError, match="x-gebruiker"):
            PROTOCOL.voor(gebruiker)

    def test_protocol_headers_refuse_an_origin_oin_that_is_not_20_digits(self) -> None:
        with pytest.raises(ValueError, match="OIN"):
            ProtocolHeaders(origin_oin="1234")

    def test_context_refuses_a_malformed_traceparent(self) -> None:
        with pytest.raises(ValueError, match="traceparent"):
            Verzoekcontext.burger(traceparent="not-a-trace")


class FakeTokenEndpoint:
    """An OAuth2 token endpoint that hands out token-1, token-2, ... and records its calls."""

    URL = "https://idp.gemeente.test/oauth2/token"

    def __init__(self, expires_in: int | None = 300) -> None:
        self.requests: list[httpx.Request] = []
        self.expires_in = expires_in

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # Let other tasks run while this token is "in flight", as a real endpoint would.
        await asyncio.sleep(0)
        body: dict[str, object] = {"access_token": f"token-{len(self.requests)}"}
        if self.expires_in is not None:
            body |= {"token_type": "Bearer", "expires_in": self.expires_in}
        return httpx.Response(200, json=body)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def oauth_transport(
    tokens: FakeTokenEndpoint, api: Callable[[httpx.Request], httpx.Response]
) -> httpx.MockTransport:
    async def route(request: httpx.Request) -> httpx.Response:
        if str(request.url) == FakeTokenEndpoint.URL:
            return await tokens(request)
        return api(request)

    return httpx.MockTransport(route)


def brp_answer(request: httpx.Request) -> httpx.Response:
    """A BRP that knows every person asked for, with nothing but the BSN."""
    body = json.loads(request.content)
    personen = [{"burgerservicenummer": bsn} for bsn in body["burgerservicenummer"]]
    return httpx.Response(
        200, json={"type": "RaadpleegMetBurgerservicenummer", "personen": personen}
    )


class TestOAuth2ClientCredentials:
    def credentials(self, clock: FakeClock | None = None) -> OAuth2ClientCredentials:
        return OAuth2ClientCredentials(
            FakeTokenEndpoint.URL,
            "trouwgraph",
            "s3cret:&",
            "brp.personen",
            clock=clock or FakeClock(),
        )

    async def test_fetches_one_token_and_reuses_it_across_calls(self) -> None:
        tokens = FakeTokenEndpoint()
        seen: list[str] = []

        def api(request: httpx.Request) -> httpx.Response:
            seen.append(request.headers["Authorization"])
            return brp_answer(request)

        brp = adapter(oauth_transport(tokens, api), self.credentials())
        many = [make_bsn(40_000_000 + n * 7) for n in range(45)]

        await brp.raadpleeg([ANNA], ["naam"], BURGER)
        await brp.raadpleeg(many, ["naam"], BURGER)

        assert len(tokens.requests) == 1
        assert seen == ["Bearer token-1"] * 4

    async def test_asks_the_token_with_client_credentials_grant_and_basic_auth(self) -> None:
        tokens = FakeTokenEndpoint()

        await adapter(oauth_transport(tokens, brp_answer), self.credentials()).raadpleeg(
            [ANNA], ["naam"], BURGER
        )

        (token_request,) = tokens.requests
        assert dict(httpx.QueryParams(token_request.content.decode())) == {
            "grant_type": "client_credentials",
            "scope": "brp.personen",
        }
        basic = base64.b64decode(token_request.headers["Authorization"].removeprefix("Basic "))
        assert basic == b"trouwgraph:s3cret%3A%26"

    async def test_refreshes_the_token_shortly_before_it_expires(self) -> None:
        tokens = FakeTokenEndpoint(expires_in=300)
        clock = FakeClock()
        seen: list[str] = []

        def api(request: httpx.Request) -> httpx.Response:
            seen.append(request.headers["Authorization"])
            return brp_answer(request)

        brp = adapter(oauth_transport(tokens, api), self.credentials(clock))
        await brp.raadpleeg([ANNA], ["naam"], BURGER)
        clock.now += 260  # 40 s before expiry: outside the 30 s margin
        await brp.raadpleeg([ANNA], ["naam"], BURGER)
        clock.now += 15  # 25 s before expiry: inside the margin
        await brp.raadpleeg([ANNA], ["naam"], BURGER)

        assert seen == ["Bearer token-1", "Bearer token-1", "Bearer token-2"]

    async def test_a_token_without_expires_in_is_used_for_half_a_minute(self) -> None:
        tokens = FakeTokenEndpoint(expires_in=None)
        clock = FakeClock()
        seen: list[str] = []

        def api(request: httpx.Request) -> httpx.Response:
            seen.append(request.headers["Authorization"])
            return brp_answer(request)

        brp = adapter(oauth_transport(tokens, api), self.credentials(clock))
        await brp.raadpleeg([ANNA], ["naam"], BURGER)
        clock.now += 29
        await brp.raadpleeg([ANNA], ["naam"], BURGER)
        clock.now += 2
        await brp.raadpleeg([ANNA], ["naam"], BURGER)

        assert seen == ["Bearer token-1", "Bearer token-1", "Bearer token-2"]

    async def test_a_revoked_token_is_replaced_and_the_call_retried_once(self) -> None:
        tokens = FakeTokenEndpoint()

        def api(request: httpx.Request) -> httpx.Response:
            if request.headers["Authorization"] == "Bearer token-2":
                return brp_answer(request)
            return httpx.Response(401, json={"title": "Niet correct geauthenticeerd."})

        brp = adapter(oauth_transport(tokens, api), self.credentials())
        with pytest.raises(UpstreamAuthFailed):
            await brp.raadpleeg([ANNA], ["naam"], BURGER)  # fresh token-1 refused: no retry

        found = await brp.raadpleeg([ANNA], ["naam"], BURGER)

        assert set(found) == {ANNA}
        assert len(tokens.requests) == 2

    async def test_concurrent_calls_share_one_token_fetch(self) -> None:
        tokens = FakeTokenEndpoint()
        brp = adapter(oauth_transport(tokens, brp_answer), self.credentials())

        await asyncio.gather(
            *(brp.raadpleeg([bsn], ["naam"], BURGER) for bsn in (ANNA, BERT, CEES))
        )

        assert len(tokens.requests) == 1

    @pytest.mark.parametrize(
        "answer",
        [
            httpx.Response(401, json={"error": "invalid_client"}),
            httpx.Response(200, text="<html>login</html>"),
            httpx.Response(200, json={"token_type": "Bearer", "expires_in": 300}),
            httpx.Response(200, json={"access_token": "t", "token_type": "mac", "expires_in": 3}),
            httpx.Response(200, json={"access_token": "t", "expires_in": "soon"}),
        ],
        ids=["refused", "html", "no-token", "not-bearer", "bad-expiry"],
    )
    async def test_a_failing_token_endpoint_is_auth_failed(self, answer: httpx.Response) -> None:
        def route(request: httpx.Request) -> httpx.Response:
            return answer if str(request.url) == FakeTokenEndpoint.URL else brp_answer(request)

        brp = adapter(httpx.MockTransport(route), self.credentials())
        with pytest.raises(UpstreamAuthFailed) as raised:
            await brp.raadpleeg([ANNA], ["naam"], BURGER)

        assert raised.value.code == "BRP_AUTH_FAILED"
        assert "s3cret" not in str(raised.value)

    def test_repr_hides_the_secret(self) -> None:
        assert "s3cret" not in repr(self.credentials())
        assert "geheim" not in repr(ApiKeyAuth("X-Api-Key", "geheim"))


def problem(status: int, **extra: Any) -> httpx.Response:
    body = {"type": "https://example.test/fout", "title": "Fout", "status": status, **extra}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


def raising(error: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("upstream trouble", request=request)

    return handler


def answering(response: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: response


FAILURES: list[tuple[str, Callable[[httpx.Request], httpx.Response], type[UpstreamError], str]] = [
    ("500", answering(problem(500, code="serverError")), UpstreamUnavailable, "BRP_UNAVAILABLE"),
    ("503", answering(httpx.Response(503, text="busy")), UpstreamUnavailable, "BRP_UNAVAILABLE"),
    ("401", answering(problem(401, code="authentication")), UpstreamAuthFailed, "BRP_AUTH_FAILED"),
    ("403", answering(problem(403, code="autorisation")), UpstreamAuthFailed, "BRP_AUTH_FAILED"),
    ("timeout", raising(httpx.ReadTimeout), UpstreamTimeout, "BRP_TIME_OUT"),
    ("connect", raising(httpx.ConnectError), UpstreamUnavailable, "BRP_UNAVAILABLE"),
    (
        "malformed-json",
        answering(
            httpx.Response(
                200, text='{"type": "Raadpleeg', headers={"content-type": "application/json"}
            )
        ),
        UpstreamInvalidResponse,
        "BRP_INVALID_RESPONSE",
    ),
    (
        "html-200",
        answering(httpx.Response(200, html="<html><body>Inloggen</body></html>")),
        UpstreamInvalidResponse,
        "BRP_INVALID_RESPONSE",
    ),
    (
        "wrong-shape",
        answering(
            httpx.Response(200, json={"type": "RaadpleegMetBurgerservicenummer", "personen": {}})
        ),
        UpstreamInvalidResponse,
        "BRP_INVALID_RESPONSE",
    ),
    (
        "wrong-type",
        answering(
            httpx.Response(200, json={"type": "ZoekMetPostcodeEnHuisnummer", "personen": []})
        ),
        UpstreamInvalidResponse,
        "BRP_INVALID_RESPONSE",
    ),
    (
        "redirect",
        answering(httpx.Response(302, headers={"location": "https://login.test/"})),
        UpstreamInvalidResponse,
        "BRP_INVALID_RESPONSE",
    ),
]


class TestFailures:
    @pytest.mark.parametrize(
        ("handler", "error_type", "code"),
        [failure[1:] for failure in FAILURES],
        ids=[failure[0] for failure in FAILURES],
    )
    async def test_maps_each_failure_to_its_error_without_bsn_or_url(
        self,
        handler: Callable[[httpx.Request], httpx.Response],
        error_type: type[UpstreamError],
        code: str,
    ) -> None:
        brp = adapter(httpx.MockTransport(handler))

        with pytest.raises(error_type) as raised:
            await brp.raadpleeg([ANNA], ["naam"], BURGER)

        assert raised.value.code == code
        assert raised.value.registry == "BRP"
        for text in (str(raised.value), repr(raised.value)):
            assert ANNA not in text
            assert "brp.gemeente.test" not in text
            assert "http" not in text

    async def test_a_400_keeps_title_code_and_parameter_names_but_no_bsn(self) -> None:
        response = problem(
            400,
            title=f"Ongeldige waarde {ANNA}",
            code="paramsValidation",
            detail=f"burgerservicenummer {ANNA} is fout",
            instance=f"{BASE_URL}/personen",
            invalidParams=[
                {"name": "burgerservicenummer[0]", "code": "pattern", "reason": f"Waarde {ANNA}"},
                {"name": "fields[1]", "code": "fields", "reason": "Onbekend veld"},
            ],
        )
        brp = adapter(httpx.MockTransport(answering(response)))

        with pytest.raises(UpstreamRejected) as raised:
            await brp.raadpleeg([ANNA], ["naam"], BURGER)

        error = raised.value
        assert error.code == "BRP_REJECTED"
        assert error.status_code == 400
        assert error.upstream_code == "paramsValidation"
        assert error.invalid_params == (
            ("burgerservicenummer[0]", "pattern"),
            ("fields[1]", "fields"),
        )
        assert error.title is not None and error.title.startswith("Ongeldige waarde")
        assert ANNA not in str(error)
        assert "gemeente.test" not in str(error)
        assert str(error).endswith("invalid parameters: burgerservicenummer[0], fields[1]")
        assert "Ongeldige waarde" not in str(error) and "paramsValidation" not in str(error)

    async def test_the_registry_rejecting_an_unknown_field_is_rejected_naming_the_field(
        self,
    ) -> None:
        transport = registry_transport()

        with pytest.raises(UpstreamRejected) as raised:
            await adapter(transport).raadpleeg([ANNA], ["naam.bestaatNiet"], BURGER)

        assert raised.value.status_code == 400
        assert [name for name, _ in raised.value.invalid_params] == ["fields[1]"]
        assert ANNA not in str(raised.value)

    async def test_one_failing_chunk_fails_the_whole_lookup_with_a_plain_upstream_error(
        self,
    ) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            if len(json.loads(request.content)["burgerservicenummer"]) == 5:
                return httpx.Response(502, text="bad gateway")
            return brp_answer(request)

        bsns = [make_bsn(50_000_000 + n * 11) for n in range(45)]

        with pytest.raises(UpstreamUnavailable) as raised:
            await adapter(httpx.MockTransport(handler)).raadpleeg(bsns, ["naam"], BURGER)

        assert raised.value.status_code == 502

    @pytest.mark.parametrize(
        "datum",
        [
            {"type": "Datum", "datum": "17-05-1990", "langFormaat": "x"},
            {"type": "Datum", "datum": "1990-02-30", "langFormaat": "x"},
            {"type": "JaarMaandDatum", "jaar": 1990, "maand": 13, "langFormaat": "x"},
            {"type": "JaarDatum", "jaar": "1990", "langFormaat": "x"},
            {"type": "Eeuw", "eeuw": 20, "langFormaat": "x"},
        ],
        ids=["not-iso", "no-such-day", "month-13", "year-as-text", "unknown-form"],
    )
    async def test_a_malformed_date_is_an_invalid_response_naming_its_path(
        self, datum: dict[str, Any]
    ) -> None:
        body = {
            "type": "RaadpleegMetBurgerservicenummer",
            "personen": [{"burgerservicenummer": ANNA, "geboorte": {"datum": datum}}],
        }
        brp = adapter(httpx.MockTransport(answering(httpx.Response(200, json=body))))

        with pytest.raises(UpstreamInvalidResponse, match=r"personen\[0\]\.geboorte\.datum"):
            await brp.raadpleeg([ANNA], ["geboorte"], BURGER)


class TestFieldsAndModel:
    def test_fields_are_sorted_unique_and_drop_the_always_delivered_ones(self) -> None:
        assert normalise_fields(
            ["naam", "partners.inOnderzoek", "opschortingBijhouding", "naam", "geboorte"]
        ) == ["burgerservicenummer", "geboorte", "naam"]

    def test_fields_refuse_more_than_130_paths(self) -> None:
        with pytest.raises(ValueError, match="130"):
            normalise_fields([f"veld{n}" for n in range(130)])

    def test_repr_of_a_person_shows_no_bsn(self) -> None:
        persoon = Persoon(burgerservicenummer=ANNA)

        assert ANNA not in repr(persoon)

    def test_brp_datum_equals_the_domain_date_with_the_same_parts(self) -> None:
        assert BrpDatum(2001, 2, 3, lang_formaat="3 februari 2001") == OnvolledigeDatum(2001, 2, 3)
        assert hash(BrpDatum(2001, lang_formaat="2001")) == hash(OnvolledigeDatum(2001))

    @pytest.mark.parametrize(
        "typed_dict",
        [
            wire.Persoon,
            wire.NaamPersoon,
            wire.NaamGerelateerde,
            wire.Geboorte,
            wire.Partner,
            wire.Ouder,
            wire.Kind,
            wire.AangaanHuwelijkPartnerschap,
            wire.OntbindingHuwelijkPartnerschap,
            wire.Overlijden,
            wire.OpschortingBijhouding,
            wire.Waardetabel,
            wire.AdellijkeTitelPredicaatType,
            wire.VolledigeDatum,
            wire.JaarMaandDatum,
            wire.JaarDatum,
            wire.DatumOnbekend,
            wire.RaadpleegMetBurgerservicenummer,
            wire.ZoekMetGeslachtsnaamEnGeboortedatum,
            wire.BadRequestFoutbericht,
            wire.InvalidParam,
        ],
        ids=lambda t: t.__name__,
    )
    def test_payload_keys_exist_in_the_spec_schema_of_the_same_name(self, typed_dict: type) -> None:
        schemas = brp_spec()["components"]["schemas"]

        assert set(typing.get_type_hints(typed_dict)) <= spec_properties(
            schemas, typed_dict.__name__
        )

    @pytest.mark.parametrize(
        ("typed_dict", "variants"),
        [
            (
                wire.AbstractNationaliteit,
                ["NationaliteitBekend", "BehandeldAlsNederlander", "VastgesteldNietNederlander",
                 "Staatloos", "NationaliteitOnbekend"],
            ),
            (
                wire.AbstractVerblijfplaats,
                ["Adres", "VerblijfplaatsBuitenland", "VerblijfplaatsOnbekend", "Locatie"],
            ),
            (
                wire.Verblijfadres,
                ["VerblijfadresBinnenland", "VerblijfadresBuitenland", "VerblijfadresLocatie"],
            ),
        ],
        ids=["nationaliteit", "verblijfplaats", "verblijfadres"],
    )  # fmt: skip
    def test_merged_payload_keys_exist_in_one_of_the_spec_variants(
        self, typed_dict: type, variants: list[str]
    ) -> None:
        schemas = brp_spec()["components"]["schemas"]
        known = set().union(*(spec_properties(schemas, name) for name in variants))

        assert set(typing.get_type_hints(typed_dict)) <= known


def spec_properties(schemas: Mapping[str, Any], name: str) -> set[str]:
    """All property names of a spec schema, through allOf."""
    schema = schemas[name]
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        if "$ref" in part:
            names |= spec_properties(schemas, part["$ref"].rsplit("/", 1)[1])
        names |= set(part.get("properties", {}))
    return names
