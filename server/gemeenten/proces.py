"""The `[proces]` table of a municipality's TOML file: how it runs the marriage process.

The table is optional; every top-level key given replaces that part of
`ProcesConfiguratie.standaard()`, keys not given keep the default. The table's shape is checked
by `server.gemeenten.proces_table`, the rules by the domain; either failure is a `ConfigError`
naming the file, the key (`proces.…`) and the value. `proces_reference()` documents the keys.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails, PydanticUndefined

from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.configuratie import Locatie, ProcesConfiguratie, Tijdvak, Weekdag
from trouwgraph.domain.fouten import ConfiguratieFout
from trouwgraph.server.gemeenten.errors import ConfigError
from trouwgraph.server.gemeenten.proces_table import (
    AmbtenaarprijzenTabel,
    AmbtenaarTabel,
    CeremonietypeTabel,
    EigenLocatieTabel,
    ExtraTabel,
    LocatieTabel,
    ProcesTabel,
    Tabel,
    TermijnenTabel,
)

__all__ = ["load_proces", "proces_reference"]


def load_proces(
    raw: Mapping[str, object] | None, *, gemeentecode: str, path: Path
) -> ProcesConfiguratie:
    """The process configuration from the `[proces]` table (None: the defaults).

    Raises `ConfigError` naming `path`, the key (`proces.…`) and the value.
    """
    try:
        standaard = ProcesConfiguratie.standaard(gemeentecode)
        if raw is None:
            return standaard
        return replace(standaard, **ProcesTabel.model_validate(raw).wijzigingen(standaard))
    except ValidationError as error:
        raise ConfigError(_pydantic_bericht(path, raw, error.errors()[0])) from None
    except ConfiguratieFout as fout:
        raise ConfigError(_domein_bericht(path, raw or {}, fout)) from None


_REDENEN = {
    "extra_forbidden": "unknown key",
    "model_type": "expected a table",
    "list_type": "expected an array",
    "int_type": "expected an integer",
    "bool_type": "expected true or false",
    "string_type": "expected a string",
}


def _pydantic_bericht(path: Path, raw: object, fout: ErrorDetails) -> str:
    sleutel = _sleutel(raw, fout["loc"])
    if fout["type"] == "missing":
        return f"{path}: {sleutel}: required key is missing"
    reden = _REDENEN.get(fout["type"]) or fout["msg"].removeprefix("Value error, ")
    return f"{path}: {sleutel} = {fout.get('input')!r}: {reden}"


def _sleutel(raw: object, loc: tuple[int | str, ...]) -> str:
    """The dotted key; an array entry is named by its id or code, as the domain names it."""
    sleutel, node = "proces", raw
    for deel in loc:
        if isinstance(deel, int):
            item: object = None
            if isinstance(node, Sequence) and not isinstance(node, str) and deel < len(node):
                item = node[deel]
            label = (item.get("id") or item.get("code")) if isinstance(item, Mapping) else None
            sleutel += f"[{label if isinstance(label, str) and label else deel}]"
            node = item
        else:
            sleutel += f".{deel}"
            node = node.get(deel) if isinstance(node, Mapping) else None
    return sleutel


def _domein_bericht(path: Path, raw: Mapping[str, object], fout: ConfiguratieFout) -> str:
    reden = fout.melding.removeprefix(f"{fout.sleutel}={fout.waarde!r}: ")
    if fout.sleutel == "gemeentecode":  # the argument, not a key of [proces]
        return f"{path}: gemeentecode = {fout.waarde!r}: {reden}"
    # Show what the file says, not the domain's converted value, where the two are one key.
    waarde = raw.get(fout.sleutel, fout.waarde)
    bovenste = re.split(r"[.\[]", fout.sleutel, maxsplit=1)[0]
    if bovenste not in raw:
        reden += f" (a default that does not fit the keys given: set proces.{bovenste} too)"
    return f"{path}: proces.{fout.sleutel} = {waarde!r}: {reden}"


_TABELLEN: tuple[tuple[str, type[Tabel]], ...] = (
    ("[[proces.ceremonietypen]]", CeremonietypeTabel),
    ("[[proces.locaties]]", LocatieTabel),
    ("[proces.eigen_locatie]", EigenLocatieTabel),
    ("[[proces.ambtenaren]]", AmbtenaarTabel),
    ("[[proces.extras]]", ExtraTabel),
)
_SUBTABELLEN: dict[str, type[Tabel]] = {
    "ambtenaarprijzen": AmbtenaarprijzenTabel,
    "termijnen": TermijnenTabel,
}


def proces_reference() -> str:
    """Markdown tables of the `[proces]` keys with their defaults and meaning."""
    standaard = ProcesConfiguratie.standaard()
    regels = ["| key | default | meaning |", "|---|---|---|"]
    for naam, veld in ProcesTabel.model_fields.items():
        subtabel = _SUBTABELLEN.get(naam)
        if subtabel is None:
            regels.append(f"| `{naam}` | {_toon(getattr(standaard, naam))} | {veld.description} |")
            continue
        for subnaam, subveld in subtabel.model_fields.items():
            waarde = getattr(getattr(standaard, naam), subnaam)
            regels.append(f"| `{naam}.{subnaam}` | {_toon(waarde)} | {subveld.description} |")
    for kop, model in _TABELLEN:
        regels += ["", f"Keys of `{kop}`:", "", "| key | default | meaning |", "|---|---|---|"]
        for naam, veld in model.model_fields.items():
            standaardwaarde = (
                "required"
                if veld.is_required()
                else _toon(veld.get_default(call_default_factory=True, validated_data={}))
            )
            regels.append(f"| `{naam}` | {standaardwaarde} | {veld.description} |")
    return "\n".join(regels)


def _toon(waarde: object) -> str:
    """A default as a Markdown table cell."""
    if waarde is None or waarde is PydanticUndefined:
        return "absent"
    if isinstance(waarde, bool):
        return f"`{str(waarde).lower()}`"
    if isinstance(waarde, Weekdag):
        return waarde.name.lower()
    if isinstance(waarde, Locatiesoort):
        return f'`"{waarde.value}"`'
    if isinstance(waarde, int | str):
        return f"`{waarde!r}`".replace("'", '"')
    if isinstance(waarde, Locatie):
        return f"`{waarde.id}`, {waarde.prijs_cents} cents, {waarde.slotduur_minuten} minutes"
    if isinstance(waarde, list | tuple | frozenset) and not waarde:
        return "`[]`"
    items = list(waarde) if isinstance(waarde, list | tuple | frozenset) else [waarde]
    tijdvakken = [item for item in items if isinstance(item, Tijdvak)]
    if len(tijdvakken) == len(items):
        return _toon_tijdvakken(tijdvakken)
    if all(isinstance(item, Weekdag) for item in items):
        return ", ".join(_toon(item) for item in items)
    namen = [getattr(item, "code", None) or getattr(item, "id", None) for item in items]
    return ", ".join(f"`{naam}`" for naam in namen)


def _toon_tijdvakken(vakken: list[Tijdvak]) -> str:
    groepen: list[list[Tijdvak]] = []
    for vak in vakken:
        vorige = groepen[-1][-1] if groepen else None
        if (
            vorige
            and (vorige.van, vorige.tot) == (vak.van, vak.tot)
            and vak.weekdag == vorige.weekdag + 1
        ):
            groepen[-1].append(vak)
        else:
            groepen.append([vak])
    delen = []
    for groep in groepen:
        dagen = groep[0].weekdag.name.lower()
        if len(groep) > 1:
            dagen += f"-{groep[-1].weekdag.name.lower()}"
        delen.append(f"{dagen} {groep[0].van:%H:%M}-{groep[0].tot:%H:%M}")
    return "; ".join(delen)
