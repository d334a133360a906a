"""The embedded Zaken API keeps a zaak's statuses in time order, marks the last one, serves
every status, rol and zaakeigenschap where its URL points, and refuses a status set in the
future - as Open Zaak does. Every exchange is checked against the Zaken API 1.5.1 spec."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from zgw_support import CATALOGI_ROOT, ZgwTransport, adapter, clients, melding, registry

from trouwgraph.adapters.zgw_http import CRS_HEADERS

OP = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


class Zaak:
    def __init__(self, zaken: httpx.AsyncClient, url: str, statustypen: dict[str, str]) -> None:
        self.zaken = zaken
        self.url = url
        self.statustypen = statustypen

    async def zet(self, omschrijving: str, op: datetime) -> httpx.Response:
        body = {
            "zaak": self.url,
            "statustype": self.statustypen[omschrijving],
            "datumStatusGezet": op.isoformat(),
        }
        return await self.zaken.post("statussen", json=body)

    async def statussen(self) -> list[dict[str, Any]]:
        answer = await self.zaken.get("statussen", params={"zaak": self.url})
        return list(answer.json()["results"])

    async def get(self, url: str) -> dict[str, Any]:
        answer = await self.zaken.get(url, headers=CRS_HEADERS)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result


@pytest.fixture
async def zaak() -> AsyncIterator[Zaak]:
    transport = ZgwTransport(registry(page_size=100))
    zaken, catalogi = clients(transport)
    async with zaken, catalogi:
        url = await adapter(zaken, catalogi).registreer_melding(melding())
        zaaktype = (await zaken.get(url, headers=CRS_HEADERS)).json()["zaaktype"]
        typen = await catalogi.get(f"{CATALOGI_ROOT}statustypen", params={"zaaktype": zaaktype})
        yield Zaak(zaken, url, {t["omschrijving"]: t["url"] for t in typen.json()["results"]})


async def test_statuses_are_listed_in_time_order_whatever_order_they_were_set_in(
    zaak: Zaak,
) -> None:
    assert (await zaak.zet("In behandeling genomen", OP + timedelta(hours=1))).status_code == 201
    assert (await zaak.zet("Ontvangen", OP)).status_code == 201

    statussen = await zaak.statussen()

    assert [s["datumStatusGezet"] for s in statussen] == [
        "2026-03-01T09:30:00Z",
        "2026-03-01T10:30:00Z",
    ]
    assert [s["indicatieLaatstGezetteStatus"] for s in statussen] == [False, True]
    assert (await zaak.get(zaak.url))["status"] == statussen[-1]["url"]


async def test_of_two_statuses_at_one_moment_the_one_set_later_is_the_last(zaak: Zaak) -> None:
    eerste = (await zaak.zet("Ontvangen", OP)).json()
    tweede = (await zaak.zet("In behandeling genomen", OP)).json()

    statussen = await zaak.statussen()

    assert [s["url"] for s in statussen] == [eerste["url"], tweede["url"]]
    assert [s["indicatieLaatstGezetteStatus"] for s in statussen] == [False, True]
    assert (await zaak.get(zaak.url))["status"] == tweede["url"]


async def test_every_status_is_readable_where_its_url_points(zaak: Zaak) -> None:
    await zaak.zet("Ontvangen", OP)
    await zaak.zet("In behandeling genomen", OP + timedelta(minutes=1))

    for status in await zaak.statussen():
        assert await zaak.get(status["url"]) == status


async def test_rollen_and_zaakeigenschappen_are_readable_where_the_zaak_points(
    zaak: Zaak,
) -> None:
    gelezen = await zaak.get(zaak.url)

    rollen = [await zaak.get(url) for url in gelezen["rollen"]]
    eigenschappen = [await zaak.get(url) for url in gelezen["eigenschappen"]]

    assert {r["url"] for r in rollen} == set(gelezen["rollen"])
    assert {r["zaak"] for r in rollen} == {zaak.url}
    assert sorted(e["naam"] for e in eigenschappen) == [
        "huwelijksdatum",
        "huwelijkslocatie",
        "soortCeremonie",
    ]


async def test_an_unknown_status_rol_or_zaakeigenschap_is_a_404(zaak: Zaak) -> None:
    onbekend = "00000000-0000-4000-8000-000000000000"
    for path in (
        f"statussen/{onbekend}",
        f"rollen/{onbekend}",
        f"{zaak.url}/zaakeigenschappen/{onbekend}",
        f"zaken/{onbekend}/zaakeigenschappen/{onbekend}",
    ):
        answer = await zaak.zaken.get(path)
        assert answer.status_code == 404, path
        assert answer.json()["code"] == "not_found"


async def test_a_status_in_the_future_is_refused(zaak: Zaak) -> None:
    answer = await zaak.zet("Ontvangen", datetime.now(UTC) + timedelta(hours=1))

    assert answer.status_code == 400
    assert answer.json()["invalidParams"][0]["code"] == "date-in-future"
    assert await zaak.statussen() == []
