"""Checking httpx exchanges against an OpenAPI contract with openapi-core.

``Contract(spec_path, patches=...)`` loads one spec (JSON or YAML) once, applies the spec's
documented repairs/relaxations in order, and validates exchanges against it. The upstream under
test may be mounted anywhere: the caller names the operation path (the part after the mount,
e.g. ``/personen``) and the request is rebased on the spec's first server URL.

``Contract.validate`` applies the rule every contract test shares: a request that follows the
spec may get any documented response, which must follow the spec; a request that breaks the spec
(on purpose, in error tests) must be refused with a 4xx whose response follows the spec. Specs
with other rules compose their own check from ``request_errors`` and ``response_errors``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import json_loads
from openapi_core.templating.responses.exceptions import ResponseNotFound
from werkzeug.datastructures import Headers, ImmutableMultiDict

CONTRACTS = Path(__file__).parent / "contracts"

Spec = dict[str, Any]
SpecPatch = Callable[[Spec], Spec]
"""A documented repair or relaxation: takes the loaded spec, returns the spec to use."""


class ContractError(AssertionError):
    """An exchange that a contract does not allow."""


def as_sent(content_type: str) -> str:
    """Pass a Content-Type header to openapi-core unchanged."""
    return content_type


def media_type_only(content_type: str) -> str:
    """Drop the parameters (``; charset=...``) of a Content-Type header."""
    return content_type.split(";")[0]


class Contract:
    """One OpenAPI spec, loaded and repaired once, that httpx exchanges are checked against."""

    def __init__(
        self,
        spec_path: Path,
        *,
        patches: Iterable[SpecPatch] = (),
        server: str | None = None,
        json_media_types: Iterable[str] = ("application/problem+json",),
        validate_spec: bool = True,
        request_content_type: Callable[[str], str] = as_sent,
        response_content_type: Callable[[str], str] = as_sent,
        error: type[AssertionError] = ContractError,
        undeclared_error: Callable[[httpx.Response], None] | None = None,
    ) -> None:
        """Describe the contract; nothing is read until the spec is first needed.

        ``server`` replaces the spec's servers (for specs whose server URL is unusable);
        ``json_media_types`` are media types besides ``application/json`` read as JSON;
        ``undeclared_error`` checks a 4xx for which the spec declares no response (without it,
        such a response breaks the contract); ``error`` is the exception raised.
        """
        self.spec_path = spec_path
        self.error = error
        self._patches = tuple(patches)
        self._server = server
        self._json_media_types = tuple(json_media_types)
        self._validate_spec = validate_spec
        self._request_content_type = request_content_type
        self._response_content_type = response_content_type
        self._undeclared_error = undeclared_error

    @cached_property
    def spec(self) -> Spec:
        """The spec as a dict, with the patches (and the server override) applied."""
        text = self.spec_path.read_text(encoding="utf-8")
        spec: Spec
        if self.spec_path.suffix == ".json":
            spec = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # some specs are 500 kB
            spec = yaml.load(text, Loader=loader)  # noqa: S506
        for patch in self._patches:
            spec = patch(spec)
        if self._server is not None:
            spec["servers"] = [{"url": self._server}]
        return spec

    @cached_property
    def openapi(self) -> OpenAPI:
        """The openapi-core view of the patched spec."""
        options: dict[str, Any] = {}
        if self._json_media_types:
            options["extra_media_type_deserializers"] = dict.fromkeys(
                self._json_media_types, json_loads
            )
        if not self._validate_spec:
            options["spec_validator_cls"] = None
        return OpenAPI(SchemaPath.from_dict(self.spec), config=Config(**options))

    def request_errors(self, request: httpx.Request, operation_path: str) -> list[Exception]:
        """What in `request` (sent to `operation_path`) breaks the spec."""
        return list(self.openapi.iter_request_errors(self._spec_request(request, operation_path)))

    def response_errors(
        self, request: httpx.Request, response: httpx.Response, operation_path: str
    ) -> list[Exception]:
        """What in `response` (to `request`, sent to `operation_path`) breaks the spec."""
        spec_request = self._spec_request(request, operation_path)
        spec_response = _SpecResponse(response, self._response_content_type)
        return list(self.openapi.iter_response_errors(spec_request, spec_response))

    def validate(
        self, request: httpx.Request, response: httpx.Response, operation_path: str
    ) -> None:
        """Raise `error` unless the exchange is one the spec allows (see the module docstring)."""
        where = f"{request.method} {request.url.path}"
        status = response.status_code
        request_errors = self.request_errors(request, operation_path)
        if request_errors and not 400 <= status < 500:
            raise self.error(
                f"{where}: request breaks the spec ({describe(request_errors)}) "
                f"but was answered with {status}"
            )
        errors = self.response_errors(request, response, operation_path)
        undeclared = bool(errors) and all(isinstance(e, ResponseNotFound) for e in errors)
        if undeclared and self._undeclared_error is not None and 400 <= status < 500:
            self._undeclared_error(response)
            return
        if errors:
            raise self.error(f"{where}: {status} response breaks the spec: {describe(errors)}")

    def _spec_request(self, request: httpx.Request, operation_path: str) -> _SpecRequest:
        server = urlsplit(self.spec["servers"][0]["url"])
        return _SpecRequest(
            request,
            host_url=f"{server.scheme}://{server.netloc}",
            path=f"{server.path.rstrip('/')}{operation_path}",
            content_type=self._request_content_type(request.headers.get("content-type", "")),
        )


class _SpecRequest:
    """An httpx request seen through openapi-core's Request protocol, rebased on the server."""

    def __init__(
        self, request: httpx.Request, *, host_url: str, path: str, content_type: str
    ) -> None:
        self.host_url = host_url
        self.path = path
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.url.params.multi_items()),
            header=Headers(list(request.headers.items())),
        )
        self.content_type = content_type
        self.body: bytes | None = request.content or None


class _SpecResponse:
    """An httpx response seen through openapi-core's Response protocol."""

    def __init__(self, response: httpx.Response, content_type: Callable[[str], str]) -> None:
        self.status_code = response.status_code
        self.content_type = content_type(response.headers.get("content-type", ""))
        self.headers = Headers(list(response.headers.items()))
        self.data: bytes | None = response.content


def describe(errors: list[Exception]) -> str:
    """Name each error by the innermost schema errors openapi-core keeps in its cause chain."""
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
    """The innermost errors of a jsonschema ValidationError (allOf/if-then nest them)."""
    if not error.context:
        return [error]
    return [leaf for child in error.context for leaf in _leaves(child)]
