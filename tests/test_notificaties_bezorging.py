"""The embedded Notificaties API delivers as Open Notificaties does: any 2xx is a delivery,
anything else is retried per abonnement with its backoff (7 retries, 25 s * 4^n, at most
52000 s), then given up. The subscriber is faked at the transport; the waits are recorded."""

from __future__ import annotations

import asyncio

import httpx

from trouwgraph.adapters.notificaties_payloads import Abonnement, Message
from trouwgraph.registries.notificaties.bezorging import (
    OPEN_NOTIFICATIES,
    Abonnementbezorger,
    Herhaalbeleid,
)

MESSAGE: Message = {
    "kanaal": "zaken",
    "hoofdObject": "http://zaken.test/zaken/1",
    "resource": "status",
    "resourceUrl": "http://zaken.test/statussen/1",
    "actie": "create",
    "aanmaakdatum": "2026-11-30T09:00:00Z",
    "kenmerken": {"bronorganisatie": "002220647"},
}


def abonnement(url: str, filters: dict[str, str] | None = None) -> Abonnement:
    return {
        "callbackUrl": url,
        "auth": "Bearer geheim",
        "kanalen": [{"naam": "zaken", "filters": filters or {}}],
    }


class Abonnee:
    """A subscriber that answers with the statuses given, in turn (the last one after that)."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.ontvangen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.ontvangen.append(request)
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return httpx.Response(status)


class Wachten:
    def __init__(self) -> None:
        self.seconden: list[float] = []

    async def __call__(self, seconden: float) -> None:
        self.seconden.append(seconden)


def test_the_default_schedule_is_open_notificaties_one_of_about_a_day() -> None:
    schema = [OPEN_NOTIFICATIES.wacht(n) for n in range(OPEN_NOTIFICATIES.max_herhalingen)]

    assert schema == [25, 100, 400, 1600, 6400, 25600, 52000]
    assert 23 * 3600 < sum(schema) < 25 * 3600


async def test_a_failed_delivery_is_retried_until_the_subscriber_takes_it() -> None:
    abonnee, wachten = Abonnee(500, 503, 204), Wachten()
    async with httpx.AsyncClient(transport=httpx.MockTransport(abonnee)) as http:
        bezorger = Abonnementbezorger(http, sleep=wachten)

        direct = await bezorger.bezorg(MESSAGE, [("a-1", abonnement("http://gateway.test/hook"))])
        await bezorger.wacht_op_herhalingen()

    assert direct == 0
    assert len(abonnee.ontvangen) == 3
    assert wachten.seconden == [25, 100]
    for request in abonnee.ontvangen:  # the same message, with the abonnement's auth, each time
        assert request.headers["authorization"] == "Bearer geheim"
        assert request.content == abonnee.ontvangen[0].content


async def test_a_network_error_is_retried_too() -> None:
    pogingen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        pogingen.append(1)
        if len(pogingen) == 1:
            raise httpx.ConnectError("down", request=request)
        return httpx.Response(200)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        bezorger = Abonnementbezorger(http, sleep=Wachten())
        await bezorger.bezorg(MESSAGE, [("a-1", abonnement("http://gateway.test/hook"))])
        await bezorger.wacht_op_herhalingen()

    assert len(pogingen) == 2


async def test_delivery_is_given_up_after_the_last_retry() -> None:
    abonnee, wachten = Abonnee(500), Wachten()
    beleid = Herhaalbeleid(max_herhalingen=3, factor=1, basis=2, maximum=3)
    async with httpx.AsyncClient(transport=httpx.MockTransport(abonnee)) as http:
        bezorger = Abonnementbezorger(http, herhaling=beleid, sleep=wachten)
        await bezorger.bezorg(MESSAGE, [("a-1", abonnement("http://gateway.test/hook"))])
        await bezorger.wacht_op_herhalingen()

    assert len(abonnee.ontvangen) == 4  # the delivery and three retries
    assert wachten.seconden == [1, 2, 3]  # capped at the maximum


async def test_only_the_subscriber_that_failed_gets_the_message_again() -> None:
    goed, slecht = Abonnee(204), Abonnee(500, 204)

    def handler(request: httpx.Request) -> httpx.Response:
        return (goed if request.url.host == "goed.test" else slecht)(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        bezorger = Abonnementbezorger(http, sleep=Wachten())
        direct = await bezorger.bezorg(
            MESSAGE,
            [
                ("goed", abonnement("http://goed.test/hook")),
                ("slecht", abonnement("http://slecht.test/hook")),
                ("ander", abonnement("http://ander.test/hook", {"bronorganisatie": "999999999"})),
            ],
        )
        await bezorger.wacht_op_herhalingen()

    assert direct == 1
    assert (len(goed.ontvangen), len(slecht.ontvangen)) == (1, 2)


async def test_closing_drops_the_pending_retries() -> None:
    abonnee = Abonnee(500)

    async def never(_: float) -> None:
        await asyncio.Event().wait()

    async with httpx.AsyncClient(transport=httpx.MockTransport(abonnee)) as http:
        bezorger = Abonnementbezorger(http, sleep=never)
        await bezorger.bezorg(MESSAGE, [("a-1", abonnement("http://gateway.test/hook"))])
        await bezorger.aclose()
        await bezorger.wacht_op_herhalingen()

    assert len(abonnee.ontvangen) == 1
