"""The legal checks on a marriage case, fed with facts from the BRP.

Reads Haal Centraal BRP Personen bevragen 2.7.0 through the request's `PersoonLoader` and
runs the pure rules of `domain.regels`. BRP access is batched and minimal:

1. partners, witnesses and an own officiant are asked for together (one tick, so one BRP
   call per 20 BSNs) with exactly `TOETSING_FIELDS`;
2. the kinship rule's family tree is walked one generation at a time (`nog_op_te_halen`),
   all BSNs of a generation in one tick, with only `VOOROUDER_FIELDS`, up to the generations
   the 4th degree needs.

A person the BRP does not know still gets a result for every check: the domain has no notion
of "not found", so the outcomes about that person (and a kinship check that found nothing) are
turned into HANDMATIGE_BEOORDELING here, never a pass.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from trouwgraph.adapters.brp_model import InOnderzoek, Persoon
from trouwgraph.adapters.brp_model import Partner as BrpPartner
from trouwgraph.domain.begrippen import Partnerrol, Verbintenissoort
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.datum import OnvolledigeDatum
from trouwgraph.domain.fouten import NietToegestaan
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.regels import (
    GENERATIES_TOT_VIERDE_GRAAD,
    MAX_GETUIGEN,
    Betreft,
    Onderzoeksgegeven,
    PersoonsFeiten,
    Regelcode,
    Regeluitkomst,
    SoortVerbintenis,
    Toetsingsgegevens,
    Uitkomst,
    Verbintenis,
    nog_op_te_halen,
    toets,
)
from trouwgraph.domain.regels.uitkomst import Gegevenswaarde
from trouwgraph.domain.termijnen import lokale_datum
from trouwgraph.resolvers.personen import PersoonLoader

__all__ = [
    "TOETSING_FIELDS",
    "VOOROUDER_FIELDS",
    "ToetsingsgegevensUitBrp",
    "persoonsfeiten",
    "toets_huwelijk",
    "verzamel_toetsingsgegevens",
]

# Exactly what the rules read; the always-delivered opschortingBijhouding and
# geheimhoudingPersoonsgegevens come without asking (asking is a 400).
TOETSING_FIELDS: frozenset[str] = frozenset(
    {
        "geboorte.datum",
        "overlijden.datum",
        "indicatieCurateleRegister",
        "partners.burgerservicenummer",
        "partners.soortVerbintenis",
        "partners.aangaanHuwelijkPartnerschap.datum",
        "partners.ontbindingHuwelijkPartnerschap.datum",
        "ouders.burgerservicenummer",
        "kinderen.burgerservicenummer",
        "nationaliteiten.nationaliteit",
        "nationaliteiten.type",
        "verblijfplaats.type",
    }
)
# The ancestor walk only follows parents.
VOOROUDER_FIELDS: frozenset[str] = frozenset({"ouders.burgerservicenummer"})

_OPSCHORTING_OVERLIJDEN = "O"
_IN_NEDERLAND = frozenset({"Adres", "Locatie"})
_NIET_IN_NEDERLAND = frozenset({"VerblijfplaatsBuitenland"})
_NIET_GEVONDEN = "Niet gevonden in de BRP; de gemeente moet dit beoordelen."
_PARTNER_NIET_GEVONDEN = (
    "Een partner is niet gevonden in de BRP; de gemeente moet de bloedverwantschap beoordelen."
)


@dataclass(frozen=True, slots=True)
class ToetsingsgegevensUitBrp:
    """The domain's input for `toets`, and whose BRP record was not found (by role)."""

    gegevens: Toetsingsgegevens
    niet_in_brp: frozenset[Betreft]


