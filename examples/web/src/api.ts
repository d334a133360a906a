// Calling the gateway with the typed documents generated from examples/operations.

import type { TypedDocumentString } from "./gql/graphql";
import { geldigeSessie } from "./sessie";

/** A failure the person cannot fix by changing their input: shown with a way forward. */
export class ApiFout extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly opnieuwInloggen = false,
  ) {
    super(message);
  }
}

let endpoint = "../graphql";

export function zetEndpoint(url: string): void {
  endpoint = url;
}

const MELDINGEN: Record<string, string> = {
  NIET_GEAUTHENTICEERD: "U bent niet (meer) ingelogd. Log opnieuw in.",
  NIET_TOEGESTAAN: "U mag deze gegevens niet inzien.",
  TE_VEEL_VERZOEKEN: "Er zijn te veel verzoeken gedaan. Probeer het over een minuut opnieuw.",
};

export async function voerUit<R, V>(
  document: TypedDocumentString<R, V>,
  ...[variabelen]: V extends Record<string, never> ? [] | [V] : [V]
): Promise<R> {
  const sessie = await geldigeSessie();
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  if (sessie) headers.Authorization = `Bearer ${sessie.token}`;
  let antwoord: Response;
  try {
    antwoord = await fetch(endpoint, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variabelen ?? {} }),
    });
  } catch {
    throw new ApiFout("De gemeente is nu niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.", "NETWERK");
  }
  if (antwoord.status === 401) throw new ApiFout(MELDINGEN.NIET_GEAUTHENTICEERD!, "NIET_GEAUTHENTICEERD", true);
  if (antwoord.status === 429) throw new ApiFout(MELDINGEN.TE_VEEL_VERZOEKEN!, "TE_VEEL_VERZOEKEN");
  const inhoud = (await antwoord.json().catch(() => ({}))) as {
    data?: R;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const fout = inhoud.errors?.[0];
  if (fout || !inhoud.data) {
    const code = fout?.extensions?.code ?? `HTTP_${antwoord.status}`;
    throw new ApiFout(
      MELDINGEN[code] ?? "Er ging iets mis bij de gemeente. Probeer het later opnieuw.",
      code,
      code === "NIET_GEAUTHENTICEERD",
    );
  }
  return inhoud.data;
}
