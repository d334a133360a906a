"""`personen`: several persons asked by hand in one list, one BRP call, in the asked order."""

from __future__ import annotations

import json

from gateway_support import Gateway

SEVEN = ["999993653", "999993811", "999990019", "999990020", "999990032", "999990044", "999990068"]
QUERY = (
    "query($bsns: [BSN!]!) { personen(burgerservicenummers: $bsns) "
    "{ burgerservicenummer naam { volledigeNaam } } }"
)


async def test_staff_get_the_persons_in_the_asked_order_from_one_brp_call(
    gateway: Gateway,
) -> None:
    asked = [*reversed(SEVEN), "999999011"]  # the last one the BRP does not know
    token = await gateway.token("medewerker")
    result = await gateway.graphql(QUERY, {"bsns": asked}, token=token)
    assert "errors" not in result, result
    personen = result["data"]["personen"]
    assert [p and p["burgerservicenummer"] for p in personen] == [*reversed(SEVEN), None]
    assert personen[-2]["naam"]["volledigeNaam"] == "Suzanne Moulin"
    (call,) = gateway.calls("brp")
    body = json.loads(call[0].content)
    assert sorted(body["burgerservicenummer"]) == sorted(asked)
    assert body["fields"] == ["burgerservicenummer", "naam.volledigeNaam"]


async def test_a_citizen_may_list_only_themselves(gateway: Gateway) -> None:
    token = await gateway.token("burger", SEVEN[0])
    alleen = await gateway.graphql(QUERY, {"bsns": [SEVEN[0]]}, token=token)
    assert "errors" not in alleen, alleen
    ook_een_ander = await gateway.graphql(QUERY, {"bsns": SEVEN[:2]}, token=token)
    assert ook_een_ander["data"] is None
    assert ook_een_ander["errors"][0]["extensions"]["code"] == "NIET_TOEGESTAAN"
    assert len(gateway.calls("brp")) == 1  # the refused list never reached the BRP


async def test_more_than_twenty_at_once_is_refused_naming_the_argument(gateway: Gateway) -> None:
    token = await gateway.token("medewerker")
    result = await gateway.graphql(QUERY, {"bsns": SEVEN * 3}, token=token)
    (fout,) = result["errors"]
    assert fout["extensions"]["code"] == "ONGELDIGE_INVOER"
    assert fout["extensions"]["pad"] == ["burgerservicenummers"]
    assert gateway.calls("brp") == []
