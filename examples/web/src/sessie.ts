// Who is signed in: the access token and what the app knows of them, per municipality, in this
// browser tab only (sessionStorage: gone when the tab closes, survives the payment redirect and
// the round trip to the municipality's login).

export type Rol = "burger" | "medewerker";

export interface Sessie {
  token: string;
  rol: Rol;
  naam: string;
  verlooptOp: number;
  /** OpenID Connect only: the refresh token, when the provider gave one. */
  verversToken?: string;
  /** OpenID Connect only: the ID token, the hint for the provider's logout. */
  idToken?: string;
}

let gemeente = "";

export function kiesGemeente(code: string): void {
  gemeente = code;
}

/** The sessionStorage key of `wat` for this municipality (several share one origin). */
export const opslagsleutel = (wat: string): string => `trouwgraph:${gemeente}:${wat}`;

const sleutel = (): string => opslagsleutel("sessie");

/** Seconds before its expiry at which a token counts as expired (clock skew, slow requests). */
const MARGE_MS = 30_000;

export const verlopen = (sessie: Sessie): boolean => sessie.verlooptOp - MARGE_MS < Date.now();

/** The signed-in person; an expired session counts only while a refresh token can renew it. */
export function huidigeSessie(): Sessie | null {
  const tekst = sessionStorage.getItem(sleutel());
  if (!tekst) return null;
  const sessie = JSON.parse(tekst) as Sessie;
  if (verlopen(sessie) && !sessie.verversToken) {
    sessionStorage.removeItem(sleutel());
    return null;
  }
  return sessie;
}

export function bewaarSessie(sessie: Sessie): void {
  sessionStorage.setItem(sleutel(), JSON.stringify(sessie));
}

export function uitloggen(): void {
  sessionStorage.removeItem(sleutel());
}

type Verversing = (sessie: Sessie) => Promise<Sessie | null>;
let ververs: Verversing | null = null;

/** How an expired session is renewed (the OpenID Connect provider's refresh grant). */
export function zetVerversing(fn: Verversing): void {
  ververs = fn;
}

/** The session with a token that has not expired, renewed first when needed; null when there is
 * none (or it could not be renewed: the person signs in again). */
export async function geldigeSessie(): Promise<Sessie | null> {
  const sessie = huidigeSessie();
  if (!sessie || !verlopen(sessie)) return sessie;
  // One renewal at a time: a provider that rotates refresh tokens accepts each only once.
  lopend ??= vernieuw(sessie).finally(() => {
    lopend = null;
  });
  return lopend;
}

let lopend: Promise<Sessie | null> | null = null;

async function vernieuw(sessie: Sessie): Promise<Sessie | null> {
  const vers = sessie.verversToken && ververs ? await ververs(sessie) : null;
  if (vers) bewaarSessie(vers);
  else uitloggen();
  return vers;
}

/** The claims of a JWT (not verified: the gateway verifies the access token, and an ID token
 * comes straight from the provider's token endpoint over TLS). */
export function claims(token: string): Record<string, unknown> {
  const deel = token.split(".")[1] ?? "";
  const json = atob(deel.replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}
