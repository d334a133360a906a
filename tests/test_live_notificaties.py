"""From outside, over real HTTP: a status a case system sets in the Zaken API and announces on
the Notificaties API changes the case in the gateway - with the demo's own embedded registries,
and with `trouwgraph registries` run standalone and a demo pointed at it.

Both servers run as processes of their own (`live_support`); nothing is called in-process.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
from gateway_support import DEMO_CONFIG
from live_support import (
    AMSTERDAM,
    Live,
    free_port,
    live_demo,
    live_registries,
    melding_gedaan,
    scenario,
    wacht,
    zaak_geregistreerd,
)
from proces_support import Scenario, gelukt

from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.adapters.zgw_http import CRS_HEADERS

GEMEENTE = "9999"
FAST = {"TROUWGRAPH_OUTBOX_INTERVAL": "0.2"}


@dataclass
class Zaaksysteem:
    """A municipality's case system: a ZGW client of the registries at `root`."""

    http: httpx.AsyncClient
    root: str  # e.g. http://127.0.0.1:PORT/registries/9999

    async def get(self, url: str, **params: str) -> Any:
        answer = await self.http.get(url, params=params, headers=CRS_HEADERS)
        assert answer.status_code == 200, answer.text
        return answer.json()

    async def post(self, url: str, body: dict[str, Any]) -> Any:
        answer = await self.http.post(url, json=body, headers=CRS_HEADERS)
        assert answer.status_code in {200, 201}, answer.text
        return answer.json()


async def status_uit_het_zaaksysteem_komt_terug(gateway: Live, registries: Live, root: str) -> None:
    """The whole round trip: notice, zaak, status in the case system, notification, case."""
    zaaksysteem = Zaaksysteem(
        httpx.AsyncClient(
            timeout=10.0,
            trust_env=False,
            auth=ZgwJwtAuth(registries.zgw_client_id, registries.zgw_secret),
        ),
        root,
    )
    demo = scenario(gateway.base)
    async with zaaksysteem.http, demo.gateway.client:

        async def abonnement() -> bool:
            lijst = await zaaksysteem.get(f"{root}/notificaties/abonnement")
            return any(
                a["callbackUrl"] == f"{gateway.base}/{GEMEENTE}/notificaties/webhook" for a in lijst
            )

        await wacht(abonnement, "the gateway's abonnement")

        huwelijk, eerste = await melding_gedaan(demo)
        url = await zaak_geregistreerd(demo, huwelijk["id"])
        assert url.startswith(f"{root}/zaken/zaken/")
        zaak = await zaaksysteem.get(url)
        typen = await zaaksysteem.get(f"{root}/catalogi/statustypen", zaaktype=zaak["zaaktype"])
        in_behandeling = next(
            t["url"] for t in typen["results"] if t["omschrijving"] == "In behandeling genomen"
        )
        nu = datetime.now(AMSTERDAM)

        status = await zaaksysteem.post(
            f"{root}/zaken/statussen",
            {"zaak": url, "statustype": in_behandeling, "datumStatusGezet": nu.isoformat()},
        )
        await zaaksysteem.post(
            f"{root}/notificaties/notificaties",
            {
                "kanaal": "zaken",
                "hoofdObject": url,
                "resource": "status",
                "resourceUrl": status["url"],
                "actie": "create",
                "aanmaakdatum": nu.isoformat(),
                "kenmerken": {
                    "bronorganisatie": zaak["bronorganisatie"],
                    "zaaktype": zaak["zaaktype"],
                    "vertrouwelijkheidaanduiding": zaak["vertrouwelijkheidaanduiding"],
                },
            },
        )

        async def in_behandeling_genomen() -> dict[str, Any] | None:
            query = (
                f'{{ huwelijk(id: "{huwelijk["id"]}") '
                "{ melding { status } historie { door gebeurtenis } } }"
            )
            gelezen = (await demo.gateway.graphql(query, token=eerste))["data"]["huwelijk"]
            return gelezen if gelezen["melding"]["status"] == "IN_BEHANDELING" else None

        gelezen = await wacht(in_behandeling_genomen, "the case system's status in the case")
        assert gelezen["historie"][-1]["door"] == "medewerker:zaaksysteem"

        # Approved, the couple pays on the checkout page the gateway hands out: it is served
        # where the URL points, and the provider's webhook reaches the gateway.
        huwelijk = await lees(demo, huwelijk["id"], eerste)
        medewerker = await demo.medewerker()
        huwelijk = gelukt(
            await demo.stap(medewerker, "beoordeelMelding", huwelijk, "goedgekeurd: true")
        )
        gestart = await start_betaling(demo, eerste, huwelijk)
        assert "checkoutUrl" in gestart, gestart
        checkout = gestart["checkoutUrl"]
        assert checkout.startswith(f"{root}/betalingen/checkout/"), checkout
        assert (await zaaksysteem.http.get(checkout)).status_code == 200
        betaald = await zaaksysteem.http.post(checkout, data={"status": "paid"})
        assert betaald.status_code == 303

        async def is_betaald() -> bool:
            gelezen = await lees(demo, huwelijk["id"], eerste)
            return gelezen["betaling"] is not None and gelezen["betaling"]["status"] == "BETAALD"

        await wacht(is_betaald, "the payment in the case")
        # A paid case gets no new checkout.
        opnieuw = await start_betaling(demo, eerste, await lees(demo, huwelijk["id"], eerste))
        assert "checkoutUrl" not in opnieuw, opnieuw


