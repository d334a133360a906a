// Planning: the kind of ceremony with its price, the free moments, and the reservation.

import { ga, beginPagina, wijzig } from "../app";
import { voerUit } from "../api";
import { alinea, datum, h, isoDag, kop, tijd, uniekId, veld, verzendknop } from "../dom";
import { AanbodDocument, BeschikbaarheidDocument, ReserveerDocument, type AanbodQuery, type Verbintenissoort } from "../gql/graphql";
import { SOORT } from "../teksten";

const DAGEN = 7;

function radio(naam: string, waarde: string, label: string, aan: boolean, uitleg?: string): HTMLElement {
  const id = uniekId(naam);
  return h("div", { class: "utrecht-form-field utrecht-form-field--radio" },
    h("div", { class: "utrecht-form-field__input" },
      h("input", { type: "radio", class: "utrecht-radio-button utrecht-radio-button--html-input", name: naam, id, value: waarde, checked: aan, required: true })),
    h("div", { class: "utrecht-form-field__label utrecht-form-field__label--radio" },
      h("label", { class: "utrecht-form-label utrecht-form-label--radio", for: id }, label),
      uitleg ? h("div", { class: "utrecht-form-field-description" }, uitleg) : null));
}

function keuzegroep(legenda: string, ...opties: HTMLElement[]): HTMLElement {
  return h("fieldset", { class: "utrecht-form-fieldset" },
    h("legend", { class: "utrecht-form-fieldset__legend" }, legenda), ...opties);
}

export async function plannen(): Promise<void> {
  const toon = beginPagina();
  const aanbod = await voerUit(AanbodDocument);
  const eerste = new Date(Date.now() + 21 * 86400_000);
  const vanaf = h("input", { type: "date", class: "utrecht-textbox utrecht-textbox--html-input", name: "vanaf", value: isoDag(eerste), required: true });
  const locatie = h("select", { class: "utrecht-select utrecht-select--html-select", name: "locatie" },
    h("option", { value: "" }, "Alle locaties"),
    ...aanbod.locaties.map((l) => h("option", { value: l.id }, l.naam)));
  const zoekform = h("form", { class: "utrecht-form", novalidate: false },
    keuzegroep("Wat wilt u?", ...(["HUWELIJK", "GEREGISTREERD_PARTNERSCHAP", "OMZETTING"] as Verbintenissoort[])
      .map((s, i) => radio("soort", s, SOORT[s], i === 0))),
    keuzegroep("Welke ceremonie?", ...aanbod.ceremonietypen.map((c, i) =>
      radio("ceremonietype", c.code, `${c.naam} (${c.prijs.weergave})`, i === 0, c.omschrijving))),
    veld("Vanaf welke datum zoekt u?", vanaf, `Wij tonen de vrije momenten van ${DAGEN} dagen.`),
    veld("Locatie", locatie),
    verzendknop("Vrije momenten zoeken"),
  );
  const resultaten = h("div", { "aria-live": "polite" });
  zoekform.addEventListener("submit", (e) => {
    e.preventDefault();
    void zoek(aanbod, new FormData(zoekform), resultaten);
  });
  toon("Plannen", kop(1, "Een huwelijk of partnerschap plannen"),
    alinea(`Kies wat u wilt en wanneer. U reserveert eerst voorlopig; daarna nodigt u uw partner uit.`),
    zoekform, resultaten);
}

async function zoek(aanbod: AanbodQuery, keuze: FormData, plek: HTMLElement): Promise<void> {
  const van = String(keuze.get("vanaf"));
  const tot = isoDag(new Date(new Date(`${van}T12:00:00Z`).getTime() + (DAGEN - 1) * 86400_000));
  const ceremonietype = String(keuze.get("ceremonietype"));
  plek.replaceChildren(alinea("Bezig met zoeken…"));
  const { beschikbaarheid } = await voerUit(BeschikbaarheidDocument, {
    van, tot, ceremonietype, locatie: String(keuze.get("locatie") || "") || null,
  });
  if (beschikbaarheid.length === 0) {
    plek.replaceChildren(kop(2, "Geen vrije momenten"), alinea("In deze periode is niets vrij. Kies een latere datum of een andere locatie."));
    return;
  }
  const perDag = new Map<string, typeof beschikbaarheid>();
  for (const slot of beschikbaarheid) {
    const dag = isoDag(new Date(slot.start));
    perDag.set(dag, [...(perDag.get(dag) ?? []), slot]);
  }
  const form = h("form", { class: "utrecht-form" },
    kop(2, "Kies een moment"),
    ...[...perDag.values()].map((slots) => keuzegroep(datum(slots[0]!.start),
      ...slots.map((s) => radio("slot", `${s.start}|${s.locatie.id}`, `${tijd(s.start)} uur, ${s.locatie.naam}, ${s.prijs.weergave}`, false)))),
    aanbod.extras.length > 0
      ? keuzegroep("Extra's (niet verplicht)", ...aanbod.extras.map((x) => {
        const id = uniekId("extra");
        return h("div", { class: "utrecht-form-field utrecht-form-field--checkbox" },
          h("div", { class: "utrecht-form-field__input" },
            h("input", { type: "checkbox", class: "utrecht-checkbox utrecht-checkbox--html-input", name: "extra", value: x.code, id })),
          h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, `${x.naam} (${x.prijs.weergave})`)));
      }))
      : null,
    verzendknop("Voorlopig reserveren"),
  );
  const uitkomst = h("div");
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const gekozen = new FormData(form);
    const [start, locatieId] = String(gekozen.get("slot") ?? "").split("|");
    if (!start || !locatieId) return;
    void wijzig(uitkomst, async () => (await voerUit(ReserveerDocument, {
      invoer: {
        soort: String(keuze.get("soort")) as Verbintenissoort,
        ceremonietype,
        start,
        locatie: { locatieId },
        ambtenaar: { toegewezen: true },
        extras: gekozen.getAll("extra").map(String),
      },
    })).reserveer, { tekst: "Opnieuw zoeken", doe: () => void zoek(aanbod, keuze, plek) }).then((huwelijk) => {
      if (huwelijk) ga(`#/zaak/${huwelijk.id}`);
    });
  });
  plek.replaceChildren(form, uitkomst);
}
