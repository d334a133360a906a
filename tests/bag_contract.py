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

import copy
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import json_loads
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC_PATH = (
    Path(__file__).parent / "contracts" / "bag-individuele-bevragingen-v2-openapi.resolved.yaml"
)
_TOP_LEVEL = ("/adressen", "/woonplaatsen")


class BagContractError(AssertionError):
    """An exchange that the BAG Individuele Bevragingen v2 spec does not allow."""


@cache
def bag_spec() -> dict[str, Any]:
    """The spec as a dict, with the documented relaxation applied."""
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    spec = copy.deepcopy(spec)
    adres = spec["components"]["schemas"]["Adres"]
    adres["required"] = ["korteNaam" if r == "kortNaam" else r for r in adres["required"]]
    return spec


@cache
def bag_openapi() -> OpenAPI:
    """The openapi-core view of the spec, built once per test session."""
    config = Config(
        extra_media_type_deserializers={
            "application/problem+json": json_loads,
            "application/hal+json": json_loads,
        }
    )
    return OpenAPI(SchemaPath.from_dict(bag_spec()), config=config)


def _operation_path(path: str) -> str:
    for segment in _TOP_LEVEL:
        index = path.find(segment)
        if index >= 0:
            return path[index:]
    raise BagContractError(f"path outside the checked operations: {path}")


class _SpecRequest:
    def __init__(self, request: httpx.Request) -> None:
        server = urlsplit(bag_spec()["servers"][0]["url"])
        self.host_url = f"{server.scheme}://{server.netloc}"
        self.path = f"{server.path.rstrip('/')}{_operation_path(request.url.path)}"
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
        self.content_type = response.headers.get("content-type", "").split(";")[0]
        self.headers = Headers(list(response.headers.items()))
        self.data: bytes | None = response.content


def validate_bag_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise BagContractError unless the exchange is one the spec allows."""
    spec_request = _SpecRequest(request)
    request_errors = list(bag_openapi().iter_request_errors(spec_request))
    if request_errors and not 400 <= response.status_code < 500:
        raise BagContractError(
            f"request breaks the spec ({_describe(request_errors)}) "
            f"but was answered with {response.status_code}"
        )
    response_errors = list(
        bag_openapi().iter_response_errors(spec_request, _SpecResponse(response))
    )
    if response_errors:
        raise BagContractError(
            f"{response.status_code} response breaks the spec: {_describe(response_errors)}"
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
