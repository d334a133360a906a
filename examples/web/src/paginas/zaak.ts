// The couple's case: each next step as the case allows it, for the partner who is signed in.

import { ga, kan, meldNaNavigatie, neemBericht, sectie, beginPagina, wijzig, type Huwelijk } from "../app";
import { voerUit } from "../api";
import { alinea, datumTijd, h, knop, kop, tekstvak, veld, verzendknop, vinkje } from "../dom";
import {
  AanbodDocument, AnnuleerDocument, BevestigDocument, DoeMeldingDocument, HuwelijkDocument, KiesAmbtenaarDocument,
  KiesLocatieDocument, KiesNaamgebruikDocument, LegVerklaringAfDocument, NodigPartnerUitDocument, StartBetalingDocument, StemInDocument,
  VerwijderGetuigeDocument, VoegGetuigeToeDocument, WeigerInstemmingDocument,
  type AanbodQuery, type AmbtenaarKeuzeInvoer, type LocatieKeuzeInvoer, type Naamgebruik, type VerklaringInvoer,
} from "../gql/graphql";
import { melding as bericht } from "../fouten";
import { NAAMGEBRUIK } from "../teksten";
import { partners, prijs, samenvatting, toetsing } from "../zaakweergave";
import { verklaringUit } from "../verklaring";

/** The catalogue, its BABS narrowed to those free at the case's own moment. */
type Aanbod = AanbodQuery;
type Stap = (z: Huwelijk, aanbod: Aanbod) => HTMLElement | null;

/** After a successful change: show the case again with a confirmation. */
function klaar(z: Huwelijk | null, tekst: string): void {
  if (!z) return;
  meldNaNavigatie(tekst);
  ga(`#/zaak/${z.id}`);
}

const opnieuw = (z: Huwelijk) => ({ tekst: "Gegevens opnieuw laden", doe: () => ga(`#/zaak/${z.id}`) });

function formulier(knoptekst: string, velden: Node[], verstuur: (data: FormData, plek: HTMLElement) => void): HTMLElement {
  const plek = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "utrecht-form" }, ...velden, verzendknop(knoptekst), plek);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    verstuur(new FormData(form), plek);
  });
  return form;
}

const ik = (z: Huwelijk) => z.partners.find((p) => p.isIk);
const mag = kan;  // each step follows what the API offers the signed-in person (mogelijkeMutaties)

const uitnodigen: Stap = (z) => {
  const tweede = z.partners.find((p) => p.rol === "PARTNER2");
  const opnieuwUitnodigen = tweede && ["GEWEIGERD", "INGETROKKEN"].includes(tweede.instemming.status);
  if (!mag(z, "nodigPartnerUit") || (tweede && !opnieuwUitnodigen)) return null;
  return sectie("Nodig uw partner uit", "uitnodigen",
    alinea("Uw partner logt daarna zelf in en stemt in met het huwelijk of partnerschap."),
    formulier("Partner uitnodigen", [veld("Burgerservicenummer van uw partner", tekstvak("bsn", { inputmode: "numeric", autocomplete: "off", required: true, pattern: "[0-9]{9}" }), "9 cijfers")],
      (data, plek) => void wijzig(plek, async () => (await voerUit(NodigPartnerUitDocument, { id: z.id, versie: z.versie, burgerservicenummer: String(data.get("bsn")).trim() })).nodigPartnerUit, opnieuw(z))
        .then((n) => klaar(n, "Uw partner is uitgenodigd. Uw partner kan nu inloggen en instemmen."))));
};

const instemmen: Stap = (z) => {
  const mij = ik(z);
  if (!mij || !mag(z, "stemIn")) return null;
  const plek = h("div", { "aria-live": "polite" });
  return sectie("Stemt u in?", "instemmen",
    alinea("Uw partner heeft u uitgenodigd voor dit huwelijk of partnerschap. Stemt u in?"),
    h("div", { class: "utrecht-button-group" },
      knop("Ja, ik stem in", () => void wijzig(plek, async () => (await voerUit(StemInDocument, { id: z.id, versie: z.versie })).stemIn, opnieuw(z))
        .then((n) => klaar(n, "U heeft ingestemd. De reservering staat nu vast tot de melding."))),
      knop("Nee, ik stem niet in", () => void wijzig(plek, async () => (await voerUit(WeigerInstemmingDocument, { id: z.id, versie: z.versie })).weigerInstemming, opnieuw(z))
        .then((n) => klaar(n, "U heeft niet ingestemd.")), "secondary-action")),
    plek);
};

const AFGESLOTEN = ["VOLTROKKEN", "GEANNULEERD", "VERLOPEN"];

