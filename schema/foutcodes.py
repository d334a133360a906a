"""Every code a client can get, with its meaning in Dutch: the error catalogue.

Three places carry a code, each in one shape:

* `Probleem.code` (enum `Probleemcode`): an expected failure of a mutation, as a result type
  with a Dutch `melding` and the argument `pad` it concerns. A front end handles these.
* `errors[].extensions.code` (enum `Foutcode`): what a front end cannot handle itself - no or
  an insufficient login, a limit of the API, a registry that is down, an internal fault.
* `code` in an HTTP problem+json body (RFC 9457; `HTTP_CODES`): a request refused before
  GraphQL ran (body too large, rate limit, unknown municipality, ...).

Both enums are part of the schema (so GraphiQL and code generators show them), and
`catalogus_markdown()` renders the catalogue for docs/frontend.md (`trouwgraph docs`). A test
checks that every code the code base can produce is listed here.
"""

from __future__ import annotations

import enum
from typing import Any

import strawberry

from trouwgraph.adapters.errors import (
    UpstreamAuthFailed,
    UpstreamError,
    UpstreamInvalidResponse,
    UpstreamRejected,
    UpstreamTimeout,
    UpstreamUnavailable,
)

PROBLEMEN: dict[str, str] = {
    "SLOT_BEZET": "Het tijdslot, de locatie of elke passende BABS is al bezet.",
    "ONGELDIGE_STATUSOVERGANG": "Deze actie kan niet in de huidige status van het huwelijk.",
    "TERMIJN_VERSTREKEN": "Een termijn is verstreken (melding, getuigen, annuleren).",
    "TERMIJN_NOG_NIET_OPEN": "Een termijn is nog niet begonnen (melding, voltrekken).",
    "VERSIE_CONFLICT": "Het huwelijk is intussen gewijzigd: lees het opnieuw.",
    "BELETSEL_GEVONDEN": "De toetsing vond een huwelijksbeletsel; de melding is geweigerd.",
    "ONGELDIGE_INVOER": "Een argument voldoet niet aan een regel; `pad` zegt welk.",
    "ONGELDIG_BSN": "Een burgerservicenummer voldoet niet aan de elfproef.",
    "DUBBELE_PERSOON": "Partners, getuigen en de eigen BABS moeten verschillende personen zijn.",
    "GETUIGEN_MAXIMUM": "Er zijn al vier getuigen.",
    "ONBEKEND_GEGEVEN": "Een code of id (ceremonietype, locatie, BABS, extra) kent de gemeente "
    "niet.",
    "ONBEKEND_ADRES": "Het adres van de eigen locatie staat niet in de BAG.",
    "BUITEN_GEMEENTE": "Het adres van de eigen locatie ligt buiten de gemeente.",
    "NIET_TOEGESTAAN": "Deze persoon mag dit niet, of nog niet (de melding zegt waarom).",
    "NIET_GEVONDEN": "Er is geen huwelijk met dit id dat u mag zien.",
    "NIET_BETAALD": "Het huwelijk is nog niet volledig betaald; `openBedrag` zegt hoeveel.",
    "VERKLARING_ONTBREEKT": "Een partner heeft de eigen verklaring voor de melding nog niet "
    "afgelegd; `partners` zegt wie.",
    "LOPENDE_ZAAK": "Een partner heeft al een ander huwelijksdossier dat tot een ceremonie leidt.",
}

_REGISTERFOUTEN: tuple[type[UpstreamError], ...] = (
    UpstreamUnavailable,
    UpstreamTimeout,
    UpstreamAuthFailed,
    UpstreamInvalidResponse,
    UpstreamRejected,
)
REGISTERS_IN_VERZOEKEN = ("BRP", "BAG", "LOCATIES", "BETALINGEN", "QMATIC")
"""The registries a GraphQL request itself calls (the case system hears through the outbox)."""

