/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Een adres in Nederland. */
export type AdresInvoer = {
  /** De huisletter. */
  huisletter?: string | null | undefined;
  /** Het huisnummer. */
  huisnummer: number;
  /** De postcode (1234AB). */
  postcode: string;
  /** De straat. */
  straat: string;
  /** De toevoeging aan het huisnummer. */
  toevoeging?: string | null | undefined;
  /** De woonplaats. */
  woonplaats: string;
};

/** Precies één van: geen voorkeur (de gemeente wijst toe), een BABS uit de lijst, of een eigen BABS. */
export type AmbtenaarKeuzeInvoer =
  {   /** Een BABS van de gemeente (`Ambtenaar.id`). */
  ambtenaarId: string | number; eigenBabs?: never; toegewezen?: never; }
  |  { ambtenaarId?: never;   /** Een eigen BABS. */
  eigenBabs: EigenBabsInvoer; toegewezen?: never; }
  |  { ambtenaarId?: never; eigenBabs?: never;   /** Waar: de gemeente wijst een BABS toe. */
  toegewezen: boolean; };

/** TOEGEWEZEN: de gemeente kiest; KEUZE: uit de lijst; EIGEN: eigen BABS. */
export type Ambtenaarkeuze =
  /** Een eigen BABS, voor één dag beëdigd. */
  | 'EIGEN'
  /** Het stel kiest een BABS van de gemeente. */
  | 'KEUZE'
  /** De gemeente wijst een BABS toe. */
  | 'TOEGEWEZEN';

/** De uitkomst van een betaling. */
export type Betaalstatus =
  /** Betaald. */
  | 'BETAALD'
  /** Een deel is betaald (aan de balie); de rest staat nog open. */
  | 'DEELS_BETAALD'
  /** Op de betaalpagina afgebroken; u kunt opnieuw betalen. */
  | 'GEANNULEERD'
  /** Mislukt; probeer opnieuw. */
  | 'MISLUKT'
  /** Gestart bij de betaalprovider; de uitslag is er nog niet. */
  | 'OPEN'
  /** Na annulering terugbetaald. */
  | 'TERUGBETAALD'
  /** Niet op tijd afgerond op de betaalpagina; u kunt opnieuw betalen. */
  | 'VERLOPEN';

/** Over wie een toetsuitkomst gaat. */
export type Betreft =
  /** De eigen BABS. */
  | 'AMBTENAAR'
  /** Getuige 1. */
  | 'GETUIGE_1'
  /** Getuige 2. */
  | 'GETUIGE_2'
  /** Getuige 3. */
  | 'GETUIGE_3'
  /** Getuige 4. */
  | 'GETUIGE_4'
  /** Het huwelijk als geheel. */
  | 'HUWELIJK'
  /** Partner 1. */
  | 'PARTNER1'
  /** Partner 2. */
  | 'PARTNER2';

/** Een eigen BABS (trouwambtenaar voor één dag). */
export type EigenBabsInvoer = {
  /** Het BSN van de eigen BABS. */
  burgerservicenummer: string;
  /** De naam van de eigen BABS. */
  naam: string;
};

/** Wat er met een huwelijk gebeurde. */
export type Gebeurtenis =
  /** Geannuleerd. */
  | 'ANNULEER'
  /** Bevestigd. */
  | 'BEVESTIG'
  /** De melding gedaan. */
  | 'DOE_MELDING'
  /** De melding goedgekeurd. */
  | 'KEUR_GOED'
  /** Naamgebruik gekozen. */
  | 'KIES_NAAMGEBRUIK'
  /** Een partner legde de eigen verklaring af (of een medewerker legde die van de balie vast). */
  | 'LEG_VERKLARING_AF'
  /** De melding in behandeling genomen. */
  | 'NEEM_IN_BEHANDELING'
  /** Partner 2 uitgenodigd. */
  | 'NODIG_PARTNER_UIT'
  /** Een betaling geregistreerd. */
  | 'REGISTREER_BETALING'
  /** De wettelijke toetsen vastgelegd. */
  | 'REGISTREER_TOETSING'
  /** Gereserveerd. */
  | 'RESERVEER'
  /** Partner 2 stemde in. */
  | 'STEM_IN'
  /** Verlopen. */
  | 'VERLOOP'
  /** Voltrokken. */
  | 'VOLTREK'
  /** Partner 2 weigerde of trok de instemming in. */
  | 'WEIGER_INSTEMMING'
  /** De melding afgewezen. */
  | 'WIJS_AF'
  /** BABS, locatie of moment gewijzigd door de gemeente. */
  | 'WIJZIG_DOOR_GEMEENTE'
  /** Getuigen gewijzigd. */
  | 'WIJZIG_GETUIGEN'
  /** BABS, locatie of moment gewijzigd door het stel. */
  | 'WIJZIG_RESERVERING';

/** Een getuige met BSN, of een gemeentelijke getuige. */
export type GetuigeInvoer =
  {   /** Het BSN van de getuige. */
  burgerservicenummer: string; gemeentelijk?: never; }
  |  { burgerservicenummer?: never;   /** Waar: een getuige van de gemeente (zonder BSN). */
  gemeentelijk: boolean; };

