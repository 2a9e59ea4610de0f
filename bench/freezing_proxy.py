"""A hub that stops answering, for the tests and bench/hub_hangs.py: the real PostgreSQL server behind a
Unix socket of ours that can stop passing anything on, both ways, its connections left open (a stopped
server, a network that drops packets), over a Unix socket where TCP's keepalives do not apply."""

from __future__ import annotations

import select
import socket
import threading
import time


class FreezingProxy:
    """The PostgreSQL server behind a Unix socket of our own that can stop passing anything on, both
    ways, its connections left open: a hub that stops answering (a stopped server, a network that drops
    packets), over a Unix socket where TCP's keepalives do not apply."""

    def __init__(self, folder, host, port):
        self.upstream = f"{host}/.s.PGSQL.{port}"
        self.port = port
        self.folder = str(folder)
        self.frozen = threading.Event()
        self.closed = threading.Event()
        self.sockets = []
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(f"{self.folder}/.s.PGSQL.{self.port}")
        self.listener.listen(16)
        self.listener.settimeout(0.2)
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, hub_url):
        return f"{hub_url}?host={self.folder}&port={self.port}"

    def _accept(self):
        while not self.closed.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sockets += [client, server]
            server.connect(self.upstream)
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source, target):
        while not self.closed.is_set():
            if self.frozen.is_set():
                self.closed.wait(0.05)
                continue
            try:
                ready, _, _ = select.select([source], [], [], 0.05)
            except (OSError, ValueError):
                return  # (the other direction's pump closed this socket: its client or server hung up)
            if not ready or self.frozen.is_set():
                continue
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                target.close()
                return
            try:
                target.sendall(data)
            except OSError:
                return

    def close(self):
        self.closed.set()
        time.sleep(0.1)  # (the pumps see it)
        self.listener.close()
        for s in self.sockets:
            s.close()
