"""graphql-core's executor as the schema runs it: without a reference cycle per operation, and
reading plain fields straight from their objects.

A person's answer is mostly fields that are plain attributes of the BRP model: leaves (a name,
a date, a BSN) and the groups holding them (`naam`, `geboorte`, `datum`). For each, graphql-core
builds a resolve info, calls Strawberry's resolver chain (which only reads the attribute) and
dispatches on the field's type: ~2 us a field, a third of a person's completion
(docs/performance.md, change 31). `mark_plain_fields` finds such fields once, when the schema
is built; the executor reads them itself, serialises a leaf or goes on into an object's
selection, and leaves every other case to graphql-core: a value it does not take as it is (null
for a non-null field, an error, an awaitable, a value the scalar refuses) is read again there.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, NamedTuple

from graphql import (
    ExecutionResult,
    GraphQLField,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    Undefined,
    get_nullable_type,
    is_leaf_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

PLAIN_FIELD = "trouwgraph-plain-field"
"""The key of a field's `PlainField`, in the field's `extensions`."""


class PlainField(NamedTuple):
    """A field that only reads `attribute` of its object."""

    attribute: str
    type: GraphQLLeafType | GraphQLObjectType  # the field's type, without non-null
    nullable: bool


def mark_plain_fields(schema: GraphQLSchema) -> int:
    """Mark every field that reads an attribute (Strawberry's default resolver, no arguments,
    no field extensions) and returns a scalar, an enum or an object type that checks no
    `is_type_of`; how many were marked."""
    marked = 0
    for graphql_type in schema.type_map.values():
        if not is_object_type(graphql_type) or graphql_type.name.startswith("__"):
            continue
        for field in graphql_type.fields.values():
            plain = _plain(field)
            if plain is not None:
                field.extensions[PLAIN_FIELD] = plain
                marked += 1
    return marked


def _plain(field: GraphQLField) -> PlainField | None:
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(definition, StrawberryField) or field.args:
        return None
    # A basic field's resolver is the default one (`getattr`) and nothing wraps it.
    basic = getattr(field.resolve, "_is_default", False)
    if not basic or definition.default_resolver is not getattr:
        return None
    named = get_nullable_type(field.type)
    if is_leaf_type(named) or (is_object_type(named) and named.is_type_of is None):
        return PlainField(definition.python_name, named, nullable=named is field.type)
    return None


class LeanExecution(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, without graphql-core's reference cycle, and with the
    fields `mark_plain_fields` marked read directly.

    graphql-core keeps helpers bound to the executor on the executor (`async_helpers`), so
    every operation is a cycle holding the request's context, DataLoaders and results until
    the cyclic collector runs; with ten requests in flight those reach the old generations and
    wait for a full collection. The resolve infos made during execution hold the helpers
    themselves; the executor needs them no more once the response is built.
    """

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        """A plain field's value: a leaf serialised, an object's selection executed; anything
        else as graphql-core does."""
        field = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
        # Strawberry passes a middleware manager always; one with middleware wraps resolvers.
        wrapped = self.middleware_manager is not None and self.middleware_manager.middlewares
        plain = field.extensions.get(PLAIN_FIELD) if field and not wrapped else None
        if field and plain is not None:
            try:
                value = getattr(source, plain.attribute)
            except Exception:  # graphql-core reads it again and reports it
                value = Undefined
            if value is None:
                if plain.nullable:
                    return None
            elif value is Undefined or isinstance(value, Exception) or self.is_awaitable(value):
                pass
            elif is_object_type(plain.type):
                return self._complete_object(
                    field.type, plain.type, field_details_list, path, value, position_context
                )
            else:
                try:
                    serialised = plain.type.coerce_output_value(value)
                except Exception:  # as above
                    serialised = None
                if serialised is not None and serialised is not Undefined:
                    return serialised
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _complete_object(
        self,
        return_type: GraphQLOutputType,
        object_type: GraphQLObjectType,
        field_details_list: FieldDetailsList,
        path: Path,
        value: object,
        position_context: Any,
    ) -> Any:
        # graphql-core's completion of an object without `is_type_of`, and its error handling
        # in `execute_field`: an error below nulls this field, or the parent when non-null.
        try:
            completed = self.collect_and_execute_subfields(
                object_type, field_details_list, path, value, position_context
            )
        except Exception as error:
            self.handle_field_error(error, return_type, field_details_list, path)
            return None
        if self.is_awaitable(completed):
            return self._await_object(completed, return_type, field_details_list, path)
        return completed

    async def _await_object(
        self,
        completed: Awaitable[Any],
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        path: Path,
    ) -> Any:
        try:
            return await completed
        except Exception as error:
            self.handle_field_error(error, return_type, field_details_list, path)
            return None

    def build_response(self, data: dict[str, Any] | None) -> Any:
        """The response; the executor's helpers dropped unless increments are still to come."""
        response = super().build_response(data)
        if isinstance(response, ExecutionResult):
            vars(self).pop("async_helpers", None)
        return response
