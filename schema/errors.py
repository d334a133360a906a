"""Turn every GraphQL error into one a client may see: a safe message and a stable code.

Expected failures that belong to the domain are result unions in the schema; what reaches this
extension is either an error with a code of its own (shown as is) or an unexpected one, which is
logged with its trace and answered as INTERNE_FOUT without any detail; the case store being
unreachable is OPSLAG_NIET_BESCHIKBAAR (retry later).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from trouwgraph.domain.bsn import maskeer_bsns
from trouwgraph.domain.fouten import Fout
from trouwgraph.store.errors import StoreUnavailable

logger = logging.getLogger("trouwgraph.errors")

INTERNAL = "INTERNE_FOUT"
STORE_UNAVAILABLE = "OPSLAG_NIET_BESCHIKBAAR"
GRAPHQL_INVALID = "GRAPHQL_ONGELDIG"


class ErrorTranslation(SchemaExtension):
    """Masks unexpected errors and gives every error an `extensions.code`.

    What Strawberry's `MaskErrors` does with every error masked, without its check of the result
    against a runtime `Protocol` (~2% of a one-person request) and its per-request set-up.
    """

    error_message = "Interne fout."

    def on_operation(self) -> Iterator[None]:
        """After the operation: each error of its result as the client may see it."""
        yield
        result = self.execution_context.result  # None when the operation was refused
        if result is not None and result.errors:
            result.errors = [self.anonymise_error(error) for error in result.errors]

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        """The error as the client may see it."""
        original = error.original_error
        if original is None:
            # graphql-core quotes the client's literals in its messages: a BSN among them
            # must not come back, nor reach a log.
            code = (error.extensions or {}).get("code", GRAPHQL_INVALID)
            return self._with(error, maskeer_bsns(error.message), code)
        if isinstance(original, GraphQLError):
            return self._with(error, error.message, (original.extensions or {}).get("code"))
        if isinstance(original, Fout):
            # Its Dutch `melding`, never `str()`: an upstream error's str() is for the logs.
            return self._with(error, original.melding, original.code, original.veld)
        if isinstance(original, StoreUnavailable):
            # A passing outage, nothing half-written (one transaction): the client may retry.
            logger.warning("the case store is unavailable")
            melding = "De opslag is tijdelijk niet bereikbaar; probeer het zo opnieuw."
            return self._with(error, melding, STORE_UNAVAILABLE)
        # Type and frames only: the message may hold personal data.
        logger.error(
            "unexpected %s in resolver\n%s",
            type(original).__name__,
            "".join(traceback.format_tb(original.__traceback__)),
        )
        return self._with(error, self.error_message, INTERNAL)

    @staticmethod
    def _with(
        error: GraphQLError, message: str, code: object, veld: tuple[str, ...] = ()
    ) -> GraphQLError:
        extensions: dict[str, object] = {"code": code if isinstance(code, str) else GRAPHQL_INVALID}
        if veld:
            extensions["pad"] = list(veld)  # the argument an invalid input concerns
        return GraphQLError(
            message=message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions=extensions,
        )
