"""Hostile and heavy input: each measurement next to a baseline measured in the same run.

    python bench/stress.py [--db bench/out/big.db] [--only extraction|memory|drafts|kills|locks] [--out FILE]

- extraction: time over 10 KB … 10 MB of pathological text (digits, numerals, clauses, figures without
  punctuation) and of real articles, in characters per second; the baseline is the same kind at 10 KB
  (linear ⇔ the ratio stays near 1).
- memory: peak memory (VmHWM) of a process that imports or exports 100 k and 1 M observations in each
  format; the baseline is the same process having only opened the database (flat ⇔ 1 M ≈ 100 k).
- kills: 20 SIGKILLs at random moments during an import, a merge and a run of saves; the file must pass
  its integrity check each time and hold whole operations only.
- locks: two processes × 300 saves on one file; refused and lost saves are counted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from run import Row, table  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


# ----------------------------------------------------------------------------- extraction
def _real_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "bench" / "gold").rglob("*.txt"))]
    texts.append((ROOT.parent / "shared" / "seed" / "000_6ae8c2f7419085ed.txt").read_text(encoding="utf-8"))
    return "\n".join(t for t in texts if t)


KINDS = {
    "digits in a row": lambda n: "7" * n,
    "Chinese numerals in a row": lambda n: ("一二三四五六七八九十百千" * (n // 12 + 1))[:n],
    "clauses without 。": lambda n: ("内江市完成投资12亿元，增长5%，" * (n // 17 + 1))[:n],
    "figures without punctuation": lambda n: ("内江市完成投资12亿元增长5%" * (n // 14 + 1))[:n],
    "real articles": None,
}
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)


def bench_extraction(_db: Path) -> list[Row]:
    from scnews_desktop.domain.extraction import extract
    from scnews_desktop.domain.regions import standalone_gazetteer

    gazetteer = standalone_gazetteer()
    real = _real_text()
    rows: list[Row] = []
    for kind, make in KINDS.items():
        rates = {}
        warm = make(SIZES[0]) if make else real[: SIZES[0]]
        extract(warm, None, gazetteer)  # (the first call compiles patterns: not part of any size's rate)
        for size in SIZES:
            text = make(size) if make else (real * (size // len(real) + 1))[:size]
            found = []  # (the last run's candidates, collected now rather than during this run)
            gc.collect()
            started = time.perf_counter()
            found = extract(text, None, gazetteer)
            seconds = time.perf_counter() - started
            rates[size] = size / seconds
            longest = max((len(c.quote) for c in found), default=0)
            print(
                f"  {kind}, {size:,}: {seconds:.2f} s, {len(found):,} candidates, longest quote {longest}",
                flush=True,
            )
        for size in SIZES[1:]:
            rows.append(
                (
                    f"extraction, {kind}, {size / 1e6:g} M characters",
                    rates[size],
                    "same kind at 10 k",
                    rates[SIZES[0]],
                    "chars/s",
                )
            )
    return rows


# ----------------------------------------------------------------------------- memory
_MEMORY_CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path

    def peak_mb():
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024

    action, db, path, fmt = sys.argv[1:5]
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage import exchange
    from scnews_desktop.storage.resolver import resolver_of
    store = Store.open(db, editor="bench")
    resolver_of(store).gazetteer  # what any import reads first
    baseline = peak_mb()
    if action == "export":
        limit = int(sys.argv[5])
        fields, rows = exchange.export_stream(store, "observations", "t.id <= ?", [limit])
        n = exchange.write_export(Path(path), fields, rows, fmt)
    else:
        table = exchange.TableFile(Path(path))
        plan = exchange.check_file(store, table, create_missing=True)
        assert not plan.problems, plan.report()[:3]
        n = exchange.import_file(store, table, plan)
    store.close()
    print(json.dumps({"n": n, "baseline": baseline, "peak": peak_mb()}))
""")


