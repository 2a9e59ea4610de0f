"""Import with preview, column mapping and a row-level report; export of the current view; merge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from ..storage.database import Store
from ..storage.errors import StorageError
from ..storage.exchange import (
    OBSERVATION_COLUMNS,
    ImportCancelled,
    ImportPlan,
    TableFile,
    auto_mapping,
    check_file,
    import_file,
)
from ..storage.table_files import write_table

PREVIEW_ROWS = 20


#: The template's columns (the importer's Chinese headers) and an example row.
TEMPLATE = (
    ("指标", "地区", "时期", "数值", "同比增长", "来源", "发表日期", "链接", "引文"),
    (
        "地区生产总值",
        "绵阳市",
        "2023年",
        "4038.7亿元",
        "6.5%",
        "绵阳市2023年国民经济和社会发展统计公报",
        "2024-03-29",
        "",
        "全年实现地区生产总值4038.7亿元，比上年增长6.5%。",
    ),
)


class ImportDialog(QDialog):
    """Choose a file → preview and mapping → check (report) → import all valid rows or nothing."""

    imported = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import observations"))
        self.resize(1100, 720)
        self.store = store
        self.headers: list[str] = []
        self.table: TableFile | None = None
        self.plan: ImportPlan | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(lambda: self.load_file(None))
        self.file_label = QLabel(self.tr("CSV (UTF-8 or GB18030) or XLSX"), self)
        template = QPushButton(self.tr("Save a template…"), self)
        template.setObjectName("saveTemplateButton")
        template.clicked.connect(lambda: self.save_template(None))
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(template)
        layout.addLayout(top)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("importPreview")
        layout.addWidget(self.preview, 2)
        self.mapping_box = QWidget(self)
        self.mapping_layout = QGridLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for i, (field, chinese, _aliases) in enumerate(OBSERVATION_COLUMNS):
            combo = QComboBox(self.mapping_box)
            combo.setObjectName(f"map_{field}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping[field] = combo
            self.mapping_layout.addWidget(QLabel(chinese, self.mapping_box), i // 6, (i % 6) * 2)
            self.mapping_layout.addWidget(combo, i // 6, (i % 6) * 2 + 1)
        layout.addWidget(self.mapping_box)
        self.mapping_box.hide()  # (shown with a file: which of its columns goes to which field)
        self.create_missing = QCheckBox(
            self.tr("Create indicators, sources and zones that do not exist yet"), self
        )
        self.create_missing.setObjectName("createMissing")
        self.create_missing.toggled.connect(self._mapping_changed)
        layout.addWidget(self.create_missing)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.report = QListWidget(self)
        self.report.setObjectName("importReport")
        layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the others"), self)
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.skip_invalid)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.summary.setText(
            self.tr(
                "Choose a CSV or XLSX file whose first row names its columns (指标, 地区, 时期, 数值, 来源 …); "
                "“Save a template…” writes one to fill in."
            )
        )
        self._update_buttons()

    def save_template(self, path: str | Path | None) -> Path | None:
        """A CSV (UTF-8 with BOM, for Excel) with the usual columns and one example row."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a template"), "导入模板.csv", self.tr("CSV (*.csv)")
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        try:
            write_table(target, list(TEMPLATE[0]), [list(TEMPLATE[1])], "csv", "utf-8-sig")
        except OSError as exc:
            self.summary.setText(
                self.tr("The template could not be saved: {reason}").format(reason=exc.strerror)
            )
            return None
        self.summary.setText(self.tr("Template saved: {path}").format(path=target))
        return target

    def load_file(self, path: str | Path | None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
            )
            if not chosen:
                return False
            path = chosen
        try:
            self.table = TableFile(Path(path))
            preview = self.table.preview(PREVIEW_ROWS)
        except ValidationError as exc:
            self.summary.setText(exc.message)
            self.table, self.plan = None, None
            self._update_buttons()
            return False
        self.headers = self.table.headers
        self.mapping_box.show()
        self.file_label.setText(f"{path}（{self.table.encoding}）")
        self.preview.setColumnCount(len(self.headers))
        self.preview.setHorizontalHeaderLabels(self.headers)
        self.preview.setRowCount(len(preview))
        # rows numbered as the spreadsheet and the report number them (the header row first)
        first = self.table.header_row + 1
        self.preview.setVerticalHeaderLabels([str(first + n) for n in range(len(preview))])
        for r, row in enumerate(preview):
            for c, value in enumerate(row[: len(self.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        auto = auto_mapping(self.headers)
        for field, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for i, header in enumerate(self.headers):
                combo.addItem(header, i)
            combo.setCurrentIndex(combo.findData(auto[field]) if field in auto else 0)
            combo.blockSignals(False)
        self._mapping_changed()
        return True

    def current_mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.mapping.items() if c.currentData() is not None}

    def _mapping_changed(self) -> None:
        if self.table is None:
            return
        progress = self._progress(self.tr("Checking…"))
        try:
            self.plan = check_file(
                self.store,
                self.table,
                self.current_mapping(),
                self.create_missing.isChecked(),
                self._step(progress),
            )
        except ValidationError as exc:  # the file turned out damaged or too big further down
            self.plan = None
            self.report.clear()
            self.summary.setText(exc.message)
            self._update_buttons()
            return
        finally:
            progress.close()
        self.report.clear()
        self.report.addItems(self.plan.report(1000))
        self.summary.setText(self.summary_text(self.plan))
        self._update_buttons()

    def summary_text(self, plan: ImportPlan) -> str:
        """“12 of 14 rows can be imported, 1 duplicate row skipped, 1 problem, 2 new indicators.”"""
        parts = [
            self.tr("{valid} of {total} rows can be imported").format(valid=plan.valid, total=plan.total)
        ]
        if plan.duplicates:
            parts.append(self.tr("%n duplicate row(s) skipped", "", len(plan.duplicates)))
        if plan.problems:
            parts.append(self.tr("%n problem(s)", "", len(plan.problems)))
        if plan.new_indicators:
            parts.append(self.tr("%n new indicator(s)", "", len(plan.new_indicators)))
        if plan.new_sources:
            parts.append(self.tr("%n new source(s)", "", len(plan.new_sources)))
        if plan.new_zones:
            parts.append(self.tr("%n new zone(s)", "", len(plan.new_zones)))
        return self.tr(", ").join(parts) + self.tr(".")

    def _update_buttons(self) -> None:
        plan = self.plan
        ok = plan is not None and plan.valid > 0 and (not plan.problems or self.skip_invalid.isChecked())
        self.import_button.setEnabled(ok and not self.store.readonly)

    def _progress(self, label: str) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        return progress

    @staticmethod
    def _step(progress: QProgressDialog):
        def step(done: int, total: int) -> bool:
            progress.setMaximum(max(1, total))
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        return step

    def run_import(self) -> int:
        """All valid rows in one transaction, or nothing (on cancel or error)."""
        if self.plan is None or self.table is None:
            return 0
        progress = self._progress(self.tr("Importing…"))
        try:
            written = import_file(
                self.store, self.table, self.plan, self._step(progress), self.skip_invalid.isChecked()
            )
        except ImportCancelled as exc:
            self.summary.setText(str(exc))
            return 0
        except (StorageError, ValidationError) as exc:
            self.summary.setText(exc.message)
            return 0
        finally:
            progress.close()
        self.summary.setText(self.tr("Imported %Ln row(s).", "", written))
        self.plan = None
        self._update_buttons()
        self.imported.emit(written)
        return written


def choose_export_path(parent: QWidget, default_name: str) -> tuple[Path, str, str] | None:
    filters = {
        QCoreApplication.translate("ExportDialog", "CSV, UTF-8 with BOM (Excel) (*.csv)"): (
            "csv",
            "utf-8-sig",
        ),
        QCoreApplication.translate("ExportDialog", "CSV, GB18030 (*.csv)"): ("csv", "gb18030"),
        QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"): ("xlsx", "utf-8"),
        QCoreApplication.translate("ExportDialog", "JSON (*.json)"): ("json", "utf-8"),
    }
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportDialog", "Export"), default_name, ";;".join(filters)
    )
    if not path:
        return None
    fmt, encoding = filters.get(chosen, ("csv", "utf-8-sig"))
    suffix = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json"}[fmt]
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_suffix(suffix)
    return target, fmt, encoding
