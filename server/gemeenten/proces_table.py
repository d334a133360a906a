"""The shape of the `[proces]` table of a municipality's TOML file (pydantic v2 models).

Written for people: amounts as integer cents, weekdays by Dutch name ("maandag") or ISO number
(1 = maandag ... 7 = zondag), times as "10:00" strings or TOML local times, dates as TOML dates,
enums by their value, `false` to switch off what can be switched off. Unknown keys are refused.
These models check the shape only; `ProcesTabel.wijzigingen` turns them into the domain's values,
whose rules `ProcesConfiguratie` checks itself. Field descriptions feed the configuration reference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    field_validator,
)

from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.configuratie import (
    WERKDAGEN,
    Ambtenaar,
    Ceremonietype,
    Extra,
    Locatie,
    ProcesConfiguratie,
    Starttijd,
    Tijdvak,
    Weekdag,
)

__all__ = [
    "AmbtenaarTabel",
    "AmbtenaarprijzenTabel",
    "CeremonietypeTabel",
    "EigenLocatieTabel",
    "ExtraTabel",
    "LocatieTabel",
    "ProcesTabel",
    "Tabel",
    "TermijnenTabel",
]

_WEEKDAGEN = {dag.name.lower(): dag for dag in Weekdag}
_TIJD = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _weekdag(value: object) -> Weekdag:
    if isinstance(value, str) and value.strip().lower() in _WEEKDAGEN:
        return _WEEKDAGEN[value.strip().lower()]
    # ISO 8601 numbering, as people count; the domain's Weekdag counts from 0.
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 7:
        return Weekdag(value - 1)
    raise ValueError("expected a weekday: maandag ... zondag, or 1 (maandag) to 7 (zondag)")


def _tijd(value: object) -> time:
    if isinstance(value, time) and value.tzinfo is None:
        return value
    if isinstance(value, str) and _TIJD.match(value):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError('expected a time such as "10:00"')


def _datum(value: object) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATUM.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError("expected a date such as 2027-04-27")


def _locatiesoort(value: object) -> Locatiesoort:
    # EIGEN passes, so that the domain can say where the location for one day belongs.
    if isinstance(value, str) and value in Locatiesoort.__members__:
        return Locatiesoort(value)
    raise ValueError("expected GEMEENTELIJK or EXTERN")


def _false_is_none(value: object) -> object:
    if value is True:
        raise ValueError("give a value, or false to switch it off")
    return None if value is False else value


Dag = Annotated[Weekdag, PlainValidator(_weekdag)]
Tijd = Annotated[time, PlainValidator(_tijd)]
Datum = Annotated[date, PlainValidator(_datum)]
Soort = Annotated[Locatiesoort, PlainValidator(_locatiesoort)]
Naam = Annotated[str, Field(min_length=1)]


class Tabel(BaseModel):
    """A TOML table: unknown keys refused, no type coercion (TOML values are typed already)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class StarttijdenTabel(Tabel):
    """Fixed start times: every time in `tijden` on every day in `weekdagen`."""

    weekdagen: list[Dag] = Field(description="Weekdays.")
    tijden: list[Tijd] = Field(description='Start times, e.g. ["10:00", "10:30"].')

    def naar_domein(self) -> list[Starttijd]:
        """One start time per day and time."""
        return [Starttijd(dag, tijd) for dag in self.weekdagen for tijd in self.tijden]


class TijdvakkenTabel(Tabel):
    """The window [van, tot) on every day in `weekdagen`."""

    weekdagen: list[Dag] = Field(description="Weekdays.")
    van: Tijd = Field(description='Opening time, e.g. "09:00".')
    tot: Tijd = Field(description='Closing time, e.g. "17:00".')

    @field_validator("tot")
    @classmethod
    def _na_van(cls, tot: time, info: ValidationInfo) -> time:
        van = info.data.get("van")
        if isinstance(van, time) and tot <= van:
            raise ValueError(f"must be after van ({van.isoformat('minutes')})")
        return tot

    def naar_domein(self) -> list[Tijdvak]:
        """One window per day."""
        return [Tijdvak(dag, self.van, self.tot) for dag in self.weekdagen]


