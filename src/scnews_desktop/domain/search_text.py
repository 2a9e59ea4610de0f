"""Chinese-aware search tokens: CJK runs become overlapping character bigrams (plus the run's last
character), other text becomes lower-case words. Indexed with FTS5's unicode61 tokenizer, this finds
queries of one, two or more Chinese characters (the trigram tokenizer alone misses one and two).

The query builder quotes every token, so what a user types is never read as FTS syntax.
"""

from __future__ import annotations

import functools
import re
from operator import add

# CJK Unified Ideographs (+ extension A, compatibility) — the characters that form bigrams.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width letters and digits and compatibility ideographs: the characters whose NFKC form changes a
# token. Full-width punctuation (，。：) separates tokens either way, so it does not trigger the (slow)
# normalisation of a whole Chinese text.
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uf900-\ufaff]")
MAX_QUERY_LENGTH = 200


@functools.cache
def _run_pattern() -> re.Pattern[str]:
    """CJK runs and word runs (compiled on first use: the Unicode classes take ms to compile)."""
    return re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)


def _is_cjk(run: str) -> bool:
    c = run[0]
    return "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def _runs(text: str) -> list[str]:
    if not text:
        return []
    if _WIDE.search(text):
        import unicodedata  # (here: loading it takes a millisecond of the start-up)

        text = unicodedata.normalize("NFKC", text)
    return _run_pattern().findall(text.lower())


def index_tokens(text: str) -> str:
    """The space-separated tokens stored in the full-text index for ``text``."""
    out: list[str] = []
    for run in _runs(text):
        if _is_cjk(run):
            if len(run) > 1:
                out.append(" ".join(map(add, run, run[1:])))  # bigrams, built in C
            out.append(run[-1])
        else:
            out.append(run)
    return " ".join(out)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when nothing searchable is left.

    ``宜`` → ``"宜"*``; ``内江`` → ``"内江"``; ``五粮液`` → ``"五粮 粮液"``; ``AI 闸机`` → ``"ai"* AND "闸机"``.
    """
    parts: list[str] = []
    for run in _runs((query or "")[:MAX_QUERY_LENGTH]):
        if _is_cjk(run):
            if len(run) == 1:
                parts.append(f'"{run}"*')
            else:
                parts.append('"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"')
        else:
            parts.append(f'"{run}"*')
    return " AND ".join(parts) if parts else None


def like_needles(query: str) -> list[str]:
    """The plain substrings to look for in small tables (names, aliases, codes)."""
    return [r for r in _runs((query or "")[:MAX_QUERY_LENGTH]) if r]
