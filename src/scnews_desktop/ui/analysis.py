"""The chart window. pyqtgraph is imported when the chart is first shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..charts.trend import ProjectCharts, TrendChart  # pyqtgraph loads here, not at start-up
from ..storage.chart_data import (
    charted_indicators,
    investment_by_region,
    load_series,
    milestones,
    projects_with_milestones,
    regions_of_indicator,
)
from ..storage.database import Store
from .forms.fields import LookupCombo
from .forms.lookups import indicator_resolver


class ChartWindow(QWidget):
    observationClicked = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("chartWindow")
        self.setWindowTitle(self.tr("Charts"))
        self.resize(1200, 780)
        self.store = store
        self.chart: Any = None
        self.project_charts: Any = None
        layout = QHBoxLayout(self)
        controls = QVBoxLayout()
        controls.addWidget(QLabel(self.tr("Indicator"), self))
        self.indicator = LookupCombo("chartIndicator", self, indicator_resolver(store), allow_new=False)
        self.indicator.valueChanged.connect(self._indicator_changed)
        controls.addWidget(self.indicator)
        controls.addWidget(QLabel(self.tr("Regions"), self))
        self.regions = QListWidget(self)
        self.regions.setObjectName("chartRegions")
        self.regions.itemChanged.connect(lambda _i: self.redraw())
        controls.addWidget(self.regions, 1)
        controls.addWidget(QLabel(self.tr("Show"), self))
        self.transform = QComboBox(self)
        self.transform.setObjectName("chartTransform")
        for text, value in (
            (self.tr("Levels"), "levels"),
            (self.tr("YoY growth %"), "yoy"),
            (self.tr("Index (first = 100)"), "index"),
            (self.tr("Single month (from YTD)"), "monthly"),
        ):
            self.transform.addItem(text, value)
        self.transform.currentIndexChanged.connect(lambda _i: self.redraw())
        controls.addWidget(self.transform)
        for text, slot in (
            (self.tr("Export PNG…"), lambda: self.export("png")),
            (self.tr("Export SVG…"), lambda: self.export("svg")),
            (self.tr("Export data (CSV)…"), lambda: self.export("csv")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            controls.addWidget(button)
        layout.addLayout(controls, 1)
        self.tabs = QTabWidget(self)
        self.trend_host = QWidget(self.tabs)
        self.trend_layout = QVBoxLayout(self.trend_host)
        self.trend_layout.setContentsMargins(0, 0, 0, 0)
        self.project_host = QWidget(self.tabs)
        self.project_layout = QVBoxLayout(self.project_host)
        self.project_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.trend_host, self.tr("Trend"))
        self.tabs.addTab(self.project_host, self.tr("Projects"))
        self.tabs.currentChanged.connect(lambda _i: self.redraw())
        layout.addWidget(self.tabs, 4)
        self.selected_projects: list[int] = []
        self.reload_indicators()

    def reload_indicators(self) -> None:
        self.indicator.set_items(charted_indicators(self.store))

    def _indicator_changed(self) -> None:
        indicator_id = self.indicator.value()
        self.regions.blockSignals(True)
        self.regions.clear()
        if indicator_id is not None:
            for i, (region_id, name, n) in enumerate(regions_of_indicator(self.store, indicator_id)):
                item = QListWidgetItem(f"{name}（{n}）")
                item.setData(Qt.ItemDataRole.UserRole, region_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if i == 0 else Qt.CheckState.Unchecked)
                self.regions.addItem(item)
        self.regions.blockSignals(False)
        self.redraw()

    def show_indicator(self, indicator_id: int, region_ids: list[int]) -> None:
        self.indicator.set_value(indicator_id)
        self.regions.blockSignals(True)
        for i in range(self.regions.count()):
            item = self.regions.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in region_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.regions.blockSignals(False)
        self.redraw()

    def checked_regions(self) -> list[int]:
        return [
            self.regions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.regions.count())
            if self.regions.item(i).checkState() == Qt.CheckState.Checked
        ]

    def ensure_charts(self) -> None:
        if self.chart is None:
            self.chart = TrendChart(self.trend_host)
            self.chart.pointClicked.connect(self.observationClicked)
            self.trend_layout.addWidget(self.chart)
            self.project_charts = ProjectCharts(self.project_host)
            self.project_layout.addWidget(self.project_charts)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_charts()
        self.redraw()
        super().showEvent(event)

    def redraw(self) -> None:
        if self.chart is None:
            return

        if self.tabs.currentIndex() == 1:
            self.project_charts.set_investment(investment_by_region(self.store))
            ids = self.selected_projects or projects_with_milestones(self.store)
            self.project_charts.set_milestones(milestones(self.store, ids))
            return
        indicator_id = self.indicator.value()
        series = load_series(self.store, indicator_id, self.checked_regions()) if indicator_id else []
        self.chart.set_series(series, self.transform.currentData())

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        self.ensure_charts()
        if path is None:
            filters = {
                "png": self.tr("PNG image (*.png)"),
                "svg": self.tr("SVG image (*.svg)"),
                "csv": self.tr("CSV (*.csv)"),
            }
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"chart.{kind}", filters[kind])
            if not chosen:
                return None
            path = Path(chosen)
        {"png": self.chart.export_png, "svg": self.chart.export_svg, "csv": self.chart.export_csv}[kind](path)
        return path