class CeremonietypeTabel(Tabel):
    """One `[[proces.ceremonietypen]]` entry."""

    code: Naam = Field(description="Stable code, e.g. EENVOUDIG.")
    naam: Naam = Field(description="Name shown to the couple.")
    omschrijving: str = Field(default="", description="Description shown to the couple.")
    prijs_cents: int = Field(description="Price in euro cents.")
    duur_minuten: int = Field(description="Length of the ceremony.")
    max_gasten: int | None = Field(
        default=None, description="Most guests; absent: the location's capacity."
    )
    alleen_na_melding: bool = Field(
        default=False, description="Bookable only after the notice (melding)."
    )
    starttijden: list[StarttijdenTabel] = Field(
        default_factory=list,
        description="Fixed start times `{ weekdagen = [...], tijden = [...] }`; "
        "absent: any start within the opening hours.",
    )
    babs_keuze_toegestaan: bool = Field(default=True, description="The couple may pick a BABS.")
    locatie_ids: list[str] | None = Field(
        default=None, description="Ids of the allowed locaties; absent: all of them."
    )
    eigen_locatie_toegestaan: bool = Field(
        default=True, description="The location for one day may be chosen."
    )

    def naar_domein(self) -> Ceremonietype:
        """The domain's ceremony type."""
        return Ceremonietype(
            code=self.code,
            naam=self.naam,
            omschrijving=self.omschrijving,
            prijs_cents=self.prijs_cents,
            duur_minuten=self.duur_minuten,
            max_gasten=self.max_gasten,
            alleen_na_melding=self.alleen_na_melding,
            starttijden=tuple(tijd for groep in self.starttijden for tijd in groep.naar_domein()),
            babs_keuze_toegestaan=self.babs_keuze_toegestaan,
            locatie_ids=None if self.locatie_ids is None else frozenset(self.locatie_ids),
            eigen_locatie_toegestaan=self.eigen_locatie_toegestaan,
        )


class LocatieTabel(Tabel):
    """One `[[proces.locaties]]` entry: a municipal or external location."""

    id: Naam = Field(description="Stable id (a slug), e.g. trouwzaal.")
    naam: Naam = Field(description="Name shown to the couple.")
    adres: str = Field(default="", description="Address.")
    capaciteit: int = Field(description="Most persons, the couple included.")
    prijs_cents: int = Field(description="Price in euro cents, on top of the ceremony type.")
    soort: Soort = Field(default=Locatiesoort.GEMEENTELIJK, description="GEMEENTELIJK or EXTERN.")
    slotduur_minuten: int | None = Field(
        default=None, description="Slot length when longer than the ceremony type's."
    )

    def naar_domein(self) -> Locatie:
        """The domain's location."""
        return Locatie(
            self.id,
            self.naam,
            self.adres,
            self.capaciteit,
            self.prijs_cents,
            self.soort,
            self.slotduur_minuten,
        )


class EigenLocatieTabel(Tabel):
    """`[proces.eigen_locatie]`: the couple's own location for one day (no address yet)."""

    id: Naam = Field(default="eigen", description="Stable id.")
    naam: Naam = Field(default="Eigen locatie", description="Name shown to the couple.")
    prijs_cents: int = Field(description="Price in euro cents.")
    slotduur_minuten: int | None = Field(default=None, description="Slot length.")

    def naar_domein(self) -> Locatie:
        """The domain's location."""
        return Locatie(
            self.id, self.naam, "", 0, self.prijs_cents, Locatiesoort.EIGEN, self.slotduur_minuten
        )


class AmbtenaarTabel(Tabel):
    """One `[[proces.ambtenaren]]` entry: a BABS."""

    id: Naam = Field(description="Stable id (a slug), e.g. babs-anna-conijn.")
    naam: Naam = Field(description="Full name, tussenvoegsel included.")
    beedigd_op: Datum | None = Field(default=None, description="Date sworn in.")
    max_per_dag: int = Field(description="Most ceremonies a day.")
    max_per_week: int = Field(description="Most ceremonies a week.")
    weekdagen: list[Dag] = Field(
        default_factory=lambda: sorted(WERKDAGEN), description="Days available."
    )
    afwezig: list[Datum] = Field(default_factory=list, description="Dates away.")

    def naar_domein(self) -> Ambtenaar:
        """The domain's officiant."""
        return Ambtenaar(
            self.id,
            self.naam,
            self.beedigd_op,
            self.max_per_dag,
            self.max_per_week,
            frozenset(self.weekdagen),
            frozenset(self.afwezig),
        )


class ExtraTabel(Tabel):
    """One `[[proces.extras]]` entry: an optional product."""

    code: Naam = Field(description="Stable code, e.g. TROUWBOEKJE.")
    naam: Naam = Field(description="Name shown to the couple.")
    prijs_cents: int = Field(description="Price in euro cents.")

    def naar_domein(self) -> Extra:
        """The domain's extra."""
        return Extra(self.code, self.naam, self.prijs_cents)


class AmbtenaarprijzenTabel(Tabel):
    """A key left out keeps the default's value."""

    toegewezen_cents: int | None = Field(
        default=None, description="BABS assigned by the municipality."
    )
    keuze_cents: int | None = Field(default=None, description="BABS picked from the list.")
    eigen_cents: int | None = Field(default=None, description="The couple's own BABS.")


