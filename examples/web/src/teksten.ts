// The Dutch words for the API's codes, as a person reads them.

import type {
  Betaalstatus, Betreft, Gebeurtenis, Instemmingstatus, Meldingstatus, Naamgebruik, Regelcode, Status, Uitkomst, Verbintenissoort,
} from "./gql/graphql";

export const STATUS: Record<Status, string> = {
  VOORLOPIG: "Voorlopig gereserveerd",
  GERESERVEERD: "Gereserveerd",
  GEMELD: "Melding gedaan",
  GOEDGEKEURD: "Melding goedgekeurd",
  AFGEWEZEN: "Melding afgewezen",
  BEVESTIGD: "Bevestigd",
  VOLTROKKEN: "Voltrokken",
  GEANNULEERD: "Geannuleerd",
  VERLOPEN: "Verlopen",
};

export const SOORT: Record<Verbintenissoort, string> = {
  HUWELIJK: "Huwelijk",
  GEREGISTREERD_PARTNERSCHAP: "Geregistreerd partnerschap",
  OMZETTING: "Omzetting van partnerschap in huwelijk",
};

export const UITKOMST: Record<Uitkomst, string> = {
  VOLDAAN: "In orde",
  NIET_VOLDAAN: "Niet in orde",
  HANDMATIGE_BEOORDELING: "De gemeente beoordeelt dit",
};

export const INSTEMMING: Record<Instemmingstatus, string> = {
  GEVRAAGD: "Nog niet ingestemd",
  VERLEEND: "Ingestemd",
  GEWEIGERD: "Geweigerd",
  INGETROKKEN: "Ingetrokken",
};

export const BETAALSTATUS: Record<Betaalstatus, string> = {
  OPEN: "Nog niet afgerond",
  BETAALD: "Betaald",
  DEELS_BETAALD: "Deels betaald",
  MISLUKT: "Mislukt",
  GEANNULEERD: "Geannuleerd",
  VERLOPEN: "Verlopen",
  TERUGBETAALD: "Wordt terugbetaald",
};

export const MELDINGSTATUS: Record<Meldingstatus, string> = {
  ONTVANGEN: "Ontvangen",
  IN_BEHANDELING: "In behandeling",
  GOEDGEKEURD: "Goedgekeurd",
  AFGEWEZEN: "Afgewezen",
};

export const GEBEURTENIS: Record<Gebeurtenis, string> = {
  RESERVEER: "Gereserveerd",
  NODIG_PARTNER_UIT: "Partner uitgenodigd",
  STEM_IN: "Partner heeft ingestemd",
  WEIGER_INSTEMMING: "Partner heeft geweigerd",
  WIJZIG_GETUIGEN: "Getuigen gewijzigd",
  WIJZIG_RESERVERING: "Reservering gewijzigd",
  WIJZIG_DOOR_GEMEENTE: "Gewijzigd door de gemeente",
  KIES_NAAMGEBRUIK: "Naamgebruik gekozen",
  REGISTREER_TOETSING: "Toetsing vastgelegd",
  LEG_VERKLARING_AF: "Verklaring afgelegd",
  DOE_MELDING: "Melding gedaan",
  NEEM_IN_BEHANDELING: "In behandeling genomen",
  KEUR_GOED: "Melding goedgekeurd",
  WIJS_AF: "Melding afgewezen",
  REGISTREER_BETALING: "Betaling vastgelegd",
  BEVESTIG: "Bevestigd",
  VOLTREK: "Voltrokken",
  ANNULEER: "Geannuleerd",
  VERLOOP: "Verlopen",
};

export const ROL = { PARTNER1: "Partner 1", PARTNER2: "Partner 2" } as const;

export const REGEL: Record<Regelcode, string> = {
  MEERDERJARIG: "Meerderjarig",
  IN_LEVEN: "In leven",
  BURGERLIJKE_STAAT: "Niet al getrouwd of partner",
  CURATELE: "Curatele",
  BIJHOUDING: "Inschrijving in de BRP",
  NATIONALITEIT: "Nationaliteit",
  VERBLIJF: "Verblijf in Nederland",
  BLOEDVERWANTSCHAP: "Geen bloedverwanten",
  BSN_GELDIG: "Geldig burgerservicenummer",
  PERSONEN_UNIEK: "Allemaal verschillende personen",
  GETUIGEN_AANTAL: "Aantal getuigen",
  GETUIGE_MEERDERJARIG: "Getuige meerderjarig",
  EIGEN_BABS_MEERDERJARIG: "Eigen trouwambtenaar meerderjarig",
  EIGEN_BABS_CURATELE: "Eigen trouwambtenaar niet onder curatele",
  MELDINGSTERMIJN: "Melding op tijd",
  LOPENDE_ZAAK: "Geen ander lopend huwelijksdossier",
};

export const BETREFT: Record<Betreft, string> = {
  PARTNER1: "Partner 1",
  PARTNER2: "Partner 2",
  GETUIGE_1: "Getuige 1",
  GETUIGE_2: "Getuige 2",
  GETUIGE_3: "Getuige 3",
  GETUIGE_4: "Getuige 4",
  AMBTENAAR: "Trouwambtenaar",
  HUWELIJK: "Het huwelijk",
};

export const NAAMGEBRUIK: Record<Naamgebruik, string> = {
  E: "Alleen mijn eigen achternaam",
  P: "Alleen de achternaam van mijn partner",
  V: "Achternaam van mijn partner, dan mijn eigen",
  N: "Mijn eigen achternaam, dan die van mijn partner",
};
