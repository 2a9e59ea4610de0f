"""Add annotated texts to the extraction corpus (``bench/corpus``) from a spec file, so that gold facts are
written as the text says them and located by the machine, not counted by hand.

    python tools/corpus_add.py SPEC.json [--split test3]

SPEC.json is a list of texts::

    {"name": "start-14", "url": "...", "published": "2021-03-30", "genre": "start", "text": "...",
     "facts": [["140个", 1, 140, "个", ["2021-01-01", "2021-03-31"], "宜宾市", "集中开工项目", null], ...]}

Each fact: the figure as written, which occurrence of it in the text (1 = the first), its value in the unit
written, that unit, the period (start and end, or null when it has none), the region, the indicator as
the text names it, and the growth the text states for it (or null). The qualifier is read from the
written figure: 约 approx, 近 under, 超/逾/突破/余/多/以上 over, else exact (docs/extraction.md). Facts are
written in text order; the texts join the split named (a held-out split is scored once, before any rule
is drawn from it).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "corpus"


def qualifier(written: str) -> str:
    if written.startswith(("约", "約")):
        return "approx"
    if written.startswith("近"):
        return "under"
    if re.match(r"^(超过|超過|超|逾|突破)", written) or re.search(r"(余|餘|多|以上)", written):
        return "over"
    return "exact"


def locate(text: str, written: str, nth: int) -> int:
    """The nth occurrence of a figure as a whole (5亿元 is not the end of 16.5亿元)."""
    found = [m.start() for m in re.finditer(rf"(?<![0-9.０-９]){re.escape(written)}", text)]
    if len(found) < nth:
        raise ValueError(f"occurrence {nth} of {written!r} not in the text")
    return found[nth - 1]


def gold(spec: dict) -> dict:
    text = spec["text"]
    facts = []
    for written, nth, value, unit, period, region, indicator, growth in spec["facts"]:
        start, end = period if period else (None, None)
        facts.append(
            {
                "text": written,
                "start": locate(text, written, nth),
                "unit": unit,
                "qualifier": qualifier(written),
                "value": float(value),
                "period_start": start,
                "period_end": end,
                "region": region,
                "indicator": indicator,
                "growth": growth,
            }
        )
    starts = [f["start"] for f in facts]
    if starts != sorted(starts):
        raise ValueError(f"{spec['name']}: facts out of text order at {starts}")
    return {"url": spec["url"], "published": spec["published"], "genre": spec["genre"], "facts": facts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("spec", type=Path)
    parser.add_argument("--split", default="test3")
    args = parser.parse_args(argv)
    specs = json.loads(args.spec.read_text(encoding="utf-8"))
    splits = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    known = {json.loads(p.read_text(encoding="utf-8")).get("url") for p in CORPUS.glob("*-*.json")}
    for spec in specs:
        if spec["url"] in known:
            sys.exit(f"{spec['name']}: {spec['url']} is in the corpus already")
        meta = gold(spec)
        (CORPUS / f"{spec['name']}.txt").write_text(spec["text"], encoding="utf-8")
        (CORPUS / f"{spec['name']}.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        names = splits.setdefault(args.split, [])
        if spec["name"] not in names:
            names.append(spec["name"])
        print(f"{spec['name']}: {len(meta['facts'])} facts")
    (CORPUS / "split.json").write_text(
        json.dumps(splits, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
