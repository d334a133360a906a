"""The BSN 11-proef."""

from __future__ import annotations

import pytest

from trouwgraph.domain.bsn import is_geldig_bsn


@pytest.mark.parametrize("bsn", ["999993653", "999993811", "111222333", "123456782"])
def test_accepts_bsn_passing_the_11_proef(bsn: str) -> None:
    assert is_geldig_bsn(bsn)


@pytest.mark.parametrize(
    "value",
    [
        "123456789",
        "99999365",
        "9999936530",
        "99999365a",
        "000000000",
        "",
        " 99999365",
        "９９９９９３６５３",
    ],
)
def test_refuses_anything_else(value: str) -> None:
    assert not is_geldig_bsn(value)
