// Who is signed in: the access token and what the app knows of them, per municipality, in this
// browser tab only (sessionStorage: gone when the tab closes, survives the payment redirect).

export type Rol = "burger" | "medewerker";

export interface Sessie {
  token: string;
  rol: Rol;
  naam: string;
  verlooptOp: number;
}

let gemeente = "";

export function kiesGemeente(code: string): void {
  gemeente = code;
}

const sleutel = (): string => `trouwgraph:${gemeente}:sessie`;

export function huidigeSessie(): Sessie | null {
  const tekst = sessionStorage.getItem(sleutel());
  if (!tekst) return null;
  const sessie = JSON.parse(tekst) as Sessie;
  if (sessie.verlooptOp < Date.now()) {
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

/** The claims of a JWT access token (not verified: the gateway verifies it). */
export function claims(token: string): Record<string, unknown> {
  const deel = token.split(".")[1] ?? "";
  const json = atob(deel.replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}
