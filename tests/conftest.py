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


@pytest.fixture
def freezing_proxy(tmp_path_factory):
    """The PostgreSQL server behind a Unix socket of ours that can stop passing anything on
    (``bench/freezing_proxy.py``): a hub that stops answering."""
    from bench.freezing_proxy import FreezingProxy

    with pg_server() as server:
        upstream = (server.info.host, server.info.port)
    proxy = FreezingProxy(tmp_path_factory.mktemp("pg"), *upstream)
    yield proxy
    proxy.close()
