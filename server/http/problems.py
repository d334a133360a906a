"""HTTP-level errors as application/problem+json (RFC 9457)."""

from __future__ import annotations

from starlette.responses import JSONResponse

PROBLEM_JSON = "application/problem+json"


def problem(status: int, title: str, detail: str, code: str) -> JSONResponse:
    """A problem+json response with a stable `code`."""
    return JSONResponse(
        {"type": "about:blank", "title": title, "status": status, "detail": detail, "code": code},
        status_code=status,
        media_type=PROBLEM_JSON,
    )
