// Back from the payment provider: wait for its verdict (it reaches the gateway by webhook), then
// show the outcome and the way on.

import { ga, sectie, beginPagina } from "../app";
import { voerUit } from "../api";
import { alinea, h, knop, kop } from "../dom";
import { melding } from "../fouten";
import { HuwelijkDocument } from "../gql/graphql";

const POGINGEN = 40;

export async function betaald(id: string): Promise<void> {
  const toon = beginPagina();
  toon("Betaling", kop(1, "Uw betaling"), alinea("Wij wachten op de uitslag van uw betaling…"));
  let z = (await voerUit(HuwelijkDocument, { id })).huwelijk;
  // The payment is OPEN from its start until the provider's verdict arrives; then its status is
  // this attempt's outcome.
  for (let i = 0; i < POGINGEN && (!z.betaling || z.betaling.status === "OPEN"); i += 1) {
    await new Promise((klaar) => setTimeout(klaar, 500));
    z = (await voerUit(HuwelijkDocument, { id })).huwelijk;
  }
  const terug = h("p", { class: "utrecht-paragraph" }, h("a", { class: "utrecht-link", href: `#/zaak/${id}` }, "Naar uw huwelijk of partnerschap"));
  if (z.betaling?.status === "BETAALD") {
    toon("Betaling gelukt", kop(1, "Uw betaling is gelukt"),
      melding("ok", `Wij hebben ${z.betaling.bedrag.weergave} ontvangen. Bevestig nu uw huwelijk of partnerschap.`),
      knop("Verder naar bevestigen", () => ga(`#/zaak/${id}`)), terug);
  } else if (z.betaling && ["MISLUKT", "GEANNULEERD", "VERLOPEN"].includes(z.betaling.status)) {
    toon("Betaling mislukt", kop(1, "Uw betaling is niet gelukt"),
      melding("error", "Er is niets afgeschreven. U kunt het opnieuw proberen."),
      knop("Opnieuw betalen", () => ga(`#/zaak/${id}`)), terug);
  } else {
    toon("Betaling onbekend", kop(1, "Wij weten nog niet of uw betaling is gelukt"),
      sectie("Wat nu?", "wat-nu", alinea("De uitslag van de betaalprovider is nog niet binnen. Controleer het over een paar minuten opnieuw; betaal niet nog eens.")),
      knop("Opnieuw controleren", () => void betaald(id)), terug);
  }
}
