// Start: read the municipality's configuration, apply its theme, finish a login or a payment
// return, then show the route in the address bar's fragment (#/...).

import "@utrecht/component-library-css/dist/index.css";
import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "./thema.css";
import "./app.css";

import { toonFout, zetConfig } from "./app";
import { zetEndpoint } from "./api";
import { laadConfig, type AppConfig } from "./config";
import { rondLoginAf, ververs } from "./oidc";
import { betaald } from "./paginas/betaald";
import { dossier } from "./paginas/dossier";
import { inloggen } from "./paginas/inloggen";
import { medewerker } from "./paginas/medewerker";
import { overzicht } from "./paginas/overzicht";
import { plannen } from "./paginas/plannen";
import { zaak } from "./paginas/zaak";
import { bewaarSessie, huidigeSessie, kiesGemeente, zetVerversing } from "./sessie";

async function route(): Promise<void> {
  const pad = location.hash.replace(/^#/, "") || "/";
  const sessie = huidigeSessie();
  const [, eerste, tweede, derde] = pad.split("/");
  const hash = location.hash;
  if (!sessie) {
    inloggen(`#${pad}`);
    return;
  }
  try {
    if (eerste === "inloggen") inloggen();
    else if (eerste === "medewerker" && tweede === "zaak" && derde) await dossier(derde);
    else if (eerste === "medewerker") await medewerker();
    else if (eerste === "plannen") await plannen();
    else if (eerste === "zaak" && tweede) await zaak(tweede);
    else if (eerste === "betaald" && tweede) await betaald(tweede);
    else if (sessie.rol === "medewerker") await medewerker();
    else await overzicht();
  } catch (fout) {
    if (location.hash === hash) toonFout(fout);
  }
}

function pasThemaToe(config: AppConfig): void {
  document.documentElement.classList.add(`${config.thema}-theme`);
  document.getElementById("gemeente")!.textContent = `Gemeente ${config.naam}`;
  document.getElementById("voet")!.textContent = `Gemeente ${config.naam} - Trouwen en geregistreerd partnerschap`;
}

async function start(): Promise<void> {
  const config = await laadConfig();
  kiesGemeente(config.gemeentecode);
  zetEndpoint(config.graphql);
  zetConfig(config, () => void route());
  pasThemaToe(config);
  const oidc = config.oidc;
  if (oidc) zetVerversing((sessie) => ververs(oidc, sessie));
  const query = new URLSearchParams(location.search);
  const terugVanBetaling = query.get("betaald");
  if (terugVanBetaling) {
    history.replaceState(null, "", `${location.pathname}#/betaald/${encodeURIComponent(terugVanBetaling)}`);
  } else if (oidc && (query.has("code") || query.has("error"))) {
    // The code leaves the address bar (and the history) before anything else runs.
    history.replaceState(null, "", location.pathname);
    try {
      const login = await rondLoginAf(oidc, query);
      if (login) {
        bewaarSessie(login.sessie);
        history.replaceState(null, "", `${location.pathname}${login.na}`);
      }
    } catch (fout) {
      inloggen("#/", fout instanceof Error ? fout.message : undefined);
      window.addEventListener("hashchange", () => void route());
      return;
    }
  }
  window.addEventListener("hashchange", () => void route());
  await route();
}

void start();
