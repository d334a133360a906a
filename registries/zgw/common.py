"""What the embedded Zaken and Catalogi APIs share: URLs, pagination, JSON bodies."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request

from trouwgraph.registries.zgw.problems import ZgwProblem, field_error, validation_error

T = TypeVar("T")

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def api_root(request: Request) -> str:
    """The absolute URL of the API this request is in (scheme, host and mount path)."""
    root_path = request.scope.get("root_path", "")
    return f"{request.url.scheme}://{request.url.netloc}{root_path}".rstrip("/")


def uuid_from_url(url: object, resource: str) -> str | None:
    """The uuid at the end of `.../{resource}/{uuid}`, or None when `url` is not such a URL."""
    if not isinstance(url, str):
        return None
    path = urlsplit(url).path.rstrip("/")
    match = re.search(rf"/{re.escape(resource)}/({_UUID})$", path)
    return match.group(1).lower() if match else None


def paginate(
    request: Request, items: Sequence[T], render: Callable[[T], dict[str, Any]], page_size: int
) -> dict[str, Any]:
    """A `Paginated...List` page {count, next, previous, results} of `items` (`?page=`)."""
    raw = request.query_params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        raise validation_error(field_error("page", "invalid", "Ongeldige pagina."))
    page = int(raw)
    pages = max(1, -(-len(items) // page_size))
    if page > pages:
        raise ZgwProblem(404, "not_found", "Niet gevonden.", "Ongeldige pagina.")
    start = (page - 1) * page_size

    def link(number: int) -> str:
        query = {k: v for k, v in request.query_params.items() if k != "page"}
        query["page"] = str(number)
        return str(request.url.replace(query=urlencode(query)))

    return {
        "count": len(items),
        "next": link(page + 1) if page < pages else None,
        "previous": link(page - 1) if page > 1 else None,
        "results": [render(item) for item in items[start : start + page_size]],
    }


async def json_object(request: Request) -> dict[str, Any]:
    """The request's JSON object body; 415 for another media type, 400 for bad JSON."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise ZgwProblem(
            415,
            "unsupported_media_type",
            "Niet-ondersteund mediatype.",
            f"Mediatype {media_type or '(geen)'!r} wordt niet ondersteund.",
        )
    try:
        body = json.loads(await request.body())
    except ValueError:
        raise ZgwProblem(400, "parse_error", "Malformed request.", "Ongeldige JSON.") from None
    if not isinstance(body, dict):
        raise validation_error(
            field_error("nonFieldErrors", "invalid", "Verwacht een JSON-object.")
        )
    return body


def required_fields(body: dict[str, Any], *names: str) -> None:
    """400 naming every missing or empty required field."""
    missing = [name for name in names if body.get(name) in (None, "")]
    if missing:
        raise validation_error(
            *(field_error(name, "required", "Dit veld is vereist.") for name in missing)
        )
