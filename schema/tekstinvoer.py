"""Every text argument of every operation is checked before any resolver runs.

Strings are bounded in length and may not hold control characters (a newline and a tab
excepted): such input has no meaning here and only ends up in logs, case documents and
upstream requests. Values are never repeated in the error.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from graphql import GraphQLError, GraphQLResolveInfo
from strawberry.extensions import SchemaExtension

MAX_TEKST = 1000
TOEGESTAAN = frozenset("\n\t")


class Tekstinvoer(SchemaExtension):
    """Refuses an operation whose text arguments are too long or hold control characters."""

    def resolve(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Check the root field's arguments, then resolve."""
        if info.path.prev is None:
            for pad, tekst in _teksten(kwargs, info.field_name):
                reden = ongeldige_tekst(tekst)
                if reden is not None:
                    raise GraphQLError(
                        f"Ongeldige tekst in {pad}: {reden}.",
                        extensions={"code": "ONGELDIGE_TEKST"},
                    )
        return _next(root, info, *args, **kwargs)


def ongeldige_tekst(tekst: str) -> str | None:
    """Why `tekst` is refused, or None."""
    if len(tekst) > MAX_TEKST:
        return f"langer dan {MAX_TEKST} tekens"
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
    elif hasattr(waarde, "__dict__"):  # Strawberry input objects, Maybe's Some
        for naam, deel in vars(waarde).items():
            yield from _teksten(deel, f"{pad}.{naam}")