def _child(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, *args], env=ENV, capture_output=True, text=True
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_memory(db: Path) -> list[Row]:
    from scnews_desktop.storage.default_data import init_database

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
        folder = Path(tmp)
        for fmt in ("csv", "xlsx", "json"):
            peaks = {}
            for n in (100_000, 1_000_000):
                started = time.perf_counter()
                result = _child("export", str(db), str(folder / f"o{n}.{fmt}"), fmt, str(n))
                print(f"  export {fmt} {n:,}: {time.perf_counter() - started:.0f} s, {result}", flush=True)
                peaks[n] = result
            rows.append(
                (
                    f"export of 1 M rows as {fmt}: peak memory",
                    peaks[1_000_000]["peak"],
                    "the process with the database open",
                    peaks[1_000_000]["baseline"],
                    "MB",
                )
            )
            rows.append(
                (
                    f"export as {fmt}: peak at 1 M rows",
                    peaks[1_000_000]["peak"],
                    "peak at 100 k rows",
                    peaks[100_000]["peak"],
                    "MB",
                )
            )
        for fmt in ("csv", "xlsx"):
            peaks = {}
            for n in (100_000, 1_000_000):
                target = folder / f"import-{fmt}-{n}.db"
                init_database(target, empty=True)
                started = time.perf_counter()
                result = _child("import", str(target), str(folder / f"o{n}.{fmt}"), fmt)
                print(f"  import {fmt} {n:,}: {time.perf_counter() - started:.0f} s, {result}", flush=True)
                assert result["n"] == n, result
                peaks[n] = result
                target.unlink()
            rows.append(
                (
                    f"import of 1 M rows from {fmt}: peak memory",
                    peaks[1_000_000]["peak"],
                    "the process with the database open",
                    peaks[1_000_000]["baseline"],
                    "MB",
                )
            )
            rows.append(
                (
                    f"import from {fmt}: peak at 1 M rows",
                    peaks[1_000_000]["peak"],
                    "peak at 100 k rows",
                    peaks[100_000]["peak"],
                    "MB",
                )
            )
    return rows


# ----------------------------------------------------------------------------- drafts
_DRAFT_CHILD = textwrap.dedent("""
    import json, sys, tempfile
    from datetime import date
    from pathlib import Path

    def peak_mb():
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024

    action, path = sys.argv[1:3]
    from scnews_desktop.domain.extraction import extract_blocks
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.default_data import init_database
    from scnews_desktop.storage.resolver import resolver_of
    from scnews_desktop.storage.verify import verify_blocks
    db = Path(tempfile.mkdtemp()) / "v.db"
    init_database(db)
    store = Store.open(db)
    resolver_of(store).gazetteer
    text = Path(path).read_text(encoding="utf-8")
    baseline = peak_mb()
    # (as `scnews extract` and `scnews verify` read it: a block at a time, each written out before the next)
    if action == "extract":
        n = sum(len(b) for b in extract_blocks(text, date(2024, 1, 1), resolver_of(store).gazetteer))
    else:
        n = sum(len(b) for b in verify_blocks(store, text, date(2024, 1, 1)))
    print(json.dumps({"n": n, "baseline": baseline, "peak": peak_mb()}))
""")


def _draft(kind: str, size: int) -> str:
    """A 10 MB pasted page (the corpus's web pages one after another, their furniture and all), or a
    10 MB text dense with figures (the gold texts, their numbers changed at each repetition)."""
    import re

    folder = ROOT / "bench" / ("corpus" if kind == "page" else "gold")
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    parts, total, k = [], 0, 0
    while total < size:
        k += 1
        part = re.sub(r"\d{1,8}", lambda m, k=k: str(int(m.group()) + k), text) if kind == "dense" else text
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def bench_drafts(_db: Path, size: int = 10_000_000) -> list[Row]:
    """Peak memory of reading one very long text: extract and verify of a 10 MB pasted page and of a
    10 MB text dense with figures (bar: 300 MB), against the process with the text loaded."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind, actions in (("page", ("extract", "verify")), ("dense", ("extract", "verify"))):
            path = Path(tmp) / f"{kind}.txt"
            path.write_text(_draft(kind, size), encoding="utf-8")
            for action in actions:
                started = time.perf_counter()
                out = subprocess.run(
                    [sys.executable, "-c", _DRAFT_CHILD, action, str(path)],
                    env=ENV,
                    capture_output=True,
                    text=True,
                )
                if out.returncode != 0:
                    raise RuntimeError(out.stderr[-2000:])
                result = json.loads(out.stdout.strip().splitlines()[-1])
                print(f"  {action} {kind}: {time.perf_counter() - started:.0f} s, {result}", flush=True)
                rows.append(
                    (
                        f"{action} of a 10 MB {'pasted page' if kind == 'page' else 'text dense with figures'} "
                        f"({result['n']:,} figures): peak memory",
                        result["peak"],
                        "the process with the text loaded",
                        result["baseline"],
                        "MB",
                    )
                )
    return rows


# ----------------------------------------------------------------------------- kills
_IMPORT_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.exchange import TableFile, check_file, import_file
    store = Store.open(sys.argv[1], editor="kill")
    table = TableFile(Path(sys.argv[2]))
    plan = check_file(store, table)
    assert not plan.problems, plan.report()[:3]
    print("ready", flush=True)
    import_file(store, table, plan)
    print("done", flush=True)
""")
_MERGE_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.merge import merge
    store = Store.open(sys.argv[1], editor="kill")
    print("ready", flush=True)
    merge(store, Path(sys.argv[2]))
    print("done", flush=True)
