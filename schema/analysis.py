"""What an operation would cost: depth, aliases, directives and a cost estimate, in one pass.

Strawberry's `QueryDepthLimiter` and `MaxAliasesLimiter` walk a fragment again for every spread,
so a chain of fragments that each spread the next one twice takes exponential time to validate
(30 levels fit in a few hundred tokens). This analysis walks each fragment once per operation
and multiplies its totals by the number of spreads, which counts aliases and directives
"through" fragments without the blow-up.

Cost model: every field costs 1 (`__typename` 0); the selection under a list field is paid once
per element, and the number of elements is the field's page argument (`first`, `last`, `limit`),
else the page argument of the field just above it (the Relay connection pattern:
`huwelijken(first: 50) { edges { ... } }`), else the argument's schema default, else
`default_list_cost`. A page argument given as a variable counts as its default or, without one,
as `max_page_size`. A field whose work or length is known better has a weight of its own
(`Pricing.weights`: its own cost instead of 1, and the length of its list).

Introspection (`__schema`, `__type`) is bounded by the size of the schema, not by data, so its
fields cost 1 and add no depth; what makes it explode is nesting its lists
(`types { fields { type { fields ... } } }`), which is limited by `max_introspection_lists`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SchemaMetaFieldDef,
    SelectionSetNode,
    TypeMetaFieldDef,
    VariableNode,
    get_named_type,
)

PAGE_ARGUMENTS = ("first", "last", "limit")
MAX_FRAGMENT_NESTING = 32
"""Fragments spread within fragments deeper than this count as too deep (recursion bound)."""
MAX_INTROSPECTION_DEPTH = 24
"""Depth allowed below `__schema`/`__type`; GraphiQL's introspection query needs about 13."""
_CAP = 10**12
"""Totals saturate here: a fragment fan-out must not build astronomically large integers."""


@dataclass(frozen=True)
class Pricing:
    """The parameters of the cost model."""

    default_list_cost: int
    max_page_size: int
    weights: Mapping[str, Weight] = field(default_factory=dict)
    """Per field ("Type.field"): its own weight, where the defaults misjudge it."""


@dataclass(frozen=True)
class Weight:
    """A field's own cost (the work of resolving it) and, for a list, its greatest length."""

    cost: int = 1
    list_size: int | None = None


@dataclass(frozen=True)
class Totals:
    """What a selection adds up to."""

    depth: int = 0
    aliases: int = 0
    directives: int = 0
    cost: int = 0
    introspection_lists: int = 0
    too_deep: bool = False

    def plus(self, other: Totals, times: int = 1) -> Totals:
        """Sum of both (`other` counted `times` times); depths and nestings take the maximum."""
        return Totals(
            depth=max(self.depth, other.depth),
            aliases=_cap(self.aliases + times * other.aliases),
            directives=_cap(self.directives + times * other.directives),
            cost=_cap(self.cost + times * other.cost),
            introspection_lists=max(self.introspection_lists, other.introspection_lists),
            too_deep=self.too_deep or other.too_deep,
        )


_UNWEIGHTED = Weight()


def _cap(value: int) -> int:
    return min(value, _CAP)


def analyse_operation(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Mapping[str, FragmentDefinitionNode],
    pricing: Pricing,
    max_depth: int,
) -> Totals:
    """The totals of one operation; fields deeper than `max_depth` are not looked into."""
    root = {
        OperationType.QUERY: schema.query_type,
        OperationType.MUTATION: schema.mutation_type,
        OperationType.SUBSCRIPTION: schema.subscription_type,
    }[operation.operation]
    walker = _Walker(schema, operation, fragments, pricing, max_depth)
    own = Totals(directives=len(operation.directives or ()))
    if root is None:
        return own
    return own.plus(walker.selection_set(operation.selection_set, root, None, False, max_depth, ()))


