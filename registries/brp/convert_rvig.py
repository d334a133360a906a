"""Convert RvIG's GBA-V test set (LO3 rubrieken) into Haal Centraal BRP Personen v2 persons.

Input: ``20220502_Testset_persoonslijsten_proefomgeving_GBA-V.csv`` (RvIG, via the
BRP-API/Haal-Centraal-BRP-bevragen repository, EUPL-1.2). Output: the ``Persoon`` objects of
Haal Centraal BRP Personen bevragen 2.7.0 (OpenAPI 3.1) as ``RaadpleegMetBurgerservicenummer``
delivers them with all fields requested, except ``leeftijd`` (computed per request). The
steps live in ``registries/brp/rvig/``.

Usage: ``python -m trouwgraph.registries.brp.convert_rvig [SRC_CSV] [OUT_JSON]``. Standard library
only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from trouwgraph.registries.brp.rvig.persoon import persoon
from trouwgraph.registries.brp.rvig.persoonslijst import read_persoonslijsten
from trouwgraph.registries.brp.rvig.waarden import JsonObject

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE / "source" / "20220502_Testset_persoonslijsten_proefomgeving_GBA-V.csv"
DEFAULT_TARGET = HERE / "data" / "personen.json"
SPEC_VERSION = "2.7.0"


def _sort_key(p: JsonObject) -> tuple[str, str]:
    return (str(p["burgerservicenummer"]), str(p.get("aNummer", "")))


def convert(source: Path) -> JsonObject:
    """The full converted document: provenance plus the sorted persons."""
    persons = [p for p in (persoon(pl) for pl in read_persoonslijsten(source)) if p]
    persons.sort(key=_sort_key)
    return {
        "bron": {
            "bestand": source.name,
            "uitgever": "RvIG (Rijksdienst voor Identiteitsgegevens)",
            "via": "https://github.com/BRP-API/Haal-Centraal-BRP-bevragen (scripts/)",
            "licentie": "EUPL-1.2",
            "specificatie": f"Haal Centraal BRP Personen bevragen {SPEC_VERSION}",
            "conversie": "registries/brp/convert_rvig.py; see registries/brp/data/PROVENANCE.md",
            "aantalPersonen": len(persons),
        },
        "personen": persons,
    }


def dumps(document: JsonObject) -> str:
    """Stable serialisation: sorted keys, two-space indent, UTF-8 text, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point: ``[SRC_CSV] [OUT_JSON]``."""
    args: Iterable[str] = sys.argv[1:] if argv is None else argv
    arg_list = list(args)
    source = Path(arg_list[0]) if len(arg_list) > 0 else DEFAULT_SOURCE
    target = Path(arg_list[1]) if len(arg_list) > 1 else DEFAULT_TARGET
    document = convert(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dumps(document), encoding="utf-8")
    print(f"wrote {document['bron']['aantalPersonen']} persons to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