VERZOEKFOUTEN: dict[str, str] = {
    "NIET_GEAUTHENTICEERD": "Er is geen geldig toegangstoken meegestuurd: log (opnieuw) in.",
    "NIET_TOEGESTAAN": "Deze vraag is alleen voor een andere rol (bijvoorbeeld medewerkers).",
    "AUTHENTICATIENIVEAU_TE_LAAG": "Het inlogniveau is te laag: log opnieuw in met DigiD "
    "Substantieel of hoger.",
    "ONGELDIGE_INVOER": "Een argument van een vraag (geen wijziging) is ongeldig, zoals een "
    "cursor of een periode; `path` wijst het veld aan.",
    "ONGELDIG_BSN": "Een argument van type BSN voldoet niet aan de elfproef.",
    "ONGELDIGE_TEKST": "Een tekstargument bevat tekens die niet zijn toegestaan.",
    "GRAPHQL_ONGELDIG": "Het document past niet bij het schema (syntaxis, onbekend veld, "
    "verkeerd type).",
    "GRAPHQL_TE_DIEP": "De selectie is dieper genest dan toegestaan.",
    "GRAPHQL_TE_VEEL_ALIASSEN": "Het document gebruikt te veel aliassen.",
    "GRAPHQL_TE_VEEL_TOKENS": "Het document is te lang.",
    "GRAPHQL_TE_VEEL_DIRECTIVES": "Het document gebruikt te veel directives.",
    "GRAPHQL_TE_DUUR": "De geschatte kosten van de vraag zijn hoger dan toegestaan.",
    "TE_VEEL_ZOEKVRAGEN": "Te vaak naar vrije tijden gezocht zonder in te loggen; probeer het "
    "over een minuut opnieuw.",
    "GRAPHQL_INTROSPECTIE_UIT": "Introspectie staat uit (productie).",
    "GRAPHQL_INTROSPECTIE_TE_DIEP": "De introspectievraag nest te veel lijsten.",
    "PERSISTED_QUERY_NOT_FOUND": "Deze hash is onbekend: stuur het document mee.",
    "PERSISTED_QUERY_NOT_ALLOWED": "Deze operatie staat niet op de lijst van toegestane.",
    "PERSISTED_QUERY_HASH_ONJUIST": "De hash hoort niet bij het meegestuurde document.",
    "INTERNE_FOUT": "Er ging iets onverwachts mis; de gateway heeft het gelogd.",
    **{
        f"{register}_{soort.suffix}": f"{register}: {soort.uitleg}"
        for register in REGISTERS_IN_VERZOEKEN
        for soort in _REGISTERFOUTEN
    },
}

