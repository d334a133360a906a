"""HTTP-level errors as application/problem+json (RFC 9457).

Every refusal names a `code` from the catalogue (`schema.foutcodes.HTTP_CODES`), which fixes
its status and its Dutch `title`; the `detail` is the catalogue's text for a citizen, or a more
precise Dutch one the refusal gives.
"""

from __future__ import annotations

from starlette.responses import JSONResponse

from trouwgraph.schema.foutcodes import HTTP_CODES

PROBLEM_JSON = "application/problem+json"


def problem(code: str, detail: str | None = None) -> JSONResponse:
    """The problem+json response for `code` (a KeyError for a code not in the catalogue)."""
    fout = HTTP_CODES[code]
    return JSONResponse(
        {
            "type": "about:blank",
            "title": fout.titel,
            "status": fout.status,
            "detail": fout.uitleg if detail is None else detail,
            "code": code,
        },
        status_code=fout.status,
        media_type=PROBLEM_JSON,
    )
