// The citizen's start page: their cases, and the way to plan one.

import { ga, beginPagina } from "../app";
import { voerUit } from "../api";
import { alinea, datumTijd, h, knop, kop } from "../dom";
import { MijnHuwelijkenDocument } from "../gql/graphql";
import { SOORT, STATUS } from "../teksten";

export async function overzicht(): Promise<void> {
  const toon = beginPagina();
  const { mijnHuwelijken } = await voerUit(MijnHuwelijkenDocument);
  const lopend = mijnHuwelijken.filter((z) => !["GEANNULEERD", "VERLOPEN", "VOLTROKKEN"].includes(z.status));
  const inhoud: Node[] = [kop(1, "Mijn huwelijk of partnerschap")];
  if (mijnHuwelijken.length === 0) {
    inhoud.push(alinea("U heeft nog geen huwelijk of partnerschap gepland."));
  } else {
    inhoud.push(
      h("ul", { class: "app-zaken" },
        ...mijnHuwelijken.map((z) =>
          h("li", { class: "app-zaak" },
            h("a", { class: "utrecht-link", href: `#/zaak/${z.id}` }, `${SOORT[z.soort]} op ${datumTijd(z.moment.start)}`),
            h("span", { class: "utrecht-badge-status app-status" }, STATUS[z.status])))),
    );
  }
  if (lopend.length === 0) {
    inhoud.push(alinea(knop("Plan een huwelijk of partnerschap", () => ga("#/plannen"))));
  }
  toon("Mijn huwelijk of partnerschap", ...inhoud);
}
