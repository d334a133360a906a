"""Generate ``registries/bag/data/adressen.json``, the embedded BAG's addresses.

Sources, all in this repository (see ``data/PROVENANCE.md``):

1. the residential addresses of the RvIG test persons (``registries/brp/data/personen.json``,
   ``verblijfplaats.verblijfadres``), in the municipality of ``gemeenteVanInschrijving``;
2. the addresses of the demo municipality's locations (``examples/demo/gemeente.toml``);
3. a few hand-made addresses in Demodam (code 9999) and one in its fictional neighbour Omdam
   (code 9998), for tests and the demo.

Run ``python -m trouwgraph.registries.bag.seed`` to regenerate; the output is deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from trouwgraph.registries.bag.app import DEFAULT_ADRESSEN_PATH, BagRecord

__all__ = ["DEMO_GEMEENTE", "build", "main", "parse_adresregel"]

ROOT = Path(__file__).resolve().parents[2]
PERSONEN = ROOT / "registries" / "brp" / "data" / "personen.json"
DEMO_TOML = ROOT / "examples" / "demo" / "gemeente.toml"
DEMO_GEMEENTE = {"code": "9999", "naam": "Demodam"}
OMDAM = {"code": "9998", "naam": "Omdam"}
# The municipalities of the demo locations' towns (CBS table 33, 2024).
LOCATIE_GEMEENTEN = {
    "Demodam": DEMO_GEMEENTE,
    "Wognum": {"code": "0420", "naam": "Medemblik"},
    "Hoorn": {"code": "0405", "naam": "Hoorn"},
    "Haarlem": {"code": "0392", "naam": "Haarlem"},
    "Beilen": {"code": "1731", "naam": "Midden-Drenthe"},
}
# Hand-made addresses: (street, number, letter, addition, postcode, town, municipality).
EXTRA: tuple[tuple[str, int, str | None, str | None, str, str, dict[str, str]], ...] = (
    ("Demonstratielaan", 2, None, None, "1234AB", "Demodam", DEMO_GEMEENTE),
    ("Demonstratielaan", 3, "A", None, "1234AB", "Demodam", DEMO_GEMEENTE),
    ("Demonstratielaan", 5, None, "bis", "1234AB", "Demodam", DEMO_GEMEENTE),
    ("Kerkplein", 7, None, None, "1234AC", "Demodam", DEMO_GEMEENTE),
    ("Parklaan", 12, None, None, "1234AD", "Demodam", DEMO_GEMEENTE),
    ("Molenweg", 4, None, None, "1235AA", "Demodam-Noord", DEMO_GEMEENTE),
    ("Grensweg", 1, None, None, "1236AA", "Omdam", OMDAM),
)
_ADRESREGEL = re.compile(
    r"^(?P<straat>.+?) (?P<nummer>\d{1,5})(?P<letter>[A-Za-z])?"
    r"(?:-(?P<toevoeging>[0-9A-Za-z]{1,4}))?,"
    r" (?P<cijfers>[1-9]\d{3}) ?(?P<letters>[A-Za-z]{2}) (?P<woonplaats>.+)$"
)
_POSTCODE = re.compile(r"^[1-9][0-9]{3}[A-Z]{2}$")


def parse_adresregel(regel: str) -> tuple[str, int, str | None, str | None, str, str]:
    """Split ``"Straat 1A-2, 1234 AB Plaats"`` into its parts (postcode without space)."""
    match = _ADRESREGEL.fullmatch(regel.strip())
    if match is None:
        raise ValueError(f"not an address line: {regel!r}")
    postcode = f"{match['cijfers']}{match['letters'].upper()}"
    return (
        match["straat"],
        int(match["nummer"]),
        match["letter"],
        match["toevoeging"],
        postcode,
        match["woonplaats"],
    )


class _Builder:
    def __init__(self) -> None:
        self.records: dict[tuple[str, int, str, str], BagRecord] = {}
        self.woonplaatsen: dict[tuple[str, str], str] = {
            ("Demodam", "9999"): "9999",
            ("Omdam", "9998"): "9998",
        }
        self.straten: dict[tuple[str, str], str] = {}
        self.used_ids: set[str] = set()
        self.skipped = 0

    def add(
        self,
        straat: str,
        huisnummer: int,
        huisletter: str | None,
        toevoeging: str | None,
        postcode: str,
        woonplaats: str,
        gemeente: dict[str, str],
        *,
        korte_naam: str | None = None,
        nummeraanduiding: str | None = None,
        adresseerbaar_object: str | None = None,
    ) -> None:
        key = (postcode, huisnummer, (huisletter or "").upper(), (toevoeging or "").upper())
        if key in self.records or not _POSTCODE.fullmatch(postcode):
            self.skipped += 1
            return
        code = gemeente["code"]
        woonplaats_id = self.woonplaatsen.setdefault(
            (woonplaats, code), str(7000 + len(self.woonplaatsen))
        )
        straat_id = self.straten.setdefault(
            (woonplaats_id, straat), self._id(code, "30", len(self.straten))
        )
        if nummeraanduiding is None or nummeraanduiding in self.used_ids:
            nummeraanduiding = self._id(code, "20", len(self.records))
        self.used_ids.add(nummeraanduiding)
        record: dict[str, Any] = {
            "openbareRuimteNaam": straat,
            "korteNaam": (korte_naam or straat)[:24],
            "huisnummer": huisnummer,
            "postcode": postcode,
            "woonplaatsNaam": woonplaats,
            "nummeraanduidingIdentificatie": nummeraanduiding,
            "openbareRuimteIdentificatie": straat_id,
            "woonplaatsIdentificatie": woonplaats_id,
            "adresseerbaarObjectIdentificatie": adresseerbaar_object
            or self._id(code, "01", len(self.records)),
            "gemeente": {"code": code, "naam": gemeente["naam"]},
        }
        if huisletter:
            record["huisletter"] = huisletter
        if toevoeging:
            record["huisnummertoevoeging"] = toevoeging
        self.records[key] = record  # type: ignore[assignment]

    def _id(self, gemeentecode: str, objecttype: str, seq: int) -> str:
        # Synthetic numbers start at 9 000 000 000, above the RvIG set's real-looking ones.
        while True:
            candidate = f"{gemeentecode}{objecttype}{9_000_000_000 + seq:010d}"
            if candidate not in self.used_ids:
                self.used_ids.add(candidate)
                return candidate
            seq += 1


def build(personen: Iterable[dict[str, Any]], locatieadressen: Iterable[str]) -> dict[str, Any]:
    """The full document: provenance plus the addresses sorted by postcode and number."""
    builder = _Builder()
    for regel in locatieadressen:
        straat, nummer, letter, toevoeging, postcode, woonplaats = parse_adresregel(regel)
        builder.add(
            straat, nummer, letter, toevoeging, postcode, woonplaats, LOCATIE_GEMEENTEN[woonplaats]
        )
    for straat, nummer, letter, toevoeging, postcode, woonplaats, gemeente in EXTRA:
        builder.add(straat, nummer, letter, toevoeging, postcode, woonplaats, gemeente)
    for persoon in personen:
        verblijfplaats = persoon.get("verblijfplaats") or {}
        adres = verblijfplaats.get("verblijfadres") or {}
        gemeente = persoon.get("gemeenteVanInschrijving") or {}
        straatnaam: str | None = adres.get("officieleStraatnaam") or adres.get("korteStraatnaam")
        if straatnaam == adres.get("woonplaats") and adres.get("korteStraatnaam"):
            straatnaam = adres[
                "korteStraatnaam"
            ]  # the test set puts the town in a few street names
        needed = (
            straatnaam,
            adres.get("huisnummer"),
            adres.get("postcode"),
            adres.get("woonplaats"),
        )
        if verblijfplaats.get("type") != "Adres" or not all(needed):
            continue
        if not gemeente.get("omschrijving") or gemeente.get("code") == "1999":
            continue  # no municipality name, or the RNI (not a municipality)
        builder.add(
            str(straatnaam),
            adres["huisnummer"],
            adres.get("huisletter"),
            adres.get("huisnummertoevoeging"),
            adres["postcode"],
            adres["woonplaats"],
            {"code": gemeente["code"], "naam": gemeente["omschrijving"]},
            korte_naam=adres.get("korteStraatnaam"),
            nummeraanduiding=verblijfplaats.get("nummeraanduidingIdentificatie"),
            adresseerbaar_object=verblijfplaats.get("adresseerbaarObjectIdentificatie"),
        )
    adressen = sorted(
        builder.records.values(),
        key=lambda r: (
            r["postcode"],
            r["huisnummer"],
            r.get("huisletter", ""),
            r.get("huisnummertoevoeging", ""),
        ),
    )
    return {
        "bron": {
            "specificatie": "BAG API Individuele Bevragingen 2.0.0, schema Adres (+ gemeente)",
            "generator": "registries/bag/seed.py; see registries/bag/data/PROVENANCE.md",
            "aantalAdressen": len(adressen),
        },
        "adressen": adressen,
    }


def demo_locatieadressen(path: Path = DEMO_TOML) -> list[str]:
    """The address lines of the demo municipality's locations."""
    with path.open("rb") as handle:
        config = tomllib.load(handle)
    return [locatie["adres"] for locatie in config["proces"]["locaties"] if locatie.get("adres")]


def main(argv: Sequence[str] | None = None) -> int:
    """Write the generated file (default: the committed data file)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_ADRESSEN_PATH)
    args = parser.parse_args(argv)
    personen = json.loads(PERSONEN.read_text(encoding="utf-8"))["personen"]
    document = build(personen, demo_locatieadressen())
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
