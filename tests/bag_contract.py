"""Contract check of BAG exchanges against BAG API Individuele Bevragingen 2.0.0 (LVBAG).

``validate_bag_exchange(request, response)`` checks one httpx exchange with openapi-core
against ``tests/contracts/bag-individuele-bevragingen-v2-openapi.resolved.yaml`` (loaded once):
a request that follows the spec must get a response that follows the spec; a request that
breaks it (on purpose, in error tests) must be refused with a 4xx problem that follows the spec.
The registry may be mounted anywhere: the request path is rebased on the spec's server URL.

One documented relaxation: schema ``Adres`` requires ``kortNaam``, a typo for the property it
defines, ``korteNaam`` (the real API sends ``korteNaam``). The requirement is renamed.
"""

from __future__ import annotations

from typing import Any

import httpx
from contract_support import CONTRACTS, Contract, media_type_only
from openapi_core import OpenAPI

SPEC_PATH = CONTRACTS / "bag-individuele-bevragingen-v2-openapi.resolved.yaml"
_TOP_LEVEL = ("/adressen", "/woonplaatsen")


class BagContractError(AssertionError):
    """An exchange that the BAG Individuele Bevragingen v2 spec does not allow."""


def _require_korte_naam(spec: dict[str, Any]) -> dict[str, Any]:
    """Rename the required ``kortNaam`` of ``Adres`` to the property it defines (see above)."""
    adres = spec["components"]["schemas"]["Adres"]
    adres["required"] = ["korteNaam" if r == "kortNaam" else r for r in adres["required"]]
    return spec


BAG = Contract(
    SPEC_PATH,
    patches=(_require_korte_naam,),
    json_media_types=("application/problem+json", "application/hal+json"),
    response_content_type=media_type_only,
    error=BagContractError,
)


def bag_spec() -> dict[str, Any]:
    """The spec as a dict, with the documented relaxation applied."""
    return BAG.spec


def bag_openapi() -> OpenAPI:
    """The openapi-core view of the spec, built once per test session."""
    return BAG.openapi


def _operation_path(path: str) -> str:
    for segment in _TOP_LEVEL:
        index = path.find(segment)
        if index >= 0:
            return path[index:]
    raise BagContractError(f"path outside the checked operations: {path}")


def validate_bag_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise BagContractError unless the exchange is one the spec allows."""
    BAG.validate(request, response, _operation_path(request.url.path))
