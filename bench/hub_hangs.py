"""How long a hub that stops answering holds a sync (issue bar: ended by a timeout or Cancel within 10 s).

    python bench/hub_hangs.py [--url postgresql:///postgres] [--runs 2]

The hub is a fresh database on the server at ``--url`` (a Unix-socket address), reached through
``bench/freezing_proxy.py``, which stops passing anything on once the sync holds the hub's lock and the
file's write lock. Measured: Cancel (``HubWatch.cancel`` from another thread, as the window's button)
from the click to the end of the sync; the silence timeout from the freeze to the end; Ctrl+C on
``scnews sync`` while it connects. Baseline: the same sync with the hub answering.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.freezing_proxy import FreezingProxy  # noqa: E402
from scnews_desktop.storage.database import Store  # noqa: E402
from scnews_desktop.storage.default_data import init_database  # noqa: E402
from scnews_desktop.storage.hub_watch import HubWatch  # noqa: E402
from scnews_desktop.storage.sync import HubError, SyncCancelled, init_hub, sync  # noqa: E402


def _one(db: Path, hub: str, upstream: tuple[str, int], kind: str) -> float:
    """Seconds from the freeze (silence) or the cancel (cancel) to the end of the sync; the whole sync
    when nothing freezes (answering)."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        proxy = FreezingProxy(folder, *upstream)
        url = proxy.url(hub)
        watch = HubWatch(url, probe_seconds=60 if kind == "cancel" else None)
        marks: dict[str, float] = {"start": time.monotonic()}

        def step(stage: str, _done: int, _total: int) -> bool:
            if kind != "answering" and stage == "读取集线库的修改" and not proxy.frozen.is_set():
                proxy.frozen.set()
                marks["start"] = time.monotonic()
                if kind == "cancel":
                    threading.Timer(
                        1.0, lambda: (marks.__setitem__("start", time.monotonic()), watch.cancel())
                    ).start()
            return True

        try:
            with Store.open(db, editor="bench") as store:
                sync(store, url, step, watch=watch)
            assert kind == "answering"
        except (HubError, SyncCancelled):
            assert kind != "answering"
        finally:
            proxy.close()
        return time.monotonic() - marks["start"]


def _ctrl_c(db: Path, hub: str, upstream: tuple[str, int]) -> float:
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        proxy = FreezingProxy(folder, *upstream)
        proxy.frozen.set()
        scnews = Path(sys.executable).parent / "scnews"
        child = subprocess.Popen(
            [scnews, "sync", "--db", db, "--hub", proxy.url(hub)], stderr=subprocess.PIPE
        )
        time.sleep(2)
        started = time.monotonic()
        child.send_signal(signal.SIGINT)
        child.communicate(timeout=60)
        took = time.monotonic() - started
        proxy.close()
        assert child.returncode == 130
        return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="postgresql:///postgres")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    name = f"scnews_hangs_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.url, autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{name}"')
        upstream = (server.info.host, server.info.port)
    hub = f"{args.url.rsplit('/', 1)[0]}/{name}"
    try:
        init_hub(hub)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "copy.db"
            init_database(db)
            answering = min(_one(db, hub, upstream, "answering") for _ in range(args.runs))
            rows = [
                ("Cancel while the hub does not answer: to the end of the sync", "cancel"),
                ("the hub silent, no Cancel: from the silence to the end of the sync", "silence"),
            ]
            print("| measurement | ours (worst of runs) | baseline | baseline value | ratio |")
            print("|---|---:|---|---:|---:|")
            for label, kind in rows:
                worst = max(_one(db, hub, upstream, kind) for _ in range(args.runs))
                print(
                    f"| {label} | {worst:.2f} s | a sync the hub answers | {answering:.2f} s | {worst / answering:.2f}× |"
                )
            worst = max(_ctrl_c(db, hub, upstream) for _ in range(args.runs))
            print(
                f"| Ctrl+C on scnews sync while it connects | {worst:.2f} s | a sync the hub answers | {answering:.2f} s | {worst / answering:.2f}× |"
            )
    finally:
        with psycopg.connect(args.url, autocommit=True) as server:
            server.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
