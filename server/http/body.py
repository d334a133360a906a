"""A request body read whole by a middleware, then handed on to the app as if unread."""

from __future__ import annotations

from starlette.types import Message, Receive

__all__ = ["read_body", "replay_body"]


async def read_body(receive: Receive) -> bytes:
    """The request body; bound its size first (the GraphQL endpoint's HTTP rules do)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def replay_body(body: bytes, receive: Receive) -> Receive:
    """A receive that yields `body` once, then whatever the server sends next (a disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
