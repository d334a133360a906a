"""In the embedded demo a notice becomes a zaak with both partners as rollen, and later
transitions add statussen there - delivered by the outbox worker, not by the request."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from gateway_support import demo_settings, running_gateway
from proces_support import (
    ALLEENSTAAND,
    Klok,
    Scenario,
    gelukt,
    goedgekeurd,
    met_getuigen,
    verklaar,
)

from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.registries.app import ZGW_CLIENT_ID, EmbeddedCredentials

CREDENTIALS = EmbeddedCredentials()
STAND = "zaakregistratie { status zaakUrl pogingen openstaand }"


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Scenario]:
    klok = Klok()
    settings = demo_settings(tmp_path, outbox_interval=0.02)
    async with running_gateway(settings, clock=klok, credentials=CREDENTIALS) as gateway:
        yield Scenario(gateway, klok)


async def stand(demo: Scenario, huwelijk_id: str) -> dict[str, Any]:
    """The case's registration once the outbox has nothing left to deliver."""
    query = f'{{ huwelijk(id: "{huwelijk_id}") {{ {STAND} }} }}'
    for _ in range(500):  # the worker runs every 20 ms; give up after ~10 s
        result = await demo.gateway.graphql(query, token=await demo.medewerker())
        registratie: dict[str, Any] | None = result["data"]["huwelijk"]["zaakregistratie"]
        if registratie and registratie["openstaand"] == 0:
            return registratie
        await asyncio.sleep(0.02)
    raise AssertionError(f"the outbox did not deliver: {registratie}")


async def zgw_get(demo: Scenario, url: str) -> Any:
    """GET from the embedded ZGW registries as their client would."""
    auth = ZgwJwtAuth(ZGW_CLIENT_ID, CREDENTIALS.zgw_secret)
    path = url.split("/registries/", 1)[1]
    response = await demo.gateway.client.get(
        f"http://127.0.0.1:8000/registries/{path}", auth=auth, headers={"Accept-Crs": "EPSG:4326"}
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_notice_becomes_a_zaak_and_transitions_add_statussen(demo: Scenario) -> None:
    eerste, tweede = await demo.burger(ALLEENSTAAND[0]), await demo.burger(ALLEENSTAAND[1])
    huwelijk = gelukt(await demo.reserveer(eerste))
    huwelijk = gelukt(
        await demo.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
        )
    )
    huwelijk = gelukt(await demo.stap(tweede, "stemIn", huwelijk))
    huwelijk = await met_getuigen(demo, eerste, huwelijk)

    huwelijk = await verklaar(demo, huwelijk, eerste, tweede)
    huwelijk = gelukt(await demo.stap(eerste, "doeMelding", huwelijk))

    registratie = await stand(demo, huwelijk["id"])
    assert registratie["status"] == "GEREGISTREERD"
    zaak = await zgw_get(demo, registratie["zaakUrl"])
    assert zaak["identificatie"] == f"HUW-{huwelijk['id']}"
    api, zaak_url = registratie["zaakUrl"].rsplit("/zaken/", 1)[0], registratie["zaakUrl"]
    rollen = await zgw_get(demo, f"{api}/rollen?zaak={zaak_url}")
    assert sorted(r["betrokkeneIdentificatie"]["inpBsn"] for r in rollen["results"]) == sorted(
        ALLEENSTAAND[:2]
    )

    medewerker = await demo.medewerker()
    demo.klok.verder(minutes=5)  # staff look at the notice a little later
    gelukt(await demo.stap(medewerker, "beoordeelMelding", huwelijk, "goedgekeurd: true"))
    await stand(demo, huwelijk["id"])
    statussen = (await zgw_get(demo, f"{api}/statussen?zaak={zaak_url}"))["results"]
    # Ontvangen at the notice; In behandeling genomen and Verwerkt at the approval: in the
    # order of the transitions, strictly later each, the last one marked and the zaak's status.
    typen = {
        t["url"]: t["omschrijving"]
        for t in (await zgw_get(demo, f"{api.replace('/zaken', '/catalogi')}/statustypen"))[
            "results"
        ]
    }
    assert [typen[s["statustype"]] for s in statussen] == [
        "Ontvangen",
        "In behandeling genomen",
        "Verwerkt",
    ]
    momenten = [datetime.fromisoformat(s["datumStatusGezet"]) for s in statussen]
    assert momenten == sorted(set(momenten))
    assert [s["indicatieLaatstGezetteStatus"] for s in statussen] == [False, False, True]
    assert (await zgw_get(demo, zaak_url))["status"] == statussen[-1]["url"]
    for status in statussen:  # each status is readable where the zaak points to it
        assert await zgw_get(demo, status["url"]) == status


