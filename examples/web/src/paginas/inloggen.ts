// Signing in: in the demo, pick a test person (or staff); elsewhere the municipality's OIDC login.

import { appConfig, ga, beginPagina } from "../app";
import { alinea, h, knop, kop } from "../dom";
import { melding } from "../fouten";
import { startLogin } from "../oidc";
import { bewaarSessie, opslagsleutel, type Rol } from "../sessie";

async function demoLogin(rol: Rol, bsn: string | null, naam: string): Promise<void> {
  const config = appConfig();
  const demo = config.demo!;
  const body: Record<string, string> = { rol, gemeente: config.gemeentecode };
  if (bsn) body.bsn = bsn;
  const antwoord = await fetch(demo.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!antwoord.ok) throw new Error("inloggen mislukt");
  const token = (await antwoord.json()) as { access_token: string; expires_in: number };
  bewaarSessie({ token: token.access_token, rol, naam, verlooptOp: Date.now() + token.expires_in * 1000 });
  ga(rol === "medewerker" ? "#/medewerker" : "#/");
}

export function inloggen(na = "#/", fout?: string): void {
  const toon = beginPagina();
  const config = appConfig();
  const inhoud: Node[] = [kop(1, "Inloggen")];
  if (fout) inhoud.push(melding("error", fout));
  if (sessionStorage.getItem(opslagsleutel("uitgelogd"))) {
    sessionStorage.removeItem(opslagsleutel("uitgelogd"));
    if (!fout) inhoud.push(melding("ok", "U bent uitgelogd."));
  }
  inhoud.push(alinea(`Plan uw huwelijk of geregistreerd partnerschap in de gemeente ${config.naam}. Log in om te beginnen.`));
  if (config.demo) {
    inhoud.push(
      melding("info", "Dit is een demonstratie. U logt in als een testpersoon uit de BRP-testset; er worden geen echte gegevens gebruikt."),
      kop(2, "Inloggen als inwoner"),
      h("ul", { class: "app-keuzelijst" },
        ...config.demo.testpersonen.map((p) =>
          h("li", {},
            knop(`Inloggen als ${p.naam}`, () => void demoLogin("burger", p.bsn, p.naam), "secondary-action"),
            h("span", { class: "app-toelichting" }, ` ${p.toelichting}`)))),
      kop(2, "Inloggen als medewerker"),
      alinea(knop("Inloggen als medewerker burgerzaken", () => void demoLogin("medewerker", null, "Medewerker burgerzaken"), "secondary-action")),
    );
  } else if (config.oidc) {
    const oidc = config.oidc;
    inhoud.push(
      alinea(knop("Inloggen met DigiD", () => void startLogin(oidc, na))),
      alinea("Medewerkers loggen in met hun account van de gemeente via dezelfde knop."),
    );
  } else {
    inhoud.push(melding("warning", "Inloggen is voor deze gemeente niet ingesteld. Neem contact op met de gemeente."));
  }
  toon("Inloggen", ...inhoud);
}
