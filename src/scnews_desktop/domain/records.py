"""Record rules shared by forms, the importer, the loader and the checks."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .errors import ValidationError
from .quantities import Quantity, parse_quantity
from .units import convert, fraction_to_decimal, get_unit, is_unit, magnitude_base

PROJECT_STATUSES = (
    "planned",
    "signed",
    "started",
    "under_construction",
    "in_operation",
    "completed",
    "stalled",
)
EVENT_KINDS = ("signed", "started", "in_operation", "completed", "other")
ORG_KINDS = ("enterprise", "government", "institute", "park", "other")
ORG_ROLES = ("investor", "builder", "partner", "operator", "signatory")
MEASURES = ("flow", "stock", "rate", "count")


def value_in_unit(quantity: Quantity, indicator_unit: str, field: str = "value") -> Decimal:
    """The quantity in the indicator's unit, exactly; a unit of another kind is an error.

    A bare number (``2074.8``) is in the indicator's unit; a number with 万 or 亿 but no unit word
    (``60亿``, ``5万``) counts the base of the indicator's unit family: 60 亿元 in an 亿元 indicator,
    600 000 万元 in a 万元 one, 50 000 人 in a 人 one.
    """
    if quantity.unit is None:
        if not quantity.magnitude_only:
            return quantity.value
        _base, factor = magnitude_base(indicator_unit)
        return fraction_to_decimal(Fraction(quantity.value) / factor)
    if not is_unit(indicator_unit):
        if quantity.unit == indicator_unit:
            return quantity.value
        raise ValidationError(field, f"单位“{quantity.unit}”与指标单位“{indicator_unit}”不一致")
    target = get_unit(indicator_unit)
    source = get_unit(quantity.unit)
    if source.dimension != target.dimension:
        raise ValidationError(
            field, f"单位“{quantity.unit}”（{source.label}）不适用于以“{indicator_unit}”计的指标"
        )
    return convert(quantity.value, quantity.unit, indicator_unit)


def parse_value_for(text: str, indicator_unit: str, field: str = "value") -> tuple[Quantity, Decimal]:
    quantity = parse_quantity(text, field)
    return quantity, value_in_unit(quantity, indicator_unit, field)


def check_quote(body: str, quote: str | None, start: int | None, end: int | None) -> str | None:
    """None when the quote sits at its offsets in the body, else a Chinese reason."""
    if not quote or not body:
        return None  # no quote, or a source whose text was not captured: nothing to verify
    if start is None or end is None:
        return None if quote in (body or "") else "引文在来源正文中找不到"
    if body[start:end] != quote:
        return "引文与来源正文中记录的位置不一致" if quote in body else "引文在来源正文中找不到"
    return None
