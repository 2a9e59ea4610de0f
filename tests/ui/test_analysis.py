"""Charts and checks on the default data; pyqtgraph loads only when a chart is shown."""

import re
import sqlite3
import subprocess
import sys

import pytest

from scnews_desktop.cli import main as cli
from scnews_desktop.domain.series import Point, transform, ytd_to_monthly


@pytest.fixture
def window(main_window):
    return main_window


def ids(store, sql, *params):
    return store.scalar(sql, list(params))


def _trade_2020_from(store, title, published_on):
    """Sichuan's 2020 trade as another source gives it: 8080亿元 (the sample page says 8081.9亿元)."""
    src = store.insert("sources", {"title": title, "published_on": published_on})
    return store.insert(
        "observations",
        {
            "indicator_id": ids(store, "SELECT id FROM indicators WHERE name = '货物贸易进出口总值'"),
            "region_id": ids(store, "SELECT id FROM regions WHERE name = '四川省'"),
            "period_kind": "year",
            "period_start": "2020-01-01",
            "period_end": "2020-12-31",
            "value": 8080.0,
            "value_text": "8080亿元",
            "source_id": src["id"],
        },
    )


def test_opening_the_app_does_not_load_pyqtgraph(tmp_path, default_db):
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from scnews_desktop.app import create_main_window; "
        f"w = create_main_window({str(default_db)!r}); w.show(); app.processEvents(); "
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert out.split()[-2:] == ["False", "False"]


def test_chart_data_equals_the_database_series(window, tmp_path):
    store = window.store
    charts = window.open_charts()
    indicator = ids(store, "SELECT id FROM indicators WHERE name = '货物贸易出口总值'")
    regions = [
        ids(store, "SELECT id FROM regions WHERE name = '四川省'"),
        ids(store, "SELECT id FROM regions WHERE name = '中国'"),
    ]
    charts.show_indicator(indicator, regions)
    plot = charts.findChild(type(charts.chart.plot), "trendChart")
    assert plot is not None
    expected = store.query(
        "SELECT o.value FROM observations o JOIN regions r ON r.id = o.region_id "
        "WHERE o.indicator_id = ? AND r.name = '四川省' AND o.period_kind = 'year' "
        "ORDER BY o.period_end",
        [indicator],
    )
    _xs, ys = charts.chart.curves["四川省·年度"].getData()
    assert list(ys) == [r["value"] for r in expected] == [4654.3]
    assert list(charts.chart.curves["四川省·月度"].getData()[1]) == [434]
    assert charts.chart.plot.getAxis("left").labelText.startswith("货物贸易出口总值")
    png, svg, csv_path = tmp_path / "c.png", tmp_path / "c.svg", tmp_path / "c.csv"
    charts.export("png", png)
    charts.export("svg", svg)
    assert charts.export("csv", csv_path)
    assert png.stat().st_size > 5000
    assert "货物贸易出口总值" in svg.read_text(encoding="utf-8")
    assert "4654.3" in csv_path.read_text(encoding="utf-8-sig")
    charts.grab().save(str(tmp_path / "chart.png"))
    legend, view = charts.chart.legend, charts.chart.plot.getPlotItem().getViewBox()
    assert len(legend.items) == len(charts.chart.curves) >= 2
    assert not legend.sceneBoundingRect().intersects(view.sceneBoundingRect())  # clear of the lines


def test_hover_text_and_click_opens_the_observation(window):
    store = window.store
    charts = window.open_charts()
    indicator = ids(store, "SELECT id FROM indicators WHERE name = '招商引资到位市外资金'")
    charts.show_indicator(indicator, [ids(store, "SELECT id FROM regions WHERE name = '内江市'")])
    scatter = charts.chart.scatters["内江市"]
    point = scatter.points()[0]
    tip = scatter.opts["tip"](x=point.pos().x(), y=point.pos().y(), data=point.data())
    assert "721.34亿元" in tip and "2020年" in tip and "内江" in tip
    charts.chart.pointClicked.emit(point.data().observation_id)
    assert window.current_table() == "observations"
    assert "721.34" in window.detail.toPlainText()


def test_transforms():
    from datetime import date

    def p(month, value, kind="ytd", yoy=None):
        return Point(
            month, kind, date(2021, 1, 1), date(2021, month, 28), value, yoy, "exact", False, "", "", "s"
        )

    ytd = [p(2, 30.0), p(3, 50.0), p(4, 65.0)]  # January and February published together
    monthly = ytd_to_monthly(ytd)
    assert [(m.value, m.months) for m in monthly] == [(30.0, 2), (20.0, 1), (15.0, 1)]
    levels = [p(1, 80.0, "month", 5.0), p(2, 100.0, "month", 10.0)]
    assert [x.value for x in transform(levels, "index")] == [100.0, 125.0]
    assert [x.value for x in transform(levels, "yoy")] == [5.0, 10.0]


