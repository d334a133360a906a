"""What can go wrong when talking to an upstream registry.

Adapters translate every transport, HTTP and payload failure into this small hierarchy, so
callers never see httpx exceptions:

* UpstreamError                  `{REGISTRY}_ERROR`
  + UpstreamUnavailable          `{REGISTRY}_UNAVAILABLE`  connect error, 5xx, 429
  | + UpstreamTimeout            `{REGISTRY}_TIME_OUT`     connect/read/write/pool timeout
  + UpstreamRejected             `{REGISTRY}_REJECTED`     another 4xx: our request was wrong
  + UpstreamAuthFailed           `{REGISTRY}_AUTH_FAILED`  401/403, or no token could be fetched
  + UpstreamInvalidResponse      `{REGISTRY}_INVALID_RESPONSE`  malformed JSON, wrong content
                                                           type, unexpected shape

The stable `code` is derived from the registry name (`"BRP"` -> `BRP_UNAVAILABLE`) rather than
listed per registry, so a new registry gets codes for free and GraphQL clients can rely on the
suffix. `UpstreamTimeout` is an `UpstreamUnavailable` because callers mostly treat both as "try
again later"; catch `UpstreamTimeout` first when the difference matters.

Every error is a `domain.fouten.Fout`: its `melding` is the Dutch text a client may show
(the same for every registry's failure of a kind); `message` and `str()` stay English for the
logs. Messages never contain a URL, a header, a BSN or a response body: they end up in logs and,
through `code`, in GraphQL errors. Upstream problem details are kept only as the fields a
developer needs (status, title, code and the names of invalid parameters), with long digit
runs scrubbed from the title.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import ClassVar

from trouwgraph.domain.fouten import Fout

__all__ = [
    "UpstreamAuthFailed",
    "UpstreamError",
    "UpstreamInvalidResponse",
    "UpstreamRejected",
    "UpstreamTimeout",
    "UpstreamUnavailable",
    "scrub",
]

_REGISTRY_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
# A BSN has 9 digits; any run of 8 or more digits may be one (or an A-nummer) and goes.
_DIGIT_RUN = re.compile(r"\d{8,}")
_NAME_BASE = re.compile(r"[\[.]")  # burgerservicenummer[0], adres.straat: the member sent


def scrub(text: str, *, limit: int = 200) -> str:
    """`text` without digit runs that could identify a person, cut to `limit` characters."""
    cleaned = _DIGIT_RUN.sub("<redacted>", text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 3] + "..."


class UpstreamError(Fout):
    """An upstream registry call failed; `code` is stable, `registry` names the registry."""

    suffix: ClassVar[str] = "ERROR"
    uitleg: ClassVar[str] = "Er ging iets mis bij een register. Probeer het later opnieuw."

    def __init__(self, registry: str, message: str, *, status_code: int | None = None) -> None:
        if not _REGISTRY_NAME.fullmatch(registry):
            raise ValueError(f"registry name must be upper-case letters/digits: {registry!r}")
        self.registry = registry
        self.status_code = status_code
        self.message = message
        super().__init__(self.uitleg)
        self.args = (f"{registry}: {message}",)  # the log text; `melding` is for clients

    @property
    def code(self) -> str:  # type: ignore[override]
        """Stable machine-readable code, e.g. `BRP_UNAVAILABLE`."""
        return f"{self.registry}_{self.suffix}"


class UpstreamUnavailable(UpstreamError):
    """The registry could not be reached or failed on its side (connect error, 5xx, 429)."""

    suffix = "UNAVAILABLE"
    uitleg = "Een register is nu niet bereikbaar. Probeer het later opnieuw."


class UpstreamTimeout(UpstreamUnavailable):
    """The registry did not answer within the configured timeout."""

    suffix = "TIME_OUT"
    uitleg = "Een register antwoordde niet op tijd. Probeer het later opnieuw."


class UpstreamAuthFailed(UpstreamError):
    """The registry refused our credentials (401/403), or no access token could be obtained."""

    suffix = "AUTH_FAILED"
    uitleg = "De gemeente kan een register nu niet raadplegen. Probeer het later opnieuw."


class UpstreamInvalidResponse(UpstreamError):
    """The registry answered with something we cannot use: not JSON, or not the agreed shape."""

    suffix = "INVALID_RESPONSE"
    uitleg = "Een register gaf een antwoord dat niet te gebruiken is. Probeer het later opnieuw."


class UpstreamRejected(UpstreamError):
    """The registry rejected the request as invalid (a 4xx other than 401/403/429).

    `title` and `upstream_code` come from the problem+json body (`title`, `code`);
    `invalid_params` keeps only the `name` and `code` of each invalid parameter, never its
    `reason` (which may quote the value sent).
    """

    suffix = "REJECTED"
    uitleg = "Een register weigerde de vraag van de gemeente. Neem contact op met de gemeente."

    def __init__(
        self,
        registry: str,
        *,
        status_code: int,
        title: str | None = None,
        upstream_code: str | None = None,
        invalid_params: Sequence[tuple[str, str | None]] = (),
        sent: Collection[str] | None = None,
    ) -> None:
        self.title = scrub(title, limit=80) if title else None
        self.upstream_code = scrub(upstream_code, limit=25) if upstream_code else None
        self.invalid_params = tuple(
            (scrub(name, limit=30), scrub(code, limit=25) if code else None)
            for name, code in invalid_params
        )
        # The message reaches clients: the registry's own words (title, codes) stay out of it,
        # and so does a parameter name the gateway did not send (`sent`; None: no filter).
        parts = [f"request rejected with status {status_code}"]
        shown = [
            name
            for name, _ in self.invalid_params
            if sent is None or _NAME_BASE.split(name)[0] in sent
        ]
        if shown:
            parts.append(f"invalid parameters: {', '.join(shown)}")
        super().__init__(registry, "; ".join(parts), status_code=status_code)
