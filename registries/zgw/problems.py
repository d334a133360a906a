"""Problem details as the ZGW APIs (Zaken 1.5.1, Catalogi 1.3.1) return them.

Schemas `Fout` {type, code, title, status, detail, instance} and `ValidatieFout`, which adds
`invalidParams` [`FieldValidationError` {name, code, reason}]. Codes and titles follow the
reference implementation (Open Zaak / vng-api-common), so clients of this fake meet the real
API's errors.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import NotRequired, TypedDict

from starlette.responses import JSONResponse

PROBLEM_MEDIA_TYPE = "application/problem+json"


class FieldValidationError(TypedDict):
    """Spec schema `FieldValidationError`: one wrong field of a 400."""

    name: str
    code: str
    reason: str


class Fout(TypedDict):
    """Spec schema `Fout`, or `ValidatieFout` when `invalidParams` is present."""

    type: str
    code: str
    title: str
    status: int
    detail: str
    instance: str
    invalidParams: NotRequired[list[FieldValidationError]]


class ZgwProblem(Exception):
    """Raised by a handler to answer with a problem; the app turns it into a response."""

    def __init__(
        self,
        status: int,
        code: str,
        title: str,
        detail: str,
        *,
        invalid_params: Sequence[FieldValidationError] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.invalid_params = list(invalid_params)
        self.headers = dict(headers or {})

    def response(self, base_url: str) -> JSONResponse:
        """The `application/problem+json` answer."""
        kind = "ValidationError" if self.invalid_params or self.status == 400 else self.code
        body: Fout = {
            "type": f"{base_url.rstrip('/')}/ref/fouten/{kind}/",
            "code": self.code,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "instance": f"urn:uuid:{uuid.uuid4()}",
        }
        if self.status == 400:
            body["invalidParams"] = self.invalid_params
        return JSONResponse(
            dict(body), status_code=self.status, headers=self.headers, media_type=PROBLEM_MEDIA_TYPE
        )


def field_error(name: str, code: str, reason: str) -> FieldValidationError:
    """One `invalidParams` entry."""
    return {"name": name, "code": code, "reason": reason}


def validation_error(*errors: FieldValidationError) -> ZgwProblem:
    """A 400 listing the wrong fields."""
    return ZgwProblem(
        400, "invalid", "Invalid input.", "Invalid input.", invalid_params=list(errors)
    )


def not_found() -> ZgwProblem:
    """A 404 for a resource that does not exist."""
    return ZgwProblem(404, "not_found", "Niet gevonden.", "Niet gevonden.")


def not_authenticated(detail: str) -> ZgwProblem:
    """A 401: no usable credentials."""
    return ZgwProblem(
        401,
        "not_authenticated",
        "Authenticatiegegevens zijn niet opgegeven.",
        detail,
        headers={"WWW-Authenticate": 'Bearer realm="zgw"'},
    )


def permission_denied(code: str, detail: str) -> ZgwProblem:
    """A 403: credentials given but not accepted."""
    return ZgwProblem(403, code, "Je hebt geen toestemming om deze actie uit te voeren.", detail)
