"""Growth reported at comparable prices is not compared with the change of the levels as if equal."""

import json

import pytest

from scnews_desktop.storage.checks import growth_levels_findings as growth_findings


@pytest.fixture
def series(store):
    region = store.scalar("SELECT id FROM regions WHERE name = '宜宾市'")
    source = store.scalar("SELECT id FROM sources LIMIT 1")

    def add(name: str, basis: str, previous: float, current: float, yoy: float) -> None:
        ind = store.insert("indicators", {"name": name, "unit": "亿元", "growth_basis": basis})["id"]
        common = {"indicator_id": ind, "region_id": region, "source_id": source, "period_kind": "year"}
        store.insert(
            "observations",
            common | {"period_start": "2022-01-01", "period_end": "2022-12-31", "value": previous},
        )
        store.insert(
            "observations",
            common
            | {"period_start": "2023-01-01", "period_end": "2023-12-31", "value": current, "yoy_pct": yoy},
        )

    return add


def test_real_growth_with_a_plausible_price_change_is_no_finding(store, series):
    series("测试生产总值", "real", 100.0, 110.0, 6.0)  # implies prices +3.8 %: an ordinary deflator
    assert growth_findings(store) == []


def test_nominal_growth_is_compared_directly(store, series):
    series("测试零售总额", "nominal", 100.0, 110.0, 6.0)
    findings = growth_findings(store)
    assert len(findings) == 1 and "+10.0%" in findings[0].message


def test_real_growth_against_levels_of_another_vintage_is_worded_as_such(store, series):
    series("测试增加值", "real", 80.0, 110.0, 6.0)  # the 2022 level predates a census revision
    findings = growth_findings(store)
    assert len(findings) == 1
    assert "隐含价格变动" in findings[0].message and "普查" in findings[0].message


def test_a_quote_saying_comparable_prices_makes_one_fact_real(store, series):
    series("测试收入", "nominal", 100.0, 110.0, 6.0)
    oid = store.scalar("SELECT max(id) FROM observations")
    store.update("observations", oid, {"growth_basis": "real"}, 1)
    assert growth_findings(store) == []


# ------------------------------------------------------------------ the rules of the checks issue
from scnews_desktop.cli import main as cli  # noqa: E402
from scnews_desktop.storage.checks import accept, record_findings, run_checks  # noqa: E402


def _add(store, indicator, region, start, end, value, text=None, source=None, **more):
    ind = store.scalar("SELECT id FROM indicators WHERE name = ?", [indicator])
    if ind is None:
        ind = store.insert("indicators", {"name": indicator, "unit": more.pop("unit", "亿元")})["id"]
    values = {
        "indicator_id": ind,
        "region_id": store.scalar("SELECT id FROM regions WHERE name = ?", [region]),
        "source_id": source or store.scalar("SELECT id FROM sources ORDER BY id LIMIT 1"),
        "period_kind": more.pop("kind", "year"),
        "period_start": start,
        "period_end": end,
        "value": value,
        "value_text": text,
        **more,
    }
    return store.insert("observations", values)


def _rules(findings):
    return sorted(f.rule for f in findings)


@pytest.fixture
def other_source(store):
    return store.insert("sources", {"title": "另一篇报道", "published_on": "2024-06-01"})["id"]


def test_conflicts_respect_qualifiers_and_precision(store, other_source):
    first = store.scalar("SELECT id FROM sources ORDER BY id LIMIT 1")
    _add(store, "测试总量", "宜宾市", "2020-01-01", "2020-12-31", 60, "逾60亿元", first, qualifier="over")
    _add(store, "测试总量", "宜宾市", "2020-01-01", "2020-12-31", 62, "62亿元", other_source)
    _add(store, "测试余额", "宜宾市", "2020-01-01", "2020-12-31", 48600, "4.86万亿元", first)
    _add(store, "测试余额", "宜宾市", "2020-01-01", "2020-12-31", 48598.8, "48598.8亿元", other_source)
    assert [f for f in run_checks(store) if f.rule == "conflict"] == []
    _add(store, "测试产值", "宜宾市", "2020-01-01", "2020-12-31", 60, "60亿元", first)
    _add(store, "测试产值", "宜宾市", "2020-01-01", "2020-12-31", 70, "70亿元", other_source)
    conflicts = [f for f in run_checks(store) if f.rule == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].severity == "error" and len(conflicts[0].records) == 2


