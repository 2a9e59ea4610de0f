"""Rolling backups: at most one a day, the newest ``keep`` kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from .database import Store
from .errors import NotADatabase

PATTERN = "scnews-*.db"


def rolling_backup(
    store: Store,
    folder: Path,
    keep: int = 7,
    now: datetime | None = None,
    every: timedelta = timedelta(days=1),
) -> Path | None:
    """Back up when the newest backup is older than ``every``; returns the new file or None. A file
    SQLite's quick check finds damaged is not backed up (raises NotADatabase): seven days of backups of a
    damaged file would leave none to restore."""
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob(PATTERN))
    if existing:
        try:  # the time is in the name: scnews-20260101-000000.db
            newest = datetime.strptime(existing[-1].stem[len("scnews-") :], "%Y%m%d-%H%M%S").replace(
                tzinfo=UTC
            )
        except ValueError:
            newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
        if now - newest < every:
            return None
    problem = store.scalar("PRAGMA quick_check(1)")
    if problem != "ok":  # a damaged file is not copied over the good backups as they age out
        raise NotADatabase(
            f"“{store.path.name}”已损坏（{str(problem).splitlines()[0][:80]}）：今天的自动备份没有做，以免好的备份被它替换。"
            "请用“文件 → 从备份恢复”恢复"
        )
    path = store.backup_to(folder / f"scnews-{now.strftime('%Y%m%d-%H%M%S')}.db")
    for old in sorted(folder.glob(PATTERN))[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return path
