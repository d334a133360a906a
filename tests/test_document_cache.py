"""The document cache: a repeated operation is neither parsed nor validated again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import strawberry.schema.schema as strawberry_schema
from gateway_support import Gateway
from graphql import DocumentNode, parse

from trouwgraph.resolvers.brp_fields import brp_fields
from trouwgraph.schema.document_cache import DocumentStore

PERSOON = '{ persoon(burgerservicenummer: "999993653") { naam { volledigeNaam } } }'


class Counted:
    """Wraps a function and counts its calls."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.function(*args, **kwargs)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Counted:
    counted = Counted(parse)
    monkeypatch.setattr(strawberry_schema, "parse", counted)
    return counted


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> Counted:
    counted = Counted(strawberry_schema.validate_document)
    monkeypatch.setattr(strawberry_schema, "validate_document", counted)
    return counted


async def test_a_repeated_document_is_not_parsed_or_validated_again(
    gateway: Gateway, parses: Counted, validations: Counted
) -> None:
    token = await gateway.token("medewerker")
    first = await gateway.graphql(PERSOON, token=token)
    assert (parses.calls, validations.calls) == (1, 1)
    for _ in range(3):
        again = await gateway.graphql(PERSOON, token=token)
        assert again == first
    assert (parses.calls, validations.calls) == (1, 1)
    assert first["data"]["persoon"]["naam"]["volledigeNaam"] == "Suzanne Moulin"


async def test_a_document_with_other_variables_is_still_one_document(
    gateway: Gateway, parses: Counted
) -> None:
    token = await gateway.token("medewerker")
    query = "query($bsn: BSN!) { persoon(burgerservicenummer: $bsn) { burgerservicenummer } }"
    for bsn in ("999993653", "999990019"):
        result = await gateway.graphql(query, {"bsn": bsn}, token=token)
        assert result["data"]["persoon"]["burgerservicenummer"] == bsn
    assert parses.calls == 1


async def test_a_refused_document_is_checked_every_time(
    gateway: Gateway, parses: Counted, validations: Counted
) -> None:
    token = await gateway.token("medewerker")
    query = "{ persoon(burgerservicenummer: 1) { naam { bestaatNiet } } }"
    answers = [await gateway.graphql(query, token=token) for _ in range(2)]
    assert answers[0] == answers[1]
    assert answers[0]["data"] is None and answers[0]["errors"]
    assert (parses.calls, validations.calls) == (2, 2)


async def test_a_syntax_error_is_answered_every_time(gateway: Gateway, parses: Counted) -> None:
    for _ in range(2):
        result = await gateway.graphql("{ persoon(")
        assert result["errors"][0]["message"].startswith("Syntax Error")
    assert parses.calls == 2


def _documents(*texts: str) -> dict[str, DocumentNode]:
    return {text: parse(text) for text in texts}


def test_the_store_forgets_the_least_recently_used_beyond_its_size() -> None:
    store = DocumentStore(size=2, probation=4)
    documents = _documents("{ a }", "{ b }", "{ c }")
    for text in ("{ a }", "{ b }"):
        store.put((text, ()), documents[text])
        assert store.get((text, ())) is documents[text]  # asked again: kept
    assert store.get(("{ a }", ())) is documents["{ a }"]  # a is now the most recent
    store.put(("{ c }", ()), documents["{ c }"])
    assert store.get(("{ c }", ())) is documents["{ c }"]  # kept, past the size
    assert len(store) == 2
    assert store.get(("{ b }", ())) is None
    assert store.get(("{ a }", ())) is documents["{ a }"]
    assert store.get(("{ c }", ())) is documents["{ c }"]


def test_documents_sent_once_never_push_out_the_ones_asked_for_again() -> None:
    store = DocumentStore(size=2, probation=3)
    kept = _documents("{ a }", "{ b }")
    for text, document in kept.items():
        store.put((text, ()), document)
        store.get((text, ()))
    once = [f"{{ eenmalig{n} }}" for n in range(50)]  # literals written into the text
    for text, document in _documents(*once).items():
        store.put((text, ()), document)
    assert len(store) == 2 + 3  # the kept two, and the last three on probation
    assert all(store.get((text, ())) is document for text, document in kept.items())
    assert [store.get((text, ())) is not None for text in once[-4:]] == [False, True, True, True]


async def test_a_kept_documents_person_selection_is_converted_once(
    gateway: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trouwgraph.schema.persoon as persoon

    conversions = Counted(brp_fields)
    monkeypatch.setattr(persoon, "brp_fields", conversions)
    token = await gateway.token("medewerker")
    for _ in range(3):
        result = await gateway.graphql(PERSOON, token=token)
        assert result["data"]["persoon"]["naam"]["volledigeNaam"] == "Suzanne Moulin"
    assert conversions.calls == 1
    other = PERSOON.replace("volledigeNaam", "geslachtsnaam")
    result = await gateway.graphql(other, token=token)
    assert result["data"]["persoon"]["naam"] == {"geslachtsnaam": "Moulin"}
    assert conversions.calls == 2
    assert [c[0].content.count(b"geslachtsnaam") for c in gateway.calls("brp")][-1] == 1
