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

from typing import Any

import httpx
from contract_support import CONTRACTS, Contract
from openapi_core import OpenAPI
from openapi_schema_validator import OAS31Validator

SPEC_PATH = CONTRACTS / "brp-personen-v2-openapi.resolved.json"
OPERATION_PATH = "/personen"
JSON_MEDIA_TYPE = "application/json; charset=utf-8"
_RELAXED_PATTERNS = {
    "Foutbericht": ("title", "detail"),
    "InvalidParam": ("name", "reason"),
}


class BrpContractError(AssertionError):
    """An exchange that the BRP Personen v2 spec does not allow."""


def _relax_error_texts(spec: dict[str, Any]) -> dict[str, Any]:
    """Drop the four error-text patterns the real API's own messages break (see above)."""
    schemas = spec["components"]["schemas"]
    for schema_name, properties in _RELAXED_PATTERNS.items():
        for prop in properties:
            schemas[schema_name]["properties"][prop].pop("pattern", None)
    return spec


def _enforce_discriminators(spec: dict[str, Any]) -> dict[str, Any]:
    """Make the spec's discriminators checkable: JSON Schema itself ignores ``discriminator``.

    Each abstract schema (PersonenQuery, AbstractDatum, AbstractVerblijfplaats, ...) becomes its
    base plus "type must be one of the mapping" plus "if type is X then X's schema". Subtypes
    refer back to the base only, so the dispatch cannot recurse.
    """
    schemas: dict[str, Any] = spec["components"]["schemas"]
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
    return spec


def _normalise_json(content_type: str) -> str:
    """Spell JSON as the spec does: the real API takes it with or without ``charset=utf-8``."""
    media_type, _, parameters = content_type.lower().partition(";")
    charset = parameters.replace(" ", "")
    if media_type.strip() == "application/json" and charset in ("", "charset=utf-8"):
        return JSON_MEDIA_TYPE
    return content_type.lower()


BRP = Contract(
    SPEC_PATH,
    patches=(_relax_error_texts, _enforce_discriminators),
    request_content_type=_normalise_json,
    response_content_type=_normalise_json,
    error=BrpContractError,
)


def brp_spec() -> dict[str, Any]:
    """Return the spec as a dict, with the documented error-text relaxation applied."""
    return BRP.spec


def brp_openapi() -> OpenAPI:
    """Return the openapi-core view of the (relaxed) spec, built once per test session."""
    return BRP.openapi


def validate_brp_exchange(request: httpx.Request, response: httpx.Response) -> None:
    """Raise BrpContractError unless the exchange is one the spec allows."""
    if not request.url.path.endswith(OPERATION_PATH):
        _expect_problem(response, 404)
        return
    if request.method != "POST":
        _expect_problem(response, 405)
        return
    BRP.validate(request, response, OPERATION_PATH)


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
