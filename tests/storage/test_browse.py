"""Browsing in SQL: keyset pages agree with a plain full sort, with NULLs, in both directions."""

import random

import pytest

from scnews_desktop.storage import specs
from scnews_desktop.storage.browse import Browser, Filters


@pytest.fixture
def many(empty_store):
    s = empty_store
    rng = random.Random(7)
    src = s.insert("sources", {"title": "来源", "published_on": "2021-01-21", "body": "内江和宜宾的消息"})
    inds = [s.insert("indicators", {"name": f"指标{i:02d}", "unit": "亿元"})["id"] for i in range(5)]
    regions = [r["id"] for r in s.query("SELECT id FROM regions WHERE code LIKE '51%' LIMIT 30")]
    with s.atomic() as db:
        for n in range(700):
            value = None if n % 7 == 0 else float(rng.randint(0, 60))  # many ties and NULLs
            db.execute(
                "INSERT INTO observations (uid, created_at, updated_at, indicator_id, region_id, period_kind, "
                "period_start, period_end, value, yoy_pct, source_id, quote) VALUES (?, 'x', 'x', ?, ?, 'year', ?, ?, ?, ?, ?, ?)",
                [
                    f"u{n}",
                    rng.choice(inds),
                    rng.choice(regions),
                    f"{2000 + n % 20}-01-01",
                    f"{2000 + n % 20}-12-31",
                    value,
                    1.0 if value is None else None,
                    src["id"],
                    "内江" if n % 3 == 0 else "宜宾",
                ],
            )
    assert s.sync_search_index() == 700
    return s


def expected_order(store, key_sql, descending):
    rows = store.query(
        f"SELECT t.id, {key_sql} AS k FROM observations t JOIN indicators i ON i.id = t.indicator_id "
        "JOIN regions r ON r.id = t.region_id"
    )
    nulls = sorted((r for r in rows if r["k"] is None), key=lambda r: r["id"], reverse=descending)
    values = sorted(
        (r for r in rows if r["k"] is not None), key=lambda r: (r["k"], r["id"]), reverse=descending
    )
    return [r["id"] for r in (values + nulls if descending else nulls + values)]


@pytest.mark.parametrize("key", ["value", "indicator", "region", "period", "id"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_match_full_sort(many, key, descending):
    b = Browser(many, specs.OBSERVATIONS)
    b.set_sort(key, descending)
    want = expected_order(many, specs.OBSERVATIONS.column(key).sort, descending)
    assert b.count() == len(want) == 700

    got, page = [], b.first(64)
    while page:
        got += [r["id"] for r in page]
        page = b.after(page[-1], 64)
    assert got == want

    back, page = [], b.last(50)
    while page:
        back = [r["id"] for r in page] + back
        page = b.before(page[0], 50)
    assert back == want

    assert [r["id"] for r in b.at_offset(333, 40)] == want[333:373]
    for probe in (0, 1, 99, 350, 699):
        assert b.position_of(want[probe]) == probe


def test_filters_combine(many):
    b = Browser(many, specs.OBSERVATIONS)
    total = b.count()
    b.set_filters(Filters(period_from="2005-01-01", period_to="2006-12-31"))
    assert b.count() == 70
    b.set_filters(Filters(period_from="2005-01-01", period_to="2006-12-31", search="内江"))
    assert 0 < b.count() < 70
    b.set_filters(Filters())
    assert b.count() == total


@pytest.mark.parametrize("bounds", [{"period_from": "2005-01-01"}, {"period_to": "2006-12-31"}])
def test_open_ended_period_filters(many, bounds):
    """“From 2005” alone or “to 2006” alone: every overlapping period, the same as SQL says."""
    b = Browser(many, specs.OBSERVATIONS)
    b.set_filters(Filters(**bounds))
    lo, hi = bounds.get("period_from", "0000-01-01"), bounds.get("period_to", "9999-12-31")
    expected = many.scalar(
        "SELECT count(*) FROM observations WHERE period_end >= ? AND period_start <= ?", [lo, hi]
    )
    assert 0 < expected < b.store.scalar("SELECT count(*) FROM observations")
    assert b.count() == expected
    assert len(b.first(1000)) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "内江 OR",
        "NEAR(内江",
        "*",
        "a:b",
        "'; DROP TABLE x; --",
        "\x00",
        "^内江",
        "x" * 100_000,
        "（）",
        "   ",
    ],
)
def test_search_input_is_never_fts_syntax(many, text):
    b = Browser(many, specs.OBSERVATIONS)
    b.set_filters(Filters(search=text))
    assert b.count() >= 0
    b.first(10)