/** Selectie van huwelijken voor medewerkers. */
export type HuwelijkenFilter = {
  /** Alleen huwelijken op deze locatie. */
  locatieId?: string | number | null | undefined;
  /** Alleen huwelijken met een van deze statussen. */
  status?: Array<Status> | null | undefined;
  /** Start voor (exclusief). */
  tot?: string | null | undefined;
  /** Start vanaf (inclusief). */
  van?: string | null | undefined;
};

/** De instemming van een partner. */
export type Instemmingstatus =
  /** Uitgenodigd; nog geen antwoord. */
  | 'GEVRAAGD'
  /** Geweigerd. */
  | 'GEWEIGERD'
  /** Eerst ingestemd, daarna ingetrokken. */
  | 'INGETROKKEN'
  /** Ingestemd. */
  | 'VERLEEND';

/** Precies één van: een locatie van de gemeente, een eigen adres, of een omschrijving (eigen locatie zonder adres, bijvoorbeeld buiten). */
export type LocatieKeuzeInvoer =
  {   /** Een eigen adres in de gemeente. */
  adres: AdresInvoer; locatieId?: never; omschrijving?: never; }
  |  { adres?: never;   /** Een locatie van de gemeente (`Locatie.id`). */
  locatieId: string | number; omschrijving?: never; }
  |  { adres?: never; locatieId?: never;   /** Een omschrijving van de eigen locatie. */
  omschrijving: string; };

/** Gemeentelijke ruimte, vast aangewezen externe locatie, of eigen locatie. */
export type Locatiesoort =
  /** Een eigen locatie van het stel (een adres in de gemeente). */
  | 'EIGEN'
  /** Een vaste trouwlocatie van een ander, die de gemeente aanbiedt. */
  | 'EXTERN'
  /** Een locatie van de gemeente, zoals het gemeentehuis. */
  | 'GEMEENTELIJK';

/** De behandeling van de melding voorgenomen huwelijk. */
export type Meldingstatus =
  /** Afgewezen (zie `reden`). */
  | 'AFGEWEZEN'
  /** Goedgekeurd. */
  | 'GOEDGEKEURD'
  /** Een medewerker beoordeelt haar. */
  | 'IN_BEHANDELING'
  /** Ontvangen, nog niet in behandeling. */
  | 'ONTVANGEN';

/** aanduidingNaamgebruik van de BRP: E eigen, P partner, V partner + eigen, N eigen + partner. */
export type Naamgebruik =
  /** Eigen naam. */
  | 'E'
  /** Eigen naam, gevolgd door de naam van de partner. */
  | 'N'
  /** Naam van de partner. */
  | 'P'
  /** Naam van de partner, gevolgd door de eigen naam. */
  | 'V';

/** Partner 1 reserveert; partner 2 wordt uitgenodigd en stemt in. */
export type Partnerrol =
  /** Wie reserveerde. */
  | 'PARTNER1'
  /** Wie is uitgenodigd en instemt. */
  | 'PARTNER2';

/** Waarom een wijziging niet gelukt is: de `code` van elk `Probleem`. Toon de `melding`; de code is om op te beslissen. */
export type Probleemcode =
  /** De toetsing vond een huwelijksbeletsel; de melding is geweigerd. */
  | 'BELETSEL_GEVONDEN'
  /** Het adres van de eigen locatie ligt buiten de gemeente. */
  | 'BUITEN_GEMEENTE'
  /** Partners, getuigen en de eigen BABS moeten verschillende personen zijn. */
  | 'DUBBELE_PERSOON'
  /** Er zijn al vier getuigen. */
  | 'GETUIGEN_MAXIMUM'
  /** Een partner heeft al een ander huwelijksdossier dat tot een ceremonie leidt. */
  | 'LOPENDE_ZAAK'
  /** Het huwelijk is nog niet volledig betaald; `openBedrag` zegt hoeveel. */
  | 'NIET_BETAALD'
  /** Er is geen huwelijk met dit id dat u mag zien. */
  | 'NIET_GEVONDEN'
  /** Deze persoon mag dit niet, of nog niet (de melding zegt waarom). */
  | 'NIET_TOEGESTAAN'
  /** Het adres van de eigen locatie staat niet in de BAG. */
  | 'ONBEKEND_ADRES'
  /** Een code of id (ceremonietype, locatie, BABS, extra) kent de gemeente niet. */
  | 'ONBEKEND_GEGEVEN'
  /** Een argument voldoet niet aan een regel; `pad` zegt welk. */
  | 'ONGELDIGE_INVOER'
  /** Deze actie kan niet in de huidige status van het huwelijk. */
  | 'ONGELDIGE_STATUSOVERGANG'
  /** Een burgerservicenummer voldoet niet aan de elfproef. */
  | 'ONGELDIG_BSN'
  /** Het tijdslot, de locatie of elke passende BABS is al bezet. */
  | 'SLOT_BEZET'
  /** Een termijn is nog niet begonnen (melding, voltrekken). */
  | 'TERMIJN_NOG_NIET_OPEN'
  /** Een termijn is verstreken (melding, getuigen, annuleren). */
  | 'TERMIJN_VERSTREKEN'
  /** Een partner heeft de eigen verklaring voor de melding nog niet afgelegd; `partners` zegt wie. */
  | 'VERKLARING_ONTBREEKT'
  /** Het huwelijk is intussen gewijzigd: lees het opnieuw. */
  | 'VERSIE_CONFLICT';

