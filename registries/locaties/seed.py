"""Generate ``registries/locaties/data/locaties.json`` from the demo municipality's locations.

Reads ``examples/demo/gemeente.toml`` (``[[proces.locaties]]``) and links each location to its
BAG address in ``registries/bag/data/adressen.json`` (``bag``: the address's URL in the BAG API
Individuele Bevragingen v2). Run ``python -m trouwgraph.registries.locaties.seed``; deterministic
output.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from trouwgraph.registries.bag.app import BagRecord, load_adressen
from trouwgraph.registries.bag.seed import DEMO_TOML, parse_adresregel
from trouwgraph.registries.locaties.app import DEFAULT_LOCATIES_PATH

__all__ = ["BAG_ADRES_URL", "build", "main"]

BAG_ADRES_URL = "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen/"
_SOORT = {"GEMEENTELIJK": "Gemeentelijke trouwlocatie", "EXTERN": "Vaste externe trouwlocatie"}


def build(locaties: Iterable[dict[str, Any]], adressen: Sequence[BagRecord]) -> dict[str, Any]:
    """The document: provenance plus one API ``Locatie`` per configured location."""
    index = {
        (r.get("postcode"), r["huisnummer"], r.get("huisletter"), r.get("huisnummertoevoeging")): r
        for r in adressen
    }
    result: list[dict[str, Any]] = []
    for number, locatie in enumerate(locaties, start=1):
        _straat, huisnummer, letter, toevoeging, postcode, woonplaats = parse_adresregel(
            locatie["adres"]
        )
        record = index[(postcode, huisnummer, letter, toevoeging)]
        result.append(
            {
                "id": number,
                "identificatie": locatie["id"],
                "naam": locatie["naam"],
                "samenvatting": f"{_SOORT[locatie['soort']]} in {woonplaats}.",
                "beschrijving": (
                    f"{locatie['naam']}, {locatie['adres']}. "
                    f"Plaats voor ten hoogste {locatie['capaciteit']} personen."
                ),
                "bag": BAG_ADRES_URL + record["nummeraanduidingIdentificatie"],
                "taal": "nl",
                "producten": [],
                "registratiedatum": "2024-01-01T00:00:00+01:00",
                "wijzigingsdatum": "2024-01-01T00:00:00+01:00",
            }
        )
    return {
        "bron": {
            "specificatie": "Utrecht Huwelijksplanner Locaties API 0.0.1, schema Locatie",
            "generator": "registries/locaties/seed.py (from examples/demo/gemeente.toml)",
        },
        "locaties": result,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Write the generated file (default: the committed data file)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_LOCATIES_PATH)
    args = parser.parse_args(argv)
    with DEMO_TOML.open("rb") as handle:
        config = tomllib.load(handle)
    document = build(config["proces"]["locaties"], load_adressen())
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
