// The couple's case: each next step as the case allows it, for the partner who is signed in.

import { ga, meldNaNavigatie, neemBericht, sectie, beginPagina, wijzig, type Huwelijk } from "../app";
import { voerUit } from "../api";
import { alinea, datumTijd, h, knop, kop, tekstvak, veld, verzendknop, vinkje } from "../dom";
import {
  AanbodDocument, AnnuleerDocument, BevestigDocument, DoeMeldingDocument, HuwelijkDocument, KiesAmbtenaarDocument,
  KiesLocatieDocument, KiesNaamgebruikDocument, NodigPartnerUitDocument, StartBetalingDocument, StemInDocument,
  VerwijderGetuigeDocument, VoegGetuigeToeDocument, WeigerInstemmingDocument,
  type AanbodQuery, type AmbtenaarKeuzeInvoer, type LocatieKeuzeInvoer, type Naamgebruik, type Partnerrol,
} from "../gql/graphql";
import { NAAMGEBRUIK } from "../teksten";
import { partners, prijs, samenvatting, toetsing } from "../zaakweergave";

type Stap = (z: Huwelijk, aanbod: AanbodQuery) => HTMLElement | null;

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
const mag = (z: Huwelijk, actie: Huwelijk["mogelijkeActies"][number]) => z.mogelijkeActies.includes(actie);

const uitnodigen: Stap = (z) => {
  if (ik(z)?.rol !== "PARTNER1" || z.partners.length > 1 || !mag(z, "NODIG_PARTNER_UIT")) return null;
  return sectie("Nodig uw partner uit", "uitnodigen",
    alinea("Uw partner logt daarna zelf in en stemt in met het huwelijk of partnerschap."),
    formulier("Partner uitnodigen", [veld("Burgerservicenummer van uw partner", tekstvak("bsn", { inputmode: "numeric", autocomplete: "off", required: true, pattern: "[0-9]{9}" }), "9 cijfers")],
      (data, plek) => void wijzig(plek, async () => (await voerUit(NodigPartnerUitDocument, { id: z.id, versie: z.versie, burgerservicenummer: String(data.get("bsn")).trim() })).nodigPartnerUit, opnieuw(z))
        .then((n) => klaar(n, "Uw partner is uitgenodigd. Uw partner kan nu inloggen en instemmen."))));
};

