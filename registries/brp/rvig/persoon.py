"""One persoonslijst as the Haal Centraal ``Persoon`` that RaadpleegMetBurgerservicenummer
delivers with every field requested."""

from __future__ import annotations

from trouwgraph.registries.brp.rvig.adressering import adressering
from trouwgraph.registries.brp.rvig.naam import naam
from trouwgraph.registries.brp.rvig.nationaliteit import nationaliteiten
from trouwgraph.registries.brp.rvig.onderzoek import markeer
from trouwgraph.registries.brp.rvig.persoonslijst import Persoonslijst
from trouwgraph.registries.brp.rvig.relaties import geboorte, kinderen, ouders, partners
from trouwgraph.registries.brp.rvig.tabellen import (
    EUROPEES_KIESRECHT,
    GEMEENTEN,
    GESLACHT,
    GEZAG_MINDERJARIGE,
    LANDEN,
    REDEN_OPSCHORTING,
)
from trouwgraph.registries.brp.rvig.verblijf import immigratie, verblijfplaats, verblijfstitel
from trouwgraph.registries.brp.rvig.waarden import JsonObject, datum, plaats, prune_object, waarde


def persoon(pl: Persoonslijst) -> JsonObject | None:
    """The Haal Centraal Persoon of one persoonslijst, or None when it has no BSN."""
    p = pl.actueel("01")
    bsn = p.get("01.20")
    if not bsn:
        return None
    geslacht = p.get("04.10")
    overlijden = pl.actueel("06")
    inschrijving = pl.actueel("07")
    adres = pl.actueel("08")
    gezag = pl.actueel("11")
    kiesrecht = pl.actueel("13")
    opschorting = inschrijving.get("67.20")
    geheim = inschrijving.get("70.10", "0")
    resultaat: JsonObject = {
        "aNummer": p.get("01.10"),
        "burgerservicenummer": bsn,
        "naam": naam(p, geslacht, persoon=True),
        "geslacht": waarde(geslacht, GESLACHT),
        "geboorte": geboorte(p),
        "partners": partners(pl),
        "ouders": ouders(pl),
        "kinderen": kinderen(pl),
        "nationaliteiten": nationaliteiten(pl),
        "overlijden": {
            "datum": datum(overlijden.get("08.10")),
            "plaats": plaats(overlijden.get("08.20")),
            "land": waarde(overlijden.get("08.30"), LANDEN),
        },
        "datumEersteInschrijvingGBA": datum(inschrijving.get("68.10")),
        "geheimhoudingPersoonsgegevens": True if geheim not in ("", "0") else None,
        "opschortingBijhouding": {
            "reden": waarde(opschorting, REDEN_OPSCHORTING),
            "datum": datum(inschrijving.get("67.10")),
        },
        "verificatie": {
            "datum": datum(inschrijving.get("71.10")),
            "omschrijving": inschrijving.get("71.20"),
        },
        "gemeenteVanInschrijving": waarde(adres.get("09.10"), GEMEENTEN),
        "datumInschrijvingInGemeente": datum(adres.get("09.20")),
        "verblijfplaats": verblijfplaats(adres),
        "immigratie": immigratie(adres),
        "verblijfstitel": verblijfstitel(pl.actueel("10")),
        "indicatieCurateleRegister": True if gezag.get("33.10") == "1" else None,
        "indicatieGezagMinderjarige": waarde(gezag.get("32.10"), GEZAG_MINDERJARIGE),
        "europeesKiesrecht": {
            "aanduiding": waarde(kiesrecht.get("31.10"), EUROPEES_KIESRECHT),
            "einddatumUitsluiting": datum(kiesrecht.get("31.30")),
        },
        "uitsluitingKiesrecht": {
            "uitgeslotenVanKiesrecht": True if kiesrecht.get("38.10") == "A" else None,
            "einddatum": datum(kiesrecht.get("38.20")),
        },
    }
    markeer(resultaat, p, "01", persoon=True)
    markeer(resultaat, overlijden, "06")
    markeer(resultaat, adres, "08", persoon=True)
    markeer(resultaat, pl.actueel("10"), "10")
    markeer(resultaat, gezag, "11", persoon=True)
    geleverd = prune_object(resultaat)
    geleverd["adressering"] = adressering(geleverd)  # derived from what is delivered
    return prune_object(geleverd)
