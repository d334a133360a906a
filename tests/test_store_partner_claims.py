"""The database's one-case-per-person rule: a lapsed hold gives way, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from store_builders import NOW, created, make_case

from trouwgraph.store.errors import PartnerSpokenFor
from trouwgraph.store.repository import CaseRepository

BSN = "999993653"
LATER = NOW + timedelta(hours=1)  # the first case's hold lapsed at NOW + 30 minutes


async def test_a_lapsed_hold_gives_way_and_saving_it_later_claims_nobody(
    repository: CaseRepository,
) -> None:
    oud = make_case(claimed_bsns=(BSN,))
    await repository.add(oud, [], [created(oud)], NOW)
    nieuw = make_case(claimed_bsns=(BSN,), verloopt_op=LATER + timedelta(minutes=30))
    await repository.add(nieuw, [], [created(nieuw)], LATER)  # the lapsed claim gives way

    # A late payment outcome is recorded on the old case before the sweep expires it: the
    # save must not try to take the person back from the case that now holds them.
    await repository.save(
        dataclasses.replace(oud, document={**oud.document, "betaling": "mislukt"}),
        expected_versie=1,
        claims=None,
        history=[],
        now=LATER,
    )

    derde = make_case(claimed_bsns=(BSN,), verloopt_op=LATER + timedelta(minutes=30))
    with pytest.raises(PartnerSpokenFor):  # still the new case's
        await repository.add(derde, [], [created(derde)], LATER)
