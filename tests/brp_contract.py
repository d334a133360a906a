"""Contract check of BRP exchanges against Haal Centraal BRP Personen bevragen 2.7.0.

``validate_brp_exchange(request, response)`` checks one httpx exchange with openapi-core
against ``tests/contracts/brp-personen-v2-openapi.resolved.json`` (loaded once):

- a request that follows the spec may get any documented response, which must follow the spec;
- a request that breaks the spec (on purpose, in error tests) must be refused with a 4xx whose
  body follows the spec;
- a request outside the spec (another path or method) must get a 404 or 405 problem.

The registry may be mounted anywhere (``/registries/brp``, the real API's
``/haalcentraal/api/brp``), so the request path is rebased on the spec's server URL.

One documented relaxation: the spec constrains the free texts of error messages
(``Foutbericht.title``/``detail``, ``InvalidParam.name``/``reason``) with patterns that the
real API's own documented messages break (``fields[0]``, ``De foutieve parameter(s) zijn: ...``,
``Waarde voldoet niet aan patroon ^[0-9]{9}$.``; see features/*fout-cases*.feature in
BRP-API/Haal-Centraal-BRP-bevragen). Those four patterns are dropped; every other constraint
(types, required properties, status codes, media types, all person data) is checked as written.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import json_loads
from openapi_schema_validator import OAS31Validator
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC_PATH = Path(__file__).parent / "contracts" / "brp-personen-v2-openapi.resolved.json"
OPERATION_PATH = "/personen"
JSON_MEDIA_TYPE = "application/json; charset=utf-8"
_RELAXED_PATTERNS = {
    "Foutbericht": ("title", "detail"),
    "InvalidParam": ("name", "reason"),
}


class BrpContractError(AssertionError):
    """An exchange that the BRP Personen v2 spec does not allow."""


@cache
def brp_spec() -> dict[str, Any]:
    """Return the spec as a dict, with the documented error-text relaxation applied."""
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    for schema_name, properties in _RELAXED_PATTERNS.items():
        for prop in properties:
            schemas[schema_name]["properties"][prop].pop("pattern", None)
    _enforce_discriminators(schemas)
    return spec


def _enforce_discriminators(schemas: dict[str, Any]) -> None:
    """Make the spec's discriminators checkable: JSON Schema itself ignores ``discriminator``.

    Each abstract schema (PersonenQuery, AbstractDatum, AbstractVerblijfplaats, ...) becomes its
    base plus "type must be one of the mapping" plus "if type is X then X's schema". Subtypes
    refer back to the base only, so the dispatch cannot recurse.
    """
    prefix = "#/components/schemas/"
    for name, schema in list(schemas.items()):
        discriminator = schema.get("discriminator")
        if not discriminator or not discriminator.get("mapping"):
            continue
        base_name = f"{name}ZonderDiscriminator"
        schemas[base_name] = {key: value for key, value in schema.items() if key != "discriminator"}
        prop, mapping = discriminator["propertyName"], discriminator["mapping"]
        dispatch: list[dict[str, Any]] = [
            {
                "if": {"properties": {prop: {"const": value}}, "required": [prop]},
                "then": {"$ref": target},
            }
            for value, target in mapping.items()
        ]
        schemas[name] = {
            "allOf": [
                {"$ref": f"{prefix}{base_name}"},
                {"properties": {prop: {"enum": list(mapping)}}},
                *dispatch,
            ]
        }
        for target in mapping.values():
            for part in schemas[target.removeprefix(prefix)].get("allOf", []):
                if part.get("$ref") == f"{prefix}{name}":
                    part["$ref"] = f"{prefix}{base_name}"


@cache
def brp_openapi() -> OpenAPI:
    """Return the openapi-core view of the (relaxed) spec, built once per test session."""
    config = Config(extra_media_type_deserializers={"application/problem+json": json_loads})
    return OpenAPI(SchemaPath.from_dict(brp_spec()), config=config)


def _server() -> tuple[str, str]:
    url = urlsplit(brp_spec()["servers"][0]["url"])
    return f"{url.scheme}://{url.netloc}", url.path.rstrip("/")


def _normalise_json(content_type: str) -> str:
    """Spell JSON as the spec does: the real API takes it with or without ``charset=utf-8``."""
    media_type, _, parameters = content_type.lower().partition(";")
    charset = parameters.replace(" ", "")
    if media_type.strip() == "application/json" and charset in ("", "charset=utf-8"):
        return JSON_MEDIA_TYPE
    return content_type.lower()


class _SpecRequest:
    """An httpx request seen through openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request, operation_path: str) -> None:
        host_url, base_path = _server()
        self.host_url = host_url
        self.path = f"{base_path}{operation_path}"
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.url.params.multi_items()),
            header=Headers(list(request.headers.items())),
        )
        self.content_type = _normalise_json(request.headers.get("content-type", ""))
        self.body: bytes | None = request.content or None


class _SpecResponse:
    """An httpx response seen through openapi-core's Response protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content_type = _normalise_json(response.headers.get("content-type", ""))
        self.headers = Headers(list(response.headers.items()))
        self.data: bytes | None = response.content


def validate_brp_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise BrpContractError unless the exchange is one the spec allows."""
    if not request.url.path.endswith(OPERATION_PATH):
        _expect_problem(response, 404)
        return
    if request.method != "POST":
        _expect_problem(response, 405)
        return
    spec_request = _SpecRequest(request, OPERATION_PATH)
    request_errors = list(brp_openapi().iter_request_errors(spec_request))
    if request_errors and not 400 <= response.status_code < 500:
        raise BrpContractError(
            f"request breaks the spec ({_describe(request_errors)}) "
            f"but was answered with {response.status_code}"
        )
    response_errors = list(
        brp_openapi().iter_response_errors(spec_request, _SpecResponse(response))
    )
    if response_errors:
        raise BrpContractError(
            f"{response.status_code} response breaks the spec: {_describe(response_errors)}"
        )


def _expect_problem(response: httpx.Response, status: int) -> None:
    if response.status_code != status:
        raise BrpContractError(f"expected {status}, got {response.status_code}")
    if response.headers.get("content-type", "").split(";")[0] != "application/problem+json":
        raise BrpContractError(f"{status} is not application/problem+json")
    schema = brp_spec()["components"]["schemas"]["Foutbericht"]
    validator = OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER)
    errors = [error.message for error in validator.iter_errors(response.json())]
    if errors:
        raise BrpContractError(f"{status} body breaks Foutbericht: {errors}")


def _describe(errors: list[Exception]) -> str:
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
