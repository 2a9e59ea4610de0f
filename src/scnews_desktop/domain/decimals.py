"""Exact decimals shown plainly (no exponent, no trailing zeros), with thousands separators.

A module of its own so that showing numbers (the tables, at start-up) does not load the parsers.
"""

from __future__ import annotations

from decimal import Decimal, localcontext


def plain(value: Decimal) -> Decimal:
    """Drop exponent notation and trailing zeros: Decimal('2.18590E+4') → Decimal('21859')."""
    with localcontext() as ctx:
        ctx.prec = 60  # figures far beyond any real amount still come out plain, never an exception
        value = value.normalize()
        if value == value.to_integral_value():
            return Decimal(int(value))  # (quantize would need as many digits of precision as the value has)
        return value


def format_decimal(value: Decimal) -> str:
    text = format(plain(value), "f")
    whole, dot, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    return f"{sign}{int(whole):,}{dot}{frac}"