""")
_SAVES_CHILD = textwrap.dedent("""
    import sys
    from scnews_desktop.storage.database import Store
    store = Store.open(sys.argv[1], editor="kill")
    base = store.get("observations", 1)
    values = {k: base[k] for k in ("indicator_id", "region_id", "source_id", "period_kind", "period_start", "period_end")}
    print("ready", flush=True)
    for i in range(100000):
        store.insert("observations", values | {"value": float(i), "note": "kill-test"})
""")


def _kill_during(script: str, args: list[str], rng: random.Random, max_delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "ready":
        raise RuntimeError(proc.stderr.read() if proc.stderr else line)
    time.sleep(rng.uniform(0, max_delay))
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def _state(path: Path) -> tuple[str, int, int, int]:
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        obs = conn.execute("SELECT count(*) FROM observations").fetchone()[0]
        audit = conn.execute("SELECT count(*) FROM changes WHERE table_name = 'observations'").fetchone()[0]
        sources = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        return check, obs, audit, sources
    finally:
        conn.close()


def bench_kills(_db: Path, kills: int = 20) -> list[Row]:
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.default_data import init_database

    rng = random.Random(20261130)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.db"
        init_database(template)
        # import: 30,000 rows, one fact per day, each run a new source so that every completed import adds
        csv_path = folder / "big.csv"
        lines = ["指标,单位,地区,时期,原文数值,来源,发表日期"]
        for i in range(30_000):
            day = 1 + i % 28
            lines.append(
                f"招商引资到位市外资金,亿元,内江市,{1950 + i // 336}年{1 + (i // 28) % 12}月{day}日,{i}亿元,压力测试,2021-01-21"
            )
        csv_path.write_text("\n".join(lines), encoding="utf-8")
        db = folder / "import.db"
        shutil.copyfile(template, db)
        with Store.open(db, editor="bench") as store:
            store.insert("sources", {"title": "压力测试", "published_on": "2021-01-21"})
        _, before, audit_before, _ = _state(db)
        ok = 0
        for _ in range(kills):
            _kill_during(_IMPORT_CHILD, [str(db), str(csv_path)], rng, 3.0)
            check, obs, audit, _s = _state(db)
            whole = (obs - before) in (0, 30_000) and audit - audit_before == obs - before
            ok += check == "ok" and whole
        rows.append(
            (
                f"{kills} kills during a 30,000-row import: file consistent, all or nothing",
                ok,
                "kills",
                kills,
                "runs",
            )
        )
        # merge: a colleague's copy with 20,000 new observations
        theirs = folder / "theirs.db"
        shutil.copyfile(template, theirs)
        with Store.open(theirs, editor="colleague") as store:
            base = store.get("observations", 1)
            values = {k: base[k] for k in ("indicator_id", "region_id", "source_id", "period_kind")}
            with store.atomic():
                store.bulk_insert(
                    "observations",
                    [
                        values
                        | {
                            "period_start": f"{1900 + i // 200}-01-01",
                            "period_end": f"{1900 + i // 200}-12-31",
                            "value": float(i),
                            "note": f"m{i}",
                        }
                        for i in range(20_000)
                    ],
                )
        db = folder / "merge.db"
        shutil.copyfile(template, db)
        _, before, _, _ = _state(db)
        ok = 0
        for _ in range(kills):
            _kill_during(_MERGE_CHILD, [str(db), str(theirs)], rng, 6.0)
            check, obs, _audit, _s = _state(db)
            ok += check == "ok" and (obs - before) in (0, 20_000)
        rows.append(
            (
                f"{kills} kills during a 20,000-record merge: file consistent, all or nothing",
                ok,
                "kills",
                kills,
                "runs",
            )
        )
        # saves
        db = folder / "saves.db"
        shutil.copyfile(template, db)
        ok = 0
        for _ in range(kills):
            _kill_during(_SAVES_CHILD, [str(db)], rng, 1.5)
            conn = sqlite3.connect(db)
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            saved = conn.execute("SELECT uid FROM observations WHERE note = 'kill-test'").fetchall()
            audited = conn.execute(
                "SELECT count(DISTINCT row_uid) FROM changes WHERE table_name = 'observations' AND action = 'insert' "
                "AND row_uid IN (SELECT uid FROM observations WHERE note = 'kill-test')"
            ).fetchone()[0]
            conn.close()
            ok += check == "ok" and audited == len(saved)
        rows.append(
            (
                f"{kills} kills during saves: file consistent, every saved record with its audit row",
                ok,
                "kills",
                kills,
                "runs",
            )
        )
    return rows


# ----------------------------------------------------------------------------- locks
_SAVER = textwrap.dedent("""
    import json, sys, time
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.errors import StorageError
    store = Store.open(sys.argv[1], editor=sys.argv[2])
    base = store.get("observations", 1)
    values = {k: base[k] for k in ("indicator_id", "region_id", "source_id", "period_kind", "period_start", "period_end")}
    refused = 0
    counter = store.scalar("SELECT id FROM observations WHERE note = 'counter'")
    for i in range(300):
        try:
            if i % 2:
                store.insert("observations", values | {"value": float(i), "note": sys.argv[2]})
            else:  # read-modify-write of a shared record: a lost update would show in its value
                with store.atomic():
                    current = store.get("observations", counter)
                    store.update("observations", counter, {"value": current["value"] + 1}, current["version"])
        except StorageError as exc:
            refused += 1
    print(json.dumps({"refused": refused}))
