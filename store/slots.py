"""Time blocks: how a resource claim becomes unique rows, and rows become intervals again.

A claim on [start, end) occupies every 5-minute block it touches; blocks are aligned
to the epoch in UTC. Two claims on one resource collide exactly when they share a
block, so claims on the 5-minute grid collide exactly when they overlap, and
adjacent claims (one ends when the next starts) do not. A claim that is off the grid
is rounded outwards: it may block a few extra minutes but never allows a double booking.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

__all__ = ["BLOCK", "block_floor", "blocks", "merge_blocks"]

BLOCK = timedelta(minutes=5)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def block_floor(moment: datetime) -> datetime:
    """Start of the block that contains `moment`, in UTC."""
    return _EPOCH + ((moment - _EPOCH) // BLOCK) * BLOCK


def blocks(start: datetime, end: datetime) -> Iterator[datetime]:
    """Starts of all blocks that [start, end) touches, ascending."""
    current = block_floor(start)
    while current < end:
        yield current
        current += BLOCK


def merge_blocks(block_starts: Iterable[datetime]) -> list[tuple[datetime, datetime]]:
    """Merge block starts into maximal contiguous [start, end) intervals."""
    intervals: list[tuple[datetime, datetime]] = []
    for block_start in sorted(set(block_starts)):
        if intervals and intervals[-1][1] == block_start:
            intervals[-1] = (intervals[-1][0], block_start + BLOCK)
        else:
            intervals.append((block_start, block_start + BLOCK))
    return intervals