def test_parts_total_magnitude_rank_future_duplicates_and_quotes(store, other_source):
    y = ("2020-01-01", "2020-12-31")
    _add(store, "地区生产总值", "宜宾市", *y, 3000.0, "3000亿元")
    _add(store, "第一产业增加值", "宜宾市", *y, 300.0, "300亿元")
    _add(store, "第二产业增加值", "宜宾市", *y, 1300.0, "1300亿元")
    _add(store, "第三产业增加值", "宜宾市", *y, 1300.0, "1300亿元")  # sums to 2900, not 3000
    for year, value in ((2017, 100.0), (2018, 110.0), (2019, 1_200_000.0), (2020, 130.0)):  # a ×10⁴ slip
        _add(store, "测试收入", "宜宾市", f"{year}-01-01", f"{year}-12-31", value)
    _add(store, "测试排名", "宜宾市", *y, 5.0, rank=25, rank_scope="全省")  # 21 市州 in Sichuan
    _add(store, "测试未来", "宜宾市", "2030-01-01", "2030-12-31", 5.0, source=other_source)
    twice = {"quote": "没有这个数"}
    _add(store, "测试重复", "宜宾市", *y, 7.0, "7亿元", **twice)
    _add(store, "测试重复", "宜宾市", *y, 7.0, "7亿元", **twice)
    findings = run_checks(store)
    found = _rules(findings)
    for rule in ("parts_total", "magnitude", "rank_peers", "future_period", "duplicate", "quote_value"):
        assert rule in found, (rule, found)
    slip = next(f for f in findings if f.rule == "magnitude")
    assert "1,200,000" in slip.message
    assert all(r.uid for f in findings for r in f.records)


