"""Generate ``fields_catalogue.json``: every valid ``fields`` path per response type.

Derived from Haal Centraal BRP Personen bevragen 2.7.0 (OpenAPI 3.1, resolved). Run it from the
repository root after updating the spec copy in ``tests/contracts``::

    python -m trouwgraph.registries.brp.generate_fields_catalogue

The registry itself only reads the generated JSON, never the spec; a test regenerates the
catalogue from the spec and compares it with the committed file.

Kinds of path:

- ``object``: a group; a path into it selects part of it.
- ``typed-object`` / ``typed-collection``: polymorphic on ``type``; ``type`` is always kept.
- ``collection``: a list of groups; a path into it applies to every item.
- ``whole``: a Waardetabel, a date or ``gezag``; asking any part of it delivers all of it.
- ``value``: a scalar (or a list of scalars).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SPEC_PATH = Path("tests/contracts/brp-personen-v2-openapi.resolved.json")
CATALOGUE_PATH = Path(__file__).with_name("fields_catalogue.json")

# Delivered automatically when applicable; asking for them is a 400 (spec: PersonenQuery.fields).
ALWAYS_DELIVERED = (
    "inOnderzoek",
    "geheimhoudingPersoonsgegevens",
    "opschortingBijhouding",
    "rni",
    "verificatie",
)
RESPONSE_SCHEMAS = ("Persoon", "PersoonBeperkt")
_WHOLE_SCHEMAS = frozenset({"Waardetabel", "AbstractDatum", "Gezag"})

Schema = Mapping[str, Any]


def build_catalogue(spec: Schema) -> dict[str, Any]:
    """Return the catalogue (JSON-serialisable) of all ``fields`` paths of the spec."""
    schemas: Mapping[str, Schema] = spec["components"]["schemas"]
    response_types: dict[str, dict[str, str]] = {}
    for name in RESPONSE_SCHEMAS:
        paths: dict[str, str] = {}
        _walk(schemas, _properties(schemas, schemas[name]), "", paths)
        response_types[name] = dict(sorted(paths.items()))
    return {
        "bron": f"{spec['info']['title']} {spec['info']['version']}",
        "automatischGeleverd": list(ALWAYS_DELIVERED),
        "responseTypes": response_types,
    }


def _ref_name(schema: Schema) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _resolve(schemas: Mapping[str, Schema], schema: Schema) -> Schema:
    name = _ref_name(schema)
    return schemas[name] if name else schema


def _is_whole(schemas: Mapping[str, Schema], schema: Schema) -> bool:
    name = _ref_name(schema)
    if name in _WHOLE_SCHEMAS:
        return True
    resolved = _resolve(schemas, schema)
    return any(_is_whole(schemas, part) for part in resolved.get("allOf", ()))


def _properties(schemas: Mapping[str, Schema], schema: Schema) -> dict[str, list[Schema]]:
    """Collect a schema's properties (allOf parts and discriminator subtypes merged).

    Subtypes may declare the same property with different schemas (``verblijfadres`` is
    binnenland, buitenland or locatie), so each name maps to all its alternatives.
    """
    resolved = _resolve(schemas, schema)
    merged: dict[str, list[Schema]] = {}

    def add(properties: Mapping[str, Schema]) -> None:
        for name, prop in properties.items():
            merged.setdefault(name, []).append(prop)

    for part in resolved.get("allOf", ()):
        if _ref_name(part):
            for name, alternatives in _properties(schemas, part).items():
                merged.setdefault(name, []).extend(alternatives)
        else:
            add(part.get("properties", {}))
    add(resolved.get("properties", {}))
    for target in resolved.get("discriminator", {}).get("mapping", {}).values():
        subtype = schemas[target.rsplit("/", 1)[-1]]
        # A subtype refers back to its abstract base; only its own parts are new.
        for part in subtype.get("allOf", ()):
            if _ref_name(part) is None:
                add(part.get("properties", {}))
        add(subtype.get("properties", {}))
    return merged


def _union(schemas: Mapping[str, Schema], alternatives: list[Schema]) -> dict[str, list[Schema]]:
    merged: dict[str, list[Schema]] = {}
    for alternative in alternatives:
        for name, props in _properties(schemas, alternative).items():
            merged.setdefault(name, []).extend(props)
    return merged


def _is_typed(schemas: Mapping[str, Schema], schema: Schema) -> bool:
    return "discriminator" in _resolve(schemas, schema)


def _walk(
    schemas: Mapping[str, Schema],
    properties: Mapping[str, list[Schema]],
    prefix: str,
    out: dict[str, str],
) -> None:
    for name, alternatives in properties.items():
        if name in ALWAYS_DELIVERED:
            continue
        path = f"{prefix}{name}"
        if any(_is_whole(schemas, prop) for prop in alternatives):
            out[path] = "whole"
            if all(_ref_name(prop) != "Gezag" for prop in alternatives):
                for sub in _union(schemas, alternatives):
                    out[f"{path}.{sub}"] = "value"
            continue
        resolved = [_resolve(schemas, prop) for prop in alternatives]
        if resolved[0].get("type") == "array":
            items = [schema["items"] for schema in resolved]
            children = _union(schemas, items)
            if children:
                typed = any(_is_typed(schemas, item) for item in items)
                out[path] = "typed-collection" if typed else "collection"
                _walk(schemas, children, f"{path}.", out)
            else:
                out[path] = "value"
            continue
        children = _union(schemas, alternatives)
        if children:
            typed = any(_is_typed(schemas, prop) for prop in alternatives)
            out[path] = "typed-object" if typed else "object"
            _walk(schemas, children, f"{path}.", out)
            continue
        out[path] = "value"


def main(argv: list[str] | None = None) -> int:
    """Regenerate the committed catalogue from the spec (path as first argument, optional)."""
    args = sys.argv[1:] if argv is None else argv
    spec_path = Path(args[0]) if args else SPEC_PATH
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    text = json.dumps(build_catalogue(spec), indent=1, ensure_ascii=False) + "\n"
    CATALOGUE_PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
