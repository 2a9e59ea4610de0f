"""When and which: the time stamps and record uids every writer of a file uses (a module of its own so
that the migrations use them without importing the store)."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_uid() -> str:
    import uuid  # on the first write, not at start-up (uuid imports platform)

    return str(uuid.uuid4())
