"""The trend chart: an indicator over time for one or more regions, and the growth panel.

A narrow API: ``set_series`` builds the curves once per call; tests read ``curves[region].getData()``.
Approximate values (any qualifier but exact) get hollow markers, estimates a dashed segment; hovering
a point shows the value as written, the period and the source; clicking it emits ``pointClicked``.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import csv
import itertools
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import DAY_SPACING, MONTH_SPACING, YEAR_SPACING
from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..domain.check_rules import GROWTH_TOLERANCE_PP
from ..domain.series import Point, Series, computed_yoy, line_of, transform

HOVER_LIMIT = 5000
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
TRANSFORM_TITLES = {"levels": "", "yoy": "同比增长（%）", "index": "指数（首期 = 100）", "monthly": "当月值"}

pg.setConfigOptions(antialias=True, background="w", foreground="#333")


class PeriodAxis(pg.DateAxisItem):
    """A date axis in UTC — so a period's point (drawn at its ``Point.x``) sits under its own label on
    any machine's time zone — labelled as Chinese readers write dates: 2023年, 3月, 3月5日."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels = []
        for value in values:
            try:
                day = datetime.fromtimestamp(value, UTC)
            except (OverflowError, ValueError, OSError):
                labels.append("")
                continue
            if spacing >= YEAR_SPACING:
                labels.append(f"{day.year}年")
            elif spacing >= MONTH_SPACING:
                labels.append(f"{day.month}月")
            elif spacing >= DAY_SPACING:
                labels.append(f"{day.month}月{day.day}日")
            else:
                labels.append(day.strftime("%H:%M"))
        return labels


def _kind(series: Series) -> str | None:
    return series.points[0].period_kind if series.points else None


def _tip(x: float, y: float, data: Any) -> str:
    point: Point = data
    value = point.label or f"{y:,.2f}"
    return f"{value}\n{point.period_label or point.end.isoformat()}\n{point.source}"


def _legend_below(widget: pg.PlotWidget) -> pg.LegendItem:
    """The legend in a row of its own under the plot (never over the lines), its entries side by side;
    items plotted with a name join it as with ``addLegend``."""
    item = widget.getPlotItem()
    legend = pg.LegendItem(colCount=6)
    item.layout.addItem(legend, 4, 1)  # (rows: title, top axis, the view, bottom axis — then this)
    item.legend = legend
    return legend


