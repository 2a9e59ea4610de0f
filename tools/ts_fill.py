"""Fill unfinished zh_CN translations from a JSON file of {source: translation}; a key
"Context|source" applies to one context only. The .ts stays as lupdate wrote it (only the unfinished
<translation> elements change), so the diff shows just the new translations.

    python tools/translations.py update
    python tools/ts_fill.py --list            # the unfinished sources, as JSON to fill in
    python tools/ts_fill.py new-strings.json
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "scnews_zh_CN.ts"
_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(
    r'(<message(?P<numerus> numerus="yes")?>\s*<source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
    r'<translation type="unfinished">(?P<old>.*?)</translation>',
    re.S,
)


def main(argv: list[str]) -> int:
    text = TS.read_text(encoding="utf-8")
    if argv and argv[0] == "--list":
        todo = {html.unescape(m.group("source")): "" for m in _MESSAGE.finditer(text)}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    filled = 0

    def fill_context(context: re.Match[str]) -> str:
        name = context.group(1)

        def fill(message: re.Match[str]) -> str:
            nonlocal filled
            source = html.unescape(message.group("source"))
            translation = table.get(f"{name}|{source}", table.get(source))
            if not translation:
                return message.group(0)
            filled += 1
            body = html.escape(translation, quote=False)
            if message.group("numerus"):
                body = f"\n            <numerusform>{body}</numerusform>\n        "
            return f"{message.group(1)}<translation>{body}</translation>"

        return context.group(0).replace(context.group(2), _MESSAGE.sub(fill, context.group(2)))

    text = _CONTEXT.sub(fill_context, text)
    TS.write_text(text, encoding="utf-8")
    print(f"filled {filled}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