class TermijnenTabel(Tabel):
    """A key left out keeps the default's value."""

    voorlopige_reservering_minuten: int | None = Field(
        default=None, description="How long a provisional reservation holds its slot."
    )
    getuigen_dagen_voor: int | None = Field(
        default=None, description="Witnesses are named at the latest this many days before."
    )
    melding_min_dagen_voor: int | None = Field(
        default=None, description="The notice at the latest this many days before the ceremony."
    )
    melding_max_dagen_voor: int | None = Field(
        default=None, description="The notice at the earliest this many days before the ceremony."
    )
    melding_geldig_dagen: int | None = Field(default=None, description="Days a notice stays valid.")
    betaling_dagen: int | None = Field(
        default=None,
        description=(
            "Days to pay an approved case once payment is due (at the latest the day before the"
            " ceremony); unpaid, it lapses and frees its slot."
        ),
    )
    boekingshorizon_dagen: int | None = Field(
        default=None,
        description="A ceremony can be booked at most this many days ahead (at most 3660).",
    )


def _vakken(groepen: list[TijdvakkenTabel]) -> tuple[Tijdvak, ...]:
    return tuple(vak for groep in groepen for vak in groep.naar_domein())


class ProcesTabel(Tabel):
    """The `[proces]` table; a key left out keeps the default."""

    ceremonietypen: list[CeremonietypeTabel] | None = Field(
        default=None, description="`[[proces.ceremonietypen]]`: the ceremonies offered."
    )
    locaties: list[LocatieTabel] | None = Field(
        default=None, description="`[[proces.locaties]]`: municipal and external locations."
    )
    eigen_locatie: Annotated[EigenLocatieTabel | None, BeforeValidator(_false_is_none)] = Field(
        default=None, description="The location for one day; `false`: not offered."
    )
    ambtenaren: list[AmbtenaarTabel] | None = Field(
        default=None, description="`[[proces.ambtenaren]]`: the municipality's BABS."
    )
    extras: list[ExtraTabel] | None = Field(
        default=None, description="`[[proces.extras]]`: optional products."
    )
    ambtenaarprijzen: AmbtenaarprijzenTabel | None = Field(
        default=None, description="Price of each way of choosing the BABS."
    )
    eigen_babs_toegestaan: bool | None = Field(
        default=None, description="The couple may bring their own BABS."
    )
    gemeentelijke_getuige_prijs_cents: Annotated[int | None, BeforeValidator(_false_is_none)] = (
        Field(default=None, description="Price of a municipal witness; `false`: not offered.")
    )
    openingstijden: list[TijdvakkenTabel] | None = Field(
        default=None,
        description="When ceremonies can take place: `{ weekdagen = [...], van, tot }`.",
    )
    startinterval_minuten: int | None = Field(
        default=None, description="Free start times fall on this grid."
    )
    kantooruren: list[TijdvakkenTabel] | None = Field(
        default=None, description="Office hours, for the surcharge outside them."
    )
    toeslag_buiten_kantooruren_cents: int | None = Field(
        default=None, description="Surcharge for a ceremony outside office hours."
    )
    geblokkeerde_datums: list[Datum] | None = Field(
        default=None, description="Dates without ceremonies (public holidays)."
    )
    termijnen: TermijnenTabel | None = Field(default=None, description="Deadlines.")
    annuleringskosten_cents: int | None = Field(
        default=None, description="Fee for cancelling a confirmed ceremony."
    )
    tijdzone: str | None = Field(default=None, description="IANA time zone.")

    def wijzigingen(self, standaard: ProcesConfiguratie) -> dict[str, Any]:
        """The domain values of the keys that were given, the rest taken from `standaard`."""
        wijzigingen: dict[str, Any] = {}
        for naam in self.model_fields_set:
            waarde = getattr(self, naam)
            if waarde is None and naam not in _UITSCHAKELBAAR:
                continue  # only a Python caller can pass None; it means "not given"
            omzetten = _OMZETTINGEN.get(naam)
            wijzigingen[naam] = omzetten(waarde, standaard) if omzetten else waarde
        return wijzigingen


_UITSCHAKELBAAR = frozenset({"eigen_locatie", "gemeentelijke_getuige_prijs_cents"})


def _rij(
    waarde: Sequence[CeremonietypeTabel | LocatieTabel | AmbtenaarTabel | ExtraTabel], _: object
) -> object:
    return tuple(item.naar_domein() for item in waarde)


def _deels(waarde: BaseModel, standaard_waarde: Any) -> object:
    # A partly given sub-table keeps the default's values for the keys left out.
    return replace(standaard_waarde, **waarde.model_dump(exclude_unset=True, exclude_none=True))


_OMZETTINGEN: dict[str, Callable[[Any, ProcesConfiguratie], object]] = {
    "ceremonietypen": _rij,
    "locaties": _rij,
    "ambtenaren": _rij,
    "extras": _rij,
    "eigen_locatie": lambda v, _: None if v is None else v.naar_domein(),
    "ambtenaarprijzen": lambda v, s: _deels(v, s.ambtenaarprijzen),
    "termijnen": lambda v, s: _deels(v, s.termijnen),
    "openingstijden": lambda v, _: _vakken(v),
    "kantooruren": lambda v, _: _vakken(v),
    "geblokkeerde_datums": lambda v, _: frozenset(v),
}