const instemmen: Stap = (z) => {
  const mij = ik(z);
  if (mij?.rol !== "PARTNER2" || mij.instemming.status === "VERLEEND" || !mag(z, "STEM_IN")) return null;
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

const getuigen: Stap = (z) => {
  if (!mag(z, "WIJZIG_GETUIGEN") || !ik(z)) return null;
  const plek = h("div", { "aria-live": "polite" });
  const lijst = z.getuigen.map((g) => h("li", { class: "utrecht-unordered-list__item" },
    `Getuige ${g.volgnummer}: ${g.gemeentelijk ? "getuige van de gemeente" : `BSN ${g.burgerservicenummer ?? ""}`} `,
    knop(`Getuige ${g.volgnummer} verwijderen`, () => void wijzig(plek, async () => (await voerUit(VerwijderGetuigeDocument, { id: z.id, versie: z.versie, volgnummer: g.volgnummer })).verwijderGetuige, opnieuw(z))
      .then((n) => klaar(n, "De getuige is verwijderd.")), "subtle")));
  return sectie("Getuigen", "getuigen",
    alinea("U heeft 2 tot 4 getuigen nodig, van 18 jaar of ouder. Geen getuigen? De gemeente kan er een leveren (tegen betaling)."),
    lijst.length ? h("ul", { class: "utrecht-unordered-list" }, ...lijst) : alinea("Nog geen getuigen."),
    plek,
    z.getuigen.length < 4
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
  if (!mag(z, "WIJZIG_RESERVERING") || !ik(z)) return null;
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
  if (!mag(z, "WIJZIG_RESERVERING") || !ik(z)) return null;
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
  if (!mij || !mag(z, "KIES_NAAMGEBRUIK")) return null;
  const opties = (Object.keys(NAAMGEBRUIK) as Naamgebruik[]).map((n): [string, string] => [n, NAAMGEBRUIK[n]]);
  return sectie("Uw achternaam na het trouwen", "naamgebruik",
    formulier("Naamgebruik opslaan", [keuzes("naamgebruik", "Welke achternaam gebruikt u?", opties, mij.naamgebruik ?? "E")],
      (data, plek) => void wijzig(plek, async () => (await voerUit(KiesNaamgebruikDocument, { id: z.id, versie: z.versie, partner: mij.rol, naamgebruik: String(data.get("naamgebruik")) as Naamgebruik })).kiesNaamgebruik, opnieuw(z))
        .then((n) => klaar(n, "Uw naamgebruik is opgeslagen."))));
};

const VERKLARINGEN: [string, string][] = [
  ["gegevensNaarWaarheid", "Mijn gegevens zijn naar waarheid ingevuld"],
  ["nietEldersGehuwd", "Ik ben niet getrouwd en heb geen geregistreerd partnerschap (ook niet in het buitenland)"],
  ["nietUitsluitendVoorVerblijf", "Wij trouwen niet alleen om een verblijfsvergunning te krijgen"],
  ["bloedverwantDerdeOfVierdeGraad", "Mijn partner is een bloedverwant in de derde of vierde graad (bijvoorbeeld een neef of nicht)"],
  ["beedigdeVerklaringBloedverwantschap", "Ik geef daarover een beëdigde verklaring"],
];

const melding: Stap = (z) => {
  if (!mag(z, "DOE_MELDING") || !ik(z)) return null;
  const groep = (rol: Partnerrol, wie: string) => h("fieldset", { class: "utrecht-form-fieldset" },
    h("legend", { class: "utrecht-form-fieldset__legend" }, `Verklaringen van ${wie}`),
    ...VERKLARINGEN.map(([naam, tekst]) => vinkje(tekst, `${rol}.${naam}`)));
  const mijnRol = ik(z)!.rol;
  const andere: Partnerrol = mijnRol === "PARTNER1" ? "PARTNER2" : "PARTNER1";
  return sectie("Melding voorgenomen huwelijk", "melding",
    alinea("Met de melding controleert de gemeente of u mag trouwen. Dat gebeurt direct; u ziet de uitkomst hieronder."),
    formulier("Melding doen", [groep(mijnRol, "u"), groep(andere, "uw partner")], (data, plek) => {
      const verklaring = (rol: Partnerrol) => ({
        rol,
        gegevensNaarWaarheid: data.has(`${rol}.gegevensNaarWaarheid`),
        nietEldersGehuwd: data.has(`${rol}.nietEldersGehuwd`),
        nietUitsluitendVoorVerblijf: data.has(`${rol}.nietUitsluitendVoorVerblijf`),
        bloedverwantDerdeOfVierdeGraad: data.has(`${rol}.bloedverwantDerdeOfVierdeGraad`),
        beedigdeVerklaringBloedverwantschap: data.has(`${rol}.beedigdeVerklaringBloedverwantschap`),
      });
      void wijzig(plek, async () => (await voerUit(DoeMeldingDocument, { id: z.id, versie: z.versie, verklaringen: [verklaring("PARTNER1"), verklaring("PARTNER2")] })).doeMelding, opnieuw(z))
        .then((n) => klaar(n, "Uw melding is ontvangen. De gemeente beoordeelt haar."));
    }));
};

const betalen: Stap = (z) => {
  if (z.status !== "GOEDGEKEURD" || z.betaling?.status === "BETAALD" || z.prijs.totaal.centen === 0 || !ik(z)) return null;
  const plek = h("div", { "aria-live": "polite" });
  return sectie("Betalen", "betalen",
    alinea(`De melding is goedgekeurd. Betaal ${z.prijs.totaal.weergave}${z.verlooptOp ? ` vóór ${datumTijd(z.verlooptOp)} uur` : ""}; daarna bevestigt u het huwelijk.`),
    z.betaling?.status === "MISLUKT" ? alinea("Uw vorige betaling is niet gelukt. U kunt het opnieuw proberen.") : null,
    knop("Betalen", () => void (async () => {
      plek.replaceChildren(alinea("U gaat naar de betaalpagina…"));
      const r = (await voerUit(StartBetalingDocument, { id: z.id, versie: z.versie })).startBetaling;
      if (r.__typename === "BetalingGestart") {
        // The return page waits for an outcome other than this earlier one.
        sessionStorage.setItem(`trouwgraph:vorige-betaling:${z.id}`, z.betaling?.referentie ?? "");
        location.assign(r.checkoutUrl);
      }
      else await wijzig(plek, async () => r, opnieuw(z));
    })()),
    plek);
};

const bevestigen: Stap = (z) => {
  const betaald = z.betaling?.status === "BETAALD" || z.prijs.totaal.centen === 0;
  if (!mag(z, "BEVESTIG") || !betaald || !ik(z)) return null;
  const plek = h("div", { "aria-live": "polite" });
  return sectie("Bevestigen", "bevestigen",
    alinea("Alles is geregeld. Bevestig uw huwelijk of partnerschap."),
    knop("Bevestigen", () => void wijzig(plek, async () => (await voerUit(BevestigDocument, { id: z.id, versie: z.versie })).bevestig, opnieuw(z))
      .then((n) => klaar(n, "Uw huwelijk of partnerschap is bevestigd. Tot op de dag zelf!"))),
    plek);
};

const annuleren: Stap = (z) => {
  if (!mag(z, "ANNULEER") || !ik(z)) return null;
  const reden = h("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea", name: "reden", rows: 3, required: true });
  return sectie("Annuleren", "annuleren",
    alinea("Wilt u niet meer trouwen op dit moment? Annuleer dan. Na de melding kan de gemeente kosten rekenen."),
    formulier("Annuleren", [veld("Waarom annuleert u?", reden)], (data, plek) =>
      void wijzig(plek, async () => (await voerUit(AnnuleerDocument, { id: z.id, versie: z.versie, reden: String(data.get("reden")) })).annuleer, opnieuw(z))
        .then((n) => klaar(n, "Uw huwelijk of partnerschap is geannuleerd."))));
};

const STAPPEN: Stap[] = [instemmen, uitnodigen, getuigen, ambtenaar, locatie, melding, betalen, bevestigen, naamgebruik, annuleren];

export async function zaak(id: string): Promise<void> {
  const toon = beginPagina();
  const [{ huwelijk: z }, aanbod] = await Promise.all([voerUit(HuwelijkDocument, { id }), voerUit(AanbodDocument)]);
  toon("Uw huwelijk of partnerschap",
    kop(1, "Uw huwelijk of partnerschap"),
    ...[neemBericht(), samenvatting(z), partners(z), toetsing(z), prijs(z), ...STAPPEN.map((s) => s(z, aanbod))].filter((n): n is HTMLElement => n !== null),
    h("p", { class: "utrecht-paragraph" }, h("a", { class: "utrecht-link", href: "#/" }, "Terug naar uw overzicht")));
}
