"""Enforce the assurance level each root field needs, before its resolver runs."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from strawberry.extensions import FieldExtension
from strawberry.extensions.field_extension import AsyncExtensionResolver, SyncExtensionResolver
from strawberry.types import Info


class Authenticatieniveau(FieldExtension):
    """Checks `Authenticatiebeleid` for a root field (`build_schema` puts it on each one).

    A field extension on the root fields, not a schema extension: a schema extension's
    `resolve` wraps every field of every result, thousands in a large one.
    """

    def resolve(self, next_: SyncExtensionResolver, source: Any, info: Info, **kwargs: Any) -> Any:
        """Refuse a root field whose minimum level the actor's token does not reach."""
        _controleer(info)
        return next_(source, info, **kwargs)

    def resolve_async(  # type: ignore[override]
        self, next_: AsyncExtensionResolver, source: Any, info: Info, **kwargs: Any
    ) -> Awaitable[Any]:
        """As `resolve`, for an async resolver: checks, then hands on the resolver's awaitable
        (a coroutine of its own would add a frame to every root field's await chain)."""
        _controleer(info)
        return next_(source, info, **kwargs)


def _controleer(info: Info) -> None:
    context = info.context
    context.services.authenticatie.controleer(info.field_name, context.actor)
