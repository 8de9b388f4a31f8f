"""The test proxy itself: it forwards, a pause refuses and cuts, a resume serves the same port."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest

from tests.helpers.tcp_proxy import TcpProxy


@pytest.fixture
def echo_port() -> Iterator[int]:
    """A loopback server that echoes each connection's bytes back until it closes."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    stop = threading.Event()

    def echo(conn: socket.socket) -> None:
        with conn, contextlib.suppress(ConnectionError):  # the proxy resets it on a pause
            while data := conn.recv(4096):
                conn.sendall(data)

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            conn.settimeout(None)
            threading.Thread(target=echo, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    server.close()


def _talk(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(data)
        return sock.recv(4096)


def test_forwards_pauses_and_resumes_on_the_same_port(echo_port: int) -> None:
    with TcpProxy(echo_port) as proxy:
        port = proxy.port
        assert _talk(port, b"hello") == b"hello"
        held = socket.create_connection(("127.0.0.1", port), timeout=5)
        held.sendall(b"one")
        assert held.recv(16) == b"one"
        proxy.pause()
        with pytest.raises(ConnectionRefusedError):
            _talk(port, b"refused")
        with pytest.raises(OSError):  # the open connection was cut (reset or closed)
            held.sendall(b"two")
            if not held.recv(16):
                raise ConnectionResetError("closed")
        held.close()
        proxy.resume()
        assert proxy.port == port
        assert _talk(port, b"back") == b"back"
        assert proxy.accepted == 3


def test_cut_on_stops_before_the_chosen_bytes_reach_the_server(echo_port: int) -> None:
    with TcpProxy(echo_port) as proxy:
        proxy.cut_on(b"COMMIT")
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
            sock.sendall(b"UPDATE")
            assert sock.recv(16) == b"UPDATE"
            sock.sendall(b"COMMIT")
            with pytest.raises(OSError):
                if not sock.recv(16):  # nothing echoed: the server never saw it
                    raise ConnectionResetError("closed")
        assert proxy.paused


def test_connections_beyond_the_bound_are_turned_away(echo_port: int) -> None:
    with TcpProxy(echo_port, max_connections=1) as proxy:
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as first:
            first.sendall(b"x")
            assert first.recv(16) == b"x"
            with pytest.raises(OSError), socket.create_connection(
                ("127.0.0.1", proxy.port), timeout=5
            ) as second:
                second.sendall(b"y")
                if not second.recv(16):
                    raise ConnectionResetError("closed")
        assert proxy.accepted == 1