/** De wettelijke toets. */
export type Regelcode =
  /** De BRP houdt de persoonslijst bij (niet opgeschort). */
  | 'BIJHOUDING'
  /** Geen te nauwe bloedverwantschap (BW 1:41). */
  | 'BLOEDVERWANTSCHAP'
  /** Het burgerservicenummer bestaat in de BRP. */
  | 'BSN_GELDIG'
  /** De partner is niet gehuwd en heeft geen partnerschap (BW 1:33). */
  | 'BURGERLIJKE_STAAT'
  /** Curatele: de curator moet toestemming geven (BW 1:38). */
  | 'CURATELE'
  /** De eigen BABS staat niet onder curatele. */
  | 'EIGEN_BABS_CURATELE'
  /** De eigen BABS is 18 jaar of ouder. */
  | 'EIGEN_BABS_MEERDERJARIG'
  /** Twee tot vier getuigen (aan te vullen tot de termijn). */
  | 'GETUIGEN_AANTAL'
  /** Elke getuige is 18 jaar of ouder. */
  | 'GETUIGE_MEERDERJARIG'
  /** De partner leeft. */
  | 'IN_LEVEN'
  /** Geen partner heeft al een ander huwelijksdossier dat nog tot een ceremonie leidt. */
  | 'LOPENDE_ZAAK'
  /** De partner is 18 jaar of ouder (BW 1:31). */
  | 'MEERDERJARIG'
  /** De melding valt binnen de wettelijke termijn (BW 1:44). */
  | 'MELDINGSTERMIJN'
  /** De nationaliteit; bij een vreemdeling volgt een beoordeling. */
  | 'NATIONALITEIT'
  /** Partners, getuigen en de eigen BABS zijn verschillende personen. */
  | 'PERSONEN_UNIEK'
  /** Verblijf in Nederland, of een beoordeling door de gemeente. */
  | 'VERBLIJF';

/** Stand van de registratie als zaak in het zaaksysteem. */
export type Registratiestand =
  /** Een bericht aan het zaaksysteem is na alle pogingen geparkeerd; een medewerker kan het opnieuw laten versturen (`herplaatsBerichten`). */
  | 'GEPARKEERD'
  /** Alles is bezorgd. */
  | 'GEREGISTREERD'
  /** Wacht op bezorging. */
  | 'IN_WACHTRIJ'
  /** Bezorgen mislukte; het wordt opnieuw geprobeerd. */
  | 'VERTRAAGD';

/** Een nieuwe (voorlopige) reservering. */
export type ReserveerInvoer = {
  /** Hoe de BABS gekozen wordt (leeg: toegewezen). */
  ambtenaar?: AmbtenaarKeuzeInvoer | null | undefined;
  /** De code van de soort ceremonie (`Ceremonietype.code`). */
  ceremonietype: string;
  /** De codes van extra producten (`Extra.code`). */
  extras?: Array<string>;
  /** Een locatie van de gemeente of een eigen adres. */
  locatie: LocatieKeuzeInvoer;
  /** Alleen voor medewerkers: voor wie zij reserveren. Een burger reserveert altijd voor zichzelf (het BSN komt uit het token). */
  partner1?: string | null | undefined;
  /** Huwelijk of geregistreerd partnerschap. */
  soort: Verbintenissoort;
  /** Begin van het tijdslot, met tijdzone. */
  start: string;
};

/** Waar een huwelijk staat (zie de toestandsmachine in docs/process.md). */
export type Status =
  /** De melding is afgewezen; verbeter en meld opnieuw. */
  | 'AFGEWEZEN'
  /** Goedgekeurd, betaald en bevestigd: de ceremonie gaat door. */
  | 'BEVESTIGD'
  /** Geannuleerd door een partner of de gemeente. */
  | 'GEANNULEERD'
  /** De melding is gedaan; de gemeente beoordeelt haar. */
  | 'GEMELD'
  /** Beide partners stemden in; de melding moet nog worden gedaan. */
  | 'GERESERVEERD'
  /** De melding is goedgekeurd; er moet nog worden betaald en bevestigd. */
  | 'GOEDGEKEURD'
  /** Niet op tijd afgerond (melding of betaling); het tijdslot is vrij. */
  | 'VERLOPEN'
  /** De ceremonie is voltrokken. */
  | 'VOLTROKKEN'
  /** Gereserveerd; partner 2 moet nog instemmen. Verloopt op `verlooptOp`. */
  | 'VOORLOPIG';

/** VOLDAAN, NIET_VOLDAAN, of de gemeente moet beoordelen. */
export type Uitkomst =
  /** Een medewerker moet het beoordelen. */
  | 'HANDMATIGE_BEOORDELING'
  /** Niet voldaan: een beletsel. */
  | 'NIET_VOLDAAN'
  /** Voldaan. */
  | 'VOLDAAN';

/** Huwelijk, geregistreerd partnerschap, of omzetting van een partnerschap. */
export type Verbintenissoort =
  /** Een geregistreerd partnerschap. */
  | 'GEREGISTREERD_PARTNERSCHAP'
  /** Een huwelijk. */
  | 'HUWELIJK'
  /** Omzetting van een geregistreerd partnerschap in een huwelijk. */
  | 'OMZETTING';