class TrendChart(QWidget):
    pointClicked = Signal(int)  # observation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(self, axisItems={"bottom": PeriodAxis()})
        self.plot.setObjectName("trendChart")
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.legend = _legend_below(self.plot)
        self.growth = pg.PlotWidget(self, axisItems={"bottom": PeriodAxis()})
        self.growth.setObjectName("growthChart")
        self.growth.showGrid(x=True, y=True, alpha=0.2)
        self.growth.setXLink(self.plot)
        _legend_below(self.growth)
        self.growth.setMaximumHeight(240)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.growth, 1)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.scatters: dict[str, pg.ScatterPlotItem] = {}
        self.reported: dict[str, pg.BarGraphItem] = {}
        self.computed: dict[str, pg.PlotDataItem] = {}
        self.mismatches: list[tuple[Point, float]] = []
        self.series: list[Series] = []
        self.how = "levels"
        self.empty_note = pg.TextItem("选择指标和地区后，这里显示趋势", color="#888", anchor=(0.5, 0.5))
        self._show_empty(True)

    def _show_empty(self, empty: bool) -> None:
        """No series: no made-up axis values (0.1 … 0.9, 00:00), a line saying what to do instead."""
        for widget in (self.plot, self.growth):
            for side in ("left", "bottom"):
                widget.getAxis(side).setStyle(showValues=not empty)
        if empty:
            self.plot.addItem(self.empty_note, ignoreBounds=True)
            self.empty_note.setPos(0.5, 0.5)
            self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        else:
            for widget in (self.plot, self.growth):
                widget.enableAutoRange()  # (the empty state fixed the range)

    def set_series(self, series: list[Series], how: str = "levels") -> None:
        self.series, self.how = series, how
        for widget in (self.plot, self.growth):
            widget.clear()
        self._show_empty(not series)
        self.legend.clear()
        self.curves, self.scatters, self.reported, self.computed = {}, {}, {}, {}
        self.mismatches = []
        unit = series[0].unit if series else ""
        title = TRANSFORM_TITLES[how] or unit
        name = series[0].indicator if series else ""
        self.plot.setTitle(name)
        self.plot.setLabel("left", f"{name}（{title}）" if name else title)
        self.plot.setLabel("bottom", "时间")
        self.growth.setLabel("left", "同比增长（%）")
        lows: list[float] = []
        highs: list[float] = []
        for i, s in enumerate(series):
            color = QColor(PALETTE[i % len(PALETTE)])
            big = len(s.points) > HOVER_LIMIT  # a huge series is only a line: no points are kept
            points = [] if big and how == "levels" else transform(s.points, how)
            xs, ys = s.line if how == "levels" else line_of(points)  # levels: made while loading
            curve = self.plot.plot(
                xs, ys, pen=pg.mkPen(color, width=1 if big else 2), name=s.region, antialias=not big
            )
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            self.curves[s.region] = curve
            if xs:
                lows.append(xs[0])
                highs.append(xs[-1])
            if big:
                continue  # a huge series is a line only: markers and hover per point would cost seconds
            brushes = [pg.mkBrush("w") if p.approximate else pg.mkBrush(color) for p in points]
            scatter = pg.ScatterPlotItem(
                xs,
                ys,
                data=points,
                size=9,
                pen=pg.mkPen(color, width=1.5),
                brush=brushes,
                hoverable=True,
                tip=_tip,
                hoverSize=13,
                hoverPen=pg.mkPen(color, width=2.5),
            )
            scatter.sigClicked.connect(self._clicked)
            self.plot.addItem(scatter)
            self.scatters[s.region] = scatter
            for a, b in itertools.pairwise(points if any(p.is_estimate for p in points) else []):
                if b.is_estimate or a.is_estimate:
                    dashed = pg.PlotDataItem(
                        [a.x, b.x],
                        [a.value, b.value],
                        pen=pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine),
                    )
                    self.plot.addItem(dashed)
            # bars of series of the same kind of period stand side by side around the label
            same_kind = [t for t in series if _kind(t) == _kind(s)]
            self._growth_panel(s, color, same_kind.index(s), len(same_kind))
        # the growth panel only when it has something to show (a huge series has no bars or markers)
        self.growth.setVisible(bool(self.reported or self.computed))
        if lows:
            year = 365.25 * 86400
            low, high = min(lows), max(highs)
            if high - low < 2 * year:  # a few points: show at least two years around them
                middle = (low + high) / 2
                low, high = middle - year, middle + year
            self.plot.setXRange(low, high, padding=0.05)

    def _growth_panel(self, s: Series, color: QColor, i: int, n: int) -> None:
        reported = [p for p in s.points if p.yoy_pct is not None]
        if reported:
            # the bars of all series side by side, as a group centred on the point's own label
            days = {"year": 240, "range": 240, "quarter": 60}.get(reported[0].period_kind, 20)
            width = 86400 * days / max(n, 1)
            bars = pg.BarGraphItem(
                x=[p.x + (i - (n - 1) / 2) * width for p in reported],
                height=[p.yoy_pct for p in reported],
                width=width * 0.9,
                brush=QColor(color.red(), color.green(), color.blue(), 110),
                name=f"{s.region} 报道同比",
            )
            self.growth.addItem(bars)
            self.reported[s.region] = bars
        computed = computed_yoy(s.points)
        if computed:
            line = self.growth.plot(
                [p.x for p, _g in computed],
                [g for _p, g in computed],
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=color,
                name=f"{s.region} 按数值计算",
            )
            self.computed[s.region] = line
            off = [
                (p, g)
                for p, g in computed
                if p.yoy_pct is not None and abs(g - p.yoy_pct) > GROWTH_TOLERANCE_PP
            ]
            if off:
                self.mismatches += off
                marks = pg.ScatterPlotItem(
                    [p.x for p, _g in off],
                    [g for _p, g in off],
                    symbol="x",
                    size=16,
                    pen=pg.mkPen("#c0392b", width=3),
                    hoverable=True,
                    tip=lambda x, y, data: "报道与计算的增长相差较大",
                    data=[p for p, _ in off],
                )
                self.growth.addItem(marks)

    def _clicked(self, _item: Any, points: Any, _ev: Any) -> None:
        if len(points):
            self.pointClicked.emit(points[0].data().observation_id)

    # ------------------------------------------------------------ export
    def export_png(self, path: Path) -> None:
        if not self.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")

    def export_svg(self, path: Path) -> None:
        """SVG through QSvgGenerator (pyqtgraph's own SVG exporter fails on Qt 6.11/6.12)."""
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        size = self.size()
        generator.setSize(QSize(size.width(), size.height()))
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.series[0].indicator if self.series else "chart")
        painter = QPainter(generator)
        try:
            self.render(painter, QPoint())
        finally:
            painter.end()

    def export_csv(self, path: Path) -> int:
        rows = 0
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(
                [
                    "地区",
                    "指标",
                    "时期",
                    "图上位置",
                    "开始日期",
                    "结束日期",
                    "数值",
                    "原文数值",
                    "同比增长",
                    "限定",
                    "预计",
                    "来源",
                ]
            )
            for s in self.series:
                for p in transform(s.points, self.how):
                    writer.writerow(
                        [
                            s.region,
                            s.indicator,
                            p.period_label,
                            p.axis_label,
                            p.start.isoformat(),
                            p.end.isoformat(),
                            p.value,
                            p.label,
                            p.yoy_pct,
                            p.qualifier,
                            int(p.is_estimate),
                            p.source,
                        ]
                    )
                    rows += 1
        return rows


