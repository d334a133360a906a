"""The case-registration port and its ZGW adapter (Zaken API 1.5.1, Catalogi API 1.3.1).

`Zaakregistratie` is what the use cases (the outbox `Bezorger`) depend on. `ZgwZaakregistratie`
implements it over two `ZgwHttp`s. Both operations are idempotent, so a delivery that failed
half-way may simply be run again:

- `registreer_melding` finds the zaak by its stable `identificatie` (per bronorganisatie) or
  creates it, then adds only the rollen and zaakeigenschappen that are not there yet;
- `zet_status` sets a status only when the zaak has no status of that statustype with that
  `datumStatusGezet` yet. With a resultaat (the final status) it first gives the zaak that
  resultaat, unless the zaak has one already: Open Zaak refuses an eindstatus on a zaak without
  a resultaat (`resultaat-does-not-exist`), and allows only one resultaat per zaak.

The zaaktype (by catalogus and identificatie) with its statustypen, resultaattypen, roltypen and
eigenschappen
is looked up once per process and cached; a failed lookup is not cached. BSNs go to the Zaken
API (as `inpBsn`) and nowhere else: never into a log line or an error message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from trouwgraph.adapters import zgw_payloads as wire
from trouwgraph.adapters.errors import UpstreamError, UpstreamInvalidResponse, UpstreamRejected
from trouwgraph.adapters.zgw_http import CRS_HEADERS, ZgwHttp

__all__ = [
    "Betrokkene",
    "CatalogusMismatch",
    "ZaakMelding",
    "Zaakregistratie",
    "ZgwInstellingen",
    "ZgwZaakregistratie",
]

logger = logging.getLogger(__name__)


class CatalogusMismatch(UpstreamError):
    """The catalogue lacks what the configuration names (zaaktype, statustype, ...)."""

    suffix = "MISMATCH"


@dataclass(frozen=True, slots=True)
class Betrokkene:
    """A partner as a rol: BSN, the roltype's `omschrijvingGeneriek`, a remark."""

    bsn: str
    roltype_generiek: str
    toelichting: str


@dataclass(frozen=True, slots=True)
class ZaakMelding:
    """Everything needed to register a notice as a zaak; plain data, stored in the outbox."""

    identificatie: str
    startdatum: date
    omschrijving: str
    partners: tuple[Betrokkene, ...]
    eigenschappen: tuple[tuple[str, str], ...]  # (eigenschap naam, waarde)
    toelichting: str = ""

    def naar_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the outbox payload)."""
        return {
            "identificatie": self.identificatie,
            "startdatum": self.startdatum.isoformat(),
            "omschrijving": self.omschrijving,
            "toelichting": self.toelichting,
            "partners": [
                {"bsn": p.bsn, "roltypeGeneriek": p.roltype_generiek, "toelichting": p.toelichting}
                for p in self.partners
            ],
            "eigenschappen": [[naam, waarde] for naam, waarde in self.eigenschappen],
        }

    @classmethod
    def van_json(cls, data: Mapping[str, Any]) -> ZaakMelding:
        """The melding `naar_json` made."""
        return cls(
            identificatie=str(data["identificatie"]),
            startdatum=date.fromisoformat(str(data["startdatum"])),
            omschrijving=str(data["omschrijving"]),
            toelichting=str(data.get("toelichting", "")),
            partners=tuple(
                Betrokkene(str(p["bsn"]), str(p["roltypeGeneriek"]), str(p["toelichting"]))
                for p in data["partners"]
            ),
            eigenschappen=tuple((str(n), str(w)) for n, w in data["eigenschappen"]),
        )


class Zaakregistratie(Protocol):
    """The municipality's case system as the marriage process needs it."""

    async def registreer_melding(self, melding: ZaakMelding) -> str:
        """Register the notice (idempotently); returns the zaak's URL."""
        ...

    async def zet_status(
        self,
        zaak_url: str,
        statustype_omschrijving: str,
        datum: datetime,
        toelichting: str,
        resultaat: str | None = None,
    ) -> str:
        """Give the zaak this status at `datum`, unless it already has it (idempotent);
        with `resultaat` (a resultaattype's omschrijving) the zaak gets that result first.
        Returns the status's URL."""
        ...


@dataclass(frozen=True, slots=True)
class ZgwInstellingen:
    """Which zaaktype to use and on whose behalf (RSINs of 9 digits)."""

    catalogus_url: str
    zaaktype_identificatie: str
    bronorganisatie: str
    verantwoordelijke_organisatie: str


@dataclass(frozen=True, slots=True)
class _Zaaktype:
    url: str
    statustypen: Mapping[str, str]  # omschrijving -> url
    resultaattypen: Mapping[str, str]  # omschrijving -> url
    roltypen: Mapping[str, str]  # omschrijvingGeneriek -> url
    eigenschappen: Mapping[str, str]  # naam -> url


