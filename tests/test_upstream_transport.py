"""The upstream clients send through aiohttp under httpx's API: a real loopback exchange."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
from collections.abc import AsyncIterator

import httpx
import pytest

from trouwgraph.server.gemeenten.aiohttp_transport import WholeBodyAiohttpTransport
from trouwgraph.server.gemeenten.config import ApiKeyAuth, Registry
from trouwgraph.server.gemeenten.upstreams import registry_client

ANSWER = b'{"personen": []}'


@pytest.fixture
async def upstream() -> AsyncIterator[tuple[str, list[bytes]]]:
    """A loopback HTTP/1.1 server on a free port that keeps each request it read."""
    received: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            await answer(reader, writer)
        writer.close()

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while head := await reader.readuntil(b"\r\n\r\n"):
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                0,
            )
            received.append(head + await reader.readexactly(length))
            if b" /stil" in head.split(b"\r\n")[0]:
                await asyncio.sleep(5)  # never answers within the client's timeout
            gzipped = b" /gzip" in head.split(b"\r\n")[0]
            body = gzip.compress(ANSWER) if gzipped else ANSWER
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Set-Cookie: sessie=burger-%d; Path=/\r\n"
                % len(received)
                + (b"Content-Encoding: gzip\r\n" if gzipped else b"")
                + b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
            )
            await writer.drain()
            if reader.at_eof():
                break

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"http://127.0.0.1:{port}", received


async def test_requests_go_through_aiohttp_with_auth_and_keep_alive(
    upstream: tuple[str, list[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, received = upstream
    monkeypatch.setenv("BENCH_BRP_KEY", "geheim")
    registry = Registry(
        url=url, auth=ApiKeyAuth(type="api-key", header="X-Api-Key", key_env="BENCH_BRP_KEY")
    )
    async with registry_client("brp", registry, embedded_url="http://unused") as client:
        transport = getattr(client._transport, "_inner", client._transport)  # under the metrics
        assert isinstance(transport, WholeBodyAiohttpTransport)
        answers = await asyncio.gather(*(client.post("/personen", json={"n": i}) for i in range(3)))
        again = await client.post("/personen", json={"n": 3})
    assert [a.json() for a in [*answers, again]] == [{"personen": []}] * 4
    assert len(received) == 4
    assert all(b"x-api-key: geheim" in r.lower() for r in received)
    assert all(r.startswith(b"POST /personen HTTP/1.1") for r in received)


async def test_a_cookie_a_registry_sets_never_goes_along_with_a_later_request(
    upstream: tuple[str, list[bytes]],
) -> None:
    url, received = upstream
    async with registry_client("brp", Registry(url=url), embedded_url="http://unused") as client:
        first = await client.post("/personen", json={})
        await client.post("/personen", json={})
        assert "sessie=burger-1" in first.headers["set-cookie"]  # the registry did set one
        assert not client.cookies
    assert len(received) == 2
    assert all(b"cookie:" not in r.lower().replace(b"set-cookie", b"") for r in received)


async def test_a_refused_connection_is_an_httpx_transport_error() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
        port = unused.getsockname()[1]
        registry = Registry(url=f"http://127.0.0.1:{port}", connect_timeout=1.0)
        async with registry_client("brp", registry, embedded_url="http://unused") as client:
            with pytest.raises(httpx.TransportError):
                await client.post("/personen", json={})


async def test_a_gzipped_answer_arrives_decoded(upstream: tuple[str, list[bytes]]) -> None:
    url, _ = upstream
    async with registry_client("brp", Registry(url=url), embedded_url="http://unused") as client:
        answer = await client.post("/gzip", json={})
    assert answer.json() == {"personen": []}


async def test_the_url_and_a_streamed_body_arrive_as_sent(
    upstream: tuple[str, list[bytes]],
) -> None:
    url, received = upstream

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"a": '
        yield b"1}"

    async with registry_client("zaken", Registry(url=url), embedded_url="http://unused") as client:
        await client.get("/zaken", params={"identificatie": "ZAAK 1/2", "x": "ä"})
        await client.post("/zaken", content=b'{"b": 2}')
        with contextlib.suppress(httpx.RemoteProtocolError):  # the loopback reads no chunks
            await client.post("/zaken", content=chunks())
    first = received[0].split(b"\r\n")[0]
    assert first == b"GET /zaken?identificatie=ZAAK+1%2F2&x=%C3%A4 HTTP/1.1"
    assert received[1].endswith(b'\r\n\r\n{"b": 2}')
    assert b"transfer-encoding: chunked" in received[2].lower()


async def test_no_answer_within_the_timeout_is_an_httpx_timeout(
    upstream: tuple[str, list[bytes]],
) -> None:
    url, _ = upstream
    registry = Registry(url=url, timeout=0.2)
    async with registry_client("brp", registry, embedded_url="http://unused") as client:
        with pytest.raises(httpx.TimeoutException):
            await client.post("/stil", json={})
