"""Registering the notice in the municipality's case system, through the durable outbox.

The use cases do not call the case system: with each case change they place outbox messages
(`berichten_voor`) in the same transaction as the save. The `Bezorger` delivers them through
the `Zaakregistratie` port, so a notice is accepted while the case system is down and the
registration follows when it is back:

    zaak.registreer   create (or find) the zaak, its rollen and zaakeigenschappen; once per case
    zaak.status       set a status on the zaak (the zaak URL comes from the registration),
                      with the final one first its resultaat (payload `resultaat`)

Other kinds (the notifications: `resolvers.zaaknotificaties`) are handled by the `verwerkers`
the Bezorger is given, by `soort`. After a zaak message is delivered, the optional `vervolg`
says which messages follow from it (e.g. a notification about the zaak or status just made,
whose URL is known only now); they are placed before the message is marked delivered, so a
crash in between repeats the delivery (idempotent) and places them again (a no-op).

Failed deliveries are retried with exponential backoff (`backoff`) up to `max_pogingen`
attempts; then the message is parked (a dead letter; an invalid message at once), and the case
shows it (`OutboxRepository.status_van`) until staff requeue it. Both port operations are
idempotent, so a retry after a lost answer creates nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from trouwgraph.adapters.errors import UpstreamError
from trouwgraph.adapters.zgw import Betrokkene, ZaakMelding, Zaakregistratie
from trouwgraph.domain.begrippen import Partnerrol, Verbintenissoort
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import Statuswijziging
from trouwgraph.domain.zaakstatus import zaakidentificatie, zaakstap
from trouwgraph.store.errors import StoreError
from trouwgraph.store.outbox import DEFAULT_LEASE, Bericht, OutboxRepository, Uitgaand

__all__ = [
    "SOORT_REGISTREER",
    "SOORT_STATUS",
    "Bezorger",
    "Geleverd",
    "Vervolg",
    "Verwerker",
    "backoff",
    "berichten_voor",
    "bezorg_doorlopend",
    "eigen_statussen",
    "statussleutel",
    "zaakmelding",
]

logger = logging.getLogger(__name__)

SOORT_REGISTREER = "zaak.registreer"
SOORT_STATUS = "zaak.status"
_AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_NA = timedelta(milliseconds=1)  # between statuses set at one moment
_ROLTYPE = {Partnerrol.PARTNER1: "initiator", Partnerrol.PARTNER2: "mede_initiator"}
_OMSCHRIJVING = {
    Verbintenissoort.HUWELIJK: "Melding voorgenomen huwelijk",
    Verbintenissoort.GEREGISTREERD_PARTNERSCHAP: "Melding voorgenomen partnerschap",
}


def zaakmelding(huwelijk: Huwelijk, gemeld_op: datetime) -> ZaakMelding:
    """The zaak for the notice of `huwelijk`: partners as rollen, date, location, ceremony."""
    locatie = huwelijk.locatie
    if locatie.locatie_id is not None:
        plaats = locatie.locatie_id
    elif locatie.adres is not None:
        a = locatie.adres
        nummer = f"{a.huisnummer}{a.huisletter or ''}{'-' + a.toevoeging if a.toevoeging else ''}"
        plaats = f"{a.straat} {nummer}, {a.postcode} {a.woonplaats}"
    else:
        plaats = locatie.omschrijving or ""
    moment = huwelijk.moment.start.astimezone(_AMSTERDAM)
    return ZaakMelding(
        identificatie=zaakidentificatie(huwelijk.id),
        startdatum=gemeld_op.astimezone(_AMSTERDAM).date(),
        omschrijving=_OMSCHRIJVING.get(huwelijk.soort, "Melding voorgenomen huwelijk"),
        toelichting=f"trouwgraph zaak {huwelijk.id}",
        partners=tuple(
            Betrokkene(
                p.bsn, _ROLTYPE[p.rol], "Partner 1" if p.rol is Partnerrol.PARTNER1 else "Partner 2"
            )
            for p in sorted(huwelijk.partners, key=lambda p: p.rol.value)
        ),
        eigenschappen=(
            ("huwelijksdatum", moment.strftime("%Y%m%d%H%M%S")),
            ("huwelijkslocatie", plaats[:200]),
            ("soortCeremonie", huwelijk.ceremonietype[:100]),
        ),
    )


def berichten_voor(huwelijk: Huwelijk, wijzigingen: Sequence[Statuswijziging]) -> list[Bericht]:
    """The outbox messages for the transitions the aggregate just recorded (may be none).

    Transitions recorded at one moment (approval: in behandeling, then verwerkt) get statuses
    a millisecond apart, in their order: a case system orders statuses by `datumStatusGezet`
    alone and marks the latest as the zaak's status, as Open Zaak does."""
    berichten: list[Bericht] = []
    vorige: datetime | None = None
    for wijziging in wijzigingen:
        stap = zaakstap(wijziging.van, wijziging.gebeurtenis, wijziging.naar)
        if stap is None:
            continue
        datum = wijziging.op if vorige is None or wijziging.op > vorige else vorige + _NA
        vorige = datum
        if stap.registreert_zaak:
            berichten.append(
                Bericht(
                    huwelijk.gemeentecode,
                    huwelijk.id,
                    SOORT_REGISTREER,
                    f"{huwelijk.id}:registreer",
                    zaakmelding(huwelijk, wijziging.op).naar_json(),
                )
            )
        payload: dict[str, Any] = {
            "statustype": stap.status.value,
            "datum": datum.isoformat(),
            "toelichting": stap.toelichting,
            "resultaat": stap.resultaat.value if stap.resultaat else None,
        }
        sleutel = statussleutel(huwelijk.id, stap.status.value, datum)
        berichten.append(
            Bericht(huwelijk.gemeentecode, huwelijk.id, SOORT_STATUS, sleutel, payload)
        )
    return berichten