class ZgwZaakregistratie:
    """`Zaakregistratie` over the ZGW Zaken and Catalogi APIs."""

    def __init__(self, zaken: ZgwHttp, catalogi: ZgwHttp, instellingen: ZgwInstellingen) -> None:
        self._zaken = zaken
        self._catalogi = catalogi
        self._instellingen = instellingen
        self._zaaktype: _Zaaktype | None = None
        self._lock = asyncio.Lock()

    async def registreer_melding(self, melding: ZaakMelding) -> str:
        """Find or create the zaak, then add the missing rollen and zaakeigenschappen."""
        zaaktype = await self._zaaktype_info()
        zaak_url = await self._zaak(melding, zaaktype)
        await self._rollen(zaak_url, melding.partners, zaaktype)
        await self._eigenschappen(zaak_url, melding.eigenschappen, zaaktype)
        return zaak_url

    async def zet_status(
        self,
        zaak_url: str,
        statustype_omschrijving: str,
        datum: datetime,
        toelichting: str,
        resultaat: str | None = None,
    ) -> str:
        """POST /statussen unless this statustype was already set at `datum`; its URL.

        With `resultaat`, the zaak first gets a resultaat of that resultaattype (omschrijving)
        unless it has one already."""
        if datum.utcoffset() is None:
            raise ValueError("datum must be timezone-aware")
        zaaktype = await self._zaaktype_info()
        statustype = zaaktype.statustypen.get(statustype_omschrijving)
        if statustype is None:
            raise CatalogusMismatch(
                "CATALOGI", f"zaaktype has no statustype {statustype_omschrijving!r}"
            )
        resultaattype: str | None = None
        if resultaat is not None:
            resultaattype = zaaktype.resultaattypen.get(resultaat)
            if resultaattype is None:
                raise CatalogusMismatch("CATALOGI", f"zaaktype has no resultaattype {resultaat!r}")
        bestaande = await self._zaken.all_pages("statussen", params={"zaak": zaak_url})
        for status in bestaande:
            if status.get("statustype") == statustype and _zelfde_moment(
                status.get("datumStatusGezet"), datum
            ):
                gezet = status.get("url")
                if not isinstance(gezet, str):
                    raise UpstreamInvalidResponse("ZAKEN", "status without url")
                return gezet
        if resultaattype is not None:
            await self._resultaat(zaak_url, resultaattype)
        body: wire.Status = {
            "zaak": zaak_url,
            "statustype": statustype,
            "datumStatusGezet": datum.isoformat(),
            "statustoelichting": toelichting[:1000],
        }
        created = await self._zaken.post("statussen", body)
        return str(created["url"])

    async def _resultaat(self, zaak_url: str, resultaattype: str) -> str:
        """The zaak's resultaat: the one it has (a zaak has at most one), else a new one."""
        gevonden = await self._zoek_resultaat(zaak_url, resultaattype)
        if gevonden is not None:
            return gevonden
        body: wire.Resultaat = {"zaak": zaak_url, "resultaattype": resultaattype}
        try:
            created = await self._zaken.post("resultaten", body)
        except UpstreamRejected as rejected:
            # Another delivery (or an earlier, lost answer) gave the zaak its resultaat.
            if ("zaak", "unique") not in rejected.invalid_params:
                raise
            gevonden = await self._zoek_resultaat(zaak_url, resultaattype)
            if gevonden is None:
                raise
            return gevonden
        return str(created["url"])

    async def _zoek_resultaat(self, zaak_url: str, resultaattype: str) -> str | None:
        resultaten = await self._zaken.all_pages("resultaten", params={"zaak": zaak_url})
        if not resultaten:
            return None
        if resultaten[0].get("resultaattype") != resultaattype:
            # Someone in the case system decided otherwise; their resultaat stands.
            logger.warning("zaak already has a resultaat of another resultaattype; kept")
        url = resultaten[0].get("url")
        if not isinstance(url, str):
            raise UpstreamInvalidResponse("ZAKEN", "resultaat without url")
        return url

    async def _zaak(self, melding: ZaakMelding, zaaktype: _Zaaktype) -> str:
        gevonden = await self._zoek_zaak(melding.identificatie)
        if gevonden is not None:
            return gevonden
        body: wire.Zaak = {
            "identificatie": melding.identificatie,
            "bronorganisatie": self._instellingen.bronorganisatie,
            "verantwoordelijkeOrganisatie": self._instellingen.verantwoordelijke_organisatie,
            "zaaktype": zaaktype.url,
            "startdatum": melding.startdatum.isoformat(),
            "omschrijving": melding.omschrijving[:80],
            "toelichting": melding.toelichting[:1000],
        }
        try:
            created = await self._zaken.post("zaken", body, headers=CRS_HEADERS)
        except UpstreamRejected as rejected:
            # Another delivery created it meanwhile (or an earlier answer got lost): use it.
            if ("identificatie", "identificatie-niet-uniek") not in rejected.invalid_params:
                raise
            gevonden = await self._zoek_zaak(melding.identificatie)
            if gevonden is None:
                raise
            return gevonden
        logger.info("zaak created for a melding")
        return str(created["url"])

    async def _zoek_zaak(self, identificatie: str) -> str | None:
        params = {
            "identificatie": identificatie,
            "bronorganisatie": self._instellingen.bronorganisatie,
        }
        zaken = await self._zaken.all_pages("zaken", params=params, headers=CRS_HEADERS)
        if len(zaken) > 1:
            raise UpstreamInvalidResponse("ZAKEN", "identificatie is not unique")
        if not zaken:
            return None
        url = zaken[0].get("url")
        if not isinstance(url, str):
            raise UpstreamInvalidResponse("ZAKEN", "zaak without url")
        return url

    async def _rollen(
        self, zaak_url: str, partners: Sequence[Betrokkene], zaaktype: _Zaaktype
    ) -> None:
        bestaande = await self._zaken.all_pages("rollen", params={"zaak": zaak_url})
        aanwezig = {
            (rol.get("roltype"), (rol.get("betrokkeneIdentificatie") or {}).get("inpBsn"))
            for rol in bestaande
        }
        for partner in partners:
            roltype = zaaktype.roltypen.get(partner.roltype_generiek)
            if roltype is None:
                raise CatalogusMismatch(
                    "CATALOGI", f"zaaktype has no roltype {partner.roltype_generiek!r}"
                )
            if (roltype, partner.bsn) in aanwezig:
                continue
            body: wire.Rol = {
                "zaak": zaak_url,
                "betrokkeneType": "natuurlijk_persoon",
                "roltype": roltype,
                "roltoelichting": partner.toelichting[:1000],
                "betrokkeneIdentificatie": {"inpBsn": partner.bsn},
            }
            await self._zaken.post("rollen", body)

    async def _eigenschappen(
        self, zaak_url: str, eigenschappen: Sequence[tuple[str, str]], zaaktype: _Zaaktype
    ) -> None:
        pad = f"{zaak_url.rstrip('/')}/zaakeigenschappen"
        bestaande = await self._zaken.get(pad)
        if not isinstance(bestaande, list):
            raise UpstreamInvalidResponse("ZAKEN", "zaakeigenschappen is not a list")
        aanwezig = {e.get("eigenschap") for e in bestaande if isinstance(e, dict)}
        for naam, waarde in eigenschappen:
            eigenschap = zaaktype.eigenschappen.get(naam)
            if eigenschap is None:
                raise CatalogusMismatch("CATALOGI", f"zaaktype has no eigenschap {naam!r}")
            if eigenschap in aanwezig:
                continue
            body: wire.ZaakEigenschap = {
                "zaak": zaak_url,
                "eigenschap": eigenschap,
                "waarde": waarde,
            }
            await self._zaken.post(pad, body)

    async def _zaaktype_info(self) -> _Zaaktype:
        if self._zaaktype is not None:
            return self._zaaktype
        async with self._lock:
            if self._zaaktype is None:
                self._zaaktype = await self._lees_zaaktype()
        return self._zaaktype

    async def _lees_zaaktype(self) -> _Zaaktype:
        instellingen = self._instellingen
        zaaktypen = await self._catalogi.all_pages(
            "zaaktypen",
            params={
                "catalogus": instellingen.catalogus_url,
                "identificatie": instellingen.zaaktype_identificatie,
            },
        )
        if not zaaktypen:
            raise CatalogusMismatch(
                "CATALOGI", f"no zaaktype {instellingen.zaaktype_identificatie!r} in the catalogus"
            )
        # Several versions may be valid; the catalogue lists the newest last.
        url = _text(zaaktypen[-1], "url")
        filter_ = {"zaaktype": url}
        statustypen = await self._catalogi.all_pages("statustypen", params=filter_)
        resultaattypen = await self._catalogi.all_pages("resultaattypen", params=filter_)
        roltypen = await self._catalogi.all_pages("roltypen", params=filter_)
        eigenschappen = await self._catalogi.all_pages("eigenschappen", params=filter_)
        return _Zaaktype(
            url=url,
            statustypen={_text(s, "omschrijving"): _text(s, "url") for s in statustypen},
            resultaattypen={_text(r, "omschrijving"): _text(r, "url") for r in resultaattypen},
            roltypen={_text(r, "omschrijvingGeneriek"): _text(r, "url") for r in roltypen},
            eigenschappen={_text(e, "naam"): _text(e, "url") for e in eigenschappen},
        )


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise UpstreamInvalidResponse("CATALOGI", f"catalogue item without {key}")
    return value


def _zelfde_moment(waarde: object, datum: datetime) -> bool:
    if not isinstance(waarde, str):
        return False
    try:
        gezet = datetime.fromisoformat(waarde.replace("Z", "+00:00"))
    except ValueError:
        return False
    return gezet.utcoffset() is not None and gezet == datum
