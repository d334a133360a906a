"""The BRP port and its Haal Centraal BRP Personen bevragen 2.7.0 HTTP adapter.

`PersonenBevragen` is what the use cases depend on; `HaalCentraalBrp` implements it over
`POST {base_url}/personen` with an injected, long-lived `httpx.AsyncClient`, made in the app's
lifespan with base URL, auth and timeouts (`server.gemeenten.upstreams.registry_client`). The
adapter does
not cache: a DataLoader per GraphQL request batches and deduplicates, and BRP data must not
outlive the request that needed it.

Every call carries an explicit timeout, the protocol headers for the acting user and, when
given, the W3C `traceparent`. Failures come out as `adapters.errors.UpstreamError`s with
registry "BRP". No BSN is ever logged or put in an error message.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Collection, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

import httpx
import orjson

from trouwgraph.adapters import brp_payloads as wire
from trouwgraph.adapters.auth import BURGER_ZELF, ProtocolHeaders
from trouwgraph.adapters.brp_model import Persoon
from trouwgraph.adapters.brp_parsing import parse_personen
from trouwgraph.adapters.responses import decode_json, problem_details, send

__all__ = [
    "MAX_BSNS_PER_CALL",
    "HaalCentraalBrp",
    "PersonenBevragen",
    "Verzoekcontext",
    "normalise_fields",
]

logger = logging.getLogger(__name__)
T = TypeVar("T")

REGISTRY = "BRP"
MAX_BSNS_PER_CALL = 20
MAX_FIELDS = 130
# Delivered whenever applicable; the BRP answers 400 when they are asked for.
ALWAYS_DELIVERED = frozenset(
    {"inOnderzoek", "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie"}
)
_BSN = re.compile(r"^\d{9}$")
_FIELD = re.compile(r"^[a-zA-Z0-9._]{1,200}$")
_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
_JSON = "application/json; charset=utf-8"
# A 400's BadRequestFoutbericht lists its invalid parameters as `invalidParams` only.
_FOUTBERICHT = problem_details("invalidParams")


@dataclass(frozen=True, slots=True)
class Verzoekcontext:
    """Who asks and why, for one BRP call: `gebruiker` becomes `x-gebruiker`.

    `doelbinding` and `verwerking` override the municipality's defaults for this call;
    `traceparent` (W3C Trace Context) links the BRP call to the GraphQL request.
    """

    gebruiker: str
    doelbinding: str | None = None
    verwerking: str | None = None
    traceparent: str | None = None

    def __post_init__(self) -> None:
        if not self.gebruiker:
            raise ValueError("Verzoekcontext needs a gebruiker")
        if self.traceparent is not None and not _TRACEPARENT.fullmatch(self.traceparent):
            raise ValueError("traceparent is not a W3C trace context header value")

    @classmethod
    def burger(
        cls,
        *,
        doelbinding: str | None = None,
        verwerking: str | None = None,
        traceparent: str | None = None,
    ) -> Verzoekcontext:
        """The citizen acts on their own behalf (sent as "BurgerZelf")."""
        return cls(BURGER_ZELF, doelbinding, verwerking, traceparent)

    @classmethod
    def medewerker(
        cls,
        identificatie: str,
        *,
        doelbinding: str | None = None,
        verwerking: str | None = None,
        traceparent: str | None = None,
    ) -> Verzoekcontext:
        """A municipal employee acts, identified as the municipality's gateway expects."""
        return cls(identificatie, doelbinding, verwerking, traceparent)


class PersonenBevragen(Protocol):
    """The BRP as the use cases need it."""

    async def raadpleeg(
        self, bsns: Sequence[str], fields: Collection[str], context: Verzoekcontext
    ) -> dict[str, Persoon]:
        """The persons with these BSNs, keyed by BSN; unknown BSNs are absent."""
        ...

    async def zoek_met_geslachtsnaam_en_geboortedatum(
        self,
        geslachtsnaam: str,
        geboortedatum: date,
        fields: Collection[str],
        context: Verzoekcontext,
        *,
        voornamen: str | None = None,
        voorvoegsel: str | None = None,
        geslacht: str | None = None,
        inclusief_overleden_personen: bool = False,
    ) -> list[Persoon]:
        """Living persons (or also deceased ones) with this surname and birth date."""
        ...


def normalise_fields(fields: Collection[str]) -> list[str]:
    """`fields` as sent: sorted, deduplicated, always with burgerservicenummer, without the
    automatically delivered fields (asking for those is a 400)."""
    wanted = {"burgerservicenummer"}
    for field in fields:
        if not _FIELD.fullmatch(field):
            raise ValueError(f"not a BRP fields path: {field!r}")
        if ALWAYS_DELIVERED.isdisjoint(field.split(".")):
            wanted.add(field)
    if len(wanted) > MAX_FIELDS:
        raise ValueError(f"the BRP accepts at most {MAX_FIELDS} fields, got {len(wanted)}")
    return sorted(wanted)


