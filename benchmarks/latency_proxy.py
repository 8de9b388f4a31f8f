"""A slow network between Newsdesk and PostgreSQL, in a process of its own, for benchmarks.

Runs the tests' loopback proxy (``tests/helpers/tcp_proxy.py``) with ``latency_ms`` added to
every round trip. In its own process, so the proxy's threads never take the GIL from the GUI
thread being measured (in-process they would, and their cost would show as the app's stalls).

    with slow_postgres(server_url, latency_ms=100) as url:
        ...  # url points at the proxy

Standalone: ``python benchmarks/latency_proxy.py TARGET_PORT LATENCY_MS`` prints
``port N`` once it listens and forwards until its standard input closes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def slow_postgres(url: str, latency_ms: float) -> Iterator[str]:
    """``url`` (a SQLAlchemy URL of a local server) behind the proxy, while the block runs."""
    from sqlalchemy.engine import make_url

    target = make_url(url)
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), str(target.port or 5432),
         str(latency_ms)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdin is not None and process.stdout is not None
    try:
        line = process.stdout.readline()
        if not line.startswith("port "):
            raise SystemExit(f"the latency proxy did not start: {line!r}")
        port = int(line.split()[1])
        yield target.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
    finally:
        process.stdin.close()  # the proxy's signal to stop
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.helpers.tcp_proxy import TcpProxy

    target_port, latency_ms = int(argv[0]), float(argv[1])
    with TcpProxy(target_port, latency_ms=latency_ms) as proxy:
        print(f"port {proxy.port}", flush=True)
        sys.stdin.read()  # until the benchmark closes our input (or dies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
