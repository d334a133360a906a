"""Problem details as BAG API Individuele Bevragingen 2.0.0 returns them (spec schema `Error`).

Titles, codes and type links are the ones in the spec's documented responses; the invalid
parameters go in `invalid-params` (spelled with a hyphen in this API).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from starlette.responses import JSONResponse

from trouwgraph.adapters.bag_payloads import Error, InvalidParams

__all__ = [
    "API_VERSION",
    "AUTHENTICATION",
    "AUTHORISATION",
    "METHOD_NOT_ALLOWED",
    "NOT_ACCEPTABLE",
    "NOT_FOUND",
    "PARAMS_REQUIRED",
    "PARAMS_VALIDATION",
    "SERVER_ERROR",
    "Problem",
    "invalid_param",
    "problem_response",
]

PROBLEM_MEDIA_TYPE = "application/problem+json"
API_VERSION = "2.0.0"
_RFC2616 = "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/"
_VALIDATIES = "https://www.vng.nl/realisatie/api/validaties/"


@dataclass(frozen=True)
class Problem:
    """One kind of error: status, type link, title, code and the spec's standard detail."""

    status: int
    type: str
    title: str
    code: str
    detail: str


PARAMS_VALIDATION = Problem(
    400,
    f"{_RFC2616}10.4.1",
    "Een of meerdere parameters zijn niet correct.",
    "paramsValidation",
    "The request could not be understood by the server due to malformed syntax. "
    "The client SHOULD NOT repeat the request without modification.",
)
PARAMS_REQUIRED = Problem(
    400,
    f"{_RFC2616}10.4.1",
    "Ten minste één parameter moet worden opgegeven.",
    "paramsRequired",
    PARAMS_VALIDATION.detail,
)
AUTHENTICATION = Problem(
    401,
    f"{_RFC2616}10.4.2",
    "Niet correct geauthenticeerd.",
    "authentication",
    "The request requires user authentication. The response MUST include a WWW-Authenticate "
    "header field (section 14.47) containing a challenge applicable to the requested resource.",
)
AUTHORISATION = Problem(
    403,
    f"{_RFC2616}10.4.4",
    "U bent niet geautoriseerd voor deze operatie.",
    "autorisation",
    "The server understood the request, but is refusing to fulfill it.",
)
NOT_FOUND = Problem(
    404,
    f"{_RFC2616}10.4.5",
    "Opgevraagde resource bestaat niet.",
    "notFound",
    "The server has not found anything matching the Request-URI.",
)
METHOD_NOT_ALLOWED = Problem(
    405,
    f"{_RFC2616}10.4.6",
    "Methode niet toegestaan",
    "methodNotAllowed",
    "The method specified in the Request-Line is not allowed for the resource identified by "
    "the Request-URI.",
)
NOT_ACCEPTABLE = Problem(
    406,
    f"{_RFC2616}10.4.7",
    "Gevraagde contenttype wordt niet ondersteund.",
    "notAcceptable",
    "The resource identified by the request is only capable of generating response entities "
    "which have content characteristics not acceptable according to the accept headers sent "
    "in the request",
)
SERVER_ERROR = Problem(
    500,
    f"{_RFC2616}10.5.1",
    "Interne server fout.",
    "serverError",
    "The server encountered an unexpected condition which prevented it from fulfilling the "
    "request.",
)


def invalid_param(name: str, code: str, reason: str) -> InvalidParams:
    """One `InvalidParams` entry."""
    return {"type": f"{_VALIDATIES}{code}", "name": name, "code": code, "reason": reason}


def problem_response(
    problem: Problem,
    instance: str,
    *,
    invalid_params: Sequence[InvalidParams] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """The problem as `application/problem+json`, with the `api-version` header."""
    body: Error = {
        "status": problem.status,
        "title": problem.title,
        "type": problem.type,
        "detail": problem.detail,
        "instance": instance,
        "code": problem.code,
    }
    if invalid_params:
        body["invalid-params"] = list(invalid_params)
    return JSONResponse(
        dict(body),
        status_code=problem.status,
        headers={"api-version": API_VERSION, **(headers or {})},
        media_type=PROBLEM_MEDIA_TYPE,
    )
