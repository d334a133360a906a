"""Enforce the assurance level each root field needs, before its resolver runs."""

from __future__ import annotations

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

    async def resolve_async(
        self, next_: AsyncExtensionResolver, source: Any, info: Info, **kwargs: Any
    ) -> Any:
        """As `resolve`, for an async resolver."""
        _controleer(info)
        return await next_(source, info, **kwargs)


def _controleer(info: Info) -> None:
    context = info.context
    context.services.authenticatie.controleer(info.field_name, context.actor)
