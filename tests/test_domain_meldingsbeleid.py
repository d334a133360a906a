"""The notice and the witness deadline agree: every combination of ceremony distance, witness
count and who names the witnesses.

Policy (docs/process.md): the witnesses are named before the notice, and any check that is not
met refuses the notice - the witness count included. Citizens name witnesses until the witness
deadline (42 days before), staff also after it; the notice is given 365 to 14 days before.
So a notice is accepted exactly when the window is open and 2 to 4 witnesses were named by
someone allowed to name them then.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from domain_support import (
    BSN_2,
    BSN_3,
    BSN_4,
    BSN_5,
    BSN_6,
    CONFIG,
    MEDEWERKER,
    NU,
    PARTNER1,
    PARTNER2,
    huwelijk_in,
    reservering,
    verklaar,
)

from trouwgraph.domain.fouten import Fout, TermijnVerstreken
from trouwgraph.domain.huwelijk import weigert_melding
from trouwgraph.domain.onderdelen import Getuige
from trouwgraph.domain.regels.betrokkenen import toets_getuigen_aantal
from trouwgraph.domain.status import Status

# A Friday 403 days ahead (within the booking horizon), so every distance below can be tried.
START = reservering().moment.start + timedelta(weeks=41)

AFSTANDEN = [400, 366, 365, 200, 43, 42, 41, 30, 15, 14, 13, 5]
GETUIGEN = [BSN_3, BSN_4, BSN_5, BSN_6]


@pytest.mark.parametrize("door_medewerker", [False, True])
@pytest.mark.parametrize("aantal", [0, 1, 2, 3, 4])
@pytest.mark.parametrize("dagen_voor", AFSTANDEN)
def test_notice_is_accepted_exactly_when_window_and_witnesses_allow(
    dagen_voor: int, aantal: int, door_medewerker: bool
) -> None:
    huwelijk = reservering(start=START)
    huwelijk.nodig_partner_uit(BSN_2, door=PARTNER1, nu=NU)
    huwelijk.stem_in(config=CONFIG, door=PARTNER2, nu=NU)
    nu = START - timedelta(days=dagen_voor)
    assert nu >= NU
    door = MEDEWERKER if door_medewerker else PARTNER1

    genoemd = 0
    for bsn in GETUIGEN[:aantal]:
        try:
            huwelijk.voeg_getuige_toe(Getuige.persoon(bsn), config=CONFIG, door=door, nu=nu)
            genoemd += 1
        except TermijnVerstreken:  # the witness deadline, or the reservation lapsed
            assert dagen_voor < CONFIG.termijnen.getuigen_dagen_voor
    try:
        verklaar(huwelijk, nu)
        huwelijk.doe_melding(config=CONFIG, door=PARTNER1, nu=nu)
        venster_open = True
    except Fout:
        venster_open = False
    geweigerd = not venster_open or weigert_melding([toets_getuigen_aantal((None,) * genoemd)])

    t = CONFIG.termijnen
    verwacht = (
        t.melding_min_dagen_voor <= dagen_voor <= t.melding_max_dagen_voor
        and 2 <= aantal <= 4
        and (door_medewerker or dagen_voor >= t.getuigen_dagen_voor)
    )
    assert (not geweigerd) == verwacht, (dagen_voor, aantal, door_medewerker)


def test_after_the_notice_the_witnesses_do_not_drop_below_two() -> None:
    huwelijk = huwelijk_in(Status.GEMELD)
    nu = huwelijk.historie[-1].op
    with pytest.raises(Fout, match="minstens 2"):
        huwelijk.verwijder_getuige(1, config=CONFIG, door=PARTNER1, nu=nu)
    huwelijk.voeg_getuige_toe(Getuige.persoon(BSN_5), config=CONFIG, door=PARTNER1, nu=nu)
    huwelijk.verwijder_getuige(1, config=CONFIG, door=PARTNER1, nu=nu)  # replaced
    assert len(huwelijk.getuigen) == 2
