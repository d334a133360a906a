"""A per-process cache of parsed and validated GraphQL documents, keyed by the document's text.

Front ends send the same few operations (with variables), so a request whose text was seen
before skips graphql-core's lexer, parser and validation rules (the abuse limits among them)
and reuses the document tree. Only documents that parsed and validated cleanly are kept:
a refused document is checked again every time, so its errors are never shared between
requests. The cache is bounded (least recently used out), so unique texts cannot grow it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from threading import Lock

from graphql import DocumentNode
from strawberry.extensions import SchemaExtension

DEFAULT_SIZE = 512


class DocumentStore:
    """A bounded LRU map from (document text, parse options) to a clean document."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._documents: OrderedDict[tuple[str, tuple[object, ...]], DocumentNode] = OrderedDict()
        self._lock = Lock()  # uvicorn runs one thread, but strawberry's sync path may not

    def get(self, key: tuple[str, tuple[object, ...]]) -> DocumentNode | None:
        """The clean document for `key`, marking it recently used."""
        with self._lock:
            document = self._documents.get(key)
            if document is not None:
                self._documents.move_to_end(key)
            return document

    def put(self, key: tuple[str, tuple[object, ...]], document: DocumentNode) -> None:
        """Keep a document that parsed and validated without errors."""
        with self._lock:
            self._documents[key] = document
            self._documents.move_to_end(key)
            while len(self._documents) > self.size:
                self._documents.popitem(last=False)

    def __len__(self) -> int:
        return len(self._documents)


class DocumentCache(SchemaExtension):
    """Skips parsing and validation of a document that was parsed and validated before.

    Pass it as a factory sharing one `DocumentStore`: `lambda: DocumentCache(store)`.
    """

    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self._hit = False

    def _key(self) -> tuple[str, tuple[object, ...]] | None:
        context = self.execution_context
        if context.query is None:
            return None
        options: Mapping[str, object] = context.parse_options
        return context.query, tuple(sorted(options.items()))

    def on_parse(self) -> Iterator[None]:
        """Hand Strawberry the cached document, so it does not parse."""
        key = self._key()
        document = self.store.get(key) if key is not None else None
        if document is not None:
            self.execution_context.graphql_document = document
            self._hit = True
        yield

    def on_validate(self) -> Iterator[None]:
        """On a hit, report no errors (so Strawberry does not validate); else keep a clean
        document once validation found nothing."""
        context = self.execution_context
        if self._hit:
            context.pre_execution_errors = []
        yield
        key = self._key()
        clean = context.pre_execution_errors == [] and context.graphql_document is not None
        if not self._hit and key is not None and clean:
            assert context.graphql_document is not None
            self.store.put(key, context.graphql_document)
