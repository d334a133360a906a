"""Contract check of ZGW exchanges against Zaken API 1.5.1 and Catalogi API 1.3.1.

``validate_zgw_exchange(request, response)`` checks one httpx exchange with openapi-core against
``tests/contracts/vng-zaken-api-1.5.1-openapi.yaml`` or ``vng-catalogi-api-1.3.1-openapi.yaml``
(chosen by the path: ``.../zaken/api/v1/...`` or ``.../catalogi/api/v1/...``; each loaded once):
a request that follows the spec must get a response that follows the spec, and a request that
breaks it must be refused with a 4xx. The registry may be mounted anywhere: everything up to
``/api/v1`` is taken as the mount.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import json_loads
from werkzeug.datastructures import Headers, ImmutableMultiDict

CONTRACTS = Path(__file__).parent / "contracts"
SPECS = {
    "zaken": CONTRACTS / "vng-zaken-api-1.5.1-openapi.yaml",
    "catalogi": CONTRACTS / "vng-catalogi-api-1.3.1-openapi.yaml",
}
_MARKER = "/api/v1"


class ZgwContractError(AssertionError):
    """An exchange that the ZGW specs do not allow."""


@cache
def zgw_openapi(api: str) -> OpenAPI:
    """The openapi-core view of one spec, built once per test session."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the specs are 500 kB each
    spec: dict[str, Any] = yaml.load(SPECS[api].read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    spec["servers"] = [{"url": "http://zgw.test/api/v1"}]
    config = Config(extra_media_type_deserializers={"application/problem+json": json_loads})
    return OpenAPI(SchemaPath.from_dict(spec), config=config)


def _api_of(request: httpx.Request) -> tuple[str, str]:
    path = request.url.path
    prefix, marker, rest = path.partition(_MARKER)
    if not marker:
        raise ZgwContractError(f"not a ZGW API path: {path}")
    api = prefix.rstrip("/").rsplit("/", 1)[-1]
    if api not in SPECS:
        raise ZgwContractError(f"unknown ZGW API {api!r}")
    return api, rest


class _SpecRequest:
    def __init__(self, request: httpx.Request, operation_path: str) -> None:
        self.host_url = "http://zgw.test"
        self.path = f"{_MARKER}{operation_path}"
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.url.params.multi_items()),
            header=Headers(list(request.headers.items())),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body: bytes | None = request.content or None


class _SpecResponse:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(list(response.headers.items()))
        self.data: bytes | None = response.content


def validate_zgw_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise ZgwContractError unless the exchange is one the spec allows."""
    api, operation_path = _api_of(request)
    openapi = zgw_openapi(api)
    spec_request = _SpecRequest(request, operation_path)
    request_errors = list(openapi.iter_request_errors(spec_request))
    if request_errors and not 400 <= response.status_code < 500:
        raise ZgwContractError(
            f"{request.method} {operation_path}: request breaks the {api} spec "
            f"({_describe(request_errors)}) but was answered with {response.status_code}"
        )
    response_errors = list(openapi.iter_response_errors(spec_request, _SpecResponse(response)))
    if response_errors:
        raise ZgwContractError(
            f"{request.method} {operation_path}: {response.status_code} response breaks the "
            f"{api} spec: {_describe(response_errors)}"
        )


def _describe(errors: list[Exception]) -> str:
    parts: list[str] = []
    for error in errors:
        leaves = [
            f"{leaf.json_path}: {leaf.message[:160]}"
            for cause in (error, error.__cause__)
            for schema_error in getattr(cause, "schema_errors", ())
            for leaf in _leaves(schema_error)
        ]
        parts.append("; ".join(leaves) or f"{type(error).__name__}: {error}")
    return " | ".join(parts)


def _leaves(error: Any) -> list[Any]:
    if not error.context:
        return [error]
    return [leaf for child in error.context for leaf in _leaves(child)]