class ProjectCharts(QWidget):
    """Total investment by region as bars, and a milestone timeline for chosen projects."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.bars = pg.PlotWidget(self)
        self.bars.setObjectName("investmentChart")
        self.bars.setLabel("left", "投资额（亿元）")
        self.timeline = pg.PlotWidget(self, axisItems={"bottom": PeriodAxis()})
        self.timeline.setObjectName("milestoneChart")
        layout.addWidget(self.bars)
        layout.addWidget(self.timeline)
        self.bar_item: pg.BarGraphItem | None = None

    def set_investment(self, rows: list[tuple[str, float, int]]) -> None:
        self.bars.clear()
        self.bar_item = pg.BarGraphItem(
            x=list(range(len(rows))), height=[r[1] for r in rows], width=0.7, brush="#1f77b4"
        )
        self.bars.addItem(self.bar_item)
        axis = self.bars.getAxis("bottom")
        axis.setTicks([[(i, r[0]) for i, r in enumerate(rows)]])

    def set_milestones(self, rows: list[tuple[str, str, str]]) -> None:
        self.timeline.clear()
        names = list(dict.fromkeys(r[0] for r in rows))
        colors = {
            "signed": "#1f77b4",
            "started": "#ff7f0e",
            "in_operation": "#2ca02c",
            "completed": "#2ca02c",
            "other": "#7f7f7f",
        }
        for name, kind, when in rows:
            x = datetime.combine(date.fromisoformat(when), time(12), UTC).timestamp()
            y = names.index(name)
            self.timeline.plot(
                [x], [y], symbol="o", symbolSize=12, symbolBrush=colors.get(kind, "#7f7f7f"), pen=None
            )
        for y, name in enumerate(names):
            xs = [
                datetime.combine(date.fromisoformat(w), time(12), UTC).timestamp()
                for n, _k, w in rows
                if n == name
            ]
            if len(xs) > 1:
                self.timeline.plot(xs, [y] * len(xs), pen=pg.mkPen("#999", width=2))
        self.timeline.getAxis("left").setTicks([[(i, n) for i, n in enumerate(names)]])
