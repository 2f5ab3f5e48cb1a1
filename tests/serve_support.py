"""Start ``defence-graph serve`` on a free loopback port for the endpoint tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_listener(port: int, deadline: float) -> None:
    """Wait until the port accepts connections: the app announces itself from its startup,
    which a CI run once saw a moment before the socket took a first request."""
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port),
                                                                    timeout=1):
            return
        time.sleep(0.05)
    pytest.fail(f"nothing listens on port {port}")


@contextlib.contextmanager
def running_server(*options: str, startup_seconds: float = 90.0) -> Iterator[str]:
    """Run the endpoint in a subprocess; yield its base URL; stop it afterwards."""
    pytest.importorskip("starlette", reason="the serve extra is not installed")
    port = free_port()
    command = [sys.executable, "-m", "graph", "serve", "--port", str(port), *options]
    env = {**os.environ, "MPLBACKEND": "Agg"}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + startup_seconds
        lines = []
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            lines.append(line)
            if line.startswith("serving "):
                break
            if not line and process.poll() is not None:
                pytest.fail(f"server exited at start: {''.join(lines)}")
        else:
            pytest.fail(f"server not ready in {startup_seconds} s: {''.join(lines)}")
        # Keep reading the server's log so that it never blocks on a full pipe.
        threading.Thread(target=process.stderr.read, daemon=True).start()
        _wait_for_listener(port, deadline)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