HTTP_CODES: dict[str, str] = {
    "ONGELDIG_VERZOEK": "400: het verzoek is onleesbaar.",
    "GRAPHQL_VERZOEK_ONGELDIG": "400: de body is geen GraphQL-verzoek (een JSON-object met "
    "`query` als tekst).",
    "CORS_GEWEIGERD": "400: deze herkomst, methode of header is niet toegestaan (CORS).",
    "IDEMPOTENTIE_SLEUTEL_ONGELDIG": "400: een `Idempotency-Key` is 1 tot 255 zichtbare "
    "ASCII-tekens.",
    "IDEMPOTENTIE_BEZIG": "409: een verzoek met deze `Idempotency-Key` loopt nog; probeer het "
    "na `Retry-After` seconden opnieuw.",
    "IDEMPOTENTIE_ANDER_VERZOEK": "422: deze `Idempotency-Key` hoort bij een ander verzoek.",
    "GRAPHQL_TE_VEEL_OPERATIES": "400: meer operaties in één verzoek dan toegestaan.",
    "NIET_GEAUTHENTICEERD": "401: het toegangstoken ontbreekt, is verlopen of ongeldig.",
    "NIET_TOEGESTAAN": "403: het token hoort niet bij deze gemeente.",
    "NIET_GEVONDEN": "404: dit pad bestaat niet.",
    "GEMEENTE_ONBEKEND": "404: deze gemeente bedient de gateway niet.",
    "METHODE_NIET_TOEGESTAAN": "405: deze HTTP-methode kan hier niet.",
    "NIET_ACCEPTABEL": "406: het gevraagde mediatype kan niet.",
    "GRAPHQL_NIET_ACCEPTABEL": "406: /graphql antwoordt met JSON (of HTML voor GraphiQL).",
    "VERZOEK_TE_GROOT": "413: het verzoek is te groot.",
    "GRAPHQL_TE_GROOT": "413: het GraphQL-verzoek is groter dan toegestaan.",
    "MEDIA_TYPE_NIET_ONDERSTEUND": "415: dit mediatype kan niet.",
    "GRAPHQL_MEDIATYPE_ONBEKEND": "415: stuur GraphQL-verzoeken als application/json.",
    "TE_VEEL_VERZOEKEN": "429: te veel verzoeken; wacht `Retry-After` seconden.",
    "INTERNE_FOUT": "500: er ging iets onverwachts mis.",
    "OPSLAG_NIET_BESCHIKBAAR": "503: de opslag is tijdelijk niet bereikbaar; probeer het zo "
    "opnieuw.",
    "IDENTITEIT_NIET_BESCHIKBAAR": "503: de sleutels van de inlogdienst zijn nog niet op te "
    "halen; probeer het na `Retry-After` seconden opnieuw.",
    "APP_NIET_GEBOUWD": "503 (/app): de voorbeeld-app is niet gebouwd.",
    # The demo issuer's POST /demo/token (demo mode only).
    "MEDIA_TYPE": "415 (demo-token): stuur application/json.",
    "ONGELDIGE_JSON": "400 (demo-token): de body is geen JSON-object.",
    "ONGELDIGE_ROL": "400 (demo-token): `rol` is `burger` of `medewerker`.",
    "BSN_VERPLICHT": "400 (demo-token): een burger-token heeft een `bsn` nodig.",
    "ONGELDIG_BSN": "400 (demo-token): de `bsn` voldoet niet aan de elfproef.",
    "ONGELDIGE_ACR": "400 (demo-token): `acr` moet een tekst zijn.",
    "ONGELDIGE_GEMEENTE": "400 (demo-token): `gemeente` moet een gemeentecode zijn.",
}
"""HTTP refusals: `{type, title, status, detail, code}` as application/problem+json."""


def _enum(naam: str, betekenissen: dict[str, str], beschrijving: str) -> Any:
    waarden = {
        code: strawberry.enum_value(code, description=betekenis)
        for code, betekenis in betekenissen.items()
    }
    soort: Any = enum.Enum(naam, waarden)  # type: ignore[misc]  # the functional API
    return strawberry.enum(soort, description=beschrijving)


Probleemcode = _enum(
    "Probleemcode",
    PROBLEMEN,
    "Waarom een wijziging niet gelukt is: de `code` van elk `Probleem`. Toon de `melding`; "
    "de code is om op te beslissen.",
)
Foutcode = _enum(
    "Foutcode",
    VERZOEKFOUTEN,
    "De code (`extensions.code`) van een fout in `errors`: wat een front end niet zelf kan "
    "oplossen, zoals inloggen, een limiet of een storing.",
)


def catalogus_markdown() -> str:
    """The catalogue as Markdown tables (docs/frontend.md, generated section)."""
    regels: list[str] = []
    for titel, codes in (
        ("Result types (`... on Probleem { code melding pad }`)", PROBLEMEN),
        ("GraphQL `errors[].extensions.code`", VERZOEKFOUTEN),
        ("HTTP problem+json `code`", HTTP_CODES),
    ):
        regels += [f"### {titel}", "", "| code | betekenis |", "|---|---|"]
        regels += [f"| `{code}` | {betekenis} |" for code, betekenis in codes.items()]
        regels.append("")
    return "\n".join(regels)
