"""A per-process cache of parsed and validated GraphQL documents, keyed by the document's text.

Front ends send the same few operations (with variables), so a request whose text was seen
before skips graphql-core's lexer, parser and validation rules (the abuse limits among them)
and reuses the document tree. Only documents that parsed and validated cleanly are kept:
a refused document is checked again every time, so its errors are never shared between
requests. The cache is bounded (least recently used out), so unique texts cannot grow it.

It is a segmented LRU: a document parsed for the first time waits in a small probation
segment and moves to the kept segment when it is asked again. Documents sent once (literals
written into the text, one-off tools) thus never fill the cache, which matters beyond memory:
every kept document is ~200 objects the cyclic collector walks in each full collection, and a
cache full of one-off mutations made those collections the long tail of the latency
(docs/performance.md, change 19).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from threading import Lock

from graphql import DocumentNode
from strawberry.extensions import SchemaExtension

DEFAULT_SIZE = 512
DEFAULT_PROBATION = 64

Key = tuple[str, tuple[object, ...]]


class DocumentStore:
    """A bounded segmented LRU from (document text, parse options) to a clean document:
    `probation` places for documents seen once, `size` for documents asked for again."""

    def __init__(self, size: int = DEFAULT_SIZE, probation: int = DEFAULT_PROBATION) -> None:
        self.size = size
        self.probation = probation
        self._kept: OrderedDict[Key, DocumentNode] = OrderedDict()
        self._seen_once: OrderedDict[Key, DocumentNode] = OrderedDict()
        self._lock = Lock()  # uvicorn runs one thread, but strawberry's sync path may not

    def get(self, key: Key) -> DocumentNode | None:
        """The clean document for `key`, marking it recently used (a document on probation
        is kept from now on)."""
        with self._lock:
            document = self._kept.get(key)
            if document is not None:
                self._kept.move_to_end(key)
                return document
            document = self._seen_once.pop(key, None)
            if document is not None:
                self._kept[key] = document
                _trim(self._kept, self.size)
            return document

    def put(self, key: Key, document: DocumentNode) -> None:
        """Put a document that parsed and validated without errors on probation."""
        with self._lock:
            self._seen_once[key] = document
            self._seen_once.move_to_end(key)
            _trim(self._seen_once, self.probation)

    def __len__(self) -> int:
        return len(self._kept) + len(self._seen_once)


def _trim(documents: OrderedDict[Key, DocumentNode], size: int) -> None:
    while len(documents) > size:
        documents.popitem(last=False)


class DocumentCache(SchemaExtension):
    """Skips parsing and validation of a document that was parsed and validated before.

    Pass it as a factory sharing one `DocumentStore`: `lambda: DocumentCache(store)`.
    """

    def __init__(self, store: DocumentStore) -> None:
        self.store = store
        self._hit = False

    def _key(self) -> Key | None:
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