const getuigen: Stap = (z) => {
  if (!mag(z, "voegGetuigeToe") && !mag(z, "verwijderGetuige")) {
    // The API no longer lets this person change the witnesses (a deadline, the notice): say so.
    if (!ik(z) || AFGESLOTEN.includes(z.status) || ik(z)?.instemming.status !== "VERLEEND") return null;
    return sectie("Getuigen", "getuigen",
      bericht("info", "U kunt de getuigen nu niet (meer) zelf wijzigen. Neem contact op met de gemeente als er iets moet veranderen."));
  }
  const plek = h("div", { "aria-live": "polite" });
  const lijst = z.getuigen.map((g) => h("li", { class: "utrecht-unordered-list__item" },
    `Getuige ${g.volgnummer}: ${g.gemeentelijk ? "getuige van de gemeente" : `BSN ${g.burgerservicenummer ?? ""}`} `,
    !mag(z, "verwijderGetuige") ? null : knop(`Getuige ${g.volgnummer} verwijderen`, () => void wijzig(plek, async () => (await voerUit(VerwijderGetuigeDocument, { id: z.id, versie: z.versie, volgnummer: g.volgnummer })).verwijderGetuige, opnieuw(z))
      .then((n) => klaar(n, "De getuige is verwijderd.")), "subtle")));
  return sectie("Getuigen", "getuigen",
    alinea("U heeft 2 tot 4 getuigen nodig, van 18 jaar of ouder. Geen getuigen? De gemeente kan er een leveren (tegen betaling)."),
    lijst.length ? h("ul", { class: "utrecht-unordered-list" }, ...lijst) : alinea("Nog geen getuigen."),
    plek,
    mag(z, "voegGetuigeToe")
      ? formulier("Getuige toevoegen", [
        veld("Burgerservicenummer van de getuige", tekstvak("bsn", { inputmode: "numeric", autocomplete: "off", pattern: "[0-9]{9}" }), "Laat leeg als u een getuige van de gemeente wilt"),
        vinkje("Een getuige van de gemeente", "gemeentelijk"),
      ], (data, p) => {
        const bsn = String(data.get("bsn") ?? "").trim();
        const getuige = data.get("gemeentelijk") || !bsn ? { gemeentelijk: true } : { burgerservicenummer: bsn };
        void wijzig(p, async () => (await voerUit(VoegGetuigeToeDocument, { id: z.id, versie: z.versie, getuige })).voegGetuigeToe, opnieuw(z))
          .then((n) => klaar(n, "De getuige is toegevoegd."));
      })
      : null);
};

function keuzes(naam: string, legenda: string, opties: [string, string][], gekozen: string): HTMLElement {
  return h("fieldset", { class: "utrecht-form-fieldset" }, h("legend", { class: "utrecht-form-fieldset__legend" }, legenda),
    ...opties.map(([waarde, label], i) => {
      const id = `${naam}-${i}`;
      return h("div", { class: "utrecht-form-field utrecht-form-field--radio" },
        h("div", { class: "utrecht-form-field__input" }, h("input", { type: "radio", class: "utrecht-radio-button utrecht-radio-button--html-input", name: naam, id, value: waarde, checked: waarde === gekozen })),
        h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, label)));
    }));
}

const ambtenaar: Stap = (z, aanbod) => {
  if (!mag(z, "kiesAmbtenaar")) return null;
  const huidig = z.ambtenaar.keuze === "KEUZE" ? z.ambtenaar.ambtenaar?.id ?? "" : z.ambtenaar.keuze === "EIGEN" ? "eigen" : "toegewezen";
  return sectie("Trouwambtenaar (BABS)", "ambtenaar",
    formulier("Trouwambtenaar opslaan", [
      keuzes("babs", "Wie trouwt u?", [["toegewezen", "Geen voorkeur: de gemeente wijst iemand toe"], ...aanbod.ambtenaren.map((a): [string, string] => [a.id, a.naam]), ["eigen", "Een eigen trouwambtenaar (voor één dag)"]], huidig),
      veld("Naam van de eigen trouwambtenaar", tekstvak("eigenNaam", { autocomplete: "off" }), "Alleen bij een eigen trouwambtenaar"),
      veld("Burgerservicenummer van de eigen trouwambtenaar", tekstvak("eigenBsn", { inputmode: "numeric", autocomplete: "off" }), "Alleen bij een eigen trouwambtenaar"),
    ], (data, plek) => {
      const keuze = String(data.get("babs"));
      const invoer: AmbtenaarKeuzeInvoer = keuze === "toegewezen" ? { toegewezen: true }
        : keuze === "eigen" ? { eigenBabs: { naam: String(data.get("eigenNaam")), burgerservicenummer: String(data.get("eigenBsn")).trim() } }
          : { ambtenaarId: keuze };
      void wijzig(plek, async () => (await voerUit(KiesAmbtenaarDocument, { id: z.id, versie: z.versie, ambtenaar: invoer })).kiesAmbtenaar, opnieuw(z))
        .then((n) => klaar(n, "De trouwambtenaar is opgeslagen."));
    }));
};

