// A case as both the couple and staff read it: the summary, the price, the check results.

import type { Huwelijk } from "./app";
import { datumTijd, gegevens, h, kop } from "./dom";
import { BETAALSTATUS, BETREFT, INSTEMMING, MELDINGSTATUS, REGEL, ROL, SOORT, STATUS, UITKOMST } from "./teksten";

export function locatieTekst(z: Huwelijk): string {
  const l = z.locatie;
  if (l.locatie) return `${l.locatie.naam}, ${l.locatie.adres}`;
  if (l.adres) return `Eigen locatie: ${l.adres.straat} ${l.adres.huisnummer}${l.adres.huisletter ?? ""}${l.adres.toevoeging ? `-${l.adres.toevoeging}` : ""}, ${l.adres.postcode} ${l.adres.woonplaats}`;
  return `Eigen locatie: ${l.omschrijving ?? ""}`;
}

export function ambtenaarTekst(z: Huwelijk): string {
  const a = z.ambtenaar;
  if (a.keuze === "EIGEN") return `Eigen trouwambtenaar: ${a.eigenBabs?.naam ?? ""}`;
  if (a.keuze === "KEUZE") return `Gekozen: ${a.ambtenaar?.naam ?? ""}`;
  return a.ambtenaar ? `Toegewezen door de gemeente: ${a.ambtenaar.naam}` : "De gemeente wijst een trouwambtenaar toe";
}

export function samenvatting(z: Huwelijk): HTMLElement {
  const rijen: [string, string | Node][] = [
    ["Status", h("span", { class: "utrecht-badge-status app-status", "data-status": z.status }, STATUS[z.status])],
    ["Soort", SOORT[z.soort]],
    ["Ceremonie", z.ceremonie.naam],
    ["Datum en tijd", `${datumTijd(z.moment.start)} uur`],
    ["Locatie", locatieTekst(z)],
    ["Trouwambtenaar", ambtenaarTekst(z)],
  ];
  if (z.verlooptOp) rijen.push(["Geldig tot", `${datumTijd(z.verlooptOp)} uur`]);
  if (z.melding) rijen.push(["Melding", `${MELDINGSTATUS[z.melding.status]}${z.melding.reden ? `: ${z.melding.reden}` : ""}`]);
  if (z.betaling) rijen.push(["Betaling", `${BETAALSTATUS[z.betaling.status]} (${z.betaling.bedrag.weergave})`]);
  return h("section", { class: "app-sectie", "aria-labelledby": "samenvatting" }, kop(2, "Gegevens", "samenvatting"), gegevens(rijen));
}

export function partners(z: Huwelijk): HTMLElement {
  return h("section", { class: "app-sectie", "aria-labelledby": "partners" }, kop(2, "Partners", "partners"),
    h("ul", { class: "utrecht-unordered-list" },
      ...z.partners.map((p) => h("li", { class: "utrecht-unordered-list__item" },
        `${ROL[p.rol]}${p.isIk ? " (u)" : ""}: ${INSTEMMING[p.instemming.status]}; ${p.verklaardOp ? `verklaring afgelegd op ${datumTijd(p.verklaardOp)} uur${p.verklaring?.aanBalie ? " (aan de balie)" : ""}` : "verklaring nog niet afgelegd"}`))),
    z.getuigen.length > 0
      ? h("div", {}, kop(3, "Getuigen"),
        h("ul", { class: "utrecht-unordered-list" }, ...z.getuigen.map((g) => h("li", { class: "utrecht-unordered-list__item" },
          `Getuige ${g.volgnummer}: ${g.gemeentelijk ? "getuige van de gemeente" : `BSN ${g.burgerservicenummer ?? ""}`}`))))
      : null);
}

export function prijs(z: Huwelijk): HTMLElement {
  return h("section", { class: "app-sectie", "aria-labelledby": "prijs" }, kop(2, "Kosten", "prijs"),
    h("table", { class: "utrecht-table" },
      h("caption", { class: "utrecht-table__caption" }, "Wat het kost"),
      h("thead", { class: "utrecht-table__header" }, h("tr", { class: "utrecht-table__row" },
        h("th", { class: "utrecht-table__header-cell", scope: "col" }, "Onderdeel"),
        h("th", { class: "utrecht-table__header-cell utrecht-table__header-cell--numeric", scope: "col" }, "Bedrag"))),
      h("tbody", { class: "utrecht-table__body" },
        ...z.prijs.regels.map((r) => h("tr", { class: "utrecht-table__row" },
          h("td", { class: "utrecht-table__cell" }, r.omschrijving),
          h("td", { class: "utrecht-table__cell utrecht-table__cell--numeric" }, r.bedrag.weergave)))),
      h("tfoot", { class: "utrecht-table__footer" }, h("tr", { class: "utrecht-table__row" },
        h("th", { class: "utrecht-table__header-cell", scope: "row" }, "Totaal"),
        h("td", { class: "utrecht-table__cell utrecht-table__cell--numeric" }, z.prijs.totaal.weergave)))));
}

export function toetsing(z: Huwelijk): HTMLElement | null {
  if (z.toetsing.length === 0) return null;
  return h("section", { class: "app-sectie", "aria-labelledby": "toetsing" }, kop(2, "Resultaten van de toetsing", "toetsing"),
    h("table", { class: "utrecht-table" },
      h("caption", { class: "utrecht-table__caption" }, "Wat de gemeente heeft gecontroleerd"),
      h("thead", { class: "utrecht-table__header" }, h("tr", { class: "utrecht-table__row" },
        ...["Wie", "Controle", "Uitkomst", "Uitleg"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)))),
      h("tbody", { class: "utrecht-table__body" },
        ...z.toetsing.map((t) => h("tr", { class: "utrecht-table__row" },
          h("td", { class: "utrecht-table__cell" }, BETREFT[t.betreft]),
          h("td", { class: "utrecht-table__cell" }, REGEL[t.regel]),
          h("td", { class: "utrecht-table__cell" }, UITKOMST[t.uitkomst]),
          h("td", { class: "utrecht-table__cell" }, t.reden))))));
}
