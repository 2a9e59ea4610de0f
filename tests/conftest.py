"""Test set-up: headless Qt, a test application name, and temporary user directories so the user's
own database and settings are never touched."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_USER_DIRS = Path(tempfile.mkdtemp(prefix="scnews-test-home-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_USER_DIRS / _var.lower())

from scnews_desktop.cli import init_database  # noqa: E402
from scnews_desktop.storage.database import Store  # noqa: E402

TEST_APP_NAME = "scnews-desktop-test"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_USER_DIRS, ignore_errors=True)


@pytest.fixture(scope="session")
def default_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default database, built once per session; tests copy it."""
    path = tmp_path_factory.mktemp("template") / "default.db"
    init_database(path)
    return path


@pytest.fixture
def default_db(tmp_path: Path, default_db_template: Path) -> Path:
    path = tmp_path / "scnews.db"
    shutil.copyfile(default_db_template, path)
    return path


@pytest.fixture
def store(default_db: Path):
    with Store.open(default_db, editor="测试") as s:
        yield s


@pytest.fixture
def empty_store(tmp_path: Path):
    path = tmp_path / "empty.db"
    init_database(path, empty=True)
    with Store.open(path, editor="测试") as s:
        yield s


@pytest.fixture
def qt_app_name(qapp):
    """The test application's name, with its remembered settings cleared before each test."""
    from PySide6.QtCore import QSettings

    from scnews_desktop import ORG_NAME

    qapp.setApplicationName(TEST_APP_NAME)
    qapp.setOrganizationName(ORG_NAME)
    QSettings().clear()
    QSettings().setValue("editor/name", "测试编辑")
    return qapp


# ----------------------------------------------------------------------------- the team hub
# A real PostgreSQL (.ci/run starts it; no mocks): ``hub`` is a fresh hub database, dropped afterwards.
ADMIN_URL = os.environ.get("SCNEWS_TEST_PG", "postgresql:///postgres")


def pg_server():
    psycopg = pytest.importorskip("psycopg")
    try:
        return psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        if os.environ.get("SCNEWS_REQUIRE_PG"):
            raise  # CI starts PostgreSQL: its absence there is a failure, not a skip
        pytest.skip(f"PostgreSQL not running here ({exc}); .ci/run starts it")


@pytest.fixture
def hub():
    """A fresh hub database, dropped afterwards."""
    name = f"scnews_test_{uuid.uuid4().hex[:10]}"
    with pg_server() as server:
        server.execute(f'CREATE DATABASE "{name}"')
    url = f"{ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    from scnews_desktop.storage.sync import init_hub

    init_hub(url)
    yield url
    with pg_server() as server:
        server.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def pg_admin():
    """A connection to the PostgreSQL server itself (autocommit), for tests that make databases."""
    return pg_server


class FreezingProxy:
    """The PostgreSQL server behind a Unix socket of our own that can stop passing anything on, both
    ways, its connections left open: a hub that stops answering (a stopped server, a network that drops
    packets), over a Unix socket where TCP's keepalives do not apply."""

    def __init__(self, folder):
        import socket
        import threading

        with pg_server() as server:
            self.upstream = f"{server.info.host}/.s.PGSQL.{server.info.port}"
            self.port = server.info.port
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
        import socket
        import threading

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
        import select

        while not self.closed.is_set():
            if self.frozen.is_set():
                self.closed.wait(0.05)
                continue
            ready, _, _ = select.select([source], [], [], 0.05)
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
        import time

        self.closed.set()
        time.sleep(0.1)  # (the pumps see it)
        self.listener.close()
        for s in self.sockets:
            s.close()


@pytest.fixture
def freezing_proxy(tmp_path_factory):
    proxy = FreezingProxy(tmp_path_factory.mktemp("pg"))
    yield proxy
    proxy.close()