const locatie: Stap = (z, aanbod) => {
  if (!mag(z, "kiesLocatie")) return null;
  const huidig = z.locatie.locatie?.id ?? "eigen";
  return sectie("Locatie", "locatie",
    formulier("Locatie opslaan", [
      keuzes("locatie", "Waar trouwt u?", [...aanbod.locaties.map((l): [string, string] => [l.id, `${l.naam} (${l.prijs.weergave})`]), ["eigen", "Een eigen locatie in de gemeente"]], huidig),
      veld("Straat", tekstvak("straat", { autocomplete: "address-line1" }), "Alleen bij een eigen locatie"),
      veld("Huisnummer", tekstvak("huisnummer", { inputmode: "numeric" })),
      veld("Postcode", tekstvak("postcode", { autocomplete: "postal-code" })),
      veld("Plaats", tekstvak("woonplaats", { autocomplete: "address-level2" })),
    ], (data, plek) => {
      const keuze = String(data.get("locatie"));
      const invoer: LocatieKeuzeInvoer = keuze !== "eigen" ? { locatieId: keuze } : {
        adres: {
          straat: String(data.get("straat")).trim(),
          huisnummer: Number.parseInt(String(data.get("huisnummer")), 10) || 0,
          postcode: String(data.get("postcode")).replace(/\s/g, "").toUpperCase(),
          woonplaats: String(data.get("woonplaats")).trim(),
        },
      };
      void wijzig(plek, async () => (await voerUit(KiesLocatieDocument, { id: z.id, versie: z.versie, locatie: invoer })).kiesLocatie, opnieuw(z))
        .then((n) => klaar(n, "De locatie is opgeslagen."));
    }));
};

const naamgebruik: Stap = (z) => {
  const mij = ik(z);
  if (!mij || !mag(z, "kiesNaamgebruik")) return null;
  const opties = (Object.keys(NAAMGEBRUIK) as Naamgebruik[]).map((n): [string, string] => [n, NAAMGEBRUIK[n]]);
  return sectie("Uw achternaam na het trouwen", "naamgebruik",
    formulier("Naamgebruik opslaan", [keuzes("naamgebruik", "Welke achternaam gebruikt u?", opties, mij.naamgebruik ?? "E")],
      (data, plek) => void wijzig(plek, async () => (await voerUit(KiesNaamgebruikDocument, { id: z.id, versie: z.versie, partner: mij.rol, naamgebruik: String(data.get("naamgebruik")) as Naamgebruik })).kiesNaamgebruik, opnieuw(z))
        .then((n) => klaar(n, "Uw naamgebruik is opgeslagen."))));
};

const VERKLARINGEN: [keyof VerklaringInvoer, string][] = [
  ["gegevensNaarWaarheid", "Mijn gegevens zijn naar waarheid ingevuld"],
  ["nietEldersGehuwd", "Ik ben niet getrouwd en heb geen geregistreerd partnerschap (ook niet in het buitenland)"],
  ["nietUitsluitendVoorVerblijf", "Wij trouwen niet alleen om een verblijfsvergunning te krijgen"],
  ["bloedverwantDerdeOfVierdeGraad", "Mijn partner is een bloedverwant in de derde of vierde graad (bijvoorbeeld een neef of nicht)"],
  ["beedigdeVerklaringBloedverwantschap", "Ik geef daarover een beëdigde verklaring"],
];

const verklaring: Stap = (z) => {
  const mij = ik(z);
  if (!mij || !mag(z, "legVerklaringAf")) return null;
  const ander = z.partners.find((p) => !p.isIk);
  const eigen = mij.verklaring;
  const stand = [
    mij.verklaardOp ? `U heeft uw verklaring afgelegd op ${datumTijd(mij.verklaardOp)} uur.` : "U heeft uw verklaring nog niet afgelegd.",
    ander?.verklaardOp ? `Uw partner heeft de eigen verklaring afgelegd op ${datumTijd(ander.verklaardOp)} uur.` : "Uw partner heeft de eigen verklaring nog niet afgelegd.",
  ];
  return sectie("Uw verklaring", "verklaring",
    alinea("Voor de melding verklaart elke partner zelf, met de eigen inlog, dat de gegevens kloppen. Uw partner doet dat met de eigen inlog; u ziet alleen of dat gebeurd is."),
    ...stand.map((t) => alinea(t)),
    formulier(eigen ? "Verklaring opnieuw afleggen" : "Verklaring afleggen", [
      h("fieldset", { class: "utrecht-form-fieldset" },
        h("legend", { class: "utrecht-form-fieldset__legend" }, "Ik verklaar"),
        ...VERKLARINGEN.map(([naam, tekst]) => vinkje(tekst, naam, Boolean(eigen?.[naam])))),
    ], (data, plek) => {
      const invoer = verklaringUit(data);
      void wijzig(plek, async () => (await voerUit(LegVerklaringAfDocument, { id: z.id, versie: z.versie, verklaring: invoer })).legVerklaringAf, opnieuw(z))
        .then((n) => klaar(n, ander?.verklaardOp
          ? "Uw verklaring is vastgelegd. U kunt nu de melding doen."
          : "Uw verklaring is vastgelegd. Uw partner legt de eigen verklaring af met de eigen inlog; daarna kan de melding."));
    }));
};

