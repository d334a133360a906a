"""Limits on what one GraphQL request may ask, and the Strawberry extensions that enforce them.

Every refusal is a GraphQL error with a stable `extensions.code` (kept by `ErrorTranslation`,
which leaves the code of an error without an original error alone):

| code | when |
|---|---|
| GRAPHQL_TE_DIEP | the selection nests deeper than `max_depth` (fragments included) |
| GRAPHQL_TE_VEEL_ALIASSEN | more than `max_aliases` aliases, counted once per fragment spread |
| GRAPHQL_TE_VEEL_TOKENS | the document has more than `max_tokens` tokens (parsing stops) |
| GRAPHQL_TE_VEEL_DIRECTIVES | more than `max_directives` directive uses, counted per spread |
| GRAPHQL_TE_DUUR | the estimated cost exceeds `max_cost` (see `schema.analysis`) |
| GRAPHQL_INTROSPECTIE_UIT | introspection in production |
| GRAPHQL_INTROSPECTIE_TE_DIEP | introspection nesting more than `max_introspection_lists` lists |

In production, "Did you mean ...?" suggestions are also stripped from every error message:
they spell out field, argument and enum names a client did not ask for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from graphql import (
    DocumentNode,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLSyntaxError,
    OperationDefinitionNode,
    ValidationContext,
    ValidationRule,
)
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension

from trouwgraph.schema.analysis import Pricing, analyse_operation
from trouwgraph.schema.kosten import WEIGHTS

TE_DIEP = "GRAPHQL_TE_DIEP"
TE_VEEL_ALIASSEN = "GRAPHQL_TE_VEEL_ALIASSEN"
TE_VEEL_TOKENS = "GRAPHQL_TE_VEEL_TOKENS"
TE_VEEL_DIRECTIVES = "GRAPHQL_TE_VEEL_DIRECTIVES"
TE_DUUR = "GRAPHQL_TE_DUUR"
INTROSPECTIE_UIT = "GRAPHQL_INTROSPECTIE_UIT"
INTROSPECTIE_TE_DIEP = "GRAPHQL_INTROSPECTIE_TE_DIEP"

_TOKEN_OVERFLOW = re.compile(r"Document contains more than \d+ tokens")
# graphql-core's hints, wherever they stand in a message: they reveal the schema.
_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?", re.DOTALL)


@dataclass(frozen=True)
class GraphQLLimits:
    """What one request may ask; the defaults suit the trouwgraph front ends with room to spare.

    The deepest real query (a person, their partners and those partners' data) nests 6 levels;
    a Relay page is at most 100 (`MAX_PAGINA`), so a full page of cases with partners and
    witnesses costs about 2,000.
    """

    max_depth: int = 10
    max_aliases: int = 15
    max_tokens: int = 2000
    max_directives: int = 10
    max_cost: int = 5000
    default_list_cost: int = 20
    """Elements assumed for a list without a page argument (`first`, `last`, `limit`)."""
    max_page_size: int = 100
    """Elements assumed for a page argument given as a variable without a default."""
    max_introspection_lists: int = 3
    """Lists nested in an introspection query; GraphiQL's own needs 3 (types, fields, args)."""
    max_operations_per_batch: int = 1
    """Operations in one JSON array body; 1 turns batching off."""
    max_body_bytes: int = 100_000
    """Request body size; larger bodies get 413."""

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"GraphQL limit {name} must be a positive integer")


class CodedError(GraphQLError):
    """A GraphQL error with a stable code."""

    def __init__(self, message: str, code: str, nodes: Any = None) -> None:
        super().__init__(message, nodes, extensions={"code": code})