/** De verklaringen van één partner voor de melding. */
export type VerklaringInvoer = {
  /** Er is een beëdigde verklaring voor bloedverwanten in de derde of vierde graad. */
  beedigdeVerklaringBloedverwantschap?: boolean;
  /** De partners zijn bloedverwant in de derde of vierde graad (zoals oom en nicht). */
  bloedverwantDerdeOfVierdeGraad?: boolean;
  /** De gegevens zijn naar waarheid ingevuld. */
  gegevensNaarWaarheid: boolean;
  /** De partner is niet gehuwd en heeft geen geregistreerd partnerschap. */
  nietEldersGehuwd: boolean;
  /** Het huwelijk is niet alleen bedoeld voor een verblijfsvergunning (schijnhuwelijk). */
  nietUitsluitendVoorVerblijf: boolean;
};

type ProbleemVelden_BeletselGevonden_Fragment = { code: Probleemcode, melding: string, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }> };

type ProbleemVelden_EigenLocatieAfgewezen_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_LopendeZaak_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_NietBetaald_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_NietGevonden_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_NietToegestaan_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_OngeldigeInvoer_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_OngeldigeStatus_Fragment = { huidigeStatus: Status, code: Probleemcode, melding: string };

type ProbleemVelden_SlotBezet_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_TermijnVerstreken_Fragment = { code: Probleemcode, melding: string };

type ProbleemVelden_VerklaringOntbreekt_Fragment = { partners: Array<Partnerrol>, code: Probleemcode, melding: string };

type ProbleemVelden_VersieConflict_Fragment = { huidigeVersie: number, code: Probleemcode, melding: string };

export type ProbleemVeldenFragment =
  | ProbleemVelden_BeletselGevonden_Fragment
  | ProbleemVelden_EigenLocatieAfgewezen_Fragment
  | ProbleemVelden_LopendeZaak_Fragment
  | ProbleemVelden_NietBetaald_Fragment
  | ProbleemVelden_NietGevonden_Fragment
  | ProbleemVelden_NietToegestaan_Fragment
  | ProbleemVelden_OngeldigeInvoer_Fragment
  | ProbleemVelden_OngeldigeStatus_Fragment
  | ProbleemVelden_SlotBezet_Fragment
  | ProbleemVelden_TermijnVerstreken_Fragment
  | ProbleemVelden_VerklaringOntbreekt_Fragment
  | ProbleemVelden_VersieConflict_Fragment
;

export type ToetsuitkomstVeldenFragment = { regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft };

export type BedragVeldenFragment = { centen: number, weergave: string };

export type HuwelijkVeldenFragment = { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null };

type HuwelijkResultaatVelden_EigenLocatieAfgewezen_Fragment = { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_HuwelijkGewijzigd_Fragment = { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } };

type HuwelijkResultaatVelden_LopendeZaak_Fragment = { __typename: 'LopendeZaak', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_NietBetaald_Fragment = { __typename: 'NietBetaald', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_NietGevonden_Fragment = { __typename: 'NietGevonden', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_NietToegestaan_Fragment = { __typename: 'NietToegestaan', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_OngeldigeInvoer_Fragment = { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_OngeldigeStatus_Fragment = { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_SlotBezet_Fragment = { __typename: 'SlotBezet', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_TermijnVerstreken_Fragment = { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string };

type HuwelijkResultaatVelden_VersieConflict_Fragment = { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string };

export type HuwelijkResultaatVeldenFragment =
  | HuwelijkResultaatVelden_EigenLocatieAfgewezen_Fragment
  | HuwelijkResultaatVelden_HuwelijkGewijzigd_Fragment
  | HuwelijkResultaatVelden_LopendeZaak_Fragment
  | HuwelijkResultaatVelden_NietBetaald_Fragment
  | HuwelijkResultaatVelden_NietGevonden_Fragment
  | HuwelijkResultaatVelden_NietToegestaan_Fragment
  | HuwelijkResultaatVelden_OngeldigeInvoer_Fragment
  | HuwelijkResultaatVelden_OngeldigeStatus_Fragment
  | HuwelijkResultaatVelden_SlotBezet_Fragment
  | HuwelijkResultaatVelden_TermijnVerstreken_Fragment
  | HuwelijkResultaatVelden_VersieConflict_Fragment
;

export type VerklaringVeldenFragment = { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean };

export type HuwelijkenQueryVariables = Exact<{
  filter?: HuwelijkenFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type HuwelijkenQuery = { huwelijken: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, versie: number, soort: Verbintenissoort, status: Status, moment: { start: string }, ceremonie: { naam: string }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { naam: string } | null }, melding: { status: Meldingstatus } | null } }> } };

export type HuwelijkDossierQueryVariables = Exact<{
  id: string | number;
}>;


export type HuwelijkDossierQuery = { huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null, verklaringen: Array<{ rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean }> } | null, toetsing: Array<{ gegevens: unknown, regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, historie: Array<{ op: string, door: string, gebeurtenis: Gebeurtenis | null, van: Status | null, naar: Status, reden: string | null }>, zaakregistratie: { status: Registratiestand, zaakUrl: string | null } | null, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } };

export type RegistreerVerklaringMutationVariables = Exact<{
  id: string | number;
  versie: number;
  partner: Partnerrol;
  verklaring: VerklaringInvoer;
}>;


export type RegistreerVerklaringMutation = { registreerVerklaring:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type BeoordeelMeldingMutationVariables = Exact<{
  id: string | number;
  versie: number;
  goedgekeurd: boolean;
  reden?: string | null | undefined;
}>;


export type BeoordeelMeldingMutation = { beoordeelMelding:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type RegistreerBetalingMutationVariables = Exact<{
  id: string | number;
  versie: number;
  bedragInCenten: number;
  referentie: string;
}>;


export type RegistreerBetalingMutation = { registreerBetaling:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type MarkeerVoltrokkenMutationVariables = Exact<{
  id: string | number;
  versie: number;
}>;


export type MarkeerVoltrokkenMutation = { markeerVoltrokken:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type IkQueryVariables = Exact<{ [key: string]: never; }>;


export type IkQuery = { ik: { burgerservicenummer: string, naam: { volledigeNaam: string | null } | null } | null };

export type AanbodQueryVariables = Exact<{ [key: string]: never; }>;


export type AanbodQuery = { ceremonietypen: Array<{ code: string, naam: string, omschrijving: string, duurMinuten: number, maxGasten: number | null, alleenNaMelding: boolean, babsKeuzeToegestaan: boolean, eigenLocatieToegestaan: boolean, prijs: { centen: number, weergave: string } }>, locaties: Array<{ id: string, naam: string, adres: string, capaciteit: number, soort: Locatiesoort, prijs: { centen: number, weergave: string } }>, ambtenaren: Array<{ id: string, naam: string }>, extras: Array<{ code: string, naam: string, prijs: { centen: number, weergave: string } }> };

export type BeschikbaarheidQueryVariables = Exact<{
  van: string;
  tot: string;
  ceremonietype: string;
  locatie?: string | number | null | undefined;
  ambtenaar?: string | number | null | undefined;
}>;


export type BeschikbaarheidQuery = { beschikbaarheid: Array<{ datum: string, aantalTijdsloten: number, laagstePrijs: { centen: number, weergave: string } }> };

export type TijdslotenQueryVariables = Exact<{
  datum: string;
  ceremonietype: string;
  locatie?: string | number | null | undefined;
  ambtenaar?: string | number | null | undefined;
}>;


export type TijdslotenQuery = { tijdsloten: Array<{ start: string, eind: string, locatie: { id: string, naam: string }, ambtenaren: Array<{ id: string, naam: string }>, prijs: { centen: number, weergave: string } }> };

export type MijnHuwelijkenQueryVariables = Exact<{ [key: string]: never; }>;


export type MijnHuwelijkenQuery = { mijnHuwelijken: Array<{ id: string, versie: number, soort: Verbintenissoort, status: Status, moment: { start: string }, ceremonie: { naam: string } }> };

export type HuwelijkQueryVariables = Exact<{
  id: string | number;
}>;


export type HuwelijkQuery = { huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, beschikbareAmbtenaren: Array<{ id: string, naam: string }>, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } };

export type ReserveerMutationVariables = Exact<{
  invoer: ReserveerInvoer;
}>;


export type ReserveerMutation = { reserveer:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type NodigPartnerUitMutationVariables = Exact<{
  id: string | number;
  versie: number;
  burgerservicenummer: string;
}>;


export type NodigPartnerUitMutation = { nodigPartnerUit:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type StemInMutationVariables = Exact<{
  id: string | number;
  versie: number;
}>;


export type StemInMutation = { stemIn:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type WeigerInstemmingMutationVariables = Exact<{
  id: string | number;
  versie: number;
}>;


export type WeigerInstemmingMutation = { weigerInstemming:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type VoegGetuigeToeMutationVariables = Exact<{
  id: string | number;
  versie: number;
  getuige: GetuigeInvoer;
}>;


export type VoegGetuigeToeMutation = { voegGetuigeToe:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type VerwijderGetuigeMutationVariables = Exact<{
  id: string | number;
  versie: number;
  volgnummer: number;
}>;


export type VerwijderGetuigeMutation = { verwijderGetuige:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type KiesAmbtenaarMutationVariables = Exact<{
  id: string | number;
  versie: number;
  ambtenaar: AmbtenaarKeuzeInvoer;
}>;


export type KiesAmbtenaarMutation = { kiesAmbtenaar:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type KiesLocatieMutationVariables = Exact<{
  id: string | number;
  versie: number;
  locatie: LocatieKeuzeInvoer;
}>;


export type KiesLocatieMutation = { kiesLocatie:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type WijzigMomentMutationVariables = Exact<{
  id: string | number;
  versie: number;
  start: string;
}>;


export type WijzigMomentMutation = { wijzigMoment:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type KiesNaamgebruikMutationVariables = Exact<{
  id: string | number;
  versie: number;
  partner: Partnerrol;
  naamgebruik: Naamgebruik;
}>;


export type KiesNaamgebruikMutation = { kiesNaamgebruik:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type LegVerklaringAfMutationVariables = Exact<{
  id: string | number;
  versie: number;
  verklaring: VerklaringInvoer;
}>;


export type LegVerklaringAfMutation = { legVerklaringAf:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type DoeMeldingMutationVariables = Exact<{
  id: string | number;
  versie: number;
}>;


export type DoeMeldingMutation = { doeMelding:
    | { __typename: 'BeletselGevonden', code: Probleemcode, melding: string, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }> }
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VerklaringOntbreekt', partners: Array<Partnerrol>, code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type StartBetalingMutationVariables = Exact<{
  id: string | number;
  versie: number;
}>;


export type StartBetalingMutation = { startBetaling:
    | { __typename: 'BetalingGestart', checkoutUrl: string, huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type BevestigMutationVariables = Exact<{
  id: string | number;
  versie: number;
}>;


export type BevestigMutation = { bevestig:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export type AnnuleerMutationVariables = Exact<{
  id: string | number;
  versie: number;
  reden?: string | null | undefined;
}>;


export type AnnuleerMutation = { annuleer:
    | { __typename: 'EigenLocatieAfgewezen', code: Probleemcode, melding: string }
    | { __typename: 'HuwelijkGewijzigd', huwelijk: { id: string, versie: number, soort: Verbintenissoort, status: Status, verlooptOp: string | null, aangemaaktOp: string, mogelijkeMutaties: Array<{ mutatie: string, ontbrekendeArgumenten: Array<string> }>, moment: { start: string, eind: string }, ceremonie: { code: string, naam: string }, partners: Array<{ rol: Partnerrol, isIk: boolean, burgerservicenummer: string, naamgebruik: Naamgebruik | null, verklaardOp: string | null, instemming: { status: Instemmingstatus, op: string }, verklaring: { rol: Partnerrol, gegevensNaarWaarheid: boolean, nietEldersGehuwd: boolean, nietUitsluitendVoorVerblijf: boolean, bloedverwantDerdeOfVierdeGraad: boolean, beedigdeVerklaringBloedverwantschap: boolean, op: string | null, aanBalie: boolean } | null }>, getuigen: Array<{ volgnummer: number, gemeentelijk: boolean, burgerservicenummer: string | null }>, ambtenaar: { keuze: Ambtenaarkeuze, ambtenaar: { id: string, naam: string } | null, eigenBabs: { naam: string } | null }, locatie: { soort: Locatiesoort, omschrijving: string | null, locatie: { id: string, naam: string, adres: string } | null, adres: { straat: string, huisnummer: number, huisletter: string | null, toevoeging: string | null, postcode: string, woonplaats: string } | null }, extras: Array<{ code: string, naam: string }>, prijs: { regels: Array<{ code: string, omschrijving: string, bedrag: { centen: number, weergave: string } }>, totaal: { centen: number, weergave: string } }, melding: { status: Meldingstatus, ingediendOp: string, beoordeeldOp: string | null, reden: string | null } | null, toetsing: Array<{ regel: Regelcode, uitkomst: Uitkomst, reden: string, betreft: Betreft }>, betaling: { status: Betaalstatus, referentie: string, op: string, bedrag: { centen: number, weergave: string } } | null } }
    | { __typename: 'LopendeZaak', code: Probleemcode, melding: string }
    | { __typename: 'NietBetaald', code: Probleemcode, melding: string }
    | { __typename: 'NietGevonden', code: Probleemcode, melding: string }
    | { __typename: 'NietToegestaan', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeInvoer', code: Probleemcode, melding: string }
    | { __typename: 'OngeldigeStatus', huidigeStatus: Status, code: Probleemcode, melding: string }
    | { __typename: 'SlotBezet', code: Probleemcode, melding: string }
    | { __typename: 'TermijnVerstreken', code: Probleemcode, melding: string }
    | { __typename: 'VersieConflict', huidigeVersie: number, code: Probleemcode, melding: string }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const VerklaringVeldenFragmentDoc = new TypedDocumentString(`
    fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}
    `, {"fragmentName":"VerklaringVelden"}) as unknown as TypedDocumentString<VerklaringVeldenFragment, unknown>;
export const BedragVeldenFragmentDoc = new TypedDocumentString(`
    fragment BedragVelden on Bedrag {
  centen
  weergave
}
    `, {"fragmentName":"BedragVelden"}) as unknown as TypedDocumentString<BedragVeldenFragment, unknown>;
export const ToetsuitkomstVeldenFragmentDoc = new TypedDocumentString(`
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
    `, {"fragmentName":"ToetsuitkomstVelden"}) as unknown as TypedDocumentString<ToetsuitkomstVeldenFragment, unknown>;
export const HuwelijkVeldenFragmentDoc = new TypedDocumentString(`
    fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`, {"fragmentName":"HuwelijkVelden"}) as unknown as TypedDocumentString<HuwelijkVeldenFragment, unknown>;
export const ProbleemVeldenFragmentDoc = new TypedDocumentString(`
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}`, {"fragmentName":"ProbleemVelden"}) as unknown as TypedDocumentString<ProbleemVeldenFragment, unknown>;
export const HuwelijkResultaatVeldenFragmentDoc = new TypedDocumentString(`
    fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`, {"fragmentName":"HuwelijkResultaatVelden"}) as unknown as TypedDocumentString<HuwelijkResultaatVeldenFragment, unknown>;
export const HuwelijkenDocument = new TypedDocumentString(`
    query Huwelijken($filter: HuwelijkenFilter, $first: Int! = 20, $after: String) {
  huwelijken(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        versie
        soort
        status
        moment {
          start
        }
        ceremonie {
          naam
        }
        locatie {
          soort
          locatie {
            naam
          }
          omschrijving
        }
        melding {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HuwelijkenQuery, HuwelijkenQueryVariables>;
export const HuwelijkDossierDocument = new TypedDocumentString(`
    query HuwelijkDossier($id: ID!) {
  huwelijk(id: $id) {
    ...HuwelijkVelden
    melding {
      verklaringen {
        ...VerklaringVelden
      }
    }
    toetsing {
      gegevens
    }
    historie {
      op
      door
      gebeurtenis
      van
      naar
      reden
    }
    zaakregistratie {
      status
      zaakUrl
    }
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<HuwelijkDossierQuery, HuwelijkDossierQueryVariables>;
export const RegistreerVerklaringDocument = new TypedDocumentString(`
    mutation RegistreerVerklaring($id: ID!, $versie: Int!, $partner: Partnerrol!, $verklaring: VerklaringInvoer!) {
  registreerVerklaring(
    id: $id
    versie: $versie
    partner: $partner
    verklaring: $verklaring
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<RegistreerVerklaringMutation, RegistreerVerklaringMutationVariables>;
export const BeoordeelMeldingDocument = new TypedDocumentString(`
    mutation BeoordeelMelding($id: ID!, $versie: Int!, $goedgekeurd: Boolean!, $reden: String) {
  beoordeelMelding(
    id: $id
    versie: $versie
    goedgekeurd: $goedgekeurd
    reden: $reden
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<BeoordeelMeldingMutation, BeoordeelMeldingMutationVariables>;
export const RegistreerBetalingDocument = new TypedDocumentString(`
    mutation RegistreerBetaling($id: ID!, $versie: Int!, $bedragInCenten: Int!, $referentie: String!) {
  registreerBetaling(
    id: $id
    versie: $versie
    bedragInCenten: $bedragInCenten
    referentie: $referentie
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<RegistreerBetalingMutation, RegistreerBetalingMutationVariables>;
export const MarkeerVoltrokkenDocument = new TypedDocumentString(`
    mutation MarkeerVoltrokken($id: ID!, $versie: Int!) {
  markeerVoltrokken(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<MarkeerVoltrokkenMutation, MarkeerVoltrokkenMutationVariables>;
export const IkDocument = new TypedDocumentString(`
    query Ik {
  ik {
    burgerservicenummer
    naam {
      volledigeNaam
    }
  }
}
    `) as unknown as TypedDocumentString<IkQuery, IkQueryVariables>;
export const AanbodDocument = new TypedDocumentString(`
    query Aanbod {
  ceremonietypen {
    code
    naam
    omschrijving
    duurMinuten
    maxGasten
    alleenNaMelding
    babsKeuzeToegestaan
    eigenLocatieToegestaan
    prijs {
      ...BedragVelden
    }
  }
  locaties {
    id
    naam
    adres
    capaciteit
    soort
    prijs {
      ...BedragVelden
    }
  }
  ambtenaren {
    id
    naam
  }
  extras {
    code
    naam
    prijs {
      ...BedragVelden
    }
  }
}
    fragment BedragVelden on Bedrag {
  centen
  weergave
}`) as unknown as TypedDocumentString<AanbodQuery, AanbodQueryVariables>;
export const BeschikbaarheidDocument = new TypedDocumentString(`
    query Beschikbaarheid($van: Date!, $tot: Date!, $ceremonietype: String!, $locatie: ID, $ambtenaar: ID) {
  beschikbaarheid(
    van: $van
    tot: $tot
    ceremonietype: $ceremonietype
    locatie: $locatie
    ambtenaar: $ambtenaar
  ) {
    datum
    aantalTijdsloten
    laagstePrijs {
      ...BedragVelden
    }
  }
}
    fragment BedragVelden on Bedrag {
  centen
  weergave
}`) as unknown as TypedDocumentString<BeschikbaarheidQuery, BeschikbaarheidQueryVariables>;
export const TijdslotenDocument = new TypedDocumentString(`
    query Tijdsloten($datum: Date!, $ceremonietype: String!, $locatie: ID, $ambtenaar: ID) {
  tijdsloten(
    datum: $datum
    ceremonietype: $ceremonietype
    locatie: $locatie
    ambtenaar: $ambtenaar
  ) {
    start
    eind
    locatie {
      id
      naam
    }
    ambtenaren {
      id
      naam
    }
    prijs {
      ...BedragVelden
    }
  }
}
    fragment BedragVelden on Bedrag {
  centen
  weergave
}`) as unknown as TypedDocumentString<TijdslotenQuery, TijdslotenQueryVariables>;
export const MijnHuwelijkenDocument = new TypedDocumentString(`
    query MijnHuwelijken {
  mijnHuwelijken {
    id
    versie
    soort
    status
    moment {
      start
    }
    ceremonie {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<MijnHuwelijkenQuery, MijnHuwelijkenQueryVariables>;
export const HuwelijkDocument = new TypedDocumentString(`
    query Huwelijk($id: ID!) {
  huwelijk(id: $id) {
    ...HuwelijkVelden
    beschikbareAmbtenaren {
      id
      naam
    }
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<HuwelijkQuery, HuwelijkQueryVariables>;
export const ReserveerDocument = new TypedDocumentString(`
    mutation Reserveer($invoer: ReserveerInvoer!) {
  reserveer(invoer: $invoer) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<ReserveerMutation, ReserveerMutationVariables>;
export const NodigPartnerUitDocument = new TypedDocumentString(`
    mutation NodigPartnerUit($id: ID!, $versie: Int!, $burgerservicenummer: BSN!) {
  nodigPartnerUit(
    id: $id
    versie: $versie
    burgerservicenummer: $burgerservicenummer
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<NodigPartnerUitMutation, NodigPartnerUitMutationVariables>;
export const StemInDocument = new TypedDocumentString(`
    mutation StemIn($id: ID!, $versie: Int!) {
  stemIn(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<StemInMutation, StemInMutationVariables>;
export const WeigerInstemmingDocument = new TypedDocumentString(`
    mutation WeigerInstemming($id: ID!, $versie: Int!) {
  weigerInstemming(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<WeigerInstemmingMutation, WeigerInstemmingMutationVariables>;
export const VoegGetuigeToeDocument = new TypedDocumentString(`
    mutation VoegGetuigeToe($id: ID!, $versie: Int!, $getuige: GetuigeInvoer!) {
  voegGetuigeToe(id: $id, versie: $versie, getuige: $getuige) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<VoegGetuigeToeMutation, VoegGetuigeToeMutationVariables>;
export const VerwijderGetuigeDocument = new TypedDocumentString(`
    mutation VerwijderGetuige($id: ID!, $versie: Int!, $volgnummer: Int!) {
  verwijderGetuige(id: $id, versie: $versie, volgnummer: $volgnummer) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<VerwijderGetuigeMutation, VerwijderGetuigeMutationVariables>;
export const KiesAmbtenaarDocument = new TypedDocumentString(`
    mutation KiesAmbtenaar($id: ID!, $versie: Int!, $ambtenaar: AmbtenaarKeuzeInvoer!) {
  kiesAmbtenaar(id: $id, versie: $versie, ambtenaar: $ambtenaar) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<KiesAmbtenaarMutation, KiesAmbtenaarMutationVariables>;
export const KiesLocatieDocument = new TypedDocumentString(`
    mutation KiesLocatie($id: ID!, $versie: Int!, $locatie: LocatieKeuzeInvoer!) {
  kiesLocatie(id: $id, versie: $versie, locatie: $locatie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<KiesLocatieMutation, KiesLocatieMutationVariables>;
export const WijzigMomentDocument = new TypedDocumentString(`
    mutation WijzigMoment($id: ID!, $versie: Int!, $start: DateTime!) {
  wijzigMoment(id: $id, versie: $versie, start: $start) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<WijzigMomentMutation, WijzigMomentMutationVariables>;
export const KiesNaamgebruikDocument = new TypedDocumentString(`
    mutation KiesNaamgebruik($id: ID!, $versie: Int!, $partner: Partnerrol!, $naamgebruik: Naamgebruik!) {
  kiesNaamgebruik(
    id: $id
    versie: $versie
    partner: $partner
    naamgebruik: $naamgebruik
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<KiesNaamgebruikMutation, KiesNaamgebruikMutationVariables>;
export const LegVerklaringAfDocument = new TypedDocumentString(`
    mutation LegVerklaringAf($id: ID!, $versie: Int!, $verklaring: VerklaringInvoer!) {
  legVerklaringAf(id: $id, versie: $versie, verklaring: $verklaring) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<LegVerklaringAfMutation, LegVerklaringAfMutationVariables>;
export const DoeMeldingDocument = new TypedDocumentString(`
    mutation DoeMelding($id: ID!, $versie: Int!) {
  doeMelding(id: $id, versie: $versie) {
    __typename
    ... on HuwelijkGewijzigd {
      huwelijk {
        ...HuwelijkVelden
      }
    }
    ... on Probleem {
      ...ProbleemVelden
    }
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<DoeMeldingMutation, DoeMeldingMutationVariables>;
export const StartBetalingDocument = new TypedDocumentString(`
    mutation StartBetaling($id: ID!, $versie: Int!) {
  startBetaling(id: $id, versie: $versie) {
    __typename
    ... on BetalingGestart {
      checkoutUrl
      huwelijk {
        ...HuwelijkVelden
      }
    }
    ... on Probleem {
      ...ProbleemVelden
    }
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<StartBetalingMutation, StartBetalingMutationVariables>;
export const BevestigDocument = new TypedDocumentString(`
    mutation Bevestig($id: ID!, $versie: Int!) {
  bevestig(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<BevestigMutation, BevestigMutationVariables>;
export const AnnuleerDocument = new TypedDocumentString(`
    mutation Annuleer($id: ID!, $versie: Int!, $reden: String) {
  annuleer(id: $id, versie: $versie, reden: $reden) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
  ... on VerklaringOntbreekt {
    partners
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
    verklaardOp
    verklaring {
      ...VerklaringVelden
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`) as unknown as TypedDocumentString<AnnuleerMutation, AnnuleerMutationVariables>;