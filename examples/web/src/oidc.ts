// Signing in with the municipality's OpenID Connect provider: authorization code flow with PKCE
// (RFC 7636, S256) for a public client, as DigiD brokers and staff directories offer it.

import type { OidcConfig } from "./config";

const STAAT = "trouwgraph:oidc";

function base64url(bytes: Uint8Array): string {
  let tekst = "";
  for (const b of bytes) tekst += String.fromCharCode(b);
  return btoa(tekst).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function willekeurig(lengte: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(lengte)));
}

/** The S256 code challenge of a verifier. */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Where the provider sends the person back: this app, without query or fragment. */
export function terugUrl(): string {
  return `${location.origin}${location.pathname}`;
}

/** Go to the provider's login; `na` is the app route to show afterwards. */
export async function startLogin(oidc: OidcConfig, na: string): Promise<void> {
  const verifier = willekeurig(48);
  const state = willekeurig(16);
  sessionStorage.setItem(STAAT, JSON.stringify({ verifier, state, na }));
  const url = new URL(oidc.autorisatieUrl);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: oidc.clientId,
    redirect_uri: terugUrl(),
    scope: oidc.scope,
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: "S256",
  }).toString();
  location.assign(url.toString());
}

/** Finish a login the provider sent back (?code&state): the access token and the route to show;
 * null when this is no login callback. Throws when the callback does not match our login. */
export async function rondLoginAf(
  oidc: OidcConfig,
  query: URLSearchParams,
): Promise<{ token: string; verlooptOp: number; na: string } | null> {
  const code = query.get("code");
  if (!code && !query.get("error")) return null;
  const bewaard = sessionStorage.getItem(STAAT);
  sessionStorage.removeItem(STAAT);
  if (query.get("error")) throw new Error("Het inloggen is afgebroken.");
  if (!bewaard) throw new Error("Deze inlogpoging is niet (meer) bekend. Log opnieuw in.");
  const { verifier, state, na } = JSON.parse(bewaard) as { verifier: string; state: string; na: string };
  if (query.get("state") !== state) throw new Error("Deze inlogpoging is niet (meer) bekend. Log opnieuw in.");
  const antwoord = await fetch(oidc.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: code ?? "",
      redirect_uri: terugUrl(),
      client_id: oidc.clientId,
      code_verifier: verifier,
    }),
  });
  if (!antwoord.ok) throw new Error("Inloggen is niet gelukt. Probeer het opnieuw.");
  const tokens = (await antwoord.json()) as { access_token: string; expires_in?: number };
  return { token: tokens.access_token, verlooptOp: Date.now() + (tokens.expires_in ?? 3600) * 1000, na };
}