class HaalCentraalBrp:
    """`PersonenBevragen` over Haal Centraal BRP Personen bevragen 2.x."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        protocol: ProtocolHeaders,
        timeout: httpx.Timeout,
        path: str = "personen",
    ) -> None:
        self._client = client
        self._protocol = protocol
        self._timeout = timeout
        # The absolute URL once: httpx would otherwise parse and merge `path` with the
        # client's base URL on every call (7% of a one-person request's time under load).
        base = client.base_url
        self._url = base.copy_with(raw_path=base.raw_path + path.lstrip("/").encode("ascii"))

    async def raadpleeg(
        self, bsns: Sequence[str], fields: Collection[str], context: Verzoekcontext
    ) -> dict[str, Persoon]:
        """The persons with these BSNs, in calls of at most 20 run concurrently."""
        unique = list(dict.fromkeys(bsns))
        for position, bsn in enumerate(unique):
            if not _BSN.fullmatch(bsn):
                raise ValueError(f"burgerservicenummer at position {position} is not 9 digits")
        if not unique:
            return {}
        sent_fields = normalise_fields(fields)
        chunks = [
            unique[start : start + MAX_BSNS_PER_CALL]
            for start in range(0, len(unique), MAX_BSNS_PER_CALL)
        ]
        if len(chunks) == 1:
            results = [await self._raadpleeg_chunk(chunks[0], sent_fields, context)]
        else:
            results = await _all_or_first_error(
                self._raadpleeg_chunk(chunk, sent_fields, context) for chunk in chunks
            )
        asked = set(unique)
        return {
            persoon.burgerservicenummer: persoon
            for personen in results
            for persoon in personen
            if persoon.burgerservicenummer in asked
        }

    async def zoek_met_geslachtsnaam_en_geboortedatum(
        self,
        geslachtsnaam: str,
        geboortedatum: date,
        fields: Collection[str],
        context: Verzoekcontext,
        *,
        voornamen: str | None = None,
        voorvoegsel: str | None = None,
        geslacht: str | None = None,
        inclusief_overleden_personen: bool = False,
    ) -> list[Persoon]:
        """Persons (PersoonBeperkt: fewer fields allowed) with this surname and birth date."""
        sent_fields = normalise_fields(fields)
        body: wire.ZoekMetGeslachtsnaamEnGeboortedatum = {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "fields": sent_fields,
            "geslachtsnaam": geslachtsnaam,
            "geboortedatum": geboortedatum.isoformat(),
        }
        if voornamen is not None:
            body["voornamen"] = voornamen
        if voorvoegsel is not None:
            body["voorvoegsel"] = voorvoegsel
        if geslacht is not None:
            body["geslacht"] = geslacht
        if inclusief_overleden_personen:
            body["inclusiefOverledenPersonen"] = True
        answer = await self._post(body, context)
        return parse_personen(answer, body["type"], sent_fields)

    async def _raadpleeg_chunk(
        self, bsns: list[str], fields: list[str], context: Verzoekcontext
    ) -> list[Persoon]:
        body: wire.RaadpleegMetBurgerservicenummer = {
            "type": "RaadpleegMetBurgerservicenummer",
            "fields": fields,
            "burgerservicenummer": bsns,
        }
        answer = await self._post(body, context)
        personen = parse_personen(answer, body["type"], fields)
        logger.debug("BRP raadpleeg: %d asked, %d delivered", len(bsns), len(personen))
        return personen

    async def _post(self, body: Mapping[str, object], context: Verzoekcontext) -> object:
        """POST one PersonenQuery and return the decoded JSON of a 200 answer."""
        headers = self._protocol.voor(
            context.gebruiker, doelbinding=context.doelbinding, verwerking=context.verwerking
        )
        headers["Content-Type"] = _JSON
        headers["Accept"] = "application/json"
        if context.traceparent:
            headers["traceparent"] = context.traceparent
        content = orjson.dumps(body)  # compact UTF-8, as json.dumps with separators
        response = await send(
            REGISTRY,
            self._client.post(self._url, content=content, headers=headers, timeout=self._timeout),
        )
        return decode_json(REGISTRY, response, error_body=_FOUTBERICHT)


async def _all_or_first_error(calls: Iterable[Coroutine[Any, Any, T]]) -> list[T]:
    """Run `calls` concurrently; on the first failure cancel the others and raise it unwrapped."""
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(call) for call in calls]
    except BaseExceptionGroup as failures:
        # Callers expect one UpstreamError, as from a single call, not an exception group.
        raise failures.exceptions[0] from failures.exceptions[0].__cause__
    return [task.result() for task in tasks]