async def lees(demo: Scenario, huwelijk_id: str, token: str) -> dict[str, Any]:
    query = f'{{ huwelijk(id: "{huwelijk_id}") {{ id versie status betaling {{ status }} }} }}'
    gelezen: dict[str, Any] = (await demo.gateway.graphql(query, token=token))["data"]["huwelijk"]
    return gelezen


async def start_betaling(demo: Scenario, token: str, huwelijk: dict[str, Any]) -> dict[str, Any]:
    result = await demo.gateway.graphql(
        f'mutation {{ startBetaling(id: "{huwelijk["id"]}", versie: {huwelijk["versie"]}) '
        "{ __typename ... on BetalingGestart { checkoutUrl } } }",
        token=token,
    )
    uitkomst: dict[str, Any] = result["data"]["startBetaling"] if result.get("data") else result
    return uitkomst


async def test_a_status_from_the_case_system_reaches_the_demo_through_its_own_registries(
    tmp_path: Path,
) -> None:
    with live_demo(tmp_path, env=FAST) as demo:
        await status_uit_het_zaaksysteem_komt_terug(
            demo, demo, f"{demo.base}/registries/{GEMEENTE}"
        )


def standalone_config(folder: Path, registries: str) -> Path:
    """The demo's municipality file with every registry at the standalone `registries`."""
    text = DEMO_CONFIG.read_text(encoding="utf-8")
    embedded = '[registers.brp]\nurl = "embedded"\ntimeout = 5.0\n'
    assert embedded in text
    blocks = []
    for naam in ("brp", "bag", "locaties", "zaken", "catalogi", "notificaties", "qmatic"):
        blocks.append(f'[registers.{naam}]\nurl = "{registries}/{GEMEENTE}/{naam}"\n')
        if naam in ("zaken", "catalogi", "notificaties"):
            blocks.append(
                f"[registers.{naam}.auth]\n"
                'type = "zgw-jwt"\nclient_id = "trouwgraph-embedded"\n'
                'secret_env = "TEST_ZGW_SECRET"\n'
            )
    blocks.append(
        f'[registers.betalingen]\nurl = "{registries}/{GEMEENTE}/betalingen"\n'
        '[registers.betalingen.auth]\ntype = "api-key"\nheader = "Authorization"\n'
        'key_env = "TEST_BETALINGEN_KEY"\n'
    )
    path = folder / "standalone.toml"
    path.write_text(text.replace(embedded, "\n".join(blocks)), encoding="utf-8")
    return path


async def test_a_status_from_the_case_system_reaches_a_demo_through_standalone_registries(
    tmp_path: Path,
) -> None:
    with live_registries(tmp_path / "registries") as registries:
        config = standalone_config(tmp_path, registries.base)
        env = {
            **FAST,
            "TEST_ZGW_SECRET": registries.zgw_secret,
            "TEST_BETALINGEN_KEY": f"Bearer {registries.betalingen_api_key}",
        }
        with live_demo(
            tmp_path / "demo", extra=["--config", str(config), "--allow-remote-registries"], env=env
        ) as demo:
            await status_uit_het_zaaksysteem_komt_terug(
                demo, registries, f"{registries.base}/{GEMEENTE}"
            )


class _Abonnee(BaseHTTPRequestHandler):
    """A subscriber's webhook: keeps each POST (its Authorization and body) and answers 204."""

    ontvangen: ClassVar[list[tuple[str | None, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.ontvangen.append((self.headers.get("Authorization"), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


async def test_a_notification_for_a_subscriber_that_is_down_is_delivered_once_it_is_up(
    tmp_path: Path,
) -> None:
    """Standalone registries with Open Notificaties' schedule, its first wait 0.25 s (0.25,
    1, 4 ... s): the subscriber is down at the first attempt and up before a retry."""
    poort = free_port()
    env = {"TROUWGRAPH_REGISTRIES_NOTIFICATIES_BACKOFF": "0.25"}
    with live_registries(tmp_path, env=env) as registries:
        root = f"{registries.base}/{GEMEENTE}/notificaties"
        auth = ZgwJwtAuth(registries.zgw_client_id, registries.zgw_secret)
        async with httpx.AsyncClient(auth=auth, trust_env=False, timeout=10.0) as zgw:
            abonnement = {
                "callbackUrl": f"http://127.0.0.1:{poort}/webhook",
                "auth": "Bearer abonnee-geheim",
                "kanalen": [{"naam": "zaken", "filters": {}}],
            }
            assert (await zgw.post(f"{root}/abonnement", json=abonnement)).status_code == 201
            bericht = {
                "kanaal": "zaken",
                "hoofdObject": "http://zaken.test/zaken/1",
                "resource": "status",
                "resourceUrl": "http://zaken.test/statussen/1",
                "actie": "create",
                "aanmaakdatum": datetime.now(AMSTERDAM).isoformat(),
            }
            assert (await zgw.post(f"{root}/notificaties", json=bericht)).status_code == 200

            async def eerste_poging_mislukt() -> bool:  # nobody listens yet
                return "not delivered (attempt 1)" in registries.output.read_text(errors="replace")

            await wacht(eerste_poging_mislukt, "the first, failed attempt")
            _Abonnee.ontvangen = []
            server = HTTPServer(("127.0.0.1", poort), _Abonnee)
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            try:

                async def bezorgd() -> bool:
                    return bool(_Abonnee.ontvangen)

                await wacht(bezorgd, "the retried delivery", seconds=90)
                await asyncio.sleep(1.5)  # a delivered message is not sent again
            finally:
                server.shutdown()
                server.server_close()
    [(autorisatie, body)] = _Abonnee.ontvangen
    assert autorisatie == "Bearer abonnee-geheim"
    assert json.loads(body)["resourceUrl"] == bericht["resourceUrl"]
