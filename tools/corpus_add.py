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


# --- Version 2: every figure an editor captures, and the article's head -------------------------------
#
# A spec in lines (one text after another), written by hand and checked by the machine:
#
#     == NAME                      (the text is bench/corpus/NAME.txt, or --texts DIR/NAME.txt)
#     url ADDRESS
#     published YYYY-MM-DD         (the day the paper came out: what an editor types when the text has none)
#     genre GENRE
#     title TITLE                  (the article's title as the page shows it; "-" when it shows none)
#     publication NAME             (the medium the head or the dateline names; "-" when none)
#     date YYYY-MM-DD              (the article's own full date, as the text states it; "-" when it does not)
#     F written | nth | kind | value unit | period | region | indicator | growth | extra
#     P name | nth | investment as written | region | status
#
# kind: L a level (a quantity with its unit), R a rate, share or ratio in %, G a growth said without its
# level, K a rank said without a level or a growth. value unit: "2298.1 亿元" (empty for G and K). period:
# 2022, 2022Q1, 2022H1, 2022Q1-3, 2022M02, 2022M01-07 (January to July), @2022-07-31 (at the end of that
# day: a stock), 2022-11-22 (a day), 2016..2020 (years), 2015-10-01..2015-10-07 (days), "-" for none.
# growth: the growth the text states for the figure, signed, in % (1.3倍 is 130). extra: est (a plan,
# target or estimate), mom (growth on the month before), avg (average yearly growth), q=over|under|approx
# (a bound the figure's own words do not carry), rank=N, scope=全国.

_MONTH_END = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _month_end(year: int, month: int) -> str:
    leap = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return f"{year}-{month:02d}-{_MONTH_END[month] + (1 if leap else 0):02d}"


def period_of(text: str) -> tuple[str | None, str | None]:
    """The shorthand of a gold period → its first and last day."""
    text = text.strip()
    if text in ("", "-"):
        return None, None
    if text.startswith("@"):
        return text[1:], text[1:]
    if ".." in text:
        a, b = text.split("..")
        if len(a) == 4:
            return f"{a}-01-01", f"{b}-12-31"
        return a, b
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text, text
    m = re.fullmatch(r"(\d{4})(?:([QHM])(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m is None:
        raise ValueError(f"period {text!r}")
    year = int(m.group(1))
    if m.group(2) is None:
        return f"{year}-01-01", f"{year}-12-31"
    first, last = int(m.group(3)), int(m.group(4) or m.group(3))
    months = {"Q": 3, "H": 6, "M": 1}[m.group(2)]
    start_month = (first - 1) * months + 1
    end_month = last * months
    if m.group(2) == "M" and m.group(4):  # 2022M01-07: January to July
        start_month, end_month = first, last
    return f"{year}-{start_month:02d}-01", _month_end(year, end_month)


def _extra(text: str) -> dict:
    extra: dict = {}
    for word in text.split():
        if "=" in word:
            key, value = word.split("=", 1)
            extra[key] = int(value) if key == "rank" else value
        else:
            extra[word] = True
    return extra


def gold_v2(name: str, lines: list[str], text: str) -> dict:
    meta: dict = {"facts": [], "projects": []}
    head: dict = {}
    for line in lines:
        key, _, rest = line.partition(" ")
        rest = rest.strip()
        if key in ("url", "published", "genre"):
            meta[key] = rest
        elif key in ("title", "publication", "date"):
            head[key] = None if rest == "-" else rest
        elif key == "F":
            parts = [p.strip() for p in rest.split("|")]
            parts += [""] * (9 - len(parts))
            written, nth, kind, amount, period, region, indicator, growth, extra = parts[:9]
            extra_fields = _extra(extra)
            value = unit = None
            if kind in ("L", "R"):
                number, _, unit = amount.partition(" ")
                value = float(number)
                unit = unit or "%"
            start, end = period_of(period)
            fact = {
                "text": written,
                "start": locate(text, written, int(nth)),
                "kind": kind,
                "unit": unit,
                "qualifier": extra_fields.pop("q", None) or qualifier(written),
                "value": value,
                "period_start": start,
                "period_end": end,
                "region": region or None,
                "indicator": indicator or None,
                "growth": float(growth) if growth else None,
            }
            fact.update(extra_fields)
            meta["facts"].append(fact)
        elif key == "P":
            parts = [p.strip() for p in rest.split("|")]
            written, nth, investment, region, status = (parts + [""] * 5)[:5]
            meta["projects"].append(
                {
                    "name": written,
                    "start": locate(text, written, int(nth)),
                    "investment_text": investment or None,
                    "region": region or None,
                    "status": status or None,
                }
            )
        elif line.strip():
            raise ValueError(f"{name}: cannot read {line!r}")
    starts = [f["start"] for f in meta["facts"]]
    if starts != sorted(starts):
        raise ValueError(f"{name}: facts out of text order at {starts}")
    return {
        "url": meta["url"],
        "published": meta["published"],
        "genre": meta["genre"],
        "conventions": 2,
        "head": {
            "title": head.get("title"),
            "publication": head.get("publication"),
            "date": head.get("date"),
        },
        "facts": meta["facts"],
        "projects": meta["projects"],
    }


def read_v2(spec: Path) -> list[tuple[str, list[str]]]:
    texts: list[tuple[str, list[str]]] = []
    for line in spec.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            texts.append((line[3:].strip(), []))
        elif line.strip() and not line.startswith("#"):
            texts[-1][1].append(line)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("spec", type=Path)
    parser.add_argument("--split", default="test3")
    parser.add_argument("--texts", type=Path, help="a spec in lines: where its NAME.txt files are")
    parser.add_argument(
        "--check", action="store_true", help="print each figure where it was found; write nothing"
    )
    args = parser.parse_args(argv)
    splits = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    known = {json.loads(p.read_text(encoding="utf-8")).get("url") for p in CORPUS.glob("*-*.json")}
    if args.texts is not None:
        entries = []
        for name, lines in read_v2(args.spec):
            text = (args.texts / f"{name}.txt").read_text(encoding="utf-8")
            entries.append((name, text, gold_v2(name, lines, text)))
    else:
        entries = [
            (spec["name"], spec["text"], gold(spec)) for spec in json.loads(args.spec.read_text("utf-8"))
        ]
    for name, text, meta in entries:
        if meta["url"] in known:
            sys.exit(f"{name}: {meta['url']} is in the corpus already")
        if args.check:
            print(f"== {name} {meta.get('head', '')}")
            for f in meta["facts"]:
                at = f["start"]
                context = (
                    text[max(0, at - 10) : at]
                    + "["
                    + f["text"]
                    + "]"
                    + text[at + len(f["text"]) : at + len(f["text"]) + 6]
                )
                print(
                    f"  {f.get('kind', 'L')} {context!r} {f['value']} {f['unit']} {f['qualifier']} {f['period_start']}..{f['period_end']} {f['region']} {f['indicator']} g={f['growth']}"
                )
            for p in meta.get("projects", []):
                print(f"  P {p}")
            continue
        (CORPUS / f"{name}.txt").write_text(text, encoding="utf-8")
        (CORPUS / f"{name}.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        names = splits.setdefault(args.split, [])
        if name not in names:
            names.append(name)
        print(f"{name}: {len(meta['facts'])} facts")
    if not args.check:
        (CORPUS / "split.json").write_text(
            json.dumps(splits, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
