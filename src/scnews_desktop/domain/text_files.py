"""Text files as Chinese editors have them: UTF-8 (with or without BOM) or GB18030/GBK."""

from __future__ import annotations

from .errors import ValidationError

ENCODINGS = ("utf-8-sig", "gb18030")


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding). Raises ValidationError for bytes that are neither."""
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValidationError("file", "文件编码无法识别（应为 UTF-8 或 GB18030/GBK）")
