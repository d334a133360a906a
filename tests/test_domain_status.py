"""The state machine: the transition table, refusals naming the status, the mermaid diagram."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from domain_support import (
    BSN_5,
    CONFIG,
    MEDEWERKER,
    NU,
    PARTNER1,
    PARTNER2,
    START,
    huwelijk_in,
    later,
)

from trouwgraph.domain.actor import Actor
from trouwgraph.domain.begrippen import Naamgebruik, Partnerrol
from trouwgraph.domain.fouten import OngeldigeStatusovergang
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import AmbtenaarKeuze, Getuige, LocatieKeuze, Verklaring
from trouwgraph.domain.status import (
    EINDSTATUSSEN,
    OVERGANGEN,
    Gebeurtenis,
    Status,
    mermaid_diagram,
    toegestane_gebeurtenissen,
    volgende_status,
)

G = Gebeurtenis
Actie = Callable[[Huwelijk], None]


def _partner(h: Huwelijk) -> Actor:
    """Partner 2 when invited, else partner 1: someone who may act on the case."""
    return PARTNER2 if h.partner(Partnerrol.PARTNER2) else PARTNER1


# Every mutating method, with the events that decide in which statuses it is allowed.
ACTIES: dict[str, tuple[set[Gebeurtenis], Actie]] = {
    "nodig_partner_uit": (
        {G.NODIG_PARTNER_UIT},
        lambda h: h.nodig_partner_uit(BSN_5, door=MEDEWERKER, nu=NU),
    ),
    # Answering the invitation is partner 2's (a partner of the case: who acts is checked first).
    "stem_in": ({G.STEM_IN}, lambda h: h.stem_in(config=CONFIG, door=_partner(h), nu=NU)),
    "weiger_instemming": (
        {G.WEIGER_INSTEMMING},
        lambda h: h.weiger_instemming(config=CONFIG, door=_partner(h), nu=NU),
    ),
    "voeg_getuige_toe": (
        {G.WIJZIG_GETUIGEN},
        lambda h: h.voeg_getuige_toe(
            Getuige.gemeentelijke(), config=CONFIG, door=MEDEWERKER, nu=NU
        ),
    ),
    "verwijder_getuige": (
        {G.WIJZIG_GETUIGEN},
        lambda h: h.verwijder_getuige(1, config=CONFIG, door=MEDEWERKER, nu=NU),
    ),
    "kies_ambtenaar": (
        {G.WIJZIG_RESERVERING, G.WIJZIG_DOOR_GEMEENTE},
        lambda h: h.kies_ambtenaar(
            AmbtenaarKeuze.toegewezen(), config=CONFIG, door=MEDEWERKER, nu=NU
        ),
    ),
    "kies_locatie": (
        {G.WIJZIG_RESERVERING, G.WIJZIG_DOOR_GEMEENTE},
        lambda h: h.kies_locatie(
            LocatieKeuze(locatie_id="loge"), config=CONFIG, door=MEDEWERKER, nu=NU
        ),
    ),
    "wijzig_moment": (
        {G.WIJZIG_RESERVERING, G.WIJZIG_DOOR_GEMEENTE},
        lambda h: h.wijzig_moment(START, config=CONFIG, door=MEDEWERKER, nu=NU),
    ),
    "kies_naamgebruik": (
        {G.KIES_NAAMGEBRUIK},
        lambda h: h.kies_naamgebruik(Partnerrol.PARTNER1, Naamgebruik.E, door=MEDEWERKER, nu=NU),
    ),
    "leg_verklaring_af": (
        {G.LEG_VERKLARING_AF},
        lambda h: h.leg_verklaring_af(
            Verklaring(Partnerrol.PARTNER1, True, True, True), door=PARTNER1, nu=NU
        ),
    ),
    "registreer_verklaring": (
        {G.LEG_VERKLARING_AF},
        lambda h: h.registreer_verklaring(
            Verklaring(Partnerrol.PARTNER1, True, True, True), door=MEDEWERKER, nu=NU
        ),
    ),
    "doe_melding": (
        {G.DOE_MELDING},
        lambda h: h.doe_melding(config=CONFIG, door=MEDEWERKER, nu=later(30)),
    ),
    "registreer_toetsing": (
        {G.REGISTREER_TOETSING},
        lambda h: h.registreer_toetsing([], door=MEDEWERKER, nu=NU),
    ),
    "neem_melding_in_behandeling": (
        {G.NEEM_IN_BEHANDELING},
        lambda h: h.neem_melding_in_behandeling(door=MEDEWERKER, nu=NU),
    ),
    "beoordeel_melding(goed)": (
        {G.KEUR_GOED},
        lambda h: h.beoordeel_melding(True, config=CONFIG, door=MEDEWERKER, nu=NU),
    ),
    "beoordeel_melding(af)": (
        {G.WIJS_AF},
        lambda h: h.beoordeel_melding(False, reden="x", config=CONFIG, door=MEDEWERKER, nu=NU),
    ),
    "registreer_betaling": (
        {G.REGISTREER_BETALING},
        lambda h: h.registreer_betaling(
            bedrag_cents=1, referentie="r", config=CONFIG, geslaagd=True, door=MEDEWERKER, nu=NU
        ),
    ),
    "bevestig": ({G.BEVESTIG}, lambda h: h.bevestig(config=CONFIG, door=MEDEWERKER, nu=NU)),
    "annuleer": ({G.ANNULEER}, lambda h: h.annuleer(door=MEDEWERKER, nu=NU)),
    "verloop": ({G.VERLOOP}, lambda h: h.verloop(nu=later(400))),
    "markeer_voltrokken": ({G.VOLTREK}, lambda h: h.markeer_voltrokken(door=MEDEWERKER, nu=NU)),
}


def _toegestaan_in(gebeurtenissen: set[Gebeurtenis]) -> set[Status]:
    return {o.van for o in OVERGANGEN if o.gebeurtenis in gebeurtenissen and o.van is not None}


ONGELDIG = [
    (status, naam)
    for status in Status
    for naam, (gebeurtenissen, _) in ACTIES.items()
    if status not in _toegestaan_in(gebeurtenissen)
]


@pytest.mark.parametrize(("status", "actie"), ONGELDIG, ids=[f"{s}-{a}" for s, a in ONGELDIG])
def test_refuses_every_action_the_table_does_not_allow_naming_the_status(
    status: Status, actie: str
) -> None:
    huwelijk = huwelijk_in(status)
    historie = huwelijk.historie

    with pytest.raises(OngeldigeStatusovergang) as fout:
        ACTIES[actie][1](huwelijk)

    assert fout.value.code == "ONGELDIGE_STATUSOVERGANG"
    assert status.value in str(fout.value)
    assert huwelijk.status is status
    assert huwelijk.historie == historie


def test_every_event_of_the_table_has_a_method_exercised_above() -> None:
    gedekt = set().union(*(g for g, _ in ACTIES.values())) | {G.RESERVEER}
    assert gedekt == set(Gebeurtenis)


def test_refuses_any_pair_missing_from_the_table() -> None:
    tabel = {(o.van, o.gebeurtenis) for o in OVERGANGEN}
    for status in Status:
        for gebeurtenis in Gebeurtenis:
            if (status, gebeurtenis) in tabel:
                continue
            with pytest.raises(OngeldigeStatusovergang, match=status.value):
                volgende_status(status, gebeurtenis)


def test_only_reserveer_starts_a_case() -> None:
    assert volgende_status(None, G.RESERVEER) is Status.VOORLOPIG
    with pytest.raises(OngeldigeStatusovergang, match="NIEUW"):
        volgende_status(None, G.STEM_IN)


def test_terminal_statuses_allow_nothing() -> None:
    for status in EINDSTATUSSEN:
        assert toegestane_gebeurtenissen(status) == ()


def test_every_status_is_reachable_from_the_start() -> None:
    bereikt: set[Status] = set()
    rand = [o.naar for o in OVERGANGEN if o.van is None]
    while rand:
        status = rand.pop()
        if status not in bereikt:
            bereikt.add(status)
            rand += [o.naar for o in OVERGANGEN if o.van is status]
    assert bereikt == set(Status)


def test_cancelling_is_possible_in_every_open_status() -> None:
    for status in set(Status) - EINDSTATUSSEN:
        assert volgende_status(status, G.ANNULEER) is Status.GEANNULEERD


def test_mermaid_diagram_shows_exactly_the_table() -> None:
    diagram = mermaid_diagram()
    regels = diagram.strip().splitlines()
    assert regels[0] == "stateDiagram-v2"
    pijl = re.compile(r"^\s+(\[\*\]|\w+) --> (\[\*\]|\w+)(?: : (\w+))?$")
    overgangen, einden = set(), set()
    for regel in regels[1:]:
        treffer = pijl.match(regel)
        assert treffer, regel
        van, naar, label = treffer.groups()
        if naar == "[*]":
            einden.add(van)
        else:
            overgangen.add((None if van == "[*]" else Status(van), G(label), Status(naar)))

    assert overgangen == {(o.van, o.gebeurtenis, o.naar) for o in OVERGANGEN}
    assert len(regels) - 1 == len(OVERGANGEN) + len(EINDSTATUSSEN)
    assert einden == {s.value for s in EINDSTATUSSEN}
