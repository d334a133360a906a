// Staff: the case list with filters and paging.

import { ga, beginPagina } from "../app";
import { voerUit } from "../api";
import { alinea, datumTijd, h, knop, kop, veld, verzendknop } from "../dom";
import { HuwelijkenDocument, type HuwelijkenFilter, type Status } from "../gql/graphql";
import { MELDINGSTATUS, SOORT, STATUS } from "../teksten";

const PAGINA = 10;

interface Zoekopdracht {
  filter: HuwelijkenFilter;
  cursors: (string | null)[];
}

let laatste: Zoekopdracht = { filter: {}, cursors: [null] };

export async function medewerker(): Promise<void> {
  const toon = beginPagina();
  const status = h("select", { class: "utrecht-select utrecht-select--html-select", name: "status" },
    h("option", { value: "" }, "Alle statussen"),
    ...(Object.keys(STATUS) as Status[]).map((s) => h("option", { value: s, selected: laatste.filter.status?.[0] === s }, STATUS[s])));
  const van = h("input", { type: "date", class: "utrecht-textbox utrecht-textbox--html-input", name: "van" });
  const tot = h("input", { type: "date", class: "utrecht-textbox utrecht-textbox--html-input", name: "tot" });
  const form = h("form", { class: "utrecht-form app-filters", role: "search", "aria-label": "Huwelijken zoeken" },
    veld("Status", status), veld("Ceremonie vanaf", van), veld("Ceremonie vóór", tot), verzendknop("Zoeken"));
  const lijst = h("div", { "aria-live": "polite" });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const filter: HuwelijkenFilter = {};
    if (data.get("status")) filter.status = [String(data.get("status")) as Status];
    if (data.get("van")) filter.van = new Date(`${String(data.get("van"))}T00:00:00`).toISOString();
    if (data.get("tot")) filter.tot = new Date(`${String(data.get("tot"))}T00:00:00`).toISOString();
    laatste = { filter, cursors: [null] };
    void pagina(lijst);
  });
  toon("Huwelijken", kop(1, "Huwelijken en partnerschappen"), form, lijst);
  await pagina(lijst);
}

async function pagina(plek: HTMLElement): Promise<void> {
  const after = laatste.cursors.at(-1) ?? null;
  const { huwelijken } = await voerUit(HuwelijkenDocument, { filter: laatste.filter, first: PAGINA, after });
  const nummer = laatste.cursors.length;
  const rijen = huwelijken.edges.map(({ node: z }) => h("tr", { class: "utrecht-table__row" },
    h("td", { class: "utrecht-table__cell" }, h("a", { class: "utrecht-link", href: `#/medewerker/zaak/${z.id}` }, `${datumTijd(z.moment.start)}`)),
    h("td", { class: "utrecht-table__cell" }, SOORT[z.soort]),
    h("td", { class: "utrecht-table__cell" }, z.ceremonie.naam),
    h("td", { class: "utrecht-table__cell" }, z.locatie.locatie?.naam ?? "Eigen locatie"),
    h("td", { class: "utrecht-table__cell" }, STATUS[z.status]),
    h("td", { class: "utrecht-table__cell" }, z.melding ? MELDINGSTATUS[z.melding.status] : "Nog geen melding")));
  const navigatie = h("nav", { class: "utrecht-pagination", "aria-label": "Paginering" },
    nummer > 1 ? knop("Vorige pagina", () => { laatste.cursors.pop(); void pagina(plek); }, "secondary-action") : null,
    h("span", { class: "app-paginanummer" }, ` Pagina ${nummer} van ${Math.max(1, Math.ceil(huwelijken.totalCount / PAGINA))} `),
    huwelijken.pageInfo.hasNextPage ? knop("Volgende pagina", () => { laatste.cursors.push(huwelijken.pageInfo.endCursor); void pagina(plek); }, "secondary-action") : null);
  plek.replaceChildren(
    alinea(`${huwelijken.totalCount} gevonden.`),
    rijen.length === 0 ? alinea("Geen huwelijken die aan uw zoekopdracht voldoen.") : h("div", { class: "utrecht-table-container" }, h("table", { class: "utrecht-table" },
      h("caption", { class: "utrecht-table__caption" }, "Huwelijken op volgorde van datum"),
      h("thead", { class: "utrecht-table__header" }, h("tr", { class: "utrecht-table__row" },
        ...["Datum en tijd", "Soort", "Ceremonie", "Locatie", "Status", "Melding"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)))),
      h("tbody", { class: "utrecht-table__body" }, ...rijen))),
    navigatie);
}

export const naarLijst = (): void => ga("#/medewerker");
