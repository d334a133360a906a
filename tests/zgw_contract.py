"""Contract check of ZGW exchanges against Zaken API 1.5.1 and Catalogi API 1.3.1.

``validate_zgw_exchange(request, response)`` checks one httpx exchange with openapi-core against
``tests/contracts/vng-zaken-api-1.5.1-openapi.yaml`` or ``vng-catalogi-api-1.3.1-openapi.yaml``
(chosen by the path: ``.../zaken/api/v1/...`` or ``.../catalogi/api/v1/...``; each loaded once):
a request that follows the spec must get a response that follows the spec, and a request that
breaks it must be refused with a 4xx. The registry may be mounted anywhere: everything up to
``/api/v1`` is taken as the mount.
"""

from __future__ import annotations

import httpx
from contract_support import CONTRACTS, Contract
from openapi_core import OpenAPI

SPECS = {
    "zaken": CONTRACTS / "vng-zaken-api-1.5.1-openapi.yaml",
    "catalogi": CONTRACTS / "vng-catalogi-api-1.3.1-openapi.yaml",
}
_MARKER = "/api/v1"


class ZgwContractError(AssertionError):
    """An exchange that the ZGW specs do not allow."""


# The specs' own servers are the VNG reference installations; the mount is cut off instead.
_CONTRACTS = {
    api: Contract(path, server=f"http://zgw.test{_MARKER}", error=ZgwContractError)
    for api, path in SPECS.items()
}


def zgw_openapi(api: str) -> OpenAPI:
    """The openapi-core view of one spec, built once per test session."""
    return _CONTRACTS[api].openapi


def _api_of(request: httpx.Request) -> tuple[str, str]:
    path = request.url.path
    prefix, marker, rest = path.partition(_MARKER)
    if not marker:
        raise ZgwContractError(f"not a ZGW API path: {path}")
    api = prefix.rstrip("/").rsplit("/", 1)[-1]
    if api not in SPECS:
        raise ZgwContractError(f"unknown ZGW API {api!r}")
    return api, rest


def validate_zgw_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise ZgwContractError unless the exchange is one the spec allows."""
    api, operation_path = _api_of(request)
    _CONTRACTS[api].validate(request, response, operation_path)


def validate_zgw_operation(
    api: str, request: httpx.Request, response: httpx.Response, operation_path: str
) -> None:
    """As `validate_zgw_exchange`, for an API (`zaken`, `catalogi`) mounted without `/api/v1`:
    the caller names the operation path (the part after the API's root)."""
    _CONTRACTS[api].validate(request, response, operation_path)
