# size: one table, a line per schema element; split by type it would scatter one vocabulary
"""The schema's descriptions that are not written inline, in Dutch, in the words of the domain
and of Haal Centraal BRP Personen bevragen.

Strawberry takes a description where a field is declared; many fields are plain annotations
(the Haal Centraal types above all), and there a description would double every line. This
table describes them instead, applied once to the built schema (`beschrijf`), so GraphiQL,
introspection and the committed SDL all carry them. Keys: `Type`, `Type.veld`,
`Type.veld(argument)`, `Enum.WAARDE`; `Mutation.*(id)` and `Mutation.*(versie)` hold for every
mutation; an input type's field without an entry takes the description of the output type's
field with the same name (`VerklaringInvoer.nietEldersGehuwd` from
`Verklaring.nietEldersGehuwd`). An inline description always wins; the test
`test_beschrijvingen` fails on any element without one, and on entries here that describe
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
)

SCHEMA: Final = (
    "trouwgraph: de GraphQL-API voor het trouwproces van een gemeente. Een burger reserveert, "
    "nodigt de partner uit, kiest getuigen, BABS en locatie, doet de melding voorgenomen "
    "huwelijk en betaalt; de medewerker beoordeelt en voltrekt. Persoonsgegevens komen uit de "
    "BRP met de namen van Haal Centraal BRP Personen bevragen."
)

_BSN = "Het burgerservicenummer (9 cijfers, elfproef)."
_DATUM = "De datum (zie `Datum.type` voor onvolledige datums)."
_NAAM = "De naam zoals de BRP die voert."
_GEBOORTE = "Geboortedatum, -plaats en -land."
_GESLACHT = "Het geslacht (BRP-tabel Geslacht: M, V of O)."
_PERSOON = "De persoon zelf uit de BRP (een eigen opvraging; alleen voor medewerkers)."
_ID = "Het id van het huwelijk."
_VERSIE = (
    "De versie van het huwelijk die u het laatst las (`Huwelijk.versie`); is het intussen "
    "gewijzigd, dan is de uitkomst `VersieConflict`."
)

BESCHRIJVINGEN: Final[dict[str, str]] = {
    # --- roots -------------------------------------------------------------------------------
    "Query": "Alles wat u kunt lezen: personen uit de BRP, het aanbod van de gemeente, "
    "vrije tijdsloten en huwelijken.",
    "Mutation": "Elke stap van het trouwproces. Elke wijziging van een huwelijk neemt het `id` "
    "en de gelezen `versie` en geeft een resultaat: het gewijzigde huwelijk of een `Probleem`.",
    "Query.persoon(burgerservicenummer)": "Het burgerservicenummer van de persoon.",
    "Query.personen(burgerservicenummers)": "De burgerservicenummers van de personen.",
    "Query.tijdsloten(datum)": "De dag (in de tijdzone van de gemeente).",
    "Query.tijdsloten(ceremonietype)": "De code van de soort ceremonie (`Ceremonietype.code`).",
    "Query.tijdsloten(locatie)": "Alleen tijdsloten op deze locatie (`Locatie.id`).",
    "Query.tijdsloten(ambtenaar)": "Alleen tijdsloten waarop deze BABS kan (`Ambtenaar.id`).",
    "Beschikbaarheidsdag.datum": "De dag met vrije tijdsloten.",
    "Registratiestand.GEPARKEERD": "Een bericht aan het zaaksysteem is na alle pogingen "
    "geparkeerd; "
    "een medewerker kan het opnieuw laten versturen (`herplaatsBerichten`).",
    "GeparkeerdBericht.pogingen": "Hoe vaak het versturen is geprobeerd.",
    "GeparkeerdBericht.geparkeerdOp": "Wanneer het bericht is geparkeerd.",
    "Query.beschikbaarheid(van)": "De eerste dag (in de tijdzone van de gemeente).",
    "Query.beschikbaarheid(tot)": "De laatste dag, tot en met.",
    "Query.beschikbaarheid(ceremonietype)": "De code van de soort ceremonie "
    "(`Ceremonietype.code`).",
    "Query.beschikbaarheid(locatie)": "Alleen tijdsloten op deze locatie (`Locatie.id`).",
    "Query.beschikbaarheid(ambtenaar)": "Alleen tijdsloten waarop deze BABS kan (`Ambtenaar.id`).",
    "Query.huwelijk(id)": _ID,
    "Query.huwelijken(filter)": "Welke huwelijken: status, periode, locatie.",
    "Query.huwelijken(first)": "Hoeveel huwelijken per pagina (1 tot 100).",
    "Query.huwelijken(after)": "De `endCursor` van de vorige pagina.",
    "Query.toets(partner1)": "Het burgerservicenummer van partner 1.",
    "Query.toets(partner2)": "Het burgerservicenummer van partner 2.",
    "Query.toets(datum)": "De datum van de voorgenomen ceremonie.",
    "Query.toets(soort)": "Huwelijk of geregistreerd partnerschap.",
    "Mutation.*(id)": _ID,
    "Mutation.*(versie)": _VERSIE,
    "Mutation.reserveer(invoer)": "Wat u reserveert: soort, ceremonie, moment, locatie, BABS.",
    "Mutation.nodigPartnerUit(burgerservicenummer)": "Het burgerservicenummer van partner 2.",
    "Mutation.voegGetuigeToe(getuige)": "De getuige: een persoon met een BSN, of een "
    "gemeentelijke getuige.",
    "Mutation.verwijderGetuige(volgnummer)": "Het volgnummer van de getuige "
    "(`Getuige.volgnummer`, vanaf 1).",
    "Mutation.kiesAmbtenaar(ambtenaar)": "Toegewezen door de gemeente, een gekozen BABS, of "
    "een eigen BABS.",
    "Mutation.kiesLocatie(locatie)": "Een locatie van de gemeente of een eigen adres.",
    "Mutation.wijzigMoment(start)": "Het nieuwe begin van de ceremonie (met tijdzone).",
    "Mutation.legVerklaringAf(verklaring)": "Uw eigen verklaringen; de eerste drie moeten "
    "waar zijn.",
    "Mutation.registreerVerklaring(partner)": "De partner die aan de balie verklaarde.",
    "Mutation.registreerVerklaring(verklaring)": "De verklaringen die deze partner aan de balie "
    "aflegde; de eerste drie moeten waar zijn.",
    "Mutation.kiesNaamgebruik(partner)": "Voor welke partner (een burger: alleen zichzelf).",
    "Mutation.kiesNaamgebruik(naamgebruik)": "Het gekozen naamgebruik.",
    "Mutation.beoordeelMelding(goedgekeurd)": "Waar: goedkeuren; onwaar: afwijzen.",
    "Mutation.beoordeelMelding(reden)": "De reden; verplicht bij afwijzen, zonder BSN.",
    "Mutation.registreerBetaling(bedragInCenten)": "Het betaalde bedrag in centen.",
    "Mutation.registreerBetaling(referentie)": "De referentie van de betaling (kassabon, "
    "transactie).",
    "Mutation.registreerBetaling(geslaagd)": "Onwaar voor een mislukte betaling.",
    "Mutation.annuleer(reden)": "Waarom (optioneel, zonder BSN).",
    # --- Haal Centraal BRP ---------------------------------------------------------------------
    "Persoon.burgerservicenummer": _BSN,
    "Persoon.naam": _NAAM,
    "Persoon.geboorte": _GEBOORTE,
    "Persoon.geslacht": _GESLACHT,
    "Persoon.partners": "Huidige en ontbonden huwelijken en geregistreerde partnerschappen.",
    "Persoon.ouders": "De ouders (ouder 1 en ouder 2).",
    "Persoon.kinderen": "De kinderen.",
    "Persoon.nationaliteiten": "De nationaliteiten, of de aanduiding staatloos of "
    "vastgesteld niet-Nederlander.",
    "Persoon.verblijfplaats": "Het adres of de locatie waar de persoon verblijft.",
    "Persoon.overlijden": "Datum, plaats en land van overlijden, als de persoon is overleden.",
    "Persoon.opschortingBijhouding": "Waarom en sinds wanneer de BRP de persoonslijst niet "
    "meer bijhoudt (bijvoorbeeld overlijden of emigratie).",
    "Persoon.geheimhoudingPersoonsgegevens": "Waar als de persoon verstrekking van de "
    "gegevens aan derden heeft laten beperken.",
    "Persoon.indicatieCurateleRegister": "Waar als de persoon onder curatele staat.",
    "Persoon.gemeenteVanInschrijving": "De gemeente waar de persoon is ingeschreven.",
    "Naam": "De naam van een persoon (Haal Centraal `naam`).",
    "Naam.voornamen": "De voornamen, met spaties gescheiden.",
    "Naam.voorvoegsel": "Het voorvoegsel van de geslachtsnaam, zoals 'van' of 'de'.",
    "Naam.geslachtsnaam": "De achternaam zonder voorvoegsel.",
    "Naam.voorletters": "De voorletters, afgeleid van de voornamen.",
    "Naam.volledigeNaam": "De volledige naam zoals de BRP die samenstelt.",
    "Naam.adellijkeTitelPredicaat": "Een adellijke titel of predicaat, zoals 'jonkheer'.",
    "Naam.aanduidingNaamgebruik": "Hoe de persoon de naam gebruikt: eigen, van de partner, of "
    "een combinatie.",
    "AdellijkeTitelPredicaat": "Een adellijke titel of predicaat (BRP-tabel).",
    "AdellijkeTitelPredicaat.code": "De code uit de BRP-tabel.",
    "AdellijkeTitelPredicaat.omschrijving": "De omschrijving, zoals 'baron'.",
    "AdellijkeTitelPredicaat.soort": "Titel of predicaat.",
    "Waardetabel.code": "De code uit de landelijke tabel.",
    "Waardetabel.omschrijving": "De omschrijving bij de code.",
    "Geboorte": "Gegevens over de geboorte.",
    "Geboorte.datum": "De geboortedatum.",
    "Geboorte.plaats": "De geboorteplaats (gemeente of buitenlandse plaats).",
    "Geboorte.land": "Het geboorteland.",
    "Datum.type": "Welke vorm: Datum (volledig), JaarMaandDatum, JaarDatum of DatumOnbekend.",
    "Datum.jaar": "Het jaar, als dat bekend is.",
    "Datum.maand": "De maand, als die bekend is.",
    "Datum.dag": "De dag, als die bekend is.",
    "Datum.langFormaat": "De datum zoals een mens die leest, bijvoorbeeld '26 maart 2027'.",
    "Partner.burgerservicenummer": _BSN,
    "Partner.naam": _NAAM,
    "Partner.geboorte": _GEBOORTE,
    "Partner.geslacht": _GESLACHT,
    "Partner.soortVerbintenis": "Huwelijk of geregistreerd partnerschap.",
    "Partner.aangaanHuwelijkPartnerschap": "Wanneer en waar het huwelijk of partnerschap is "
    "aangegaan.",
    "Partner.ontbindingHuwelijkPartnerschap": "Wanneer het is ontbonden, als dat zo is.",
    "AangaanHuwelijkPartnerschap": "Het aangaan van een huwelijk of partnerschap.",
    "AangaanHuwelijkPartnerschap.datum": _DATUM,
    "AangaanHuwelijkPartnerschap.plaats": "De plaats.",
    "AangaanHuwelijkPartnerschap.land": "Het land.",
    "OntbindingHuwelijkPartnerschap": "De ontbinding van een huwelijk of partnerschap.",
    "OntbindingHuwelijkPartnerschap.datum": _DATUM,
    "Ouder": "Een ouder van de persoon.",
    "Ouder.burgerservicenummer": _BSN,
    "Ouder.naam": _NAAM,
    "Ouder.geboorte": _GEBOORTE,
    "Ouder.geslacht": _GESLACHT,
    "Ouder.ouderAanduiding": "Ouder 1 of ouder 2.",
    "Ouder.datumIngangFamilierechtelijkeBetrekking": "Sinds wanneer de familierechtelijke "
    "betrekking bestaat.",
    "Kind": "Een kind van de persoon.",
    "Kind.burgerservicenummer": _BSN,
    "Kind.naam": _NAAM,
    "Kind.geboorte": _GEBOORTE,
    "Nationaliteit.type": "Nationaliteit, Staatloos, VastgesteldNietNederlander of "
    "BehandeldAlsNederlander.",
    "Nationaliteit.nationaliteit": "De nationaliteit (landelijke tabel Nationaliteiten).",
    "Nationaliteit.redenOpname": "Waarom de nationaliteit is opgenomen.",
    "Nationaliteit.datumIngangGeldigheid": "Sinds wanneer de nationaliteit geldt.",
    "Verblijfplaats.type": "Adres, Locatie, VerblijfplaatsBuitenland of VerblijfplaatsOnbekend.",
    "Verblijfplaats.verblijfadres": "Het adres.",
    "Verblijfplaats.functieAdres": "Woonadres of briefadres.",
    "Verblijfplaats.adresseerbaarObjectIdentificatie": "Het id van het verblijfsobject in de BAG.",
    "Verblijfplaats.nummeraanduidingIdentificatie": "Het id van de nummeraanduiding in de BAG.",
    "Verblijfplaats.datumVan": "Sinds wanneer de persoon hier verblijft.",
    "Verblijfplaats.datumIngangGeldigheid": "Sinds wanneer dit gegeven geldt.",
    "Verblijfplaats.indicatieVastgesteldVerblijftNietOpAdres": "Waar als is vastgesteld dat "
    "de persoon niet op dit adres verblijft.",
    "Verblijfadres": "Een adres in Nederland of in het buitenland, of een locatiebeschrijving.",
    "Verblijfadres.officieleStraatnaam": "De officiële straatnaam.",
    "Verblijfadres.korteStraatnaam": "De straatnaam zoals die op een envelop past.",
    "Verblijfadres.huisnummer": "Het huisnummer.",
    "Verblijfadres.huisletter": "De huisletter.",
    "Verblijfadres.huisnummertoevoeging": "De toevoeging aan het huisnummer.",
    "Verblijfadres.aanduidingBijHuisnummer": "'bij' of 'tegenover'.",
    "Verblijfadres.postcode": "De postcode.",
    "Verblijfadres.woonplaats": "De woonplaats.",
    "Verblijfadres.regel1": "Buitenlands adres: eerste regel.",
    "Verblijfadres.regel2": "Buitenlands adres: tweede regel.",
    "Verblijfadres.regel3": "Buitenlands adres: derde regel.",
    "Verblijfadres.land": "Het land van een buitenlands adres.",
    "Verblijfadres.locatiebeschrijving": "Een locatie zonder adres, zoals een woonboot.",
    "Persoon.adressering": "Hoe u de persoon in een brief aanschrijft en adresseert, zoals de "
    "BRP dat samenstelt (voor brieven aan het paar).",
    "Adressering": "De aanhef, de naam en de adresregels voor een brief aan de persoon.",
    "Adressering.aanhef": "De aanhef van een brief, zoals 'Geachte mevrouw Moulin'.",
    "Adressering.aanschrijfwijze": "De naam boven het adres op een brief.",
    "Adressering.gebruikInLopendeTekst": "Hoe u in een brief naar de persoon verwijst, zoals "
    "'mevrouw Moulin'.",
    "Adressering.adresregel1": "De eerste adresregel: straat en huisnummer, of de eerste regel "
    "van een buitenlands adres.",
    "Adressering.adresregel2": "De tweede adresregel: postcode en woonplaats, of de tweede "
    "regel van een buitenlands adres.",
    "Adressering.adresregel3": "De derde regel van een buitenlands adres.",
    "Adressering.land": "Het land van een buitenlands adres.",
    "Adressering.indicatieVastgesteldVerblijftNietOpAdres": "Waar als is vastgesteld dat de "
    "persoon niet op dit adres verblijft.",
    "Aanschrijfwijze": "De naam voor op een brief.",
    "Aanschrijfwijze.naam": "Voorletters en naam, zoals 'S. Moulin'.",
    "Aanschrijfwijze.aanspreekvorm": "Bij een adellijke titel of predicaat: de regel boven de "
    "naam.",
    "Overlijden": "Gegevens over het overlijden.",
    "Overlijden.datum": "De datum van overlijden.",
    "Overlijden.plaats": "De plaats van overlijden.",
    "Overlijden.land": "Het land van overlijden.",
    "OpschortingBijhouding": "Waarom en sinds wanneer de BRP de persoonslijst niet bijhoudt.",
    "OpschortingBijhouding.reden": "De reden, zoals O (overlijden) of E (emigratie).",
    "OpschortingBijhouding.datum": "Sinds wanneer.",
    # --- the municipality's offer --------------------------------------------------------------
    "Ceremonietype.code": "De code, bijvoorbeeld `UITGEBREID`; geef die mee bij reserveren.",
    "Ceremonietype.naam": "De naam zoals de gemeente die toont.",
    "Ceremonietype.omschrijving": "Wat deze ceremonie inhoudt.",
    "Ceremonietype.duurMinuten": "Hoe lang de ceremonie duurt.",
    "Ceremonietype.maxGasten": "Hoeveel gasten er hoogstens bij kunnen zijn.",
    "Ceremonietype.babsKeuzeToegestaan": "Waar als u zelf een BABS mag kiezen.",
    "Ceremonietype.eigenLocatieToegestaan": "Waar als een eigen locatie mag.",
    "Ceremonietype.prijs": "Wat de ceremonie kost.",
    "Locatie.id": "Het id; geef het mee als `locatieId`.",
    "Locatie.naam": "De naam van de locatie.",
    "Locatie.adres": "Het adres, als tekst.",
    "Locatie.capaciteit": "Hoeveel mensen er passen.",
    "Locatie.slotduurMinuten": "Hoe lang een tijdslot op deze locatie duurt.",
    "Locatie.soort": "Van de gemeente, extern of eigen.",
    "Locatie.prijs": "De toeslag voor deze locatie.",
    "Locatiesoort.GEMEENTELIJK": "Een locatie van de gemeente, zoals het gemeentehuis.",
    "Locatiesoort.EXTERN": "Een vaste trouwlocatie van een ander, die de gemeente aanbiedt.",
    "Locatiesoort.EIGEN": "Een eigen locatie van het stel (een adres in de gemeente).",
    "Ambtenaar.id": "Het id; geef het mee als `ambtenaarId`.",
    "Ambtenaar.naam": "De naam van de BABS.",
    "Ambtenaar.beedigdOp": "Wanneer de BABS beëdigd is.",
    "Extra.code": "De code; geef die mee in `extras`.",
    "Extra.naam": "De naam, zoals 'trouwboekje'.",
    "Extra.prijs": "Wat het kost.",
    "Tijdslot.start": "Het begin van de ceremonie.",
    "Tijdslot.eind": "Het einde van de ceremonie.",
    "Tijdslot.locatie": "De locatie van dit tijdslot.",
    # --- the case ----------------------------------------------------------------------------
    "Huwelijk.id": "Het id van het huwelijk; geef het mee bij elke wijziging.",
    "Huwelijk.soort": "Huwelijk of geregistreerd partnerschap.",
    "Huwelijk.status": "Waar het huwelijk in het proces staat.",
    "Huwelijk.aangemaaktOp": "Wanneer de reservering is gedaan.",
    "Huwelijk.partners": "De twee partners (partner 2 zodra die is uitgenodigd).",
    "Huwelijk.getuigen": "De getuigen, 2 tot 4 (een BSN ziet alleen wie ze mag zien).",
    "Huwelijk.ambtenaar": "Hoe de BABS gekozen is, en wie het is.",
    "Huwelijk.locatie": "Waar de ceremonie is.",
    "Huwelijk.ceremonie": "De soort ceremonie.",
    "Huwelijk.moment": "Begin en einde van de ceremonie.",
    "Huwelijk.extras": "De gekozen extra producten.",
    "Huwelijk.prijs": "De prijsopgave: wat er te betalen is.",
    "Huwelijk.melding": "De melding voorgenomen huwelijk, zodra die is gedaan.",
    "Huwelijk.betaling": "De laatste betaling, als die er is.",
    "Verbintenissoort.HUWELIJK": "Een huwelijk.",
    "Verbintenissoort.GEREGISTREERD_PARTNERSCHAP": "Een geregistreerd partnerschap.",
    "Verbintenissoort.OMZETTING": "Omzetting van een geregistreerd partnerschap in een huwelijk.",
    "Status.VOORLOPIG": "Gereserveerd; partner 2 moet nog instemmen. Verloopt op `verlooptOp`.",
    "Status.GERESERVEERD": "Beide partners stemden in; de melding moet nog worden gedaan.",
    "Status.GEMELD": "De melding is gedaan; de gemeente beoordeelt haar.",
    "Status.GOEDGEKEURD": "De melding is goedgekeurd; er moet nog worden betaald en bevestigd.",
    "Status.AFGEWEZEN": "De melding is afgewezen; verbeter en meld opnieuw.",
    "Status.BEVESTIGD": "Goedgekeurd, betaald en bevestigd: de ceremonie gaat door.",
    "Status.VOLTROKKEN": "De ceremonie is voltrokken.",
    "Status.GEANNULEERD": "Geannuleerd door een partner of de gemeente.",
    "Status.VERLOPEN": "Niet op tijd afgerond (melding of betaling); het tijdslot is vrij.",
    "Partnerrol.PARTNER1": "Wie reserveerde.",
    "Partnerrol.PARTNER2": "Wie is uitgenodigd en instemt.",
    "Instemmingstatus.GEVRAAGD": "Uitgenodigd; nog geen antwoord.",
    "Instemmingstatus.VERLEEND": "Ingestemd.",
    "Instemmingstatus.GEWEIGERD": "Geweigerd.",
    "Instemmingstatus.INGETROKKEN": "Eerst ingestemd, daarna ingetrokken.",
    "Naamgebruik.E": "Eigen naam.",
    "Naamgebruik.P": "Naam van de partner.",
    "Naamgebruik.V": "Naam van de partner, gevolgd door de eigen naam.",
    "Naamgebruik.N": "Eigen naam, gevolgd door de naam van de partner.",
    "Getuige.volgnummer": "Het volgnummer (vanaf 1); gebruik het om te verwijderen.",
    "Getuige.gemeentelijk": "Waar voor een getuige die de gemeente levert.",
    "Getuige.burgerservicenummer": "Het BSN; alleen voor medewerkers en partners die "
    "instemden, leeg voor een gemeentelijke getuige.",
    "AmbtenaarKeuze.keuze": "Toegewezen, gekozen of eigen.",
    "AmbtenaarKeuze.eigenBabs": "De eigen BABS, bij die keuze.",
    "Ambtenaarkeuze.TOEGEWEZEN": "De gemeente wijst een BABS toe.",
    "Ambtenaarkeuze.KEUZE": "Het stel kiest een BABS van de gemeente.",
    "Ambtenaarkeuze.EIGEN": "Een eigen BABS, voor één dag beëdigd.",
    "EigenBabs.naam": "De naam van de eigen BABS.",
    "LocatieKeuze.soort": "Van de gemeente, extern of eigen.",
    "LocatieKeuze.locatie": "De locatie van de gemeente, bij die keuze.",
    "LocatieKeuze.adres": "Het eigen adres, bij een eigen locatie.",
    "LocatieKeuze.omschrijving": "Een omschrijving van de eigen locatie.",
    "Adres.straat": "De straat.",
    "Adres.huisnummer": "Het huisnummer.",
    "Adres.huisletter": "De huisletter.",
    "Adres.toevoeging": "De toevoeging aan het huisnummer.",
    "Adres.postcode": "De postcode (1234AB).",
    "Adres.woonplaats": "De woonplaats.",
    "Moment.start": "Het begin.",
    "Moment.eind": "Het einde.",
    "Prijs.regels": "Elke regel van de opgave.",
    "Prijs.totaal": "Het totaal.",
    "Prijsregel.code": "Waarvoor: de ceremonie, de locatie, een extra, ...",
    "Prijsregel.omschrijving": "De omschrijving zoals de burger die leest.",
    "Prijsregel.bedrag": "Het bedrag.",
    "Melding.status": "Hoe ver de gemeente met de beoordeling is.",
    "Melding.ingediendOp": "Wanneer de melding is gedaan.",
    "Melding.beoordeeldOp": "Wanneer de gemeente haar beoordeelde.",
    "Melding.reden": "De reden van een afwijzing.",
    "Melding.verklaringen": "De verklaringen waarmee de melding is gedaan. Een partner ziet "
    "alleen de eigen antwoorden; medewerkers zien beide.",
    "Meldingstatus.ONTVANGEN": "Ontvangen, nog niet in behandeling.",
    "Meldingstatus.IN_BEHANDELING": "Een medewerker beoordeelt haar.",
    "Meldingstatus.GOEDGEKEURD": "Goedgekeurd.",
    "Meldingstatus.AFGEWEZEN": "Afgewezen (zie `reden`).",
    "Verklaring.rol": "Van welke partner.",
    "Verklaring.op": "Wanneer de partner deze verklaring aflegde (leeg bij meldingen van vóór "
    "de eigen verklaringen).",
    "Verklaring.aanBalie": "Waar als de partner aan de balie verklaarde en een medewerker het "
    "vastlegde.",
    "Verklaring.gegevensNaarWaarheid": "De gegevens zijn naar waarheid ingevuld.",
    "Verklaring.nietEldersGehuwd": "De partner is niet gehuwd en heeft geen geregistreerd "
    "partnerschap.",
    "Verklaring.nietUitsluitendVoorVerblijf": "Het huwelijk is niet alleen bedoeld voor een "
    "verblijfsvergunning (schijnhuwelijk).",
    "Verklaring.bloedverwantDerdeOfVierdeGraad": "De partners zijn bloedverwant in de derde of "
    "vierde graad (zoals oom en nicht).",
    "Verklaring.beedigdeVerklaringBloedverwantschap": "Er is een beëdigde verklaring voor "
    "bloedverwanten in de derde of vierde graad.",
    "Regeluitkomst.regel": "Welke wettelijke toets.",
    "Regeluitkomst.uitkomst": "Voldaan, niet voldaan, of handmatig te beoordelen.",
    "Regeluitkomst.reden": "Uitleg in het Nederlands.",
    "Regeluitkomst.betreft": "Over wie de toets gaat.",
    "Regelcode.MEERDERJARIG": "De partner is 18 jaar of ouder (BW 1:31).",
    "Regelcode.IN_LEVEN": "De partner leeft.",
    "Regelcode.BURGERLIJKE_STAAT": "De partner is niet gehuwd en heeft geen partnerschap "
    "(BW 1:33).",
    "Regelcode.CURATELE": "Curatele: de curator moet toestemming geven (BW 1:38).",
    "Regelcode.BIJHOUDING": "De BRP houdt de persoonslijst bij (niet opgeschort).",
    "Regelcode.NATIONALITEIT": "De nationaliteit; bij een vreemdeling volgt een beoordeling.",
    "Regelcode.VERBLIJF": "Verblijf in Nederland, of een beoordeling door de gemeente.",
    "Regelcode.BLOEDVERWANTSCHAP": "Geen te nauwe bloedverwantschap (BW 1:41).",
    "Regelcode.BSN_GELDIG": "Het burgerservicenummer bestaat in de BRP.",
    "Regelcode.LOPENDE_ZAAK": "Geen partner heeft al een ander huwelijksdossier dat nog tot een "
    "ceremonie leidt.",
    "Regelcode.PERSONEN_UNIEK": "Partners, getuigen en de eigen BABS zijn verschillende personen.",
    "Regelcode.GETUIGEN_AANTAL": "Twee tot vier getuigen (aan te vullen tot de termijn).",
    "Regelcode.GETUIGE_MEERDERJARIG": "Elke getuige is 18 jaar of ouder.",
    "Regelcode.EIGEN_BABS_MEERDERJARIG": "De eigen BABS is 18 jaar of ouder.",
    "Regelcode.EIGEN_BABS_CURATELE": "De eigen BABS staat niet onder curatele.",
    "Regelcode.MELDINGSTERMIJN": "De melding valt binnen de wettelijke termijn (BW 1:44).",
    "Uitkomst.VOLDAAN": "Voldaan.",
    "Uitkomst.NIET_VOLDAAN": "Niet voldaan: een beletsel.",
    "Uitkomst.HANDMATIGE_BEOORDELING": "Een medewerker moet het beoordelen.",
    "Betreft.PARTNER1": "Partner 1.",
    "Betreft.PARTNER2": "Partner 2.",
    "Betreft.GETUIGE_1": "Getuige 1.",
    "Betreft.GETUIGE_2": "Getuige 2.",
    "Betreft.GETUIGE_3": "Getuige 3.",
    "Betreft.GETUIGE_4": "Getuige 4.",
    "Betreft.AMBTENAAR": "De eigen BABS.",
    "Betreft.HUWELIJK": "Het huwelijk als geheel.",
    "Betaling.status": "Betaald of mislukt.",
    "Betaling.referentie": "De referentie van de betaling.",
    "Betaling.op": "Wanneer.",
    "Betaling.bedrag": "Het bedrag.",
    "Betaalstatus.BETAALD": "Betaald.",
    "Betaalstatus.MISLUKT": "Mislukt; probeer opnieuw.",
    "Betaalstatus.OPEN": "Gestart bij de betaalprovider; de uitslag is er nog niet.",
    "Betaalstatus.DEELS_BETAALD": "Een deel is betaald (aan de balie); de rest staat nog open.",
    "Betaalstatus.GEANNULEERD": "Op de betaalpagina afgebroken; u kunt opnieuw betalen.",
    "Betaalstatus.VERLOPEN": "Niet op tijd afgerond op de betaalpagina; u kunt opnieuw betalen.",
    "Betaalstatus.TERUGBETAALD": "Na annulering terugbetaald.",
    "Statuswijziging.op": "Wanneer.",
    "Statuswijziging.gebeurtenis": "Wat er gebeurde.",
    "Statuswijziging.van": "De status ervoor.",
    "Statuswijziging.naar": "De status erna.",
    "Statuswijziging.reden": "Waarom, als er een reden is.",
    "Gebeurtenis.RESERVEER": "Gereserveerd.",
    "Gebeurtenis.NODIG_PARTNER_UIT": "Partner 2 uitgenodigd.",
    "Gebeurtenis.STEM_IN": "Partner 2 stemde in.",
    "Gebeurtenis.WEIGER_INSTEMMING": "Partner 2 weigerde of trok de instemming in.",
    "Gebeurtenis.WIJZIG_GETUIGEN": "Getuigen gewijzigd.",
    "Gebeurtenis.WIJZIG_RESERVERING": "BABS, locatie of moment gewijzigd door het stel.",
    "Gebeurtenis.WIJZIG_DOOR_GEMEENTE": "BABS, locatie of moment gewijzigd door de gemeente.",
    "Gebeurtenis.KIES_NAAMGEBRUIK": "Naamgebruik gekozen.",
    "Gebeurtenis.REGISTREER_TOETSING": "De wettelijke toetsen vastgelegd.",
    "Gebeurtenis.LEG_VERKLARING_AF": "Een partner legde de eigen verklaring af (of een "
    "medewerker legde die van de balie vast).",
    "Gebeurtenis.DOE_MELDING": "De melding gedaan.",
    "Gebeurtenis.NEEM_IN_BEHANDELING": "De melding in behandeling genomen.",
    "Gebeurtenis.KEUR_GOED": "De melding goedgekeurd.",
    "Gebeurtenis.WIJS_AF": "De melding afgewezen.",
    "Gebeurtenis.REGISTREER_BETALING": "Een betaling geregistreerd.",
    "Gebeurtenis.BEVESTIG": "Bevestigd.",
    "Gebeurtenis.VOLTREK": "Voltrokken.",
    "Gebeurtenis.ANNULEER": "Geannuleerd.",
    "Gebeurtenis.VERLOOP": "Verlopen.",
    "Zaakregistratie.status": "Geregistreerd, in de wachtrij of vertraagd.",
    "Zaakregistratie.zaakUrl": "De URL van de zaak in het zaaksysteem.",
    "Zaakregistratie.pogingen": "Hoe vaak bezorgen is geprobeerd.",
    "Zaakregistratie.laatsteFout": "De code van de laatste fout.",
    "Zaakregistratie.volgendePogingOp": "Wanneer het opnieuw wordt geprobeerd.",
    "Registratiestand.GEREGISTREERD": "Alles is bezorgd.",
    "Registratiestand.IN_WACHTRIJ": "Wacht op bezorging.",
    "Registratiestand.VERTRAAGD": "Bezorgen mislukte; het wordt opnieuw geprobeerd.",
    "HuwelijkConnection.edges": "De huwelijken op deze pagina.",
    "HuwelijkConnection.pageInfo": "Of er een volgende pagina is, en waar die begint.",
    "HuwelijkConnection.totalCount": "Hoeveel huwelijken het filter in totaal vindt.",
    "HuwelijkEdge": "Een huwelijk op een pagina.",
    "HuwelijkEdge.cursor": "De plek van dit huwelijk in de lijst.",
    "HuwelijkEdge.node": "Het huwelijk.",
    "PageInfo": "Over een pagina (Relay).",
    "PageInfo.hasNextPage": "Waar als er nog een pagina is.",
    "PageInfo.endCursor": "Geef mee als `after` voor de volgende pagina.",
    "HuwelijkenFilter.status": "Alleen huwelijken met een van deze statussen.",
    "HuwelijkenFilter.locatieId": "Alleen huwelijken op deze locatie.",
    # --- input ------------------------------------------------------------------------------
    "ReserveerInvoer.soort": "Huwelijk of geregistreerd partnerschap.",
    "ReserveerInvoer.ceremonietype": "De code van de soort ceremonie (`Ceremonietype.code`).",
    "ReserveerInvoer.locatie": "Een locatie van de gemeente of een eigen adres.",
    "ReserveerInvoer.ambtenaar": "Hoe de BABS gekozen wordt (leeg: toegewezen).",
    "ReserveerInvoer.extras": "De codes van extra producten (`Extra.code`).",
    "LocatieKeuzeInvoer.locatieId": "Een locatie van de gemeente (`Locatie.id`).",
    "LocatieKeuzeInvoer.adres": "Een eigen adres in de gemeente.",
    "LocatieKeuzeInvoer.omschrijving": "Een omschrijving van de eigen locatie.",
    "AmbtenaarKeuzeInvoer.toegewezen": "Waar: de gemeente wijst een BABS toe.",
    "AmbtenaarKeuzeInvoer.ambtenaarId": "Een BABS van de gemeente (`Ambtenaar.id`).",
    "AmbtenaarKeuzeInvoer.eigenBabs": "Een eigen BABS.",
    "EigenBabsInvoer.burgerservicenummer": "Het BSN van de eigen BABS.",
    "GetuigeInvoer.burgerservicenummer": "Het BSN van de getuige.",
    "GetuigeInvoer.gemeentelijk": "Waar: een getuige van de gemeente (zonder BSN).",
}


def _elementen(schema: GraphQLSchema) -> Iterator[tuple[list[str], Any]]:
    """Every describable element with its keys, most specific first."""
    for naam, soort in schema.type_map.items():
        if naam.startswith("__"):
            continue
        yield [naam], soort
        if isinstance(soort, GraphQLObjectType | GraphQLInterfaceType):
            for veld_naam, veld in soort.fields.items():
                yield [f"{naam}.{veld_naam}"], veld
                for arg_naam, arg in veld.args.items():
                    yield [f"{naam}.{veld_naam}({arg_naam})", f"{naam}.*({arg_naam})"], arg
        elif isinstance(soort, GraphQLInputObjectType):
            uitvoer = naam.removesuffix("Invoer")
            for veld_naam, veld in soort.fields.items():
                yield [f"{naam}.{veld_naam}", f"{uitvoer}.{veld_naam}"], veld
        elif isinstance(soort, GraphQLEnumType):
            for waarde_naam, waarde in soort.values.items():
                yield [f"{naam}.{waarde_naam}"], waarde


def beschrijf(schema: GraphQLSchema) -> set[str]:
    """Describe every element without an inline description from the table; the keys used."""
    schema.description = schema.description or SCHEMA
    inline = {sleutels[0]: e.description for sleutels, e in _elementen(schema) if e.description}
    gebruikt: set[str] = set()
    for sleutels, element in _elementen(schema):
        if element.description:
            continue
        for sleutel in sleutels:
            tekst = BESCHRIJVINGEN.get(sleutel) or inline.get(sleutel)
            if tekst:
                element.description = tekst
                gebruikt.add(sleutel)
                break
    return gebruikt
