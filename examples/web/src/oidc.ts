// Signing in with the municipality's OpenID Connect provider: authorization code flow with PKCE
// (RFC 7636, S256) for a public client, as DigiD brokers and staff directories offer it; the
// refresh grant when a token expires, and the provider's logout (RP-initiated logout).

import type { OidcConfig } from "./config";
import { claims, opslagsleutel, type Rol, type Sessie } from "./sessie";

/** What a login in progress keeps in this tab until the provider sends the person back. */
interface Poging {
  verifier: string;
  state: string;
  nonce: string;
  na: string;
}

const poging = (): string => opslagsleutel("oidc");

const ONBEKEND = "Deze inlogpoging is niet (meer) bekend. Log opnieuw in.";
const MISLUKT = "Inloggen is niet gelukt. Probeer het opnieuw.";

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

/** Where the provider sends the person back: this app, without query or fragment. The provider
 * must list exactly this URL (e.g. https://gateway/0405/app/) as a redirect URI. */
export function terugUrl(): string {
  return `${location.origin}${location.pathname}`;
}

/** An app route to show after signing in: only one of the app's own (#/...), never the login. */
function veiligeRoute(na: string): string {
  return /^#\/[\w\-/]*$/.test(na) && !na.startsWith("#/inloggen") ? na : "#/";
}

/** Go to the provider's login; `na` is the app route to show afterwards. */
export async function startLogin(oidc: OidcConfig, na: string): Promise<void> {
  const stap: Poging = { verifier: willekeurig(48), state: willekeurig(16), nonce: willekeurig(16), na: veiligeRoute(na) };
  sessionStorage.setItem(poging(), JSON.stringify(stap));
  const url = new URL(oidc.autorisatieUrl);
  for (const [naam, waarde] of Object.entries({
    response_type: "code",
    client_id: oidc.clientId,
    redirect_uri: terugUrl(),
    scope: oidc.scope,
    state: stap.state,
    nonce: stap.nonce,
    code_challenge: await codeChallenge(stap.verifier),
    code_challenge_method: "S256",
  })) url.searchParams.set(naam, waarde);
  location.assign(url.toString());
}

interface Tokens {
  access_token: string;
  expires_in?: number;
  id_token?: string;
  refresh_token?: string;
}

async function vraagTokens(oidc: OidcConfig, velden: Record<string, string>): Promise<Tokens | null> {
  let antwoord: Response;
  try {
    antwoord = await fetch(oidc.tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ client_id: oidc.clientId, ...velden }),
      credentials: "omit",
    });
  } catch {
    return null;
  }
  // Always read the body: an unread one keeps the request open in the browser.
  const inhoud = (await antwoord.json().catch(() => null)) as Tokens | null;
  return antwoord.ok && typeof inhoud?.access_token === "string" ? inhoud : null;
}

/** The session a token response makes: role from `rolClaim`, name and expiry from the tokens. */
function sessieUit(oidc: OidcConfig, tokens: Tokens, vorige?: Sessie): Sessie {
  let toegang: Record<string, unknown> = {};
  let id: Record<string, unknown> = {};
  try {
    toegang = claims(tokens.access_token);
  } catch {
    // an opaque access token: the gateway cannot verify it, it will say so
  }
  if (tokens.id_token) id = claims(tokens.id_token);
  const rol: Rol = toegang[oidc.rolClaim] === "medewerker" ? "medewerker" : "burger";
  const naam = [id.name, toegang.name].find((n): n is string => typeof n === "string")
    ?? vorige?.naam ?? (rol === "medewerker" ? "Medewerker" : "Inwoner");
  const verlooptOp = typeof toegang.exp === "number"
    ? toegang.exp * 1000
    : Date.now() + (tokens.expires_in ?? 300) * 1000;
  return {
    token: tokens.access_token,
    rol,
    naam,
    verlooptOp,
    verversToken: tokens.refresh_token ?? vorige?.verversToken,
    idToken: tokens.id_token ?? vorige?.idToken,
  };
}

/** Finish a login the provider sent back (?code&state): the session and the route to show;
 * null when this is no login callback. Throws (a Dutch message) when the callback does not match
 * the login this tab started, or the provider refuses the code. */
export async function rondLoginAf(
  oidc: OidcConfig,
  query: URLSearchParams,
): Promise<{ sessie: Sessie; na: string } | null> {
  const code = query.get("code");
  if (!code && !query.get("error")) return null;
  const bewaard = sessionStorage.getItem(poging());
  sessionStorage.removeItem(poging()); // one callback per login attempt
  if (query.get("error")) throw new Error("Het inloggen is afgebroken. Probeer het opnieuw.");
  if (!bewaard || !code) throw new Error(ONBEKEND);
  const stap = JSON.parse(bewaard) as Poging;
  if (query.get("state") !== stap.state) throw new Error(ONBEKEND);
  const tokens = await vraagTokens(oidc, {
    grant_type: "authorization_code",
    code,
    redirect_uri: terugUrl(),
    code_verifier: stap.verifier,
  });
  if (!tokens) throw new Error(MISLUKT);
  if (tokens.id_token && claims(tokens.id_token).nonce !== stap.nonce) throw new Error(ONBEKEND);
  return { sessie: sessieUit(oidc, tokens), na: veiligeRoute(stap.na) };
}

/** A new session from the refresh token; null when the provider refuses (sign in again). */
export async function ververs(oidc: OidcConfig, sessie: Sessie): Promise<Sessie | null> {
  if (!sessie.verversToken) return null;
  const tokens = await vraagTokens(oidc, { grant_type: "refresh_token", refresh_token: sessie.verversToken });
  return tokens ? sessieUit(oidc, tokens, sessie) : null;
}

/** Where to send the person to end their session at the provider too (null: it has no logout
 * endpoint configured); the provider sends them back to this app. */
export function uitlogUrl(oidc: OidcConfig, sessie: Sessie | null): string | null {
  if (!oidc.uitlogUrl) return null;
  const url = new URL(oidc.uitlogUrl);
  url.searchParams.set("client_id", oidc.clientId);
  url.searchParams.set("post_logout_redirect_uri", terugUrl());
  if (sessie?.idToken) url.searchParams.set("id_token_hint", sessie.idToken);
  return url.toString();
}