def persoonsfeiten(persoon: Persoon) -> PersoonsFeiten:
    """The facts the rules need, read from a person fetched with `TOETSING_FIELDS`.

    Choices: deceased is an `overlijden` or an opschorting with reden O; a partner without
    `ontbindingHuwelijkPartnerschap` is current, one with it is dissolved even when its date is
    unknown; a partner without soortVerbintenis counts as a marriage (it blocks like one and
    never allows OMZETTING); only type "Nationaliteit" entries give nationality codes
    (BehandeldAlsNederlander, Staatloos, ... leave the decision to a human); verblijfplaats
    Adres or Locatie lives in the Netherlands, VerblijfplaatsBuitenland does not, and
    VerblijfplaatsOnbekend or none is unknown. The BRP model carries no verblijfstitel, so
    `verblijfstitel_geldig` stays unknown. `in_onderzoek` collects the `inOnderzoek` flags on
    the fields read here (the BRP delivers them with the asked fields, unasked).

    Raises ValueError for a person fetched without those fields: "not asked" must never
    read as "not married" or "not under curatele".
    """
    if persoon.partners is None or persoon.indicatie_curatele_register is None:
        raise ValueError("the person was not fetched with TOETSING_FIELDS")
    reden = persoon.opschorting_bijhouding.reden if persoon.opschorting_bijhouding else None
    opschorting = reden.code if reden is not None else None
    overlijden = persoon.overlijden
    return PersoonsFeiten(
        bsn=persoon.burgerservicenummer,
        geboortedatum=_datum(persoon.geboorte.datum if persoon.geboorte else None),
        overleden=overlijden is not None or opschorting == _OPSCHORTING_OVERLIJDEN,
        overlijdensdatum=_datum(overlijden.datum if overlijden else None),
        curatele=bool(persoon.indicatie_curatele_register),
        partners=tuple(_verbintenis(p) for p in persoon.partners or ()),
        ouders=_bsns(o.burgerservicenummer for o in persoon.ouders or ()),
        kinderen=_bsns(k.burgerservicenummer for k in persoon.kinderen or ()),
        opschorting=opschorting,
        geheimhouding=persoon.geheimhouding_persoonsgegevens,
        nationaliteiten=tuple(
            n.nationaliteit.code
            for n in persoon.nationaliteiten or ()
            if n.type == "Nationaliteit" and n.nationaliteit and n.nationaliteit.code
        ),
        verblijfstitel_geldig=None,
        woont_in_nl=_woont_in_nl(persoon),
        in_onderzoek=_in_onderzoek(persoon),
    )


async def verzamel_toetsingsgegevens(
    huwelijk: Huwelijk, personen: PersoonLoader, config: ProcesConfiguratie
) -> ToetsingsgegevensUitBrp:
    """Fetch everyone the checks look at (one batch) and the partners' ancestors (one batch
    per generation), and build the domain's input."""
    partner1, partner2 = _partner_bsns(huwelijk)
    eigen = huwelijk.ambtenaar.eigen
    return await _verzamel(
        personen,
        soort=huwelijk.soort,
        trouwdatum=huwelijk.trouwdatum(config),
        partner1=partner1,
        partner2=partner2,
        getuigen=tuple(g.bsn for g in huwelijk.getuigen),  # None: a municipal witness
        babs=eigen.bsn if eigen is not None else None,
        verklaring_bloedverwantschap=huwelijk.verklaring_bloedverwantschap,
        melding_op=(
            lokale_datum(huwelijk.melding.ingediend_op, config) if huwelijk.melding else None
        ),
    )


async def toets_personen(
    partner1: str,
    partner2: str,
    trouwdatum: date,
    soort: Verbintenissoort,
    personen: PersoonLoader,
    config: ProcesConfiguratie,
) -> list[Regeluitkomst]:
    """The checks on two persons for a date, before any case exists (for staff)."""
    verzameld = await _verzamel(
        personen,
        soort=soort,
        trouwdatum=trouwdatum,
        partner1=partner1,
        partner2=partner2,
        getuigen=(),
        babs=None,
        verklaring_bloedverwantschap=False,
        melding_op=None,
    )
    uitkomsten = toets(verzameld.gegevens, config)
    return _markeer_niet_in_brp(
        [u for u in uitkomsten if u.regel is not Regelcode.GETUIGEN_AANTAL],
        verzameld.niet_in_brp,
    )


