"""The team hub (storage/sync.py) measured against a real PostgreSQL.

    python bench/sync_bench.py [--url postgresql:///postgres] [--sizes 1000 10000 100000] [--edits 10000] [--kills 20]
        [--only speed|convergence|kills|memory] [--memory-size 500000]

1. **Speed**: N new facts made on one copy are pushed (``scnews sync``) and pulled by another copy,
   against ``scnews merge`` of the same file into a copy of the second (the baseline: what editors did
   before, passing files around).
2. **Convergence**: three editors start from ``scnews init`` copies and make ``--edits`` random edits
   offline between them (new facts, edits, deletions; the same records on purpose), then sync in random
   orders. Every record edited on more than one copy must be listed as a conflict, no edit may be lost
   (each is on the hub or in a listed conflict), and once the conflicts are resolved every copy must hold
   the same records as the hub.
3. **Kills**: ``--kills`` times a sync in a child process is killed at a random moment; the file must pass
   SQLite's integrity check, the hub must be consistent (every record's revision in its history) and the
   next sync must complete and converge.

Each hub is a fresh database on the server at ``--url``, dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import psycopg  # noqa: E402

from scnews_desktop.storage.database import RECORD_TABLES, Store  # noqa: E402
from scnews_desktop.storage.default_data import init_database  # noqa: E402
from scnews_desktop.storage.merge import merge  # noqa: E402
from scnews_desktop.storage.sync import choose, init_hub, open_conflicts, sync  # noqa: E402


class Hub:
    def __init__(self, server: str) -> None:
        self.server = server
        self.name = f"scnews_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(server, autocommit=True) as pg:
            pg.execute(f'CREATE DATABASE "{self.name}"')
        self.url = f"{server.rsplit('/', 1)[0]}/{self.name}"
        init_hub(self.url)

    def drop(self) -> None:
        with psycopg.connect(self.server, autocommit=True) as pg:
            pg.execute(f'DROP DATABASE "{self.name}" WITH (FORCE)')


def _synced_copies(template: Path, hub: str, *paths: Path) -> None:
    """Copies of the template at ``paths``, each synced once with the hub: a shared starting point."""
    for path in paths:
        shutil.copyfile(template, path)
        with Store.open(path, editor="bench") as s:
            sync(s, hub)


def _new_facts(path: Path, n: int, tag: str) -> None:
    with Store.open(path, editor=tag) as s:
        indicator = s.scalar("SELECT id FROM indicators WHERE unit = '亿元' ORDER BY id LIMIT 1")
        region = s.scalar("SELECT id FROM regions WHERE name = '绵阳市'")
        source = s.insert("sources", {"title": f"基准测试 {tag}", "published_on": "2024-01-01"})["id"]
        with s.atomic():
            s.bulk_insert(
                "observations",
                [
                    {
                        "indicator_id": indicator,
                        "region_id": region,
                        "source_id": source,
                        "period_kind": "year",
                        "period_start": f"{1000 + i % 1000}-01-01",
                        "period_end": f"{1000 + i % 1000}-12-31",
                        "period_label": f"{1000 + i % 1000}年",
                        "value": float(i),
                        "value_text": f"{i}亿元",
                        "qualifier": "exact",
                    }
                    for i in range(n)
                ],
            )


def speed(server: str, sizes: list[int], work: Path, template: Path) -> list[str]:
    lines = [
        "| changes | push (sync) | pull (sync) | merge of the same file | pull ÷ merge |",
        "|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        hub = Hub(server)
        try:
            a, b = work / f"a{n}.db", work / f"b{n}.db"
            _synced_copies(template, hub.url, a, b)
            _new_facts(a, n, "甲")
            merged = work / f"m{n}.db"
            shutil.copyfile(b, merged)
            with Store.open(a, editor="甲") as s:
                started = time.perf_counter()
                sync(s, hub.url)
                push = time.perf_counter() - started
            with Store.open(b, editor="乙") as s:
                started = time.perf_counter()
                report = sync(s, hub.url)
                pull = time.perf_counter() - started
            assert report.total_pulled == n + 1, report
            with Store.open(merged, editor="乙") as s:
                started = time.perf_counter()
                merge(s, a)
                base = time.perf_counter() - started
            lines.append(f"| {n:,} | {push:.2f} s | {pull:.2f} s | {base:.2f} s | {pull / base:.2f}× |")
            print(lines[-1], flush=True)
        finally:
            hub.drop()
    return lines


_SYNC_CHILD = """
import json, sys
from pathlib import Path

def peak_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