def statussleutel(case_id: str, statustype: str, datum: datetime) -> str:
    """The `sleutel` of the zaak.status message setting `statustype` at `datum`."""
    return f"{case_id}:status:{statustype}:{datum.isoformat()}"


def eigen_statussen(case_id: str, sleutels: Iterable[str]) -> list[tuple[str, datetime]]:
    """(statustype, datum) of every zaak.status message among `sleutels` (see `statussleutel`)."""
    prefix = f"{case_id}:status:"
    gezet: list[tuple[str, datetime]] = []
    for sleutel in sleutels:
        if not sleutel.startswith(prefix):
            continue
        statustype, _, datum = sleutel[len(prefix) :].partition(":")
        try:
            gezet.append((statustype, datetime.fromisoformat(datum)))
        except ValueError:
            continue
    return gezet


@dataclass(frozen=True, slots=True)
class Geleverd:
    """A delivered zaak message: the zaak and the resource it made (the zaak or the status)."""

    soort: str
    zaak_url: str
    resource_url: str


Verwerker = Callable[[Uitgaand], Awaitable[None]]
"""Delivers an outbox message of another `soort`; raises `UpstreamError` to retry later."""

Vervolg = Callable[[Uitgaand, Geleverd, datetime], Sequence[Bericht]]
"""The messages that follow a delivered zaak message (placed at once, due now)."""


def backoff(
    pogingen: int,
    *,
    basis: timedelta = timedelta(seconds=30),
    maximum: timedelta = timedelta(hours=1),
) -> timedelta:
    """The wait after the `pogingen`-th failed attempt: basis * 2^(pogingen-1), capped."""
    if pogingen < 1:
        return timedelta(0)
    # Cap the exponent first: 2**pogingen grows without bound.
    factor = 2 ** min(pogingen - 1, 30)
    wait: timedelta = min(basis * factor, maximum)
    return wait


class _NogNietGeregistreerd(Exception):
    """A status message whose zaak has no URL yet (the outbox orders per case: rare)."""