def test_conflict_and_sum_rule_are_reported(window, default_db, capsys):
    store = window.store
    _trade_2020_from(store, "另一篇报道", "2021-01-22")
    checks = window.open_checks(background=False)
    texts = [f.message for f in checks.findings]
    assert any("8081.9亿元" in t and "8080亿元" in t for t in texts)
    assert cli(["check", "--db", str(default_db)]) == 1
    assert "[错误·数值冲突]" in capsys.readouterr().out


def test_changed_export_breaks_the_sum_rule(default_db, capsys):
    conn = sqlite3.connect(default_db)
    conn.execute("UPDATE observations SET value = 4600, value_text = '4600亿元' WHERE value = 4654.3")
    conn.commit()
    conn.close()
    assert cli(["check", "--db", str(default_db)]) == 1
    assert "[错误·分项与合计不符]" in capsys.readouterr().out


def test_growth_contradicting_levels_is_reported(window):
    store = window.store
    base = store.query("SELECT * FROM observations WHERE value_text = '721.34亿元'")[0]
    store.insert(
        "observations",
        {k: base[k] for k in ("indicator_id", "region_id", "period_kind", "source_id")}
        | {"period_start": "2019-01-01", "period_end": "2019-12-31", "value": 500.0, "value_text": "500亿元"},
    )
    checks = window.open_checks(background=False)
    rules = [f.rule for f in checks.findings]
    assert "growth_levels" in rules  # 721.34 / 500 = +44 %, reported +15.6 % (nominal)
    checks.grab()


def test_checks_window_opens_the_records(window):
    checks = window.open_checks(background=False)
    assert not checks.findings and "没有发现问题" in checks.summary.text()
    table = checks.findChild(type(checks.rules_table), "checkRulesTable")
    assert table.rowCount() >= 10
    shown = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(4)]
    assert not [t for t in shown if re.search(r"[a-z]+_[a-z]+", t)]  # (no rule id, no parameter name)
    assert any("允许偏差（百分点）：2" in t for t in shown)
    assert not [t for t in shown if "('" in t or "(-" in t]  # (no Python tuples: 利润、净…, −30～40)
    assert any("可比价增速范围（%）：-30～40" in t for t in shown)


def test_checks_window_groups_filters_accepts_and_runs_in_the_background(window, qtbot):
    store = window.store
    _trade_2020_from(store, "另一篇报道", "2021-01-22")
    checks = window.open_checks()  # on a worker thread, with progress and Cancel
    checks.wait()
    assert any(f.rule == "conflict" for f in checks.findings)
    tree = checks.findChild(type(checks.tree), "checksTree")
    top = tree.topLevelItem(0)
    assert top.text(0).startswith("错误") and top.child(0).text(0).startswith("数值冲突")
    checks.severity.setCurrentIndex(checks.severity.findData("warning"))
    assert all(f.severity == "warning" for f in checks.visible_findings())
    checks.severity.setCurrentIndex(0)
    conflict = next(f for f in checks.findings if f.rule == "conflict")
    checks.select(conflict)
    assert checks.accept_button.isEnabled()
    checks.ask_reason = lambda _f: "两篇报道统计口径不同"
    assert checks.accept_current()
    assert "测试编辑" in checks._status(conflict) and "未处理 0" in checks.summary.text()
    checks.grab().save(str(window.store.path.parent / "checks.png"))
    checks.run(background=False)  # still accepted: its records have not changed
    assert next(f for f in checks.findings if f.rule == "conflict").accepted is not None
    record = conflict.records[0]  # the record's detail pane shows the accepted finding and its reason
    window.detail.show_record(record.table, record.id)
    shown = window.detail.toPlainText()
    assert "数值冲突" in shown and "两篇报道统计口径不同" in shown and "测试编辑" in shown


def test_a_huge_series_is_drawn_as_its_values(qtbot):
    """Above the hover limit the line is built in one pass; missing values are left out."""
    from datetime import date, timedelta

    from scnews_desktop.charts.trend import HOVER_LIMIT, TrendChart
    from scnews_desktop.domain.series import Series

    start = date(2000, 1, 1)
    points = [
        Point(
            i,
            "date",
            start + timedelta(days=i),
            start + timedelta(days=i),
            None if i == 7 else i * 0.5,
            None,
            "exact",
            False,
            "",
            "",
            "",
        )
        for i in range(HOVER_LIMIT + 50)
    ]
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_series([Series("合成", "合成指标", "亿元", points)])
    xs, ys = chart.curves["合成"].getOriginalDataset()
    kept = [p for p in points if p.value is not None]
    assert list(ys) == [p.value for p in kept]
    assert list(xs) == [p.x for p in kept]
    assert not chart.scatters  # no per-point markers at this size