class _Walker:
    def __init__(
        self,
        schema: GraphQLSchema,
        operation: OperationDefinitionNode,
        fragments: Mapping[str, FragmentDefinitionNode],
        pricing: Pricing,
        max_depth: int,
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.pricing = pricing
        self.max_depth = max_depth
        self.memo: dict[tuple[str, int | None, bool, int], Totals] = {}
        self.variable_defaults: dict[str, int | None] = {
            definition.variable.name.value: (
                int(definition.default_value.value)
                if isinstance(definition.default_value, IntValueNode)
                else None
            )
            for definition in operation.variable_definitions or ()
        }

    def selection_set(
        self,
        node: SelectionSetNode,
        parent: GraphQLNamedType,
        page: int | None,
        introspection: bool,
        remaining: int,
        spreads: tuple[str, ...],
    ) -> Totals:
        total = Totals()
        for selection in node.selections:
            total = total.plus(Totals(directives=len(selection.directives or ())))
            if isinstance(selection, FieldNode):
                total = total.plus(
                    self.field(selection, parent, page, introspection, remaining, spreads)
                )
            elif isinstance(selection, InlineFragmentNode):
                inner = (
                    self._type(selection.type_condition.name.value)
                    if (selection.type_condition)
                    else parent
                )
                if inner is not None:
                    total = total.plus(
                        self.selection_set(
                            selection.selection_set, inner, page, introspection, remaining, spreads
                        )
                    )
            elif isinstance(selection, FragmentSpreadNode):
                total = total.plus(
                    self.spread(selection.name.value, page, introspection, remaining, spreads)
                )
        return total

    def spread(
        self,
        name: str,
        page: int | None,
        introspection: bool,
        remaining: int,
        spreads: tuple[str, ...],
    ) -> Totals:
        fragment = self.fragments.get(name)
        if fragment is None or name in spreads:
            return Totals()  # unknown fragments and cycles are reported by the spec rules
        if len(spreads) >= MAX_FRAGMENT_NESTING:
            return Totals(too_deep=True)
        key = (name, page, introspection, remaining)
        if key not in self.memo:
            inner = self._type(fragment.type_condition.name.value)
            own = Totals(directives=len(fragment.directives or ()))
            if inner is not None:
                own = own.plus(
                    self.selection_set(
                        fragment.selection_set,
                        inner,
                        page,
                        introspection,
                        remaining,
                        (*spreads, name),
                    )
                )
            self.memo[key] = own
        return self.memo[key]

    def field(
        self,
        node: FieldNode,
        parent: GraphQLNamedType,
        page: int | None,
        introspection: bool,
        remaining: int,
        spreads: tuple[str, ...],
    ) -> Totals:
        name = node.name.value
        own = Totals(aliases=1 if node.alias else 0)
        if name == "__typename":
            return own
        definition = self._field(parent, name)
        if definition is None or node.selection_set is None:
            return own.plus(Totals(cost=1))  # unknown fields are reported by the spec rules
        if name.startswith("__") and not introspection:
            introspection, remaining = True, MAX_INTROSPECTION_DEPTH
        if remaining <= 0:
            return own.plus(Totals(depth=1, cost=1, too_deep=True))
        is_list = _is_list(definition.type)
        weight = self.pricing.weights.get(f"{parent.name}.{name}", _UNWEIGHTED)
        own_page = self._page(node, definition)
        inner = self.selection_set(
            node.selection_set,
            get_named_type(definition.type),
            None if is_list else own_page,
            introspection,
            remaining - 1,
            spreads,
        )
        if introspection:
            lists = inner.introspection_lists + (1 if is_list else 0)
            return own.plus(inner).plus(Totals(cost=1, introspection_lists=lists))
        size = 1
        if is_list:
            size = next(
                value
                for value in (weight.list_size, own_page, page, self.pricing.default_list_cost)
                if value is not None
            )
        below = Totals(
            depth=inner.depth + 1,
            aliases=inner.aliases,
            directives=inner.directives,
            cost=_cap(weight.cost + size * inner.cost),
            introspection_lists=inner.introspection_lists,
            too_deep=inner.too_deep,
        )
        return own.plus(below)

    def _page(self, node: FieldNode, definition: GraphQLField) -> int | None:
        for argument in node.arguments or ():
            if argument.name.value not in PAGE_ARGUMENTS:
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return max(int(value.value), 0)
            if isinstance(value, VariableNode):
                default = self.variable_defaults.get(value.name.value)
                return self.pricing.max_page_size if default is None else default
        for name in PAGE_ARGUMENTS:
            argument_definition = definition.args.get(name)
            if argument_definition is not None and isinstance(
                argument_definition.default_value, int
            ):
                return argument_definition.default_value
        return None

    def _type(self, name: str) -> GraphQLNamedType | None:
        return self.schema.get_type(name)

    def _field(self, parent: GraphQLNamedType, name: str) -> GraphQLField | None:
        if name == "__schema" and parent is self.schema.query_type:
            return SchemaMetaFieldDef
        if name == "__type" and parent is self.schema.query_type:
            return TypeMetaFieldDef
        if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            field: GraphQLField | None = parent.fields.get(name)
            return field
        return None


def _is_list(type_: GraphQLOutputType) -> bool:
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    return isinstance(type_, GraphQLList)
