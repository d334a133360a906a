// Staff: one case with its history and check results; record a declaration given at the desk,
// approve or reject the notice, register a desk payment, cancel, mark the ceremony held. Each
// action is offered as the API's `mogelijkeMutaties` offers it to the signed-in staff member.

import { ga, kan, meldNaNavigatie, neemBericht, sectie, beginPagina, wijzig, type Huwelijk } from "../app";
import { voerUit } from "../api";
import { alinea, datumTijd, h, knop, kop, tekstvak, veld, verzendknop, vinkje } from "../dom";
import {
  AnnuleerDocument, BeoordeelMeldingDocument, HuwelijkDossierDocument, MarkeerVoltrokkenDocument, RegistreerBetalingDocument,
  RegistreerVerklaringDocument, type HuwelijkDossierQuery, type Partnerrol, type VerklaringInvoer,
} from "../gql/graphql";
import { GEBEURTENIS, ROL, STATUS } from "../teksten";
import { partners, prijs, samenvatting, toetsing } from "../zaakweergave";
import { verklaringUit } from "../verklaring";

type Dossier = HuwelijkDossierQuery["huwelijk"];

function klaar(z: Huwelijk | null, tekst: string): void {
  if (!z) return;
  meldNaNavigatie(tekst);
  ga(`#/medewerker/zaak/${z.id}`);
}

const opnieuw = (z: Dossier) => ({ tekst: "Gegevens opnieuw laden", doe: () => ga(`#/medewerker/zaak/${z.id}`) });

function formulier(knoptekst: string, velden: Node[], verstuur: (data: FormData, plek: HTMLElement) => void, soort: "primary-action" | "secondary-action" = "primary-action"): HTMLElement {
  const plek = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "utrecht-form" }, ...velden, verzendknop(knoptekst, soort), plek);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    verstuur(new FormData(form), plek);
  });
  return form;
}

function beoordelen(z: Dossier): HTMLElement | null {
  if (!kan(z, "beoordeelMelding")) return null;
  const plek = h("div", { "aria-live": "polite" });
  const reden = h("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea", name: "reden", rows: 3 });
  const beoordeel = (goedgekeurd: boolean) => {
    const tekst = reden.value.trim();
    if (!goedgekeurd && !tekst) {
      plek.replaceChildren(h("p", { class: "utrecht-form-field-error-message", role: "alert" }, "Geef een reden om de melding af te wijzen."));
      reden.focus();
      return;
    }
    void wijzig(plek, async () => (await voerUit(BeoordeelMeldingDocument, { id: z.id, versie: z.versie, goedgekeurd, reden: tekst || null })).beoordeelMelding, opnieuw(z))
      .then((n) => klaar(n, goedgekeurd ? "De melding is goedgekeurd." : "De melding is afgewezen."));
  };
  return sectie("Melding beoordelen", "beoordelen",
    alinea("Bekijk de resultaten van de toetsing en de verklaringen. Keur de melding goed of wijs haar af met een reden."),
    veld("Reden (verplicht bij afwijzen)", reden),
    h("div", { class: "utrecht-button-group" },
      knop("Melding goedkeuren", () => beoordeel(true)),
      knop("Melding afwijzen", () => beoordeel(false), "secondary-action")),
    plek);
}

function baliebetaling(z: Dossier): HTMLElement | null {
  if (!kan(z, "registreerBetaling")) return null;
  return sectie("Betaling aan de balie", "balie",
    formulier("Betaling vastleggen", [
      veld("Bedrag in euro", tekstvak("bedrag", { inputmode: "decimal", value: (z.prijs.totaal.centen / 100).toFixed(2).replace(".", ","), required: true })),
      veld("Referentie (bonnummer)", tekstvak("referentie", { required: true, autocomplete: "off" })),
    ], (data, plek) => {
      const centen = Math.round(Number.parseFloat(String(data.get("bedrag")).replace(",", ".")) * 100);
      void wijzig(plek, async () => (await voerUit(RegistreerBetalingDocument, { id: z.id, versie: z.versie, bedragInCenten: centen, referentie: String(data.get("referentie")).trim() })).registreerBetaling, opnieuw(z))
        .then((n) => klaar(n, "De betaling is vastgelegd."));
    }));
}

function voltrekken(z: Dossier): HTMLElement | null {
  if (!kan(z, "markeerVoltrokken")) return null;
  const plek = h("div", { "aria-live": "polite" });
  return sectie("Ceremonie", "voltrekken", alinea("Is de ceremonie voltrokken? Leg dat hier vast."),
    knop("Markeer als voltrokken", () => void wijzig(plek, async () => (await voerUit(MarkeerVoltrokkenDocument, { id: z.id, versie: z.versie })).markeerVoltrokken, opnieuw(z))
      .then((n) => klaar(n, "De ceremonie is als voltrokken vastgelegd."))), plek);
}

function annuleren(z: Dossier): HTMLElement | null {
  if (!kan(z, "annuleer")) return null;
  const reden = h("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea", name: "reden", rows: 3, required: true });
  return sectie("Annuleren", "annuleren",
    formulier("Huwelijk annuleren", [veld("Reden van annuleren", reden)], (data, plek) =>
      void wijzig(plek, async () => (await voerUit(AnnuleerDocument, { id: z.id, versie: z.versie, reden: String(data.get("reden")) })).annuleer, opnieuw(z))
        .then((n) => klaar(n, "Het huwelijk is geannuleerd.")), "secondary-action"));
}