def test_a_period_sits_under_its_own_label(window, tmp_path):
    from datetime import UTC, datetime

    from scnews_desktop.charts.trend import PeriodAxis

    store = window.store
    charts = window.open_charts()
    indicator = ids(store, "SELECT id FROM indicators WHERE name = '货物贸易出口总值'")
    sichuan = ids(store, "SELECT id FROM regions WHERE name = '四川省'")
    charts.show_indicator(indicator, [sichuan])
    xs, _ys = charts.chart.curves["四川省·年度"].getData()
    year = store.scalar(
        "SELECT substr(period_start, 1, 4) FROM observations WHERE indicator_id = ? AND region_id = ? "
        "AND period_kind = 'year'",
        [indicator, sichuan],
    )
    assert datetime.fromtimestamp(xs[0], UTC).date().isoformat() == f"{year}-01-01"  # not 31 December
    (month_x,), _ = charts.chart.curves["四川省·月度"].getData()
    assert datetime.fromtimestamp(month_x, UTC).day == 1
    bars = charts.chart.reported.get("四川省·年度")
    if bars is not None:  # the group of bars is centred on the label: each within half its width
        assert abs(bars.opts["x"][0] - xs[0]) <= 120 * 86400
    axis = PeriodAxis()
    from pyqtgraph.graphicsItems.DateAxisItem import MONTH_SPACING, YEAR_SPACING

    assert axis.tickStrings([xs[0]], 1, YEAR_SPACING) == [f"{year}年"]
    assert axis.tickStrings([month_x], 1, MONTH_SPACING)[0].endswith("月")
    csv_path = tmp_path / "c.csv"
    charts.export("csv", csv_path)
    assert f"{year}年" in csv_path.read_text(encoding="utf-8-sig").splitlines()[1]


def test_year_to_date_and_quarters_sit_under_their_last_month_and_quarter():
    from datetime import date

    from scnews_desktop.domain.series import Point

    def point(kind, start, end):
        return Point(1, kind, start, end, 1.0, None, "exact", False, "", "", "")

    assert point("ytd", date(2020, 1, 1), date(2020, 11, 30)).anchor == date(2020, 11, 1)
    assert point("quarter", date(2020, 4, 1), date(2020, 6, 30)).anchor == date(2020, 4, 1)
    assert point("year", date(2023, 1, 1), date(2023, 12, 31)).axis_label == "2023年"
    assert point("range", date(2016, 1, 1), date(2020, 12, 31)).anchor == date(2020, 1, 1)
    assert point("asof", date(2020, 12, 31), date(2020, 12, 31)).anchor == date(2020, 12, 31)


def test_an_empty_chart_says_what_to_do_instead_of_made_up_axes(main_window):
    charts = main_window.open_charts()
    chart = charts.chart
    assert chart.empty_note.scene() is not None
    assert not chart.plot.getAxis("left").style["showValues"]
    store = main_window.store
    indicator = store.scalar("SELECT id FROM indicators WHERE name = '货物贸易出口总值'")
    region = store.scalar("SELECT id FROM regions WHERE name = '四川省'")
    charts.show_indicator(indicator, [region])
    assert chart.series and chart.empty_note.scene() is None
    (_x_range, (low, high)) = chart.plot.getViewBox().viewRange()
    values = [p.value for s in chart.series for p in s.points if p.value is not None]
    assert low <= min(values) and max(values) <= high  # the data in view, not the empty state's 0…1
    assert chart.plot.getAxis("left").style["showValues"] and chart.plot.getAxis("bottom").style["showValues"]


def test_a_revision_is_marked_in_the_checks_window(window, tmp_path):
    store = window.store
    later = _trade_2020_from(store, "四川统计年鉴2021", "2021-10-01")
    checks = window.open_checks(background=False)
    revision = next(f for f in checks.findings if f.rule == "revision")
    assert revision.records[0].uid == later["uid"] and not [
        f for f in checks.findings if f.rule == "conflict"
    ]
    checks.select(revision)
    button = checks.findChild(type(checks.revision_button), "markRevisionButton")
    assert button.isVisibleTo(checks) and button.isEnabled() and button.text() == "标为修订…"
    checks.grab().save(str(tmp_path / "revision.png"))
    assert checks.mark_revision_current("统计年鉴的最终数")
    assert not [f for f in checks.findings if f.rule in ("revision", "conflict")]
    row = store.query("SELECT supersedes, revision_reason FROM observations WHERE id = ?", [later["id"]])[0]
    assert row["revision_reason"] == "统计年鉴的最终数" and row["supersedes"]
    window.detail.show_record("observations", later["id"])
    shown = window.detail.toPlainText()
    assert "修订" in shown and "修订了 8081.9亿元" in shown and "统计年鉴的最终数" in shown
    window.detail.grab().save(str(tmp_path / "revision-detail.png"))
