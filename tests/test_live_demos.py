"""Two demos started together from one checkout keep their state apart: each its own case
store and outbox (var/demo-PORT), each case registered in its own embedded registries."""

from __future__ import annotations

from pathlib import Path

from live_support import live_demos, melding_gedaan, scenario, zaak_geregistreerd

FAST = {"TROUWGRAPH_OUTBOX_INTERVAL": "0.2"}


async def test_two_demos_from_one_checkout_keep_their_state_apart(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    checkout.mkdir()

    with live_demos(tmp_path, 2, cwd=checkout, env=FAST) as (een, twee):
        assert een.state is not None and twee.state is not None
        assert een.state != twee.state
        for live in (een, twee):
            assert live.process.poll() is None  # neither died migrating a shared database
            assert live.state is not None and (live.state / "trouwgraph.db").is_file()
        demos = [scenario(een.base), scenario(twee.base)]
        try:
            zaken = []
            for gateway, live in zip(demos, (een, twee), strict=True):
                huwelijk, _ = await melding_gedaan(gateway)
                url = await zaak_geregistreerd(gateway, huwelijk["id"])
                # Registered by this demo's outbox in this demo's registries, not the other's.
                assert url.startswith(f"{live.base}/registries/9999/zaken/zaken/")
                zaken.append(huwelijk["id"])

            for gateway, ander in ((demos[0], zaken[1]), (demos[1], zaken[0])):
                query = f'{{ huwelijk(id: "{ander}") {{ id }} }}'
                gelezen = await gateway.gateway.graphql(query, token=await gateway.medewerker())
                assert gelezen["data"] is None or gelezen["data"]["huwelijk"] is None
                assert gelezen["errors"][0]["extensions"]["code"] == "NIET_GEVONDEN"
        finally:
            for gateway in demos:
                await gateway.gateway.client.aclose()
    assert sorted(p.name for p in (checkout / "var").iterdir()) == sorted(
        [een.state.name, twee.state.name]
    )