def operation_limits_rule(limits: GraphQLLimits) -> type[ValidationRule]:
    """A validation rule enforcing depth, aliases, directives, cost and introspection nesting."""
    pricing = Pricing(limits.default_list_cost, limits.max_page_size, WEIGHTS)

    class OperationLimits(ValidationRule):
        def enter_document(self, node: DocumentNode, *_args: object) -> None:
            fragments = {
                definition.name.value: definition
                for definition in node.definitions
                if isinstance(definition, FragmentDefinitionNode)
            }
            for definition in node.definitions:
                if isinstance(definition, OperationDefinitionNode):
                    self._check(self.context, definition, fragments)

        def _check(
            self,
            context: ValidationContext,
            operation: OperationDefinitionNode,
            fragments: dict[str, FragmentDefinitionNode],
        ) -> None:
            totals = analyse_operation(
                context.schema, operation, fragments, pricing, limits.max_depth
            )
            checks = (
                (
                    totals.too_deep or totals.depth > limits.max_depth,
                    TE_DIEP,
                    f"De operatie is dieper genest dan {limits.max_depth} niveaus.",
                ),
                (
                    totals.aliases > limits.max_aliases,
                    TE_VEEL_ALIASSEN,
                    f"De operatie gebruikt meer dan {limits.max_aliases} aliassen.",
                ),
                (
                    totals.directives > limits.max_directives,
                    TE_VEEL_DIRECTIVES,
                    f"De operatie gebruikt meer dan {limits.max_directives} directives.",
                ),
                (
                    totals.cost > limits.max_cost,
                    TE_DUUR,
                    f"De operatie kost naar schatting meer dan {limits.max_cost} punten.",
                ),
                (
                    totals.introspection_lists > limits.max_introspection_lists,
                    INTROSPECTIE_TE_DIEP,
                    f"De introspectie nest meer dan {limits.max_introspection_lists} lijsten.",
                ),
            )
            for failed, code, message in checks:
                if failed:
                    context.report_error(CodedError(message, code, operation))

    return OperationLimits


class NoIntrospection(NoSchemaIntrospectionCustomRule):
    """graphql-core's rule against `__schema` and `__type`, with our code and message."""

    def report_error(self, error: GraphQLError) -> None:
        """Report the refusal with `GRAPHQL_INTROSPECTIE_UIT`."""
        super().report_error(CodedError("Introspectie staat uit.", INTROSPECTIE_UIT, error.nodes))


class OperationLimits(SchemaExtension):
    """Sets the parser's token limit and adds the limit rules to validation; afterwards gives
    the token-limit error its code and, in production, strips suggestions.

    One extension, not Strawberry's `MaxTokensLimiter` and `AddValidationRules` beside one of
    ours: each extension costs every operation its hooks (~8 us each, also on a kept document).
    Must run its `on_operation` exit before `ErrorTranslation`'s: list it after it.
    """

    def __init__(
        self, *, max_tokens: int, rules: tuple[type[ASTValidationRule], ...], production: bool
    ) -> None:
        self.max_tokens = max_tokens
        self.rules = rules
        self.production = production

    def on_operation(self) -> Iterator[None]:
        """Limit parsing and validation, then rewrite the finished operation's errors in place."""
        context = self.execution_context
        context.parse_options["max_tokens"] = self.max_tokens
        context.validation_rules = (*context.validation_rules, *self.rules)
        yield
        errors = getattr(context.result, "errors", None) or ()
        for error in errors:
            if isinstance(error, GraphQLSyntaxError) and _TOKEN_OVERFLOW.search(error.message):
                error.message = "De operatie bevat te veel tokens."
                error.extensions = {**(error.extensions or {}), "code": TE_VEEL_TOKENS}
            if self.production:
                error.message = _SUGGESTION.sub("", error.message)


ExtensionFactory = type[SchemaExtension] | Callable[[], SchemaExtension]


def extensions_for(limits: GraphQLLimits, *, production: bool) -> list[ExtensionFactory]:
    """The Strawberry extensions enforcing `limits`; list them after `ErrorTranslation`.

    Factories, not instances: Strawberry shares an instance between concurrent operations.
    """
    rules: list[type[ASTValidationRule]] = [operation_limits_rule(limits)]
    if production:
        rules.append(NoIntrospection)
    return [
        partial(
            OperationLimits,
            max_tokens=limits.max_tokens,
            rules=tuple(rules),
            production=production,
        )
    ]
