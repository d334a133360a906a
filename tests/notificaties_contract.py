"""Contract check of Notificaties API exchanges against the Notificaties API 1.0.0 spec.

``validate_notificaties_exchange(request, response)`` checks one httpx exchange with openapi-core
against ``tests/contracts/vng-notificaties-api-1.0.0-openapi.yaml`` (loaded once): a request that
follows the spec must get a response that follows it, and a request that breaks it must be
refused with a 4xx. Everything up to ``/api/v1`` is taken as the mount. The spec lists no error
responses for ``POST /notificaties``; there a 4xx must still be a ``Fout``/``ValidatieFout``.
"""

from __future__ import annotations

import json

import httpx
from contract_support import CONTRACTS, Contract
from openapi_core import OpenAPI

SPEC = CONTRACTS / "vng-notificaties-api-1.0.0-openapi.yaml"
_MARKER = "/api/v1"
_FOUT = {"code", "title", "status", "detail", "instance"}


class NotificatiesContractError(AssertionError):
    """An exchange that the Notificaties API spec does not allow."""


def _check_fout(response: httpx.Response) -> None:
    """An error the spec declares no response for must still be a ``Fout``."""
    if response.headers.get("content-type", "") != "application/problem+json":
        raise NotificatiesContractError("an error without application/problem+json")
    body = json.loads(response.content)
    if not isinstance(body, dict) or not set(body) >= _FOUT:
        raise NotificatiesContractError(f"an error body that is not a Fout: {body}")


NOTIFICATIES = Contract(
    SPEC,
    server=f"http://notificaties.test{_MARKER}",
    error=NotificatiesContractError,
    undeclared_error=_check_fout,
)


def notificaties_openapi() -> OpenAPI:
    """The openapi-core view of the spec, built once per test session."""
    return NOTIFICATIES.openapi


def validate_notificaties_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise NotificatiesContractError unless the exchange is one the spec allows."""
    _, marker, operation_path = request.url.path.partition(_MARKER)
    if not marker:
        raise NotificatiesContractError(f"not a Notificaties API path: {request.url.path}")
    NOTIFICATIES.validate(request, response, operation_path)