function historie(z: Dossier): HTMLElement {
  return sectie("Historie", "historie", h("table", { class: "utrecht-table" },
    h("caption", { class: "utrecht-table__caption" }, "Elke wijziging van deze zaak"),
    h("thead", { class: "utrecht-table__header" }, h("tr", { class: "utrecht-table__row" },
      ...["Wanneer", "Door", "Wat", "Status", "Reden"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)))),
    h("tbody", { class: "utrecht-table__body" }, ...z.historie.map((w) => h("tr", { class: "utrecht-table__row" },
      h("td", { class: "utrecht-table__cell" }, datumTijd(w.op)),
      h("td", { class: "utrecht-table__cell" }, w.door),
      h("td", { class: "utrecht-table__cell" }, w.gebeurtenis ? GEBEURTENIS[w.gebeurtenis] : ""),
      h("td", { class: "utrecht-table__cell" }, `${w.van ? `${STATUS[w.van]} → ` : ""}${STATUS[w.naar]}`),
      h("td", { class: "utrecht-table__cell" }, w.reden ?? ""))))));
}

function verklaringen(z: Dossier): HTMLElement | null {
  // The notice's declarations; before the notice, those the partners gave so far.
  const lijst = z.melding?.verklaringen ?? z.partners.flatMap((p) => (p.verklaring ? [p.verklaring] : []));
  if (lijst.length === 0) return null;
  const jaNee = (b: boolean) => (b ? "ja" : "nee");
  return sectie("Verklaringen", "verklaringen", h("ul", { class: "utrecht-unordered-list" },
    ...lijst.map((v) => h("li", { class: "utrecht-unordered-list__item" },
      `${ROL[v.rol]}${v.aanBalie ? " (aan de balie)" : ""}: naar waarheid ${jaNee(v.gegevensNaarWaarheid)}, niet elders gehuwd ${jaNee(v.nietEldersGehuwd)}, niet alleen voor verblijf ${jaNee(v.nietUitsluitendVoorVerblijf)}, bloedverwant 3e/4e graad ${jaNee(v.bloedverwantDerdeOfVierdeGraad)}, beëdigde verklaring ${jaNee(v.beedigdeVerklaringBloedverwantschap)}`))));
}

const BALIEVERKLARINGEN: [keyof VerklaringInvoer, string][] = [
  ["gegevensNaarWaarheid", "De gegevens zijn naar waarheid ingevuld"],
  ["nietEldersGehuwd", "Niet getrouwd en geen geregistreerd partnerschap (ook niet in het buitenland)"],
  ["nietUitsluitendVoorVerblijf", "Niet alleen om een verblijfsvergunning te krijgen"],
  ["bloedverwantDerdeOfVierdeGraad", "Bloedverwant van de partner in de derde of vierde graad"],
  ["beedigdeVerklaringBloedverwantschap", "Beëdigde verklaring over de bloedverwantschap"],
];

function balieverklaring(z: Dossier): HTMLElement | null {
  if (!kan(z, "registreerVerklaring")) return null;
  const nogNiet = z.partners.filter((p) => !p.verklaardOp && p.instemming.status === "VERLEEND");
  const keuze = h("select", { class: "utrecht-select utrecht-select--html-select", name: "partner" },
    ...z.partners.filter((p) => p.instemming.status === "VERLEEND").map((p) =>
      h("option", { value: p.rol, selected: p === nogNiet[0] }, `${ROL[p.rol]}${p.verklaardOp ? " (heeft al verklaard)" : ""}`)));
  return sectie("Verklaring aan de balie", "balieverklaring",
    alinea("Legde een partner de verklaring aan de balie af? Leg die hier vast. De historie noemt u als medewerker."),
    formulier("Verklaring vastleggen", [
      veld("Voor welke partner", keuze),
      h("fieldset", { class: "utrecht-form-fieldset" },
        h("legend", { class: "utrecht-form-fieldset__legend" }, "De partner verklaart"),
        ...BALIEVERKLARINGEN.map(([naam, tekst]) => vinkje(tekst, naam))),
    ], (data, plek) => {
      const invoer = verklaringUit(data);
      const partner = String(data.get("partner")) as Partnerrol;
      void wijzig(plek, async () => (await voerUit(RegistreerVerklaringDocument, { id: z.id, versie: z.versie, partner, verklaring: invoer })).registreerVerklaring, opnieuw(z))
        .then((n) => klaar(n, `De verklaring van ${ROL[partner].toLowerCase()} is vastgelegd.`));
    }));
}

export async function dossier(id: string): Promise<void> {
  const toon = beginPagina();
  const { huwelijk: z } = await voerUit(HuwelijkDossierDocument, { id });
  toon("Zaak", kop(1, `Zaak van ${datumTijd(z.moment.start)}`),
    ...[neemBericht(), samenvatting(z), partners(z), toetsing(z), verklaringen(z), prijs(z),
      balieverklaring(z), beoordelen(z), baliebetaling(z), voltrekken(z), annuleren(z), historie(z)].filter((n): n is HTMLElement => n !== null),
    h("p", { class: "utrecht-paragraph" }, h("a", { class: "utrecht-link", href: "#/medewerker" }, "Terug naar de lijst")));
}
