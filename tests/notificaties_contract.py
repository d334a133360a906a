"""Contract check of Notificaties API exchanges against the Notificaties API 1.0.0 spec.

``validate_notificaties_exchange(request, response)`` checks one httpx exchange with openapi-core
against ``tests/contracts/vng-notificaties-api-1.0.0-openapi.yaml`` (loaded once): a request that
follows the spec must get a response that follows it, and a request that breaks it must be
refused with a 4xx. Everything up to ``/api/v1`` is taken as the mount. The spec lists no error
responses for ``POST /notificaties``; there a 4xx must still be a ``Fout``/``ValidatieFout``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import json_loads
from openapi_core.templating.responses.exceptions import ResponseNotFound
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC = Path(__file__).parent / "contracts" / "vng-notificaties-api-1.0.0-openapi.yaml"
_MARKER = "/api/v1"
_FOUT = {"code", "title", "status", "detail", "instance"}


class NotificatiesContractError(AssertionError):
    """An exchange that the Notificaties API spec does not allow."""


@cache
def notificaties_openapi() -> OpenAPI:
    """The openapi-core view of the spec, built once per test session."""
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["servers"] = [{"url": "http://notificaties.test/api/v1"}]
    config = Config(extra_media_type_deserializers={"application/problem+json": json_loads})
    return OpenAPI(SchemaPath.from_dict(spec), config=config)


class _SpecRequest:
    def __init__(self, request: httpx.Request, operation_path: str) -> None:
        self.host_url = "http://notificaties.test"
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


def validate_notificaties_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise NotificatiesContractError unless the exchange is one the spec allows."""
    _, marker, operation_path = request.url.path.partition(_MARKER)
    if not marker:
        raise NotificatiesContractError(f"not a Notificaties API path: {request.url.path}")
    openapi = notificaties_openapi()
    spec_request = _SpecRequest(request, operation_path)
    request_errors = list(openapi.iter_request_errors(spec_request))
    if request_errors and not 400 <= response.status_code < 500:
        raise NotificatiesContractError(
            f"{request.method} {operation_path}: request breaks the spec ({request_errors}) "
            f"but was answered with {response.status_code}"
        )
    errors = list(openapi.iter_response_errors(spec_request, _SpecResponse(response)))
    undeclared = [e for e in errors if isinstance(e, ResponseNotFound)]
    if undeclared and len(undeclared) == len(errors) and 400 <= response.status_code < 500:
        _check_fout(response)
        return
    if errors:
        raise NotificatiesContractError(
            f"{request.method} {operation_path}: {response.status_code} response breaks the "
            f"spec: {errors}"
        )


def _check_fout(response: httpx.Response) -> None:
    if response.headers.get("content-type", "") != "application/problem+json":
        raise NotificatiesContractError("an error without application/problem+json")
    body = json.loads(response.content)
    if not isinstance(body, dict) or not set(body) >= _FOUT:
        raise NotificatiesContractError(f"an error body that is not a Fout: {body}")
