"""Problem details (RFC 7807) as Haal Centraal BRP Personen bevragen 2.7.0 returns them.

Schemas ``Foutbericht``, ``BadRequestFoutbericht`` and ``InvalidParam``. Titles, codes and type
links follow the API's documented error cases (features/*fout-cases*.feature in
BRP-API/Haal-Centraal-BRP-bevragen), so clients of this fake meet the real API's errors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NotRequired, TypedDict

from starlette.responses import JSONResponse

PROBLEM_MEDIA_TYPE = "application/problem+json"
_RFC7231 = "https://datatracker.ietf.org/doc/html/rfc7231"
_INVALID_PARAM_TYPE = "https://www.vng.nl/realisatie/api/validaties/"


class InvalidParam(TypedDict):
    """Spec schema ``InvalidParam``: one wrong parameter of a 400."""

    type: str
    name: str
    code: str
    reason: str


class Foutbericht(TypedDict):
    """Spec schema ``BadRequestFoutbericht`` (``Foutbericht`` plus optional invalidParams)."""

    type: str
    title: str
    status: int
    detail: NotRequired[str]
    instance: str
    code: str
    invalidParams: NotRequired[list[InvalidParam]]


@dataclass(frozen=True)
class Problem:
    """One kind of error: its status, type link, title and code."""

    status: int
    type: str
    title: str
    code: str


PARAMS_VALIDATION = Problem(
    400,
    f"{_RFC7231}#section-6.5.1",
    "Een of meerdere parameters zijn niet correct.",
    "paramsValidation",
)
PARAMS_COMBINATION = Problem(
    400,
    f"{_RFC7231}#section-6.5.1",
    "Minimale combinatie van parameters moet worden opgegeven.",
    "paramsCombination",
)
AUTHENTICATION = Problem(
    401,
    "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1",
    "Niet correct geauthenticeerd.",
    "authentication",
)
AUTHORISATION = Problem(
    403,
    f"{_RFC7231}#section-6.5.3",
    "U bent niet geautoriseerd voor deze operatie.",
    "autorisation",
)
NOT_FOUND = Problem(
    404, f"{_RFC7231}#section-6.5.4", "Opgevraagde resource bestaat niet.", "notFound"
)
METHOD_NOT_ALLOWED = Problem(
    405,
    f"{_RFC7231}#section-6.5.5",
    "Gebruikte bevragingsmethode is niet toegestaan.",
    "methodNotAllowed",
)
NOT_ACCEPTABLE = Problem(
    406,
    f"{_RFC7231}#section-6.5.6",
    "Gevraagde content type wordt niet ondersteund.",
    "notAcceptable",
)
UNSUPPORTED_MEDIA_TYPE = Problem(
    415,
    f"{_RFC7231}#section-6.5.13",
    "Media Type wordt niet ondersteund.",
    "unsupportedMediaType",
)
SERVER_ERROR = Problem(500, f"{_RFC7231}#section-6.6.1", "Interne server fout.", "serverError")


def invalid_param(name: str, code: str, reason: str) -> InvalidParam:
    """Build one ``InvalidParam`` entry."""
    return {"type": f"{_INVALID_PARAM_TYPE}{code}", "name": name, "code": code, "reason": reason}


def foutbericht(
    problem: Problem,
    instance: str,
    *,
    detail: str | None = None,
    invalid_params: Sequence[InvalidParam] = (),
) -> Foutbericht:
    """Build the problem body; a 400 lists its wrong parameters in ``detail`` as HC does."""
    body: Foutbericht = {
        "type": problem.type,
        "title": problem.title,
        "status": problem.status,
        "instance": instance,
        "code": problem.code,
    }
    if invalid_params:
        names = sorted({param["name"] for param in invalid_params})
        body["detail"] = f"De foutieve parameter(s) zijn: {', '.join(names)}."
        body["invalidParams"] = list(invalid_params)
    if detail is not None:
        body["detail"] = detail
    return body


def problem_response(
    problem: Problem,
    instance: str,
    *,
    detail: str | None = None,
    invalid_params: Sequence[InvalidParam] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """Return the problem as an ``application/problem+json`` response."""
    body = foutbericht(problem, instance, detail=detail, invalid_params=invalid_params)
    return JSONResponse(
        dict(body),
        status_code=problem.status,
        headers=dict(headers or {}),
        media_type=PROBLEM_MEDIA_TYPE,
    )
