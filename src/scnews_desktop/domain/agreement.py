"""When two figures agree: a figure as written stands for a range of values — its precision (8082亿元 is
anything that rounds to it, 8081.5 to 8082.5) and its qualifier (逾8000亿元 is above 8000, 近7千人 just
below 7000, 约30亿元 about 30). Two figures agree when their ranges meet. The checks (conflicts) and
the draft check (verify) both ask here."""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import ValidationError
from .quantities import parse_quantity
from .records import value_in_unit

#: How far a qualified figure may be from the number it names (fractions of that number).
OVER_UP_TO = Decimal("0.25")  # 逾8000: above 8000, up to 10,000
UNDER_DOWN_TO = Decimal("0.20")  # 近7000: from 5,600 to 7000
APPROX_WITHIN = Decimal("0.10")  # 约30: 27 to 33


def _decimals(text: str) -> int:
    m = re.search(r"\d+(?:\.(\d+))?", text)
    return len(m.group(1)) if m and m.group(1) else 0


PLAIN_FIGURE = re.compile(r"^\d+(?:\.(\d+))?(\D*)$")


def written_range(
    value: float | None, value_text: str | None, qualifier: str, unit: str | None
) -> tuple[float, float] | None:
    """The values a figure as written allows, in the indicator's unit; None without a value."""
    if value is None:
        return None
    half = Decimal(0)
    base = Decimal(repr(value))
    upper: Decimal | None = None
    plain = PLAIN_FIGURE.match(value_text) if value_text else None
    if plain and plain.group(2) in ("", unit):  # 2074.8 or 2074.8亿元 in its own unit: no parser needed
        half = Decimal(1).scaleb(-len(plain.group(1) or "")) / 2
    elif value_text:
        try:
            quantity = parse_quantity(value_text)
            # half of the last written digit, in the unit as written, converted to the indicator's unit
            step = Decimal(1).scaleb(-_decimals(quantity.text)) / 2
            scale = (
                (quantity.value / _number_as_written(quantity.text))
                if _number_as_written(quantity.text)
                else Decimal(1)
            )
            half_written = step * scale
            if unit and quantity.unit:
                half = abs(value_in_unit(quantity.__class__(half_written, quantity.unit, "exact", "x"), unit))
            elif unit and quantity.magnitude_only:
                half = abs(
                    value_in_unit(
                        quantity.__class__(half_written, None, "exact", "x", magnitude_only=True), unit
                    )
                )
            else:
                half = half_written
            if quantity.upper is not None and unit and quantity.unit:
                upper = value_in_unit(quantity.__class__(quantity.upper, quantity.unit, "exact", "x"), unit)
        except (ValidationError, ArithmeticError):
            half = Decimal(0)
    else:  # no text: the precision of the stored number (4654.3 → ±0.05)
        exponent = base.normalize().as_tuple().exponent
        half = (
            Decimal(1).scaleb(int(exponent)) / 2
            if isinstance(exponent, int) and exponent < 0
            else Decimal("0.5")
        )
    low, high = base - half, base + half
    if upper is not None:
        high = max(high, upper + half)
    elif qualifier == "over":
        low, high = base, base * (1 + OVER_UP_TO) + half
    elif qualifier == "under":
        low, high = base * (1 - UNDER_DOWN_TO) - half, base
    elif qualifier in ("approx", "vague"):
        low, high = base * (1 - APPROX_WITHIN) - half, base * (1 + APPROX_WITHIN) + half
    if low > high:
        low, high = high, low
    return float(low), float(high)


def _number_as_written(text: str) -> Decimal:
    """The digits of a figure without its magnitude characters: 4.86 of 4.86万亿元."""
    m = re.search(r"\d+(?:\.\d+)?", text)
    return Decimal(m.group()) if m else Decimal(0)


def agree(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Two ranges of values meet (a figure without a value agrees with anything)."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] * (1 + 1e-12) and b[0] <= a[1] * (1 + 1e-12)
