"""Mapping between case records and their table rows."""

from __future__ import annotations

from typing import Any

from trouwgraph.store.models import CasePartnerRow, CaseRow
from trouwgraph.store.records import StoredCase

__all__ = ["mutable_columns", "partner_rows", "to_record", "to_row"]


def mutable_columns(case: StoredCase) -> dict[str, Any]:
    """The columns a save may change."""
    return {
        "soort": case.soort,
        "status": case.status,
        "moment_start": case.moment_start,
        "moment_eind": case.moment_eind,
        "locatie_id": case.locatie_id,
        "ambtenaar_id": case.ambtenaar_id,
        "verloopt_op": case.verloopt_op,
        "document": case.document,
    }


def partner_rows(case: StoredCase) -> list[CasePartnerRow]:
    """Partner rows in partner order."""
    return [
        CasePartnerRow(case_id=case.id, volgnummer=number, gemeentecode=case.gemeentecode, bsn=bsn)
        for number, bsn in enumerate(case.partner_bsns, start=1)
    ]


def to_row(case: StoredCase) -> CaseRow:
    """A new case row, with its partners, for `case`."""
    return CaseRow(
        id=case.id,
        gemeentecode=case.gemeentecode,
        versie=case.versie,
        aangemaakt_op=case.aangemaakt_op,
        gewijzigd_op=case.gewijzigd_op,
        partners=partner_rows(case),
        agenda_reservering_id=case.agenda_reservering_id,
        **mutable_columns(case),
    )


def to_record(row: CaseRow) -> StoredCase:
    """The record of a case row whose partners are loaded."""
    return StoredCase(
        id=row.id,
        gemeentecode=row.gemeentecode,
        soort=row.soort,
        status=row.status,
        versie=row.versie,
        partner_bsns=tuple(partner.bsn for partner in row.partners),
        moment_start=row.moment_start,
        moment_eind=row.moment_eind,
        locatie_id=row.locatie_id,
        ambtenaar_id=row.ambtenaar_id,
        verloopt_op=row.verloopt_op,
        document=row.document,
        aangemaakt_op=row.aangemaakt_op,
        gewijzigd_op=row.gewijzigd_op,
        agenda_reservering_id=row.agenda_reservering_id,
    )
