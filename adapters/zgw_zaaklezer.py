"""Reading a zaak's kenmerken and one of its statuses (Zaken API 1.5.1, Catalogi API 1.3.1).

Used by the notifications: publishing needs the zaak's kenmerken for the `zaken` kanaal
(bronorganisatie, zaaktype, vertrouwelijkheidaanduiding); a status notification from the
municipality needs the status's statustype (its `omschrijving`), when it was set, and the zaak's
resultaat (the resultaattype's `omschrijving`) once there is one. A status is found in the
zaak's list of statussen (`GET /statussen?zaak=`), which every Zaken API serves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from trouwgraph.adapters.errors import UpstreamInvalidResponse
from trouwgraph.adapters.zgw_http import CRS_HEADERS, ZgwHttp

__all__ = ["GelezenStatus", "Zaaklezer", "ZgwZaaklezer"]

_KENMERKEN = ("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding")


@dataclass(frozen=True, slots=True)
class GelezenStatus:
    """A status of a zaak as the case system has it."""

    url: str
    zaak_url: str
    statustype: str  # the statustype's omschrijving
    gezet_op: datetime
    resultaat: str | None  # the zaak's resultaattype omschrijving, if it has a resultaat


class Zaaklezer(Protocol):
    """What the notifications read from the case system."""

    async def kenmerken(self, zaak_url: str) -> dict[str, str]:
        """The zaak's kenmerken for the `zaken` kanaal."""
        ...

    async def lees_status(self, zaak_url: str, status_url: str) -> GelezenStatus | None:
        """The status `status_url` of the zaak, or None when the zaak has no such status."""
        ...


class ZgwZaaklezer:
    """`Zaaklezer` over the Zaken and Catalogi APIs."""

    def __init__(self, zaken: ZgwHttp, catalogi: ZgwHttp) -> None:
        self._zaken = zaken
        self._catalogi = catalogi

    async def kenmerken(self, zaak_url: str) -> dict[str, str]:
        """GET the zaak; its non-empty bronorganisatie, zaaktype, vertrouwelijkheidaanduiding."""
        zaak = await self._object(self._zaken, zaak_url, headers=CRS_HEADERS)
        return {k: v for k in _KENMERKEN if isinstance(v := zaak.get(k), str) and v}

    async def lees_status(self, zaak_url: str, status_url: str) -> GelezenStatus | None:
        """Find the status among the zaak's statussen; read its statustype and the resultaat."""
        statussen = await self._zaken.all_pages("statussen", params={"zaak": zaak_url})
        status = next((s for s in statussen if s.get("url") == status_url), None)
        if status is None:
            return None
        statustype = await self._object(self._catalogi, _text(status, "statustype", "ZAKEN"))
        gezet_op = _moment(status.get("datumStatusGezet"))
        zaak = await self._object(self._zaken, zaak_url, headers=CRS_HEADERS)
        resultaat_url = zaak.get("resultaat")
        resultaat: str | None = None
        if isinstance(resultaat_url, str) and resultaat_url:
            gegeven = await self._object(self._zaken, resultaat_url)
            resultaattype = await self._object(
                self._catalogi, _text(gegeven, "resultaattype", "ZAKEN")
            )
            resultaat = _text(resultaattype, "omschrijving", "CATALOGI")
        return GelezenStatus(
            url=status_url,
            zaak_url=zaak_url,
            statustype=_text(statustype, "omschrijving", "CATALOGI"),
            gezet_op=gezet_op,
            resultaat=resultaat,
        )

    @staticmethod
    async def _object(
        http: ZgwHttp, url: str, *, headers: dict[str, str] | None = None
    ) -> dict[str, Any]:
        answer = await http.get(url, headers=headers)
        if not isinstance(answer, dict):
            raise UpstreamInvalidResponse(http.registry, "resource is not an object")
        return answer


def _text(item: dict[str, Any], key: str, registry: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise UpstreamInvalidResponse(registry, f"resource without {key}")
    return value


def _moment(value: object) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise UpstreamInvalidResponse("ZAKEN", "status with an invalid datumStatusGezet") from None
    if moment.utcoffset() is None:
        raise UpstreamInvalidResponse("ZAKEN", "status with a datumStatusGezet without offset")
    return moment