from scnews_desktop.storage.database import Store
from scnews_desktop.storage.sync import sync
store = Store.open(sys.argv[1], editor="bench")
baseline = peak_mb()
report = sync(store, sys.argv[2])
store.close()
print(json.dumps({"pushed": report.total_pushed, "pulled": report.total_pulled, "baseline": baseline, "peak": peak_mb()}))
"""


def memory(server: str, n: int, work: Path, template: Path) -> list[str]:
    """Peak memory of the process that pushes ``n`` new facts, and of the one that pulls them (bar:
    300 MB for 500,000), each a child process of its own."""
    lines = [
        "| changes | push: peak memory | pull: peak memory | the process with the file open |",
        "|---:|---:|---:|---:|",
    ]
    hub = Hub(server)
    try:
        a, b = work / "ma.db", work / "mb.db"
        _synced_copies(template, hub.url, a, b)
        _new_facts(a, n, "甲")
        results = []
        for path in (a, b):
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", _SYNC_CHILD, str(path), hub.url],
                env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                capture_output=True,
                text=True,
            )
            if out.returncode != 0:
                raise RuntimeError(out.stderr[-2000:])
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(f"  {path.name}: {time.perf_counter() - started:.0f} s, {results[-1]}", flush=True)
        push, pull = results
        assert push["pushed"] >= n and pull["pulled"] >= n, results
        lines.append(f"| {n:,} | {push['peak']:.0f} MB | {pull['peak']:.0f} MB | {push['baseline']:.0f} MB |")
    finally:
        hub.drop()
    return lines


def _content(path: Path) -> dict[tuple[str, str], tuple]:
    """Every record of a file by (table, uid): what it says (no local ids or timestamps), with foreign
    keys as the referenced uids."""
    from scnews_desktop.storage.sync import _Uids, content, portable

    out = {}
    with Store.open(path, readonly=True) as s:
        uids = _Uids(s)
        for table in RECORD_TABLES:
            for row in s.query(f"SELECT * FROM {table}"):
                data = content(portable(table, row, uids))
                out[(table, row["uid"])] = tuple(sorted((k, str(v)) for k, v in data.items()))
    return out


def convergence(server: str, edits: int, work: Path, template: Path, seed: int) -> list[str]:
    rng = random.Random(seed)
    hub = Hub(server)
    try:
        paths = []
        for name in ("甲", "乙", "丙"):
            path = work / f"editor-{name}.db"
            shutil.copyfile(template, path)
            paths.append((name, path))
        # a shared starting point: everyone synced once
        for name, path in paths:
            with Store.open(path, editor=name) as s:
                sync(s, hub.url)
        touched: dict[str, set[str]] = {}  # uid → editors that changed it
        made_here: set[str] = set()  # facts made offline (deleting one before any sync loses nothing)
        final: dict[tuple[str, str], float | None] = {}  # (editor, uid) → the value it left (None: deleted)
        for name, path in paths:
            with Store.open(path, editor=name) as s:
                units = {  # each fact's unit: values are written in it, as the rulebook wants
                    r["uid"]: r["unit"]
                    for r in s.query(
                        "SELECT o.uid, i.unit FROM observations o JOIN indicators i ON i.id = o.indicator_id"
                    )
                }
                facts = [r["uid"] for r in s.query("SELECT uid FROM observations ORDER BY id")]
                for i in range(edits // 3):
                    op = rng.random()
                    if op < 0.4 or not facts:  # a new fact
                        row = s.query("SELECT * FROM observations ORDER BY id LIMIT 1")[0]
                        values = {
                            k: row[k]
                            for k in (
                                "indicator_id",
                                "region_id",
                                "source_id",
                                "period_kind",
                                "period_start",
                                "period_end",
                                "period_label",
                                "qualifier",
                            )
                        }
                        unit = units[row["uid"]]
                        values.update(value=float(i), value_text=f"{i}{unit}", note=f"{name}新建")
                        facts.append(s.insert("observations", values)["uid"])
                        units[facts[-1]] = unit
                        made_here.add(facts[-1])
                    elif op < 0.9:  # an edit, of the few shared facts as often as of one's own
                        uid = rng.choice(facts[:20] if rng.random() < 0.5 else facts)
                        row = s.query("SELECT id, version FROM observations WHERE uid = ?", [uid])
                        if not row:
                            continue
                        value = float(rng.randint(1, 10**6))
                        s.update(
                            "observations",
                            row[0]["id"],
                            {"value": value, "value_text": f"{value:g}{units[uid]}"},
                            row[0]["version"],
                        )
                        touched.setdefault(uid, set()).add(name)
                        final[(name, uid)] = value
                    else:  # a deletion
                        uid = rng.choice(facts)
                        row = s.query("SELECT id FROM observations WHERE uid = ?", [uid])
                        if not row:
                            continue
                        s.delete("observations", row[0]["id"])
                        facts.remove(uid)
                        touched.setdefault(uid, set()).add(name)
                        final[(name, uid)] = None
        contested = {  # changed on more than one copy, and not to the same result
            uid for uid, who in touched.items() if len(who) > 1 and len({final[(w, uid)] for w in who}) > 1
        }
        order = paths[:]
        conflicts_seen: set[str] = set()
        started = time.perf_counter()
        for _round in range(2):
            rng.shuffle(order)
            for name, path in order:
                with Store.open(path, editor=name) as s:
                    sync(s, hub.url)
                    conflicts_seen |= {c["uid"] for c in open_conflicts(s)}
        first_pass = time.perf_counter() - started
        # edits lost: an editor's last value of a record is neither on the hub nor in a listed conflict
        with psycopg.connect(hub.url) as pg:
            history = {
                (uid, (data or {}).get("value") if not deleted else None)
                for uid, data, deleted in pg.execute(
                    "SELECT uid, data, deleted FROM scnews_history WHERE tbl = 'observations'"
                )
            }
        lost = [
            (who, uid)
            for (who, uid), value in final.items()
            if (uid, value) not in history
            and uid not in conflicts_seen
            and not (value is None and uid in made_here)
        ]
        if os.environ.get("SYNC_BENCH_DEBUG"):
            for who, uid in lost[:5]:
                print(
                    "LOST",
                    who,
                    uid,
                    final[(who, uid)],
                    sorted(touched[uid]),
                    [(w, final.get((w, uid))) for w in touched[uid]],
                    [h for h in history if h[0] == uid],
                )
        # resolve: the first editor keeps theirs, the others take the hub's; then sync until quiet
        for k, (name, path) in enumerate(order):
            with Store.open(path, editor=name) as s:
                for conflict in open_conflicts(s):
                    choose(s, conflict["id"], "mine" if k == 0 else "theirs")
                sync(s, hub.url)
        for _round in range(2):
            for name, path in order:
                with Store.open(path, editor=name) as s:
                    sync(s, hub.url)
        contents = [_content(path) for _name, path in paths]
        same = all(c == contents[0] for c in contents[1:])
        missed = contested - conflicts_seen
        return [
            f"- {edits:,} random edits on three copies (new facts, edits, deletions); {len(contested):,} records "
            f"changed on more than one copy",
            f"- conflicts listed: {len(conflicts_seen):,}; contested records not listed: {len(missed):,}",
            f"- edits lost: {len(lost):,}",
            f"- first two sync rounds: {first_pass:.1f} s; after resolving, every copy the same: {same} "
            f"({len(contents[0]):,} records)",
        ]
    finally:
        hub.drop()


def kills(server: str, n: int, work: Path, template: Path, seed: int) -> list[str]:
    rng = random.Random(seed)
    hub = Hub(server)
    try:
        a, b = work / "kill-a.db", work / "kill-b.db"
        shutil.copyfile(template, a)
        shutil.copyfile(template, b)
        with Store.open(b, editor="乙") as s:
            sync(s, hub.url)
        ok_file = ok_hub = completed = mid_sync = 0
        scnews = [sys.executable, "-m", "scnews_desktop.cli"]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        for i in range(n):
            _new_facts(a, 20000, f"甲{i}")
            child = subprocess.Popen(
                [*scnews, "sync", "--db", str(a), "--hub", hub.url, "--editor", "甲"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.3, 4.0))
            mid_sync += child.poll() is None  # still running: the kill lands inside the sync
            child.send_signal(signal.SIGKILL)
            child.wait()
            with Store.open(a, readonly=True) as s:
                ok_file += s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            with psycopg.connect(hub.url) as pg:
                orphan = pg.execute(
                    "SELECT count(*) FROM scnews_records r LEFT JOIN scnews_history h ON h.rev = r.rev "
                    "WHERE h.rev IS NULL"
                ).fetchone()[0]
                ok_hub += orphan == 0
            with Store.open(a, editor="甲") as s:
                sync(s, hub.url)
                completed += 1
        with Store.open(b, editor="乙") as s:
            sync(s, hub.url)
        same = _content(a) == _content(b)
        return [
            f"- {n} syncs of 20,000 new facts each killed (SIGKILL) at a random moment 0.3–4 s after the start "
            f"({mid_sync} of them while the sync was running)",
            f"- file intact after the kill: {ok_file}/{n}; hub consistent: {ok_hub}/{n}; next sync completed: "
            f"{completed}/{n}",
            f"- the killed copy and a colleague's copy hold the same records afterwards: {same}",
        ]
    finally:
        hub.drop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="postgresql:///postgres")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--edits", type=int, default=10000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--memory-size", type=int, default=500_000)
    parser.add_argument("--only", choices=["speed", "convergence", "kills", "memory"], action="append")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template = work / "template.db"
        init_database(template)
        only = args.only or ["speed", "convergence", "kills", "memory"]
        if "speed" in only:
            print("## Speed")
            print("\n".join(speed(args.url, args.sizes, work, template)))
        if "convergence" in only:
            print("\n## Convergence")
            print("\n".join(convergence(args.url, args.edits, work, template, args.seed)), flush=True)
        if "kills" in only:
            print("\n## Kills")
            print("\n".join(kills(args.url, args.kills, work, template, args.seed)))
        if "memory" in only:
            print("\n## Memory")
            print("\n".join(memory(args.url, args.memory_size, work, template)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