async def test_an_approved_case_lapsing_unpaid_leaves_the_closed_zaak_alone(
    demo: Scenario,
) -> None:
    huwelijk, eerste = await goedgekeurd(demo)
    registratie = await stand(demo, huwelijk["id"])
    api, zaak_url = registratie["zaakUrl"].rsplit("/zaken/", 1)[0], registratie["zaakUrl"]
    zaak = await zgw_get(demo, zaak_url)
    assert zaak["resultaat"] is not None  # closed at the approval: Verwerkt, result Verwerkt

    demo.klok.nu = datetime.fromisoformat(huwelijk["verlooptOp"])
    gelezen = await demo.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk["id"]}") {{ status }} }}', token=eerste
    )
    assert gelezen["data"]["huwelijk"]["status"] == "VERLOPEN"

    assert (await stand(demo, huwelijk["id"]))["status"] == "GEREGISTREERD"
    statussen = await zgw_get(demo, f"{api}/statussen?zaak={zaak_url}")
    assert len(statussen["results"]) == 3  # Ontvangen, In behandeling genomen, Verwerkt
    assert (await zgw_get(demo, zaak_url))["resultaat"] == zaak["resultaat"]


async def test_staff_only_see_the_registration(demo: Scenario) -> None:
    eerste = await demo.burger(ALLEENSTAAND[0])
    huwelijk = gelukt(await demo.reserveer(eerste))
    result = await demo.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk["id"]}") {{ {STAND} }} }}', token=eerste
    )
    assert result["errors"][0]["extensions"]["code"] == "NIET_TOEGESTAAN"


async def zgw_post(demo: Scenario, path: str, body: dict[str, Any]) -> Any:
    """POST to an embedded ZGW registry as the municipality's case system would."""
    auth = ZgwJwtAuth(ZGW_CLIENT_ID, CREDENTIALS.zgw_secret)
    # The registry builds its URLs from the request: use the address the gateway itself uses.
    response = await demo.gateway.client.post(
        f"http://127.0.0.1:8000/registries/{path}",
        json=body,
        auth=auth,
        headers={"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"},
    )
    assert response.status_code in {200, 201}, response.text
    return response.json()


async def test_a_status_set_in_the_case_system_flows_back_into_the_case(demo: Scenario) -> None:
    eerste, tweede = await demo.burger(ALLEENSTAAND[0]), await demo.burger(ALLEENSTAAND[1])
    huwelijk = gelukt(await demo.reserveer(eerste))
    huwelijk = gelukt(
        await demo.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
        )
    )
    huwelijk = gelukt(await demo.stap(tweede, "stemIn", huwelijk))
    huwelijk = await met_getuigen(demo, eerste, huwelijk)
    huwelijk = await verklaar(demo, huwelijk, eerste, tweede)
    huwelijk = gelukt(await demo.stap(eerste, "doeMelding", huwelijk))
    zaak_url = (await stand(demo, huwelijk["id"]))["zaakUrl"]
    zaak = await zgw_get(demo, zaak_url)
    statustypen = await zgw_get(
        demo, f"/registries/9999/catalogi/statustypen?zaaktype={zaak['zaaktype']}"
    )
    in_behandeling = next(
        s["url"] for s in statustypen["results"] if s["omschrijving"] == "In behandeling genomen"
    )

    # Staff take the notice into handling in the municipality's own case system ...
    status = await zgw_post(
        demo,
        "9999/zaken/statussen",
        {
            "zaak": zaak_url,
            "statustype": in_behandeling,
            "datumStatusGezet": "2026-11-30T09:00:00Z",
        },
    )
    # ... which announces it on the zaken channel.
    await zgw_post(
        demo,
        "9999/notificaties/notificaties",
        {
            "kanaal": "zaken",
            "hoofdObject": zaak_url,
            "resource": "status",
            "resourceUrl": status["url"],
            "actie": "create",
            "aanmaakdatum": "2026-11-30T09:00:01Z",
            "kenmerken": {
                "bronorganisatie": zaak["bronorganisatie"],
                "zaaktype": zaak["zaaktype"],
                "vertrouwelijkheidaanduiding": zaak["vertrouwelijkheidaanduiding"],
            },
        },
    )

    query = f'{{ huwelijk(id: "{huwelijk["id"]}") {{ melding {{ status }} historie {{ door }} }} }}'
    for _ in range(500):
        gelezen = (await demo.gateway.graphql(query, token=eerste))["data"]["huwelijk"]
        if gelezen["melding"]["status"] == "IN_BEHANDELING":
            break
        await asyncio.sleep(0.02)
    assert gelezen["melding"]["status"] == "IN_BEHANDELING"
    assert gelezen["historie"][-1]["door"] == "systeem:zaaksysteem"