""")


def bench_locks(_db: Path) -> list[Row]:
    from scnews_desktop.storage.database import Store
    from scnews_desktop.storage.default_data import init_database

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shared.db"
        init_database(db)
        with Store.open(db, editor="bench") as store:
            base = store.get("observations", 1)
            store.insert(
                "observations",
                {k: base[k] for k in ("indicator_id", "region_id", "source_id", "period_kind")}
                | {"period_start": "1990-01-01", "period_end": "1990-12-31", "value": 0.0, "note": "counter"},
            )
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _SAVER, str(db), f"editor{i}"],
                stdout=subprocess.PIPE,
                text=True,
                env=ENV,
            )
            for i in range(2)
        ]
        refused = sum(json.loads(p.communicate()[0].strip().splitlines()[-1])["refused"] for p in procs)
        conn = sqlite3.connect(db)
        inserted = conn.execute("SELECT count(*) FROM observations WHERE note LIKE 'editor%'").fetchone()[0]
        counter = conn.execute("SELECT value FROM observations WHERE note = 'counter'").fetchone()[0]
        conn.close()
    lost = (300 - inserted) + (300 - int(counter))
    return [
        ("two processes × 300 saves on one file: saves refused by the lock", refused, "saves", 600, "saves"),
        (
            "two processes × 300 saves: lost saves (inserts missing + counter increments lost)",
            lost,
            "saves",
            600,
            "saves",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "big.db")
    parser.add_argument(
        "--only", choices=["extraction", "memory", "drafts", "kills", "locks"], action="append"
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    sections = {
        "extraction": bench_extraction,
        "memory": bench_memory,
        "drafts": bench_drafts,
        "kills": bench_kills,
        "locks": bench_locks,
    }
    rows: list[Row] = []
    for name in args.only or list(sections):
        print(f"== {name}", flush=True)
        section = sections[name](args.db)
        print(table(section), flush=True)
        rows += section
    if args.out:
        args.out.write_text(table(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
