"""Every text argument of every operation is checked before any resolver runs.

Strings are bounded in length and may not hold control characters (a newline and a tab
excepted): such input has no meaning here and only ends up in logs, case documents and
upstream requests. Values are never repeated in the error.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Awaitable, Iterator
from enum import Enum
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import FieldExtension
from strawberry.extensions.field_extension import AsyncExtensionResolver, SyncExtensionResolver
from strawberry.types import Info
from strawberry.types.maybe import Some

MAX_TEKST = 1000
TOEGESTAAN = frozenset("\n\t")


class Tekstinvoer(FieldExtension):
    """Refuses a root field whose text arguments are too long or hold control characters
    (`build_schema` puts it on each root field; a schema extension would wrap every field)."""

    def resolve(self, next_: SyncExtensionResolver, source: Any, info: Info, **kwargs: Any) -> Any:
        """Check the root field's arguments, then resolve."""
        _controleer(kwargs, info.field_name)
        return next_(source, info, **kwargs)

    def resolve_async(  # type: ignore[override]
        self, next_: AsyncExtensionResolver, source: Any, info: Info, **kwargs: Any
    ) -> Awaitable[Any]:
        """As `resolve`, for an async resolver: checks, then hands on the resolver's awaitable
        (a coroutine of its own would add a frame to every root field's await chain)."""
        _controleer(kwargs, info.field_name)
        return next_(source, info, **kwargs)


def _controleer(arguments: dict[str, Any], veld: str) -> None:
    for pad, tekst in _teksten(arguments, veld):
        reden = ongeldige_tekst(tekst)
        if reden is not None:
            raise GraphQLError(
                f"Ongeldige tekst in {pad}: {reden}.", extensions={"code": "ONGELDIGE_TEKST"}
            )


def ongeldige_tekst(tekst: str) -> str | None:
    """Why `tekst` is refused, or None."""
    if len(tekst) > MAX_TEKST:
        return f"langer dan {MAX_TEKST} tekens"
    if tekst.isprintable():  # no character of a category C (nor a separator but the space)
        return None
    if any(unicodedata.category(t).startswith("C") and t not in TOEGESTAAN for t in tekst):
        return "bevat stuurtekens"
    return None


def _teksten(waarde: object, pad: str) -> Iterator[tuple[str, str]]:
    """Every string inside `waarde` (arguments, input objects, lists) with its path."""
    if isinstance(waarde, str):
        yield pad, waarde
    elif isinstance(waarde, dict):
        for naam, deel in waarde.items():
            yield from _teksten(deel, f"{pad}.{naam}")
    elif isinstance(waarde, list | tuple):
        for index, deel in enumerate(waarde):
            yield from _teksten(deel, f"{pad}[{index}]")
    elif isinstance(waarde, Some):  # a Maybe that was given
        yield from _teksten(waarde.value, pad)
    elif isinstance(waarde, Enum):  # the schema's own values, not input text
        return
    elif hasattr(waarde, "__dict__"):  # Strawberry input objects
        for naam, deel in vars(waarde).items():
            yield from _teksten(deel, f"{pad}.{naam}")
