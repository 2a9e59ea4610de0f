"""A watch on one conversation with the team hub, so that no wait on the network outlasts the editor's
patience or the hub's life.

Every wait of the connection on the hub (a statement, a fetch, the commit) goes through psycopg's
``Connection.wait``; ``WatchedConnection`` tells the watch when one begins and ends. A second thread
looks at the wait in progress:

- **Cancel** (the editor's button, Ctrl+C on the command line): the connection's socket is shut down at
  once, so the wait ends within a fraction of a second, whatever the hub does — psycopg's own cancel
  asks the server, which a hub that stopped answering never does;
- **a hub that stopped answering**: after ``PROBE_SECONDS`` of one wait, a second connection asks the hub
  (within ``PROBE_SECONDS`` of its own) whether this session is still working on the statement. A hub
  that does not answer, or that says the session is gone, is given up: the socket is shut down and the
  sync ends within about twice ``PROBE_SECONDS`` (8 s: the issue's bar is 10), with nothing written on either side. A hub that says
  the session is working (a long sort, a lock of a colleague's sync) is waited for, and asked again.

The transport does not matter (TCP or a Unix socket, where TCP keepalives do not apply)."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from typing import Any

import psycopg  # (this module is imported only when a sync begins)

#: How long one wait on the hub goes unasked, and how long the hub has to answer the question.
PROBE_SECONDS = 4.0

#: How often the watch looks at the wait in progress.
_TICK = 0.2


class HubWatch:
    """Cancel and silence for one connection: ``cancel()`` from any thread; ``lost`` says why the
    watch ended the conversation by itself (the hub gone), ``cancelled`` that the editor did."""

    def __init__(self, url: str, probe_seconds: float | None = None) -> None:
        self.url = url
        self.probe_seconds = PROBE_SECONDS if probe_seconds is None else probe_seconds
        self.cancelled = False
        self.lost: str | None = None
        self._pg: Any = None
        self._waiting_since: float | None = None
        self._asked_at = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ the connection's side
    def bind(self, pg: Any) -> None:
        """Watch ``pg`` (a ``WatchedConnection``) from now on."""
        with self._lock:
            self._pg = pg
        pg.watch = self
        if self.cancelled:
            self._shut()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hub-watch", daemon=True)
            self._thread.start()

    @property
    def connected(self) -> bool:
        """Whether the connection was made (it stays so once it was)."""
        return self._thread is not None

    def waiting(self, yes: bool) -> None:
        self._waiting_since = time.monotonic() if yes else None

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            self._pg = None

    # ------------------------------------------------------------------ anyone's side
    def cancel(self) -> None:
        """The editor cancelled: the wait in progress, if any, ends now."""
        self.cancelled = True
        self._shut()

    def _shut(self) -> None:
        """Shut the connection's socket down (both ways): a wait on it returns at once with an error."""
        with self._lock:
            pg = self._pg
            if pg is None or pg.closed:
                return
            with contextlib.suppress(OSError, psycopg.Error):
                twin = socket.socket(fileno=os.dup(pg.pgconn.socket))  # (the same socket, its own fd)
                try:
                    twin.shutdown(socket.SHUT_RDWR)
                finally:
                    twin.close()

    # ------------------------------------------------------------------ the watch's thread
    def _run(self) -> None:
        while not self._stop.wait(_TICK):
            since = self._waiting_since
            if since is None or self.lost is not None:
                continue
            now = time.monotonic()
            if now - since < self.probe_seconds or now - self._asked_at < self.probe_seconds:
                continue
            self._asked_at = now
            reason = self._hub_gone()
            if reason is not None and self._waiting_since == since:
                self.lost = reason
                self._shut()

    def _hub_gone(self) -> str | None:
        """Why the hub counts as gone (None: it says this session is working)."""
        pg = self._pg
        if pg is None:
            return None
        try:
            pid = pg.info.backend_pid
            timeout = max(2, round(self.probe_seconds))  # (libpq's least connect_timeout is 2 s)
            with psycopg.connect(self.url, connect_timeout=timeout, autocommit=True) as probe:
                probe.execute(f"SET statement_timeout = {int(self.probe_seconds * 1000)}")
                row = probe.execute("SELECT state FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
        except (psycopg.Error, OSError):
            return f"集线库 {self.probe_seconds * 2:g} 秒没有响应"
        if row is None:
            return "集线库上这次同步的会话已经结束"
        return None


class WatchedConnection(psycopg.Connection):
    """A psycopg connection whose every wait on the hub its ``watch`` hears of."""

    watch: HubWatch | None = None

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        watch = self.watch
        if watch is None:
            return super().wait(gen, interval, timeout)
        watch.waiting(True)
        try:
            return super().wait(gen, interval, timeout)
        finally:
            watch.waiting(False)
