"""The review's proposals against a big file: the names learned from stored facts must stay fast.

    python bench/naming_memory.py [--db bench/out/big.db] [--observations 1000000]

Times ``Review.propose`` of a 5,000-character article (the seed page's text, repeated) against a file of
``--observations`` synthetic facts (``bench/make_big_db.py``; built in a temporary folder when ``--db`` is
not given) — every figure's frame looked up among the stored quotes — next to the baseline measured in the
same run: the same article against a fresh default database. Best of five runs each.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from scnews_desktop.storage.database import Store  # noqa: E402
from scnews_desktop.storage.default_data import init_database  # noqa: E402
from scnews_desktop.storage.review import Review  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "000_6ae8c2f7419085ed.txt"


def article() -> str:
    corpus = ROOT / "bench" / "corpus"
    text = (
        SEED.read_text(encoding="utf-8") if SEED.exists() else (corpus / "profit-01.txt").read_text("utf-8")
    )
    return (text * (5000 // len(text) + 1))[:5000]


def best_propose(path: Path, text: str) -> tuple[float, int]:
    with Store.open(path, readonly=True) as store:
        times, n = [], 0
        for _ in range(5):
            started = time.perf_counter()
            n = len(Review(store, text, date(2021, 1, 21)).propose())
            times.append(time.perf_counter() - started)
    return min(times), n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--observations", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    text = article()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.db"
        init_database(fresh)
        big = args.db
        if big is None:
            big = Path(tmp) / "big.db"
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "bench" / "make_big_db.py"),
                    str(big),
                    "--observations",
                    str(args.observations),
                ],
                check=True,
            )
        with Store.open(big, readonly=True) as store:
            count = store.scalar("SELECT count(*) FROM observations")
        base, n = best_propose(fresh, text)
        heavy, m = best_propose(big, text)
    print(
        f"| proposals of a {len(text):,}-character article ({n}/{m} rows) | fresh file {base * 1000:.0f} ms "
        f"| {count:,} observations {heavy * 1000:.0f} ms | {heavy / base:.2f}× |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