class Bezorger:
    """Delivers due outbox messages through the `Zaakregistratie` port."""

    def __init__(
        self,
        outbox: OutboxRepository,
        registratie: Zaakregistratie,
        *,
        batch: int = 20,
        lease: timedelta = DEFAULT_LEASE,
        basis: timedelta = timedelta(seconds=30),
        maximum: timedelta = timedelta(hours=1),
        verwerkers: Mapping[str, Verwerker] | None = None,
        vervolg: Vervolg | None = None,
        gemeentecode: str | None = None,
        max_pogingen: int = 12,
    ) -> None:
        self._outbox = outbox
        self._max_pogingen = max_pogingen
        self._gemeentecode = gemeentecode  # deliver only this municipality's messages
        self._registratie = registratie
        self._verwerkers = dict(verwerkers or {})
        self._vervolg = vervolg
        self._batch = batch
        self._lease = lease
        self._basis = basis
        self._maximum = maximum

    @property
    def batch(self) -> int:
        """How many messages one run claims at most."""
        return self._batch

    async def bezorg(self, now: datetime) -> int:
        """One run: claim the due messages, deliver each; returns how many were delivered."""
        berichten = await self._outbox.te_bezorgen(
            now, self._batch, lease=self._lease, gemeentecode=self._gemeentecode
        )
        afgeleverd = 0
        for bericht in berichten:
            if await self._bezorg_een(bericht, now):
                afgeleverd += 1
        return afgeleverd

    async def _bezorg_een(self, bericht: Uitgaand, now: datetime) -> bool:
        try:
            geleverd = await self._lever(bericht)
        except UpstreamError as error:
            fout = f"{error.code}: {error.message}"
        except _NogNietGeregistreerd:
            fout = "ZAAK_NOT_REGISTERED: the zaak has no URL yet"
        except (KeyError, TypeError, ValueError) as error:
            # Never deliverable as it is: park it at once rather than retry it.
            fout = f"INVALID_MESSAGE: {type(error).__name__}"
            return await self._parkeer(bericht, fout, now)
        else:
            if geleverd is not None and self._vervolg is not None:
                await self._outbox.plaats(self._vervolg(bericht, geleverd, now), now)
            registratie = geleverd is not None and geleverd.soort == SOORT_REGISTREER
            zaak_url = geleverd.zaak_url if geleverd is not None and registratie else None
            await self._outbox.afgeleverd(bericht.id, now, zaak_url=zaak_url)
            logger.info("outbox message %d (%s) delivered", bericht.id, bericht.soort)
            return True
        if bericht.pogingen + 1 >= self._max_pogingen:
            return await self._parkeer(bericht, fout, now)
        wacht = backoff(bericht.pogingen + 1, basis=self._basis, maximum=self._maximum)
        await self._outbox.mislukt(bericht.id, fout, now + wacht)
        logger.warning(
            "outbox message %d (%s) failed, attempt %d: %s",
            bericht.id,
            bericht.soort,
            bericht.pogingen + 1,
            fout,
        )
        return False

    async def _parkeer(self, bericht: Uitgaand, fout: str, now: datetime) -> bool:
        await self._outbox.parkeer(bericht.id, fout, now)
        logger.error(
            "outbox message %d (%s) parked after attempt %d: %s",
            bericht.id,
            bericht.soort,
            bericht.pogingen + 1,
            fout,
        )
        return False

    async def _lever(self, bericht: Uitgaand) -> Geleverd | None:
        if bericht.soort == SOORT_REGISTREER:
            melding = ZaakMelding.van_json(bericht.payload)
            nieuw = await self._registratie.registreer_melding(melding)
            return Geleverd(SOORT_REGISTREER, nieuw, nieuw)
        if bericht.soort == SOORT_STATUS:
            zaak_url = await self._outbox.zaak_url(bericht.case_id)
            if zaak_url is None:
                raise _NogNietGeregistreerd
            payload = bericht.payload
            resultaat = payload.get("resultaat")
            status_url = await self._registratie.zet_status(
                zaak_url,
                str(payload["statustype"]),
                datetime.fromisoformat(str(payload["datum"])),
                str(payload["toelichting"]),
                resultaat=str(resultaat) if resultaat else None,
            )
            return Geleverd(SOORT_STATUS, zaak_url, status_url)
        verwerker = self._verwerkers.get(bericht.soort)
        if verwerker is None:
            raise ValueError(f"unknown outbox message kind {bericht.soort!r}")
        await verwerker(bericht)
        return None


async def bezorg_doorlopend(
    bezorg: Callable[[datetime], Awaitable[int]],
    clock: Callable[[], datetime],
    *,
    interval: float = 5.0,
) -> None:
    """Run `bezorg` (e.g. `Bezorger.bezorg`) until cancelled: drain what is due, then wait
    `interval` seconds.

    Start it as a task in the lifespan and cancel it on shutdown. A failing run (the database
    away) is logged and retried after the interval; it never ends the loop.
    """
    while True:
        afgeleverd = 0
        try:
            afgeleverd = await bezorg(clock())
        except StoreError as error:
            logger.warning("outbox run failed: %s", error)
        except Exception:
            logger.exception("outbox run failed unexpectedly")
        # After a run that delivered something, more may be due at once (the next message of
        # a case waits for the one before it); yield to other work and go on.
        await asyncio.sleep(0 if afgeleverd else interval)
