"""Recompute ``quote_start``/``quote_end`` of the default data set after editing quotes by hand.

Usage: python tools/fill_offsets.py   (rewrites db/default/*.json in place)

A quote is looked up in its source's body; ``anchor`` (optional) is text that comes before the quote
and picks the right occurrence when the same words occur more than once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "db" / "default"


def locate(body: str, quote: str, anchor: str | None) -> tuple[int, int]:
    start_from = 0
    if anchor:
        start_from = body.index(anchor)
    start = body.index(quote, start_from)
    return start, start + len(quote)


def fill(item: dict, bodies: dict[str, str], where: str) -> None:
    if not item.get("quote"):
        return
    body = bodies[item["source"]]
    try:
        item["quote_start"], item["quote_end"] = locate(body, item["quote"], item.get("anchor"))
    except ValueError:
        sys.exit(f"{where}: quote not found in source {item['source']}: {item['quote']}")


def main() -> None:
    sources = json.loads((ROOT / "sources.json").read_text(encoding="utf-8"))
    bodies = {s["key"]: s["body"] for s in sources}
    for name in ("observations", "projects"):
        path = ROOT / f"{name}.json"
        items = json.loads(path.read_text(encoding="utf-8"))
        for i, item in enumerate(items):
            fill(item, bodies, f"{name}[{i}]")
            for j, event in enumerate(item.get("events", [])):
                event.setdefault("source", item["source"])
                fill(event, bodies, f"{name}[{i}].events[{j}]")
        path.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
