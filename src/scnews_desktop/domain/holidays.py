"""China's public holidays: the days of each as the State Council's yearly notice sets them
(``data/holidays.csv``, a table a newsroom extends), else their usual days; which holiday a written name is;
the holiday around a day. The period grammar (``periods``) reads 国庆黄金周, 清明假期, 春节期间 through these."""

from __future__ import annotations

import functools
from datetime import date

from .errors import ValidationError

#: The transport's seasons the table lists beside the holidays: periods named like one, no days off.
_SEASONS = ("春运", "暑运")


def holiday_days(holiday: str, year: int) -> tuple[date, date]:
    """The days of a public holiday (春节, 国庆, 五一) in ``year``: the State Council's arrangement as
    data/holidays.csv lists it (2020's 国庆 with 中秋 was 1–8 October, 2023's 29 September–6 October),
    else the usual days — 国庆 1–7 October, 五一 1–3 May until 2019 and 1–5 May from 2020; a 春节 not
    listed is refused (its date moves with the lunar calendar)."""
    listed = _holidays().get((holiday, year))
    if listed is not None:
        return listed
    if holiday == "国庆":
        return date(year, 10, 1), date(year, 10, 7)
    if holiday == "五一":
        return date(year, 5, 1), date(year, 5, 5 if year >= 2020 else 3)
    if holiday == "暑运":
        return date(year, 7, 1), date(year, 8, 31)
    raise ValidationError("period", f"{year}年的{holiday}假期不在节假日表中，请直接填写日期")


def holiday_of(text: str) -> str:
    """Which holiday a written name is (中秋国庆 is 国庆's joint days; 春运 and 暑运 the transport's seasons)."""
    for season in ("春运", "暑运"):
        if season in text:
            return season
    if "春节" in text:
        return "春节"
    for name in ("清明", "端午", "元旦"):
        if name in text:
            return name
    if "国庆" in text or "十一" in text:
        return "国庆"
    return "中秋" if "中秋" in text else "五一"


def holiday_around(reference: date, field: str, label: str) -> tuple[date, date]:
    """The holiday whose days hold ``reference``, else the last one that ended within a fortnight of it."""
    years = (reference.year - 1, reference.year)
    usual = [holiday_days(h, y) for h in ("国庆", "五一") for y in years]  # (listed or not: their usual days)
    days_off = [days for (name, _y), days in _holidays().items() if name not in _SEASONS]
    spans = sorted({*days_off, *usual})
    around = [s for s in spans if s[0] <= reference <= s[1]] or [
        s for s in spans if s[1] < reference and (reference - s[1]).days <= 14
    ]
    if not around:
        raise ValidationError(field, f"“{label}”：文章日期前后没有节假日，请直接填写日期")
    return around[-1]


@functools.cache
def _holidays() -> dict[tuple[str, int], tuple[date, date]]:
    import csv
    import io
    from importlib import resources

    text = (resources.files("scnews_desktop") / "data" / "holidays.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(
        io.StringIO("\n".join(line for line in text.splitlines() if not line.startswith("#")))
    )
    return {
        (r["holiday"], int(r["year"])): (date.fromisoformat(r["first"]), date.fromisoformat(r["last"]))
        for r in rows
    }
