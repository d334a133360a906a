"""Each partner's own declaration in the case store, on SQLite and PostgreSQL: it lives in the
case's JSON document (on the partner), so no migration is needed; a case stored before the
declarations were per partner still loads, its notice keeping the declarations it carried."""

from __future__ import annotations

from typing import Any

import pytest
from domain_support import MEDEWERKER, NU, PARTNER1, huwelijk_in, later
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from trouwgraph.domain.begrippen import Partnerrol
from trouwgraph.domain.onderdelen import Verklaring
from trouwgraph.domain.status import Status
from trouwgraph.store.database import session_factory
from trouwgraph.store.huwelijken import HuwelijkRepository
from trouwgraph.store.models import CaseRow
from trouwgraph.store.repository import CaseRepository

pytestmark = pytest.mark.asyncio


async def test_each_partners_declaration_is_stored_and_read_back(
    store_engine: AsyncEngine,
) -> None:
    huwelijken = HuwelijkRepository(CaseRepository(session_factory(store_engine)))
    h = huwelijk_in(Status.GERESERVEERD)
    h.leg_verklaring_af(Verklaring(Partnerrol.PARTNER1, True, True, True), door=PARTNER1, nu=NU)
    balie = Verklaring(Partnerrol.PARTNER2, True, True, True, True, True)
    h.registreer_verklaring(balie, door=MEDEWERKER, nu=later(minuten=5))
    verwacht = [p.verklaring for p in h.partners]
    await huwelijken.voeg_toe(h, claims=[], toegewezen_ambtenaar_id=None, nu=NU)

    gelezen = await huwelijken.haal(h.id, h.gemeentecode)

    assert gelezen is not None
    assert [p.verklaring for p in gelezen.huwelijk.partners] == verwacht
    tweede = gelezen.huwelijk.partner(Partnerrol.PARTNER2)
    assert tweede is not None and tweede.verklaring is not None
    assert tweede.verklaring.aan_balie and tweede.verklaring.op == later(minuten=5)
    assert gelezen.huwelijk.verklaring_bloedverwantschap
    assert gelezen.huwelijk.nog_te_verklaren() == ()


async def test_a_case_stored_before_own_declarations_still_loads(
    store_engine: AsyncEngine,
) -> None:
    huwelijken = HuwelijkRepository(CaseRepository(session_factory(store_engine)))
    h = huwelijk_in(Status.GEMELD)
    await huwelijken.voeg_toe(h, claims=[], toegewezen_ambtenaar_id=None, nu=NU)
    # The document as 0.1 wrote it: no declaration on the partners, none of the new fields in
    # the notice's declarations (a sworn declaration by partner 2).
    async with session_factory(store_engine)() as session:
        document: dict[str, Any] = (
            await session.execute(select(CaseRow.document).where(CaseRow.id == h.id))
        ).scalar_one()
        for partner in document["partners"]:
            partner.pop("verklaring")
        for verklaring in document["melding"]["verklaringen"]:
            verklaring.pop("op")
            verklaring.pop("aan_balie")
        document["melding"]["verklaringen"][1]["beedigde_verklaring_bloedverwantschap"] = True
        await session.execute(update(CaseRow).where(CaseRow.id == h.id).values(document=document))
        await session.commit()

    gelezen = await huwelijken.haal(h.id, h.gemeentecode)

    assert gelezen is not None
    oud = gelezen.huwelijk
    assert all(p.verklaring is None for p in oud.partners)
    assert oud.melding is not None
    assert [(v.rol, v.op, v.aan_balie) for v in oud.melding.verklaringen] == [
        (Partnerrol.PARTNER1, None, False),
        (Partnerrol.PARTNER2, None, False),
    ]
    assert oud.verklaring_bloedverwantschap  # the checks still read the notice's declarations