def test_an_accepted_finding_stays_accepted_until_its_records_change(store, other_source, capsys):
    first = store.scalar("SELECT id FROM sources ORDER BY id LIMIT 1")
    _add(store, "测试产值", "宜宾市", "2020-01-01", "2020-12-31", 60, "60亿元", first)
    row = _add(store, "测试产值", "宜宾市", "2020-01-01", "2020-12-31", 70, "70亿元", other_source)
    assert cli(["check", "--db", str(store.path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    conflict = next(f for f in out if f["rule"] == "conflict")
    assert conflict["severity"] == "error" and {r["table"] for r in conflict["records"]} == {"observations"}
    assert {"rule", "severity", "message", "records"} <= set(conflict)
    finding = next(f for f in run_checks(store) if f.rule == "conflict")
    with pytest.raises(Exception, match="理由"):
        accept(store, finding, "  ")
    accept(store, finding, "口径不同：一篇含农村地区")
    assert cli(["check", "--db", str(store.path), "--json"]) == 0
    accepted = next(f for f in json.loads(capsys.readouterr().out) if f["rule"] == "conflict")
    assert accepted["accepted"]["reason"].startswith("口径不同")
    history = store.query("SELECT editor FROM changes WHERE table_name = 'check_acceptances'")
    assert history and history[0]["editor"] == "测试"
    store.update("observations", row["id"], {"value": 71.0, "value_text": "71亿元"}, row["version"])
    again = next(f for f in run_checks(store) if f.rule == "conflict")
    assert again.accepted is None  # the record changed: the acceptance no longer holds


def test_an_acceptance_follows_what_the_records_say_not_their_version(store, other_source):
    """Versions are counted per copy: a colleague's different content can arrive at the version this
    copy accepted; a save that changes nothing bumps the version and changes nothing accepted."""
    first = store.scalar("SELECT id FROM sources ORDER BY id LIMIT 1")
    _add(store, "测试产值", "宜宾市", "2020-01-01", "2020-12-31", 60, "60亿元", first)
    row = _add(store, "测试产值", "宜宾市", "2020-01-01", "2020-12-31", 70, "70亿元", other_source)
    accept(store, next(f for f in run_checks(store) if f.rule == "conflict"), "口径不同")
    store.update("observations", row["id"], {"note": None}, row["version"])  # a new version, same content
    assert next(f for f in run_checks(store) if f.rule == "conflict").accepted is not None
    with store.atomic():  # as a sync brings a colleague's edit: other content, this copy's version
        store.conn.execute(
            "UPDATE observations SET value = 72, value_text = '72亿元' WHERE id = ?", [row["id"]]
        )
    assert next(f for f in run_checks(store) if f.rule == "conflict").accepted is None


def test_the_rules_of_one_record_before_it_is_saved(store, other_source):
    first = store.scalar("SELECT id FROM sources ORDER BY id LIMIT 1")
    _add(store, "测试收入", "宜宾市", "2019-01-01", "2019-12-31", 100.0, "100亿元", first)
    ind = store.scalar("SELECT id FROM indicators WHERE name = '测试收入'")
    region = store.scalar("SELECT id FROM regions WHERE name = '宜宾市'")
    values = {
        "indicator_id": ind,
        "region_id": region,
        "source_id": other_source,
        "period_kind": "year",
        "period_start": "2020-01-01",
        "period_end": "2020-12-31",
        "value": 1_100_000.0,  # 110 亿元 typed in 万元
        "value_text": "1100000亿元",
        "yoy_pct": 10.0,
    }
    rules = _rules(record_findings(store, values))
    assert "magnitude" in rules and "growth_levels" in rules
    values |= {"value": 110.0, "value_text": "110亿元"}
    assert record_findings(store, values) == []


def test_a_rule_lists_at_most_max_listed_findings_and_counts_the_rest(store, monkeypatch):
    from scnews_desktop.storage import check_rows, checks

    monkeypatch.setattr(checks, "MAX_LISTED", 3)
    monkeypatch.setattr(check_rows, "MAX_LISTED", 3)
    for year in range(2030, 2040):  # ten periods after their article's date
        _add(store, "测试未来", "宜宾市", f"{year}-01-01", f"{year}-12-31", 5.0)
    future = [f for f in checks.run_checks(store) if f.rule == "future_period"]
    assert len(future) == 4 and "另有 7 条" in future[-1].message and future[-1].records == ()


def test_the_rules_page_lists_every_rule():
    """docs/checks.md is the rules page users read: every rule with its id, title and severity."""
    from pathlib import Path

    from scnews_desktop.domain.check_rules import RULES

    page = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        line = next((line for line in page.splitlines() if line.startswith(f"| `{rule.id}` |")), "")
        assert rule.title in line and rule.severity in line and rule.description in line, rule.id


def test_stopping_the_second_core_as_it_closes_is_no_error(default_db, monkeypatch):
    """The integrity finding ends the checks early; the second core may be closing its connection at that
    moment — stopping it then raised 'Cannot operate on a closed database' (a message instead of the damage
    found). Its thread is held just after closing: stopping it then raises nothing."""
    import threading
    import time

    from scnews_desktop.storage.checks import _Parallel
    from scnews_desktop.storage.database import Store

    closed = threading.Event()
    close = Store.close

    def slow_close(self):
        close(self)
        if threading.current_thread() is not threading.main_thread():
            closed.set()
            time.sleep(0.3)  # (the thread is still alive, its connection closed)

    monkeypatch.setattr(Store, "close", slow_close)
    with Store.open(default_db) as store:
        parallel = _Parallel(store, lambda s: [])
        assert closed.wait(5)
        parallel.stop()
        assert parallel.result() == []


def test_a_plain_count_of_events_is_no_series_to_slip_in(store):
    """4 projects signed at one event, 758 at another (个: no 万/亿 to mistype): no magnitude finding, on the
    whole file nor on the record as a form checks it; the same jump in 亿元 is one."""
    store.insert("indicators", {"name": "测试签约项目数", "unit": "个"})
    for day, value in (("2021-09-16", 758.0), ("2022-03-01", 700.0), ("2023-05-18", 4.0)):
        _add(store, "测试签约项目数", "宜宾市", day, day, value, kind="date")
    assert [f for f in run_checks(store) if f.rule == "magnitude"] == []
    for day, value in (("2021-09-16", 758.0), ("2022-03-01", 700.0), ("2023-05-18", 4.0)):
        _add(store, "测试签约金额", "宜宾市", day, day, value, kind="date")
    assert [f for f in run_checks(store) if f.rule == "magnitude"] != []
