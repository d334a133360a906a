"""Every exchange with the embedded registries checked against its registry's contract, and
which of the registries' operations the checked exchanges covered.

`RegistryContracts(root)` checks exchanges with the registries of one municipality at `root`
(e.g. `http://127.0.0.1:PORT/registries/9999` in the demo, `http://127.0.0.1:PORT/9999`
standalone): BRP, BAG, Locaties, Zaken, Catalogi and Notificaties against their OpenAPI
specifications (openapi-core, via the `*_contract` modules); Qmatic against the recorded
answers in ../shared/fixtures/agenda/qmatic (`qmatic_contract`); the payment provider, for which
no specification is at hand, against Mollie's documented shapes (`mollie_shape`).
`operations()` lists every route the embedded registries serve, so a test can assert that
its exchanges covered all of them; `handed_out` collects every URL on `root` an answer named,
so a test can fetch each.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from bag_contract import validate_bag_exchange
from brp_contract import validate_brp_exchange
from gateway_support import DEMO_CONFIG
from locaties_contract import validate_locaties_operation
from notificaties_contract import NOTIFICATIES
from qmatic_contract import check_exchange as check_qmatic_exchange
from starlette.applications import Starlette
from starlette.routing import Mount, Route
from zgw_contract import validate_zgw_operation

from trouwgraph.registries.app import EmbeddedCredentials, create_registries
from trouwgraph.server.gemeenten.proces import load_proces

Operation = tuple[str, str, str]
"""(registry, method, route path), e.g. ("zaken", "GET", "/statussen/{uuid:uuid}")."""

_HAL_ERROR = {"status", "title", "detail", "_links"}


class RegistryContractError(AssertionError):
    """An exchange its registry's contract does not allow."""


def mollie_shape(request: httpx.Request, response: httpx.Response) -> None:
    """Mollie's documented shapes: HAL JSON; errors {status, title, detail, _links}; a
    payment, refund or list of refunds with its `resource`/`count` and `_links.self`."""
    if request.url.path.split("/")[-2:-1] == ["checkout"] or "/checkout/" in request.url.path:
        if response.status_code == 303:
            return
        if not response.headers.get("content-type", "").startswith("text/html"):
            raise RegistryContractError("the checkout page is not HTML")
        return
    if response.headers.get("content-type") != "application/hal+json":
        raise RegistryContractError(f"{request.url.path}: not application/hal+json")
    body = json.loads(response.content)
    if response.status_code >= 400:
        if not set(body) >= _HAL_ERROR or body["status"] != response.status_code:
            raise RegistryContractError(f"not a Mollie error: {body}")
        return
    if "count" in body:
        if set(body) != {"count", "_embedded", "_links"}:
            raise RegistryContractError(f"not a Mollie list: {sorted(body)}")
        if not {"self", "previous", "next", "documentation"} <= set(body["_links"]):
            raise RegistryContractError("a Mollie list without its links")
        return
    if body.get("resource") not in {"payment", "refund"} or "self" not in body["_links"]:
        raise RegistryContractError(f"not a Mollie resource: {sorted(body)}")
    if set(body["amount"]) != {"currency", "value"}:
        raise RegistryContractError("an amount that is not {currency, value}")


@dataclass
class RegistryContracts:
    """Checks exchanges with the registries at `root`; remembers the operations covered."""

    root: str
    bsns: tuple[str, ...] = ()
    covered: set[Operation] = field(default_factory=set)
    handed_out: set[str] = field(default_factory=set)
    checked: int = 0

    def __post_init__(self) -> None:
        self._routes = operations_with_patterns()

    def check(self, request: httpx.Request, response: httpx.Response) -> None:
        """Check one exchange (raises `AssertionError`) and note the operation it covered."""
        root_path = urlsplit(self.root).path.rstrip("/")
        path = request.url.path
        if not path.startswith(f"{root_path}/"):
            raise RegistryContractError(f"not a registry of {self.root}: {path}")
        registry, _, rest = path[len(root_path) + 1 :].partition("/")
        operation_path = f"/{rest}"
        self._validator(registry)(request, response, operation_path)
        self.checked += 1
        media_type = response.headers.get("content-type", "").split(";")[0]
        if response.is_success and media_type.endswith("json"):  # errors name URIs, not links
            self.handed_out |= {
                url for url in _strings(json.loads(response.content)) if url.startswith(self.root)
            }
        for (naam, method, route_path), pattern in self._routes.items():
            if naam == registry and method == request.method and pattern.fullmatch(operation_path):
                self.covered.add((naam, method, route_path))

    def _validator(self, registry: str) -> Callable[[httpx.Request, httpx.Response, str], None]:
        def zgw(api: str) -> Callable[[httpx.Request, httpx.Response, str], None]:
            return lambda rq, rs, op: validate_zgw_operation(api, rq, rs, op)

        validators: dict[str, Callable[[httpx.Request, httpx.Response, str], None]] = {
            "brp": lambda rq, rs, _: validate_brp_exchange(rq, rs),
            "bag": lambda rq, rs, _: validate_bag_exchange(rq, rs),
            "locaties": validate_locaties_operation,
            "zaken": zgw("zaken"),
            "catalogi": zgw("catalogi"),
            "notificaties": lambda rq, rs, op: NOTIFICATIES.validate(rq, rs, op),
            "qmatic": lambda rq, rs, _: check_qmatic_exchange(rq, rs, self.bsns),
            "betalingen": lambda rq, rs, _: mollie_shape(rq, rs),
        }
        if registry not in validators:
            raise RegistryContractError(f"unknown registry {registry!r}")
        return validators[registry]


class CheckingTransport(httpx.HTTPTransport):
    """Real HTTP; every exchange is read and checked by `contracts`."""

    def __init__(self, contracts: RegistryContracts) -> None:
        super().__init__()
        self.contracts = contracts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.contracts.check(request, response)
        return response


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def operations_with_patterns() -> dict[Operation, re.Pattern[str]]:
    """Every operation the embedded registries of one municipality serve, with the regex of
    its path (as Starlette compiles it)."""
    raw = tomllib.loads(DEMO_CONFIG.read_text(encoding="utf-8"))
    proces = load_proces(raw["proces"], gemeentecode=raw["gemeentecode"], path=DEMO_CONFIG)
    app = create_registries(proces, public_url="http://x", credentials=EmbeddedCredentials())
    found: dict[Operation, re.Pattern[str]] = {}
    for mount in app.router.routes:
        assert isinstance(mount, Mount)
        registry = mount.path.strip("/")
        inner = mount.app
        while not isinstance(inner, Starlette):  # ZGW APIs: behind their JWT check
            inner = inner._app  # type: ignore[attr-defined]
        for route in inner.router.routes:
            assert isinstance(route, Route)
            for method in sorted((route.methods or set()) - {"HEAD"}):
                found[(registry, method, route.path)] = route.path_regex
    return found


def operations() -> set[Operation]:
    """Every operation the embedded registries of one municipality serve."""
    return set(operations_with_patterns())
