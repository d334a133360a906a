"""Enforce the assurance level each root field needs, before its resolver runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLResolveInfo
from strawberry.extensions import SchemaExtension


class Authenticatieniveau(SchemaExtension):
    """Checks `Authenticatiebeleid` for every root field of an operation."""

    def resolve(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Refuse a root field whose minimum level the actor's token does not reach."""
        if info.path.prev is None and not info.field_name.startswith("__"):
            context = info.context
            context.services.authenticatie.controleer(info.field_name, context.actor)
        return _next(root, info, *args, **kwargs)