async def _verzamel(
    personen: PersoonLoader,
    *,
    soort: Verbintenissoort,
    trouwdatum: date,
    partner1: str,
    partner2: str,
    getuigen: tuple[str | None, ...],
    babs: str | None,
    verklaring_bloedverwantschap: bool,
    melding_op: date | None,
) -> ToetsingsgegevensUitBrp:
    betrokkenen = list(
        dict.fromkeys([partner1, partner2, *(b for b in getuigen if b), *_opt(babs)])
    )

    gevonden = await _haal_op(personen, betrokkenen, TOETSING_FIELDS)
    stamboom_in_onderzoek: list[bool] = []
    feiten = {
        bsn: persoonsfeiten(gevonden[bsn]) if bsn in gevonden else PersoonsFeiten(bsn)
        for bsn in betrokkenen
    }
    stamboom: dict[str, tuple[str, ...]] = {bsn: f.ouders for bsn, f in feiten.items()}
    await _loop_voorouders_na(personen, stamboom, (partner1, partner2), stamboom_in_onderzoek)

    rollen: dict[Betreft, str] = {Betreft.PARTNER1: partner1, Betreft.PARTNER2: partner2}
    for volgnummer, bsn in enumerate(getuigen[:MAX_GETUIGEN], start=1):
        if bsn is not None:
            rollen[Betreft.getuige(volgnummer)] = bsn
    if babs is not None:
        rollen[Betreft.AMBTENAAR] = babs
    gegevens = Toetsingsgegevens(
        soort=soort,
        trouwdatum=trouwdatum,
        partner1=feiten[partner1],
        partner2=feiten[partner2],
        getuigen=tuple(feiten[bsn] if bsn is not None else None for bsn in getuigen),
        eigen_babs=feiten[babs] if babs is not None else None,
        stamboom=stamboom,
        verklaring_bloedverwantschap=verklaring_bloedverwantschap,
        melding_op=melding_op,
        stamboom_in_onderzoek=any(stamboom_in_onderzoek),
    )
    return ToetsingsgegevensUitBrp(
        gegevens, frozenset(rol for rol, bsn in rollen.items() if bsn not in gevonden)
    )


async def toets_huwelijk(
    huwelijk: Huwelijk, personen: PersoonLoader, config: ProcesConfiguratie
) -> list[Regeluitkomst]:
    """Every legal check on the case, with the facts from the BRP."""
    verzameld = await verzamel_toetsingsgegevens(huwelijk, personen, config)
    return _markeer_niet_in_brp(toets(verzameld.gegevens, config), verzameld.niet_in_brp)


# --- internals ---------------------------------------------------------------------------


def _partner_bsns(huwelijk: Huwelijk) -> tuple[str, str]:
    partner1 = huwelijk.partner(Partnerrol.PARTNER1)
    partner2 = huwelijk.partner(Partnerrol.PARTNER2)
    if partner1 is None or partner2 is None:
        raise NietToegestaan("Voor de toetsing zijn beide partners nodig.")
    return partner1.bsn, partner2.bsn


async def _haal_op(
    personen: PersoonLoader, bsns: Iterable[str], fields: frozenset[str]
) -> dict[str, Persoon]:
    """The persons with `bsns` that the BRP knows, all asked for in the same tick."""
    wanted = list(bsns)
    found = await asyncio.gather(*(personen.persoon(bsn, fields) for bsn in wanted))
    return {bsn: persoon for bsn, persoon in zip(wanted, found, strict=True) if persoon}


async def _loop_voorouders_na(
    personen: PersoonLoader,
    stamboom: dict[str, tuple[str, ...]],
    partners: tuple[str, str],
    in_onderzoek: list[bool],
) -> None:
    """Complete `stamboom` up to the generations the 4th degree needs, one batch per
    generation. Someone the BRP does not know gets no parents, so the walk ends. Appends
    True to `in_onderzoek` when an ancestor's parents are under investigation."""
    for _ in range(GENERATIES_TOT_VIERDE_GRAAD):  # bounds the walk even on odd data
        nodig = sorted(nog_op_te_halen(stamboom, partners, GENERATIES_TOT_VIERDE_GRAAD))
        if not nodig:
            return
        gevonden = await _haal_op(personen, nodig, VOOROUDER_FIELDS)
        for bsn in nodig:
            persoon = gevonden.get(bsn)
            ouders = persoon.ouders if persoon is not None else None
            stamboom[bsn] = _bsns(o.burgerservicenummer for o in ouders or ())
            in_onderzoek.extend(_onderzocht(o.in_onderzoek) for o in ouders or ())


def _markeer_niet_in_brp(
    uitkomsten: list[Regeluitkomst], niet_in_brp: frozenset[Betreft]
) -> list[Regeluitkomst]:
    """Outcomes about someone the BRP does not know rest on no facts: a human decides."""
    if not niet_in_brp:
        return uitkomsten
    partner_onbekend = bool(niet_in_brp & {Betreft.PARTNER1, Betreft.PARTNER2})
    niet_gevonden: Mapping[str, Gegevenswaarde] = {"gevondenInBrp": False}
    resultaat: list[Regeluitkomst] = []
    for u in uitkomsten:
        if u.betreft in niet_in_brp:
            u = replace(
                u,
                uitkomst=Uitkomst.HANDMATIGE_BEOORDELING,
                reden=_NIET_GEVONDEN,
                gegevens=niet_gevonden,
            )
        elif (
            partner_onbekend
            and u.regel is Regelcode.BLOEDVERWANTSCHAP
            and u.uitkomst is Uitkomst.VOLDAAN
        ):
            u = replace(
                u,
                uitkomst=Uitkomst.HANDMATIGE_BEOORDELING,
                reden=_PARTNER_NIET_GEVONDEN,
                gegevens={**u.gegevens, **niet_gevonden},
            )
        resultaat.append(u)
    return resultaat


