"""Hostile and heavy input at the storage layer: locks, foreign WAL files, damaged queues, unwritable
folders, control characters, huge files."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from scnews_desktop.storage.database import Store


def hold_write_lock(path, seconds: float, started: threading.Event) -> threading.Thread:
    """Another program writes and keeps the write lock for ``seconds``, then commits."""

    def run() -> None:
        conn = sqlite3.connect(path, timeout=10)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE observations SET note = 'other writer' WHERE id = 1")
        started.set()
        time.sleep(seconds)
        conn.commit()
        conn.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_save_waits_for_a_lock_that_clears_within_the_timeout(default_db):
    with Store.open(default_db, editor="测试") as store:
        row = store.get("observations", 2)
        started = threading.Event()
        thread = hold_write_lock(default_db, 1.5, started)
        started.wait(5)
        begun = time.monotonic()
        after = store.update("observations", 2, {"note": "我的修改"}, row["version"])  # used to fail at once
        waited = time.monotonic() - begun
        thread.join()
        assert after["note"] == "我的修改" and waited >= 1.0
        assert store.get("observations", 1)["note"] == "other writer"  # nothing of theirs lost


def test_an_import_waits_for_the_lock_too(default_db, tmp_path):
    from scnews_desktop.storage.exchange import apply_import, plan_observation_import

    with Store.open(default_db, editor="测试") as store:
        headers = ["指标", "单位", "地区", "时期", "原文数值", "来源", "发表日期"]
        rows = [["招商引资到位市外资金", "亿元", "内江市", "2018年", "500亿元", "内江：实干抓项目 实效论英雄", "2021-01-21"]]
        plan = plan_observation_import(store, headers, rows)
        started = threading.Event()
        thread = hold_write_lock(default_db, 1.5, started)
        started.wait(5)
        assert apply_import(store, plan) == 1
        thread.join()
