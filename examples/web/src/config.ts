// What the gateway tells the app about its municipality: GET config.json next to index.html.

export interface OidcConfig {
  /** The authorization endpoint of the municipality's OpenID Connect provider. */
  autorisatieUrl: string;
  /** Its token endpoint (must allow this origin, as for any public client). */
  tokenUrl: string;
  clientId: string;
  scope: string;
  /** Its logout endpoint (end_session_endpoint), if signing out should end its session too. */
  uitlogUrl: string | null;
  /** The claim that says burger or medewerker. */
  rolClaim: string;
}

export interface Testpersoon {
  bsn: string;
  naam: string;
  toelichting: string;
}

export interface AppConfig {
  gemeentecode: string;
  naam: string;
  thema: string;
  /** The GraphQL endpoint, relative to the app. */
  graphql: string;
  /** Demo mode: the demo issuer's token URL and the test persons to pick from. */
  demo: { tokenUrl: string; testpersonen: Testpersoon[] } | null;
  oidc: OidcConfig | null;
}

export async function laadConfig(): Promise<AppConfig> {
  const antwoord = await fetch("config.json", { headers: { Accept: "application/json" } });
  if (!antwoord.ok) throw new Error(`config.json: ${antwoord.status}`);
  return (await antwoord.json()) as AppConfig;
}
