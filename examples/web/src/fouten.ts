// Showing a refused change: the API's Dutch message, and what the person can do next.

import { alinea, h, knop } from "./dom";
import type { Uitkomst } from "./gql/graphql";
import { UITKOMST } from "./teksten";

export interface Probleem {
  __typename: string;
  code: string;
  melding: string;
  huidigeVersie?: number;
  toetsing?: { uitkomst: Uitkomst; reden: string }[];
}

/** What the person can do after a problem of this type. */
const VERVOLG: Record<string, string> = {
  VersieConflict: "Iemand anders heeft de gegevens intussen gewijzigd. Wij hebben ze opnieuw geladen; bekijk ze en probeer het nog eens.",
  SlotBezet: "Kies een ander moment, een andere locatie of een andere trouwambtenaar.",
  TermijnVerstreken: "Neem contact op met de gemeente als u toch iets wilt wijzigen.",
  OngeldigeStatus: "Wij hebben de gegevens opnieuw geladen, zodat u ziet wat nu kan.",
  NietToegestaan: "Log in als de juiste persoon, of neem contact op met de gemeente.",
  NietGevonden: "Ga terug naar uw overzicht.",
  OngeldigeInvoer: "Pas uw invoer aan en probeer het opnieuw.",
  EigenLocatieAfgewezen: "Controleer het adres, of kies een locatie van de gemeente.",
  VerklaringOntbreekt: "Elke partner legt de eigen verklaring af, met de eigen inlog. Daarna kan de melding.",
  BeletselGevonden: "Zo kan het huwelijk niet doorgaan. Neem contact op met de gemeente als u denkt dat dit niet klopt.",
};

/** An alert for a problem, with the way forward and an optional action. */
export function probleemMelding(probleem: Probleem, actie?: { tekst: string; doe: () => void }): HTMLElement {
  const inhoud: Node[] = [
    h("h2", { class: "utrecht-heading-3" }, "Dat is niet gelukt"),
    alinea(probleem.melding),
  ];
  const vervolg = VERVOLG[probleem.__typename];
  if (vervolg) inhoud.push(alinea(vervolg));
  if (probleem.__typename === "BeletselGevonden" && probleem.toetsing) {
    inhoud.push(
      h("ul", { class: "utrecht-unordered-list" },
        ...probleem.toetsing
          .filter((t) => t.uitkomst !== "VOLDAAN")
          .map((t) => h("li", { class: "utrecht-unordered-list__item" }, `${UITKOMST[t.uitkomst]}: ${t.reden}`))),
    );
  }
  if (actie) inhoud.push(knop(actie.tekst, actie.doe, "secondary-action"));
  return melding("error", inhoud);
}

export function melding(soort: "error" | "info" | "ok" | "warning", inhoud: Node[] | string): HTMLElement {
  const rol = soort === "error" ? "alert" : "status";
  return h(
    "div",
    { class: `utrecht-alert utrecht-alert--${soort}`, role: rol },
    h("div", { class: "utrecht-alert__content" },
      h("div", { class: "utrecht-alert__message" }, ...(typeof inhoud === "string" ? [alinea(inhoud)] : inhoud))),
  );
}