const melding: Stap = (z) => {
  if (!mag(z, "doeMelding") || !ik(z)) return null;
  const plek = h("div", { "aria-live": "polite" });
  return sectie("Melding voorgenomen huwelijk", "melding",
    alinea("U heeft allebei uw verklaring afgelegd. Met de melding controleert de gemeente of u mag trouwen. Dat gebeurt direct; u ziet de uitkomst hieronder."),
    knop("Melding doen", () => void wijzig(plek, async () => (await voerUit(DoeMeldingDocument, { id: z.id, versie: z.versie })).doeMelding, opnieuw(z))
      .then((n) => klaar(n, "Uw melding is ontvangen. De gemeente beoordeelt haar."))),
    plek);
};

const betalen: Stap = (z) => {
  if (!mag(z, "startBetaling") || !ik(z)) return null;
  const plek = h("div", { "aria-live": "polite" });
  return sectie("Betalen", "betalen",
    alinea(`De melding is goedgekeurd. Betaal ${z.prijs.totaal.weergave}${z.verlooptOp ? ` vóór ${datumTijd(z.verlooptOp)} uur` : ""}; daarna bevestigt u het huwelijk.`),
    z.betaling?.status === "MISLUKT" ? alinea("Uw vorige betaling is niet gelukt. U kunt het opnieuw proberen.") : null,
    knop("Betalen", () => void (async () => {
      plek.replaceChildren(alinea("U gaat naar de betaalpagina…"));
      const r = (await voerUit(StartBetalingDocument, { id: z.id, versie: z.versie })).startBetaling;
      if (r.__typename === "BetalingGestart") location.assign(r.checkoutUrl);
      else await wijzig(plek, async () => r, opnieuw(z));
    })()),
    plek);
};

const bevestigen: Stap = (z) => {
  if (!mag(z, "bevestig") || !ik(z)) return null;
  const plek = h("div", { "aria-live": "polite" });
  return sectie("Bevestigen", "bevestigen",
    alinea("Alles is geregeld. Bevestig uw huwelijk of partnerschap."),
    knop("Bevestigen", () => void wijzig(plek, async () => (await voerUit(BevestigDocument, { id: z.id, versie: z.versie })).bevestig, opnieuw(z))
      .then((n) => klaar(n, "Uw huwelijk of partnerschap is bevestigd. Tot op de dag zelf!"))),
    plek);
};

const annuleren: Stap = (z) => {
  if (!mag(z, "annuleer") || !ik(z)) return null;
  const reden = h("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea", name: "reden", rows: 3, required: true });
  return sectie("Annuleren", "annuleren",
    alinea("Wilt u niet meer trouwen op dit moment? Annuleer dan. Na de melding kan de gemeente kosten rekenen."),
    formulier("Annuleren", [veld("Waarom annuleert u?", reden)], (data, plek) =>
      void wijzig(plek, async () => (await voerUit(AnnuleerDocument, { id: z.id, versie: z.versie, reden: String(data.get("reden")) })).annuleer, opnieuw(z))
        .then((n) => klaar(n, "Uw huwelijk of partnerschap is geannuleerd."))));
};

const STAPPEN: Stap[] = [instemmen, uitnodigen, getuigen, ambtenaar, locatie, verklaring, melding, betalen, bevestigen, naamgebruik, annuleren];

export async function zaak(id: string): Promise<void> {
  const toon = beginPagina();
  const [{ huwelijk: z }, catalogus] = await Promise.all([voerUit(HuwelijkDocument, { id }), voerUit(AanbodDocument)]);
  const aanbod: Aanbod = { ...catalogus, ambtenaren: z.beschikbareAmbtenaren };
  toon("Uw huwelijk of partnerschap",
    kop(1, "Uw huwelijk of partnerschap"),
    ...[neemBericht(), samenvatting(z), partners(z), toetsing(z), prijs(z), ...STAPPEN.map((s) => s(z, aanbod))].filter((n): n is HTMLElement => n !== null),
    h("p", { class: "utrecht-paragraph" }, h("a", { class: "utrecht-link", href: "#/" }, "Terug naar uw overzicht")));
}
