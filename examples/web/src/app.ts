// The app shell: the page area, navigation between routes, and running a change of a case.

import { ApiFout } from "./api";
import type { AppConfig } from "./config";
import { alinea, h, knop } from "./dom";
import { melding, probleemMelding, type Probleem } from "./fouten";
import type { HuwelijkVeldenFragment } from "./gql/graphql";
import { uitlogUrl } from "./oidc";
import { huidigeSessie, opslagsleutel, uitloggen } from "./sessie";

export type Huwelijk = HuwelijkVeldenFragment;

/** Whether the signed-in person may call `mutatie` on the case now (`mogelijkeMutaties`). */
export const kan = (z: Pick<Huwelijk, "mogelijkeMutaties">, mutatie: string): boolean =>
  z.mogelijkeMutaties.some((m) => m.mutatie === mutatie);

let config: AppConfig;
let herteken: () => void = () => undefined;

export function zetConfig(c: AppConfig, opnieuw: () => void): void {
  config = c;
  herteken = opnieuw;
}

export const appConfig = (): AppConfig => config;

/** Go to an app route ("#/..."). */
export function ga(route: string): void {
  if (location.hash === route) herteken();
  else location.hash = route;
}

let actueel = 0;

/** Start rendering a page: the returned `toon` shows it only while no later navigation began
 * (a slow answer for an earlier page must not overwrite the current one). */
export function beginPagina(): (titel: string, ...inhoud: Node[]) => void {
  const mijn = ++actueel;
  return (titel, ...inhoud) => {
    if (mijn === actueel) toon(titel, ...inhoud);
  };
}

/** Replace the page's content; the first heading gets focus so a screen reader announces it. */
function toon(titel: string, ...inhoud: Node[]): void {
  const pagina = document.getElementById("pagina")!;
  pagina.replaceChildren(...inhoud);
  document.title = `${titel} - Gemeente ${config.naam}`;
  const kop = pagina.querySelector<HTMLElement>("h1");
  kop?.focus({ preventScroll: false });
  toonAccount();
}

export function toonAccount(): void {
  const nav = document.getElementById("account")!;
  const sessie = huidigeSessie();
  if (!sessie) {
    nav.replaceChildren();
    return;
  }
  nav.replaceChildren(
    h("span", { class: "app-ingelogd" }, `Ingelogd als ${sessie.naam}`),
    Object.assign(knop("Uitloggen", () => {
      // With OpenID Connect, end the session at the provider too (it sends the person back).
      const bijProvider = config.oidc ? uitlogUrl(config.oidc, sessie) : null;
      uitloggen();
      sessionStorage.setItem(opslagsleutel("uitgelogd"), "1");
      if (bijProvider) location.assign(bijProvider);
      else ga("#/inloggen");
    }, "subtle"), { className: "utrecht-button utrecht-button--subtle app-uitloggen" }),
  );
}

/** A failure of the API itself (not an expected result): the message and a way forward. */
export function toonFout(fout: unknown): void {
  if (fout instanceof ApiFout && fout.opnieuwInloggen) {
    uitloggen();
    toon("Opnieuw inloggen", h("h1", { class: "utrecht-heading-1", tabindex: -1 }, "Opnieuw inloggen"),
      melding("warning", fout.message), knop("Naar inloggen", () => ga("#/inloggen")));
    return;
  }
  const tekst = fout instanceof ApiFout ? fout.message : "Er ging iets mis. Probeer het later opnieuw.";
  toon("Er ging iets mis", h("h1", { class: "utrecht-heading-1", tabindex: -1 }, "Er ging iets mis"),
    melding("error", tekst), knop("Opnieuw proberen", () => herteken()));
}

type Resultaat = { __typename: string; huwelijk?: Huwelijk };

/** Run a change; show a refused one with its way forward in `plek` and return null. */
export async function wijzig(
  plek: HTMLElement,
  verzoek: () => Promise<Resultaat>,
  bijProbleem?: { tekst: string; doe: () => void },
): Promise<Huwelijk | null> {
  plek.replaceChildren(alinea("Bezig…"));
  let resultaat: Resultaat;
  try {
    resultaat = await verzoek();
  } catch (fout) {
    plek.replaceChildren(melding("error", fout instanceof ApiFout ? fout.message : "Er ging iets mis. Probeer het opnieuw."));
    return null;
  }
  if (resultaat.__typename === "HuwelijkGewijzigd" || resultaat.__typename === "BetalingGestart") {
    plek.replaceChildren();
    return resultaat.huwelijk ?? null;
  }
  plek.replaceChildren(probleemMelding(resultaat as unknown as Probleem, bijProbleem));
  plek.querySelector<HTMLElement>("[role=alert]")?.focus();
  return null;
}

let bericht: string | null = null;

/** A confirmation the next page shows at its top (once). */
export function meldNaNavigatie(tekst: string): void {
  bericht = tekst;
}

export function neemBericht(): HTMLElement | null {
  const tekst = bericht;
  bericht = null;
  return tekst ? melding("ok", tekst) : null;
}

/** A titled section of a page. */
export function sectie(titel: string, id: string, ...inhoud: (Node | null)[]): HTMLElement {
  return h("section", { class: "app-sectie", "aria-labelledby": id },
    h("h2", { class: "utrecht-heading-2", id }, titel), ...inhoud.filter((n): n is Node => n !== null));
}
