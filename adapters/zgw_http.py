"""One ZGW API over HTTP: JSON calls, pagination and the translation of every failure.

`ZgwHttp` wraps the long-lived `httpx.AsyncClient` of one registry ("ZAKEN" or "CATALOGI";
base URL, `ZgwJwtAuth` and timeouts are set on the client) and, through `adapters.responses`,
turns transport errors, HTTP statuses and bad bodies into `adapters.errors.UpstreamError`s with
stable codes (`ZAKEN_UNAVAILABLE`, `CATALOGI_INVALID_RESPONSE`, ...). A problem+json body is kept
only as its status, title, code and the names and codes of invalid parameters (never a value: a
`reason` may quote a BSN).

The ZGW APIs link resources by absolute URL; `ZgwHttp` follows only URLs on its own registry's
origin, so a token is never sent elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from trouwgraph.adapters.errors import UpstreamInvalidResponse
from trouwgraph.adapters.responses import decode_json, problem_details, send

__all__ = ["CRS_HEADERS", "MAX_PAGES", "ZgwHttp"]

CRS_HEADERS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
"""The Zaken API's zaak resource wants both, also on GET (412 without)."""

MAX_PAGES = 50
_JSON = "application/json"
# The ZGW APIs' problem bodies (Fout/ValidatieFout) name them `invalidParams` only.
_PROBLEM = problem_details("invalidParams")


class ZgwHttp:
    """JSON over one ZGW API; every method raises `UpstreamError`s only."""

    def __init__(
        self, registry: str, client: httpx.AsyncClient, *, timeout: httpx.Timeout | None = None
    ) -> None:
        self.registry = registry
        self._client = client
        self._timeout = timeout or client.timeout
        self._origin = _origin(str(client.base_url))

    def url(self, path: str) -> str:
        """The absolute URL of `path` relative to the API root."""
        return str(self._client.base_url.join(path.lstrip("/")))

    async def get(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """GET `url` (absolute on this registry, or relative) and return its JSON (200)."""
        return await self._call("GET", url, params=params, headers=headers, expect=200)

    async def post(
        self, url: str, body: Mapping[str, Any], *, headers: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """POST a JSON object and return the created resource (201)."""
        answer = await self._call("POST", url, body=body, headers=headers, expect=201)
        if not isinstance(answer, dict) or not isinstance(answer.get("url"), str):
            raise UpstreamInvalidResponse(self.registry, "created resource has no url")
        return answer

    async def all_pages(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Every result of a paginated list, following `next` (at most `MAX_PAGES` pages)."""
        results: list[dict[str, Any]] = []
        next_url: str | None = url
        current_params = params
        for _ in range(MAX_PAGES):
            if next_url is None:
                return results
            page = await self.get(next_url, params=current_params, headers=headers)
            current_params = None  # `next` carries the query
            items = page.get("results") if isinstance(page, dict) else None
            following = page.get("next") if isinstance(page, dict) else None
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise UpstreamInvalidResponse(self.registry, "list without results")
            if following is not None and not isinstance(following, str):
                raise UpstreamInvalidResponse(self.registry, "list with an invalid next link")
            results.extend(items)
            next_url = following
        raise UpstreamInvalidResponse(self.registry, f"list longer than {MAX_PAGES} pages")

    async def _call(
        self,
        method: str,
        url: str,
        *,
        expect: int,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        if url.startswith(("http://", "https://")) and _origin(url) != self._origin:
            raise UpstreamInvalidResponse(self.registry, "link points outside the registry")
        sent_headers = {"Accept": _JSON, **(headers or {})}
        content: bytes | None = None
        if body is not None:
            sent_headers["Content-Type"] = _JSON
            content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        response = await send(
            self.registry,
            self._client.request(
                method,
                url,
                params=params,
                content=content,
                headers=sent_headers,
                timeout=self._timeout,
            ),
        )
        return decode_json(self.registry, response, expected=(expect,), error_body=_PROBLEM)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()
