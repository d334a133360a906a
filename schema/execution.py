"""graphql-core's executor, letting go of itself once an operation's response is built."""

from __future__ import annotations

from typing import Any

from graphql import ExecutionResult
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext


class AcyclicExecution(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, without the reference cycle graphql-core leaves.

    graphql-core keeps helpers bound to the executor on the executor (`async_helpers`), so
    every operation is a cycle holding the request's context, DataLoaders and results until
    the cyclic collector runs; with ten requests in flight those reach the old generations and
    wait for a full collection. The resolve infos made during execution hold the helpers
    themselves; the executor needs them no more once the response is built.
    """

    def build_response(self, data: dict[str, Any] | None) -> Any:
        """The response; the executor's helpers dropped unless increments are still to come."""
        response = super().build_response(data)
        if isinstance(response, ExecutionResult):
            vars(self).pop("async_helpers", None)
        return response