def _verbintenis(partner: BrpPartner) -> Verbintenis:
    code = partner.soort_verbintenis.code if partner.soort_verbintenis else None
    aangaan = partner.aangaan_huwelijk_partnerschap
    ontbinding = partner.ontbinding_huwelijk_partnerschap
    return Verbintenis(
        bsn=partner.burgerservicenummer,
        soort=SoortVerbintenis.P if code == SoortVerbintenis.P.value else SoortVerbintenis.H,
        aangegaan=_datum(aangaan.datum if aangaan else None),
        ontbonden=(_datum(ontbinding.datum) or OnvolledigeDatum()) if ontbinding else None,
    )


def _datum(datum: OnvolledigeDatum | None) -> OnvolledigeDatum | None:
    """The domain's plain date, without the BRP's display text."""
    return None if datum is None else OnvolledigeDatum(datum.jaar, datum.maand, datum.dag)


def _in_onderzoek(persoon: Persoon) -> dict[Onderzoeksgegeven, OnvolledigeDatum | None]:
    """The data the rules read that the BRP has under investigation, with since when."""
    gevonden: dict[Onderzoeksgegeven, OnvolledigeDatum | None] = {}

    def merk(gegeven: Onderzoeksgegeven, onderzoek: InOnderzoek | None, veld: str) -> None:
        if _onderzocht(onderzoek) and gegeven not in gevonden:
            assert onderzoek is not None
            gevonden[gegeven] = _datum(onderzoek.sinds(veld))

    geboorte, overlijden = persoon.geboorte, persoon.overlijden
    merk(Onderzoeksgegeven.GEBOORTEDATUM, geboorte.in_onderzoek if geboorte else None, "datum")
    merk(Onderzoeksgegeven.OVERLIJDEN, overlijden.in_onderzoek if overlijden else None, "datum")
    persoonlijk = persoon.in_onderzoek
    if persoonlijk is not None and "indicatieCurateleRegister" in persoonlijk.velden:
        merk(Onderzoeksgegeven.CURATELE, persoonlijk, "indicatieCurateleRegister")
    for partner in persoon.partners or ():
        aangaan, ontbinding = (
            partner.aangaan_huwelijk_partnerschap,
            partner.ontbinding_huwelijk_partnerschap,
        )
        for onderzoek in (
            partner.in_onderzoek,
            aangaan.in_onderzoek if aangaan else None,
            ontbinding.in_onderzoek if ontbinding else None,
        ):
            merk(Onderzoeksgegeven.PARTNERS, onderzoek, "")
    for ouder in persoon.ouders or ():
        merk(Onderzoeksgegeven.OUDERS, ouder.in_onderzoek, "")
    for kind in persoon.kinderen or ():
        merk(Onderzoeksgegeven.KINDEREN, kind.in_onderzoek, "")
    for nationaliteit in persoon.nationaliteiten or ():
        merk(Onderzoeksgegeven.NATIONALITEIT, nationaliteit.in_onderzoek, "")
    verblijfplaats = persoon.verblijfplaats
    if verblijfplaats is not None:
        merk(Onderzoeksgegeven.VERBLIJFPLAATS, verblijfplaats.in_onderzoek, "")
    return gevonden


def _onderzocht(onderzoek: InOnderzoek | None) -> bool:
    return onderzoek is not None and bool(onderzoek.velden)


def _woont_in_nl(persoon: Persoon) -> bool | None:
    soort = persoon.verblijfplaats.type if persoon.verblijfplaats else None
    if soort in _IN_NEDERLAND:
        return True
    if soort in _NIET_IN_NEDERLAND:
        return False
    return None


def _bsns(bsns: Iterable[str | None]) -> tuple[str, ...]:
    """The known BSNs, without duplicates, in order (a relative may lack a BSN)."""
    return tuple(dict.fromkeys(bsn for bsn in bsns if bsn))


def _opt(bsn: str | None) -> tuple[str, ...]:
    return (bsn,) if bsn is not None else ()
