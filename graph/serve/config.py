"""The endpoint's settings, each default chosen to be safe.

Examples
--------
>>> from graph.serve.config import ServeConfig
>>> config = ServeConfig()
>>> config.host, config.timeout, config.writable, config.allow_service
('127.0.0.1', 30.0, False, False)
>>> config.is_loopback
True
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

__all__ = ["ServeConfig"]


@dataclass(frozen=True)
class ServeConfig:
    """How ``defence-graph serve`` runs.

    Attributes
    ----------
    host, port : str, int
        Where to listen. The default host is the loopback address: only this
        machine can connect until told otherwise.
    timeout : float
        Seconds a query may run; a query past it is stopped (its worker
        process is killed and replaced) and answered with 503.
    max_rows : int
        Rows (SELECT) or triples (CONSTRUCT, DESCRIBE) per answer; a longer
        result is cut and flagged with the ``X-Result-Truncated`` header.
    max_request_bytes : int
        Largest query request body (and query string) accepted; larger gets 413.
    max_upload_bytes : int
        Largest Graph Store Protocol upload, in writable mode only.
    workers : int
        Worker processes running queries; one runaway query occupies one worker
        until its timeout while the others keep answering.
    max_pending : int
        Requests waiting for a worker beyond which the server answers 503 at once.
    allow_service : bool
        Run ``SERVICE`` clauses (they make the server fetch from other hosts).
    writable : bool
        Accept Graph Store Protocol PUT, POST and DELETE on ``/store``
        (a test and loading mode; SPARQL Update stays refused).
    cors_origins : tuple of str
        Origins whose pages may read answers (``*``: any, as public SPARQL
        endpoints do; writes are never allowed cross-origin).
    """

    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 30.0
    max_rows: int = 10_000
    max_request_bytes: int = 1 << 20
    max_upload_bytes: int = 1 << 30
    workers: int = 2
    max_pending: int = 64
    allow_service: bool = False
    writable: bool = False
    cors_origins: tuple[str, ...] = ("*",)

    @property
    def is_loopback(self) -> bool:
        """Whether only this machine can reach the server."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False
