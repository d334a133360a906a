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
from dataclasses import dataclass
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


@dataclass(frozen=True)
class HttpFout:
    """An HTTP refusal's fixed parts: its status, its Dutch `title` and the `detail` it gets
    unless the refusal says more (both written for a citizen)."""

    status: int
    titel: str
    uitleg: str


_ONGELDIG = "Ongeldig verzoek"
_MEDIATYPE = "Mediatype niet ondersteund"
_NIET_ACCEPTABEL = "Antwoordformaat niet beschikbaar"
_TE_GROOT = "Verzoek te groot"
_DEMO = "Dit demotoken kan niet worden gemaakt: "

HTTP_CODES: dict[str, HttpFout] = {
    "ONGELDIG_VERZOEK": HttpFout(
        400, _ONGELDIG, "Het verzoek is onleesbaar. Probeer het opnieuw vanuit de app."
    ),
    "GRAPHQL_VERZOEK_ONGELDIG": HttpFout(
        400,
        _ONGELDIG,
        "De inhoud van het verzoek is geen GraphQL-vraag (een JSON-object met `query` als tekst).",
    ),
    "CORS_GEWEIGERD": HttpFout(
        400,
        "Herkomst niet toegestaan",
        "Deze website, methode of header mag deze dienst niet gebruiken.",
    ),
    "IDEMPOTENTIE_SLEUTEL_ONGELDIG": HttpFout(
        400,
        "Ongeldige Idempotency-Key",
        "Een Idempotency-Key bestaat uit 1 tot 255 zichtbare ASCII-tekens.",
    ),
    "IDEMPOTENTIE_BEZIG": HttpFout(
        409,
        "Verzoek loopt nog",
        "Het eerste verzoek met deze Idempotency-Key is nog bezig; probeer het na "
        "`Retry-After` seconden opnieuw.",
    ),
    "IDEMPOTENTIE_ANDER_VERZOEK": HttpFout(
        422,
        "Idempotency-Key al gebruikt",
        "Deze Idempotency-Key hoort bij een ander verzoek; kies een nieuwe sleutel.",
    ),
    "GRAPHQL_TE_VEEL_OPERATIES": HttpFout(
        400, "Te veel vragen tegelijk", "Er staan meer vragen in het verzoek dan toegestaan."
    ),
    "NIET_GEAUTHENTICEERD": HttpFout(
        401,
        "Niet ingelogd",
        "Uw inlog is verlopen of niet geldig. Log opnieuw in.",
    ),
    "NIET_TOEGESTAAN": HttpFout(
        403, "Geen toegang", "U hebt met deze inlog geen toegang tot deze gemeente."
    ),
    "NIET_GEVONDEN": HttpFout(404, "Niet gevonden", "Deze pagina of dit adres bestaat niet."),
    "GEMEENTE_ONBEKEND": HttpFout(
        404, "Gemeente onbekend", "Deze gemeente is niet aangesloten op deze dienst."
    ),
    "METHODE_NIET_TOEGESTAAN": HttpFout(
        405, "Methode niet toegestaan", "Dit adres kan niet op deze manier worden gebruikt."
    ),
    "NIET_ACCEPTABEL": HttpFout(
        406, _NIET_ACCEPTABEL, "Het gevraagde antwoordformaat kan deze dienst niet leveren."
    ),
    "GRAPHQL_NIET_ACCEPTABEL": HttpFout(
        406,
        _NIET_ACCEPTABEL,
        "Dit adres antwoordt met JSON (application/json of "
        "application/graphql-response+json), of met HTML voor GraphiQL.",
    ),
    "VERZOEK_TE_GROOT": HttpFout(413, _TE_GROOT, "Het verzoek is groter dan toegestaan."),
    "GRAPHQL_TE_GROOT": HttpFout(413, _TE_GROOT, "De GraphQL-vraag is groter dan toegestaan."),
    "MEDIA_TYPE_NIET_ONDERSTEUND": HttpFout(
        415, _MEDIATYPE, "Stuur de inhoud als application/json."
    ),
    "GRAPHQL_MEDIATYPE_ONBEKEND": HttpFout(
        415, _MEDIATYPE, "Stuur GraphQL-vragen als application/json."
    ),
    "TE_VEEL_VERZOEKEN": HttpFout(
        429,
        "Te veel verzoeken",
        "U hebt te veel verzoeken kort na elkaar gedaan. Wacht even en probeer het dan opnieuw.",
    ),
    "INTERNE_FOUT": HttpFout(
        500,
        "Er ging iets mis",
        "Er ging bij ons iets onverwachts mis. Probeer het later opnieuw.",
    ),
    "OPSLAG_NIET_BESCHIKBAAR": HttpFout(
        503,
        "Tijdelijk niet beschikbaar",
        "De gegevens zijn tijdelijk niet bereikbaar. Probeer het zo opnieuw.",
    ),
    "IDENTITEIT_NIET_BESCHIKBAAR": HttpFout(
        503,
        "Inloggen tijdelijk niet mogelijk",
        "Uw inlog kan nu niet worden gecontroleerd. Probeer het over een paar seconden opnieuw.",
    ),
    "APP_NIET_GEBOUWD": HttpFout(
        503, "App niet beschikbaar", "De voorbeeld-app is op deze server niet geïnstalleerd."
    ),
    # The demo issuer's POST /demo/token (demo mode only).
    "MEDIA_TYPE": HttpFout(415, _MEDIATYPE, _DEMO + "stuur de gegevens als application/json."),
    "ONGELDIGE_JSON": HttpFout(400, _ONGELDIG, _DEMO + "de inhoud is geen JSON-object."),
    "ONGELDIGE_ROL": HttpFout(
        400, _ONGELDIG, _DEMO + "de `rol` moet `burger` of `medewerker` zijn."
    ),
    "BSN_VERPLICHT": HttpFout(
        400, _ONGELDIG, _DEMO + "een token voor een burger heeft een `bsn` nodig."
    ),
    "ONGELDIG_BSN": HttpFout(
        400, _ONGELDIG, _DEMO + "de `bsn` is geen geldig burgerservicenummer."
    ),
    "ONGELDIGE_ACR": HttpFout(400, _ONGELDIG, _DEMO + "de `acr` moet een tekst zijn."),
    "ONGELDIGE_GEMEENTE": HttpFout(
        400, _ONGELDIG, _DEMO + "de `gemeente` moet een gemeentecode van vier cijfers zijn."
    ),
}
"""HTTP refusals: `{type, title, status, detail, code}` as application/problem+json; the
`title` of a code is always its `titel`, the `detail` its `uitleg` or a more precise Dutch
text (`server.http.problems.problem`)."""


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
    ):
        regels += [f"### {titel}", "", "| code | betekenis |", "|---|---|"]
        regels += [f"| `{code}` | {betekenis} |" for code, betekenis in codes.items()]
        regels.append("")
    regels += [
        "### HTTP problem+json `code`",
        "",
        "| code | status | `title` | `detail` (standaard) |",
        "|---|---|---|---|",
    ]
    regels += [
        f"| `{code}` | {fout.status} | {fout.titel} | {fout.uitleg} |"
        for code, fout in HTTP_CODES.items()
    ]
    regels.append("")
    return "\n".join(regels)
