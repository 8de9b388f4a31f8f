"""A loopback TCP proxy that tests put between Newsdesk and PostgreSQL to make the server "go away".

``pause()`` makes the server look stopped: new connections are refused (nothing listens on
the port any more) and open ones are cut with a reset, as when PostgreSQL is killed or the
network drops. ``resume()`` listens on the same port again, so the same URL works once the
"server is back". ``latency_ms`` delays every chunk sent towards the server, which adds that
much to each round trip (a query and its answer), for benchmarks of a slow network.

Threads, not asyncio, so a test can drive it from any thread without an event loop; bounded
(``max_connections``) and loopback-only, so a leaked proxy cannot serve anyone else.

    with TcpProxy(server.port) as proxy:
        url = proxy.url_for(server.url("newsroom"))
        ...
        proxy.pause()   # "PostgreSQL stopped"
        proxy.resume()  # "PostgreSQL is back"
"""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import threading
import time
from types import TracebackType
from typing import Self

from sqlalchemy.engine import make_url

LOOPBACK = "127.0.0.1"
_POLL = 0.05  # seconds: how soon the threads notice a pause or a stop
_CHUNK = 65536


def _reset(sock: socket.socket) -> None:
    """Close with an RST (SO_LINGER 0), as a crashed server or a dropped network would."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class TcpProxy:
    """Forwards 127.0.0.1:``port`` to ``target_port`` until paused or stopped."""

    def __init__(
        self,
        target_port: int,
        *,
        target_host: str = LOOPBACK,
        latency_ms: float = 0.0,
        max_connections: int = 100,
    ) -> None:
        self.target = (target_host, target_port)
        self.latency_ms = latency_ms
        self.max_connections = max_connections
        self.port = 0
        self.accepted = 0  # connections forwarded so far, for tests that count reconnects
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._half_closed: dict[tuple[socket.socket, socket.socket], int] = {}
        self._cut_on: bytes | None = None
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._reserved: socket.socket | None = None
        self._listening = threading.Event()
        self._stopped = threading.Event()
        self._acceptor: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> Self:
        self._listen()
        self._acceptor = threading.Thread(target=self._accept_loop, name="tcp-proxy", daemon=True)
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._close_listener(keep_port=False)
        self._drop_connections()
        if self._acceptor is not None:
            self._acceptor.join(timeout=5)
        for thread in list(self._threads):
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what tests do ---------------------------------------------------------------------
    def url_for(self, url: str) -> str:
        """``url`` (a SQLAlchemy URL of the target server) pointed at the proxy instead."""
        return make_url(url).set(host=LOOPBACK, port=self.port).render_as_string(
            hide_password=False
        )

    def pause(self) -> None:
        """The server "stops": connecting is refused and open connections are reset."""
        self._close_listener(keep_port=True)
        self._drop_connections()

    def resume(self) -> None:
        """The server is "back" on the same port."""
        if not self._listening.is_set():
            self._listen()

    def cut_on(self, pattern: bytes) -> None:
        """Pause the moment a client sends ``pattern`` (e.g. ``b"INSERT INTO articles"``).

        The chunk holding it is never forwarded: the server "stops" at exactly that point of
        the work, which is how a test kills a write half-way without sleeping and hoping.
        """
        self._cut_on = pattern

    @property
    def paused(self) -> bool:
        return not self._listening.is_set()

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._pairs)

    # -- inside ----------------------------------------------------------------------------
    def _bound_socket(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        deadline = time.monotonic() + 5
        while True:
            try:
                sock.bind((LOOPBACK, self.port))
                return sock
            except OSError:
                if time.monotonic() > deadline:
                    sock.close()
                    raise
                time.sleep(_POLL)

    def _listen(self) -> None:
        # The same port after a pause: the URL a test (or the app) holds must work again.
        with self._lock:
            listener, self._reserved = self._reserved, None
        if listener is None:
            listener = self._bound_socket()
        listener.listen(16)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener
        self._listening.set()

    def _close_listener(self, *, keep_port: bool) -> None:
        """Stop listening; ``keep_port``: stay bound without listening while paused.

        A bound socket that does not listen answers a connection with a reset ("connection
        refused", as from a stopped server) and keeps the port ours: released, another
        program (or the kernel's choice of a client port, which then connects to itself)
        could take it, and the "stopped server" would answer in its name.
        """
        self._listening.clear()
        with self._lock:
            listener, self._listener = self._listener, None
            reserved, self._reserved = self._reserved, None
        for sock in (listener, reserved):
            if sock is not None:
                sock.close()
        if keep_port and not self._stopped.is_set():
            placeholder = self._bound_socket()
            with self._lock:
                self._reserved = placeholder

    def _drop_connections(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for client, upstream in pairs:
            _reset(client)
            _reset(upstream)

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            with self._lock:
                listener = self._listener
            if listener is None:
                time.sleep(_POLL)
                continue
            try:
                ready, _, _ = select.select([listener], [], [], _POLL)
                if not ready:
                    continue
                client, _address = listener.accept()
            except (OSError, ValueError):  # closed by pause() between select and accept
                continue
            self._serve(client)

    def _serve(self, client: socket.socket) -> None:
        with self._lock:
            full = len(self._pairs) >= self.max_connections
        if full:
            _reset(client)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            _reset(client)  # the real server is down too: say so the same way
            return
        upstream.settimeout(None)
        with self._lock:
            self._pairs.append((client, upstream))
            self.accepted += 1
        self._threads = [t for t in self._threads if t.is_alive()]
        for source, target, slow in ((client, upstream, True), (upstream, client, False)):
            thread = threading.Thread(
                target=self._pump, args=(source, target, slow, (client, upstream)), daemon=True
            )
            self._threads.append(thread)
            thread.start()

    def _pump(
        self,
        source: socket.socket,
        target: socket.socket,
        slow: bool,
        pair: tuple[socket.socket, socket.socket],
    ) -> None:
        try:
            while not self._stopped.is_set():
                ready, _, _ = select.select([source], [], [], _POLL)
                if not ready:
                    continue
                data = source.recv(_CHUNK)
                if not data:  # a clean close: pass it on, let the other way finish
                    target.shutdown(socket.SHUT_WR)
                    self._forget(pair, both_done=False)
                    return
                if slow and self._cut_on is not None and self._cut_on in data:
                    self._cut_on = None
                    self.pause()
                    return
                if slow and self.latency_ms > 0:
                    time.sleep(self.latency_ms / 1000)
                target.sendall(data)
        except (OSError, ValueError):  # reset by pause(), or the other side went away
            pass
        self._forget(pair, both_done=True)

    def _forget(self, pair: tuple[socket.socket, socket.socket], *, both_done: bool) -> None:
        """Close the pair once both directions are done (or at once after an error)."""
        with self._lock:
            halves = self._half_closed.pop(pair, 0) + 1
            if not both_done and halves < 2:
                self._half_closed[pair] = halves
                return
            if pair in self._pairs:
                self._pairs.remove(pair)
        for sock in pair:
            sock.close()
