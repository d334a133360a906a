"""Opaque keyset-pagination cursors.

A cursor is URL-safe base64 of a small JSON object holding the ordering it belongs to
and the sort key of the last item returned: ``{"o": order, "v": iso-datetime|null,
"i": case id}``. Clients must treat it as opaque; anything this module did not write
is refused with `InvalidCursor`.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime

from trouwgraph.store.errors import InvalidCursor
from trouwgraph.store.records import CaseOrder

__all__ = ["CursorKey", "decode_cursor", "encode_cursor"]


@dataclass(frozen=True, slots=True)
class CursorKey:
    """Sort key of the last item on a page."""

    order: CaseOrder
    value: datetime | None
    case_id: str


def encode_cursor(key: CursorKey) -> str:
    """Encode a sort key as an opaque cursor."""
    payload = {
        "o": key.order,
        "v": key.value.isoformat() if key.value is not None else None,
        "i": key.case_id,
    }
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_cursor(cursor: str, order: CaseOrder) -> CursorKey:
    """Decode a cursor issued for `order`; raise `InvalidCursor` for anything else."""
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        raise InvalidCursor("the cursor is not valid") from None
    if not isinstance(payload, dict) or payload.get("o") != order:
        raise InvalidCursor("the cursor belongs to another listing")
    case_id, raw_value = payload.get("i"), payload.get("v")
    if not isinstance(case_id, str) or not (raw_value is None or isinstance(raw_value, str)):
        raise InvalidCursor("the cursor is not valid")
    if raw_value is None:
        if order == "aangemaakt_op":
            raise InvalidCursor("the cursor is not valid")
        return CursorKey(order, None, case_id)
    try:
        value = datetime.fromisoformat(raw_value)
    except ValueError:
        raise InvalidCursor("the cursor is not valid") from None
    if value.utcoffset() is None:
        raise InvalidCursor("the cursor is not valid")
    return CursorKey(order, value, case_id)
