"""The contract checks themselves must refuse what their spec forbids.

Each check gets a hand-made exchange that the spec allows and the same exchange with one thing
wrong, so a check that accepted everything (or refused everything) would fail here. The BRP
check has its own such tests in test_brp_registry.py.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from bag_contract import BagContractError, validate_bag_exchange
from contract_support import CONTRACTS
from locaties_contract import LocatiesContractError, validate_locaties_exchange
from notificaties_contract import NotificatiesContractError, validate_notificaties_exchange
from zgw_contract import ZgwContractError, validate_zgw_exchange

HAL_JSON = {"content-type": "application/hal+json", "api-version": "2.0.0"}
JSON = {"content-type": "application/json"}
PROBLEM_JSON = {"content-type": "application/problem+json"}
BEARER = {"Authorization": "Bearer een-jwt"}


def answer(status: int, body: Any, headers: dict[str, str]) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


class TestBagContract:
    def bag_request(self, postcode: str) -> httpx.Request:
        params = {"postcode": postcode, "huisnummer": "1"}
        return httpx.Request(
            "GET", "https://bag.test/v2/adressen", params=params, headers={"X-Api-Key": "k"}
        )

    def test_accepts_an_empty_search_result(self) -> None:
        empty = answer(200, {"_embedded": {"adressen": []}}, HAL_JSON)
        validate_bag_exchange(self.bag_request("1234AB"), empty)

    def test_refuses_an_adres_missing_required_properties(self) -> None:
        body = {"_embedded": {"adressen": [{"huisnummer": 1}]}}
        with pytest.raises(BagContractError, match=r"response breaks the spec.*korteNaam"):
            validate_bag_exchange(self.bag_request("1234AB"), answer(200, body, HAL_JSON))

    def test_refuses_a_response_without_the_api_version_header(self) -> None:
        empty = answer(
            200, {"_embedded": {"adressen": []}}, {"content-type": "application/hal+json"}
        )
        with pytest.raises(BagContractError, match="api-version"):
            validate_bag_exchange(self.bag_request("1234AB"), empty)

    def test_refuses_a_success_answer_to_a_malformed_postcode(self) -> None:
        empty = answer(200, {"_embedded": {"adressen": []}}, HAL_JSON)
        with pytest.raises(BagContractError, match="request breaks the spec"):
            validate_bag_exchange(self.bag_request("12"), empty)


class TestLocatiesContract:
    request = httpx.Request(
        "GET", "https://locaties.test/api/locaties", headers={"Authorization": "k"}
    )

    def test_accepts_an_empty_list(self) -> None:
        validate_locaties_exchange(self.request, answer(200, [], JSON))

    def test_refuses_a_locatie_of_the_wrong_shape(self) -> None:
        with pytest.raises(LocatiesContractError, match=r"\$\[0\]\.naam: 5 is not of type"):
            validate_locaties_exchange(self.request, answer(200, [{"naam": 5}], JSON))

    def test_refuses_an_error_without_a_problem_body(self) -> None:
        with pytest.raises(LocatiesContractError, match="404 without a problem body"):
            validate_locaties_exchange(self.request, answer(404, {"detail": "x"}, PROBLEM_JSON))


class TestZgwContract:
    request = httpx.Request("GET", "http://zgw.test/catalogi/api/v1/catalogussen", headers=BEARER)

    def test_accepts_an_empty_page(self) -> None:
        page: dict[str, Any] = {"count": 0, "next": None, "previous": None, "results": []}
        validate_zgw_exchange(self.request, answer(200, page, JSON))

    def test_refuses_a_page_with_a_count_that_is_not_a_number(self) -> None:
        page: dict[str, Any] = {"count": "veel", "next": None, "previous": None, "results": []}
        with pytest.raises(ZgwContractError, match=r"\$\.count: 'veel' is not of type"):
            validate_zgw_exchange(self.request, answer(200, page, JSON))

    def test_refuses_a_path_of_an_unknown_zgw_api(self) -> None:
        request = httpx.Request("GET", "http://zgw.test/besluiten/api/v1/besluiten")
        with pytest.raises(ZgwContractError, match="unknown ZGW API 'besluiten'"):
            validate_zgw_exchange(request, answer(200, [], JSON))


class TestNotificatiesContract:
    kanalen = httpx.Request("GET", "http://notificaties.test/api/v1/kanaal", headers=BEARER)
    notificatie = httpx.Request(
        "POST",
        "http://notificaties.test/api/v1/notificaties",
        json={"kanaal": "zaken"},
        headers=BEARER,
    )

    def test_refuses_a_kanaal_of_the_wrong_shape(self) -> None:
        validate_notificaties_exchange(self.kanalen, answer(200, [], JSON))
        with pytest.raises(NotificatiesContractError, match=r"\$\[0\]\.naam: 5 is not of type"):
            validate_notificaties_exchange(self.kanalen, answer(200, [{"naam": 5}], JSON))

    def test_accepts_an_undeclared_error_only_as_a_fout(self) -> None:
        fout = {"code": "c", "title": "t", "status": 400, "detail": "d", "instance": "i"}
        validate_notificaties_exchange(self.notificatie, answer(400, fout, PROBLEM_JSON))
        with pytest.raises(NotificatiesContractError, match="not a Fout"):
            validate_notificaties_exchange(
                self.notificatie, answer(400, {"title": "t"}, PROBLEM_JSON)
            )


SHARED = CONTRACTS.parents[2] / "shared" / "fixtures"  # ../shared beside the checkout


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"no shared fixtures at {SHARED}")
def test_the_spec_copies_are_the_shared_fixtures_unchanged() -> None:
    """tests/contracts holds copies (the BRP field catalogue is generated from one); each must
    be byte for byte the specification in ../shared/fixtures."""
    copies = sorted(CONTRACTS.iterdir())
    assert len(copies) == 6
    for copy in copies:
        [original] = SHARED.glob(f"*/{copy.name}")
        assert copy.read_bytes() == original.read_bytes(), copy.name
