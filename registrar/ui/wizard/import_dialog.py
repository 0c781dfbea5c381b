"""The admission-list import: choose a file, preview (dry run, per-row errors), then import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.errors import RegistrarError
from registrar.ui.wizard.common import tr

if TYPE_CHECKING:
    from registrar.services.admission_import import AdmissionListImporter, ImportResult
    from registrar.ui.tasks import TaskControl, TaskRunner

MAX_FILE_BYTES = 20 * 1024 * 1024


class ImportDialog(QDialog):
    """Dry run first; `İdxal et` writes exactly what the preview showed, good rows only."""

    def __init__(
        self,
        importer: AdmissionListImporter,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks  # None: run in the GUI thread (small lists, tests)
        self.setObjectName("admissionImport")
        self.setWindowTitle(tr("Qəbul siyahısının idxalı"))  # proposed string
        self.resize(1000, 600)
        self._importer = importer
        self._data: bytes | None = None
        self._name = ""
        self.outcome: ImportResult | None = None
        self.choose = QPushButton(tr("&Fayl seçin…"))  # proposed string
        self.choose.setObjectName("btn.choose_file")
        self.file_label = QLabel()
        self.file_label.setObjectName("import.file")
        self.summary = QLabel()
        self.summary.setObjectName("import.summary")
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 6)
        self.rows.setObjectName("import.rows")
        self.rows.setHorizontalHeaderLabels(
            [
                tr("Sətir"),  # proposed string
                tr("Vəziyyət"),  # proposed string
                tr("FİN / sənəd"),  # proposed string
                tr("Soyad, ad, ata adı"),  # proposed string
                tr("İxtisas"),  # proposed string
                tr("Əsas"),  # proposed string
            ]
        )
        self.errors = QTableWidget(0, 3)
        self.errors.setObjectName("import.errors")
        self.errors.setHorizontalHeaderLabels(
            [tr("Sətir"), tr("Sütun"), tr("Xəta")]  # proposed strings
        )
        for table in (self.rows, self.errors):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setAccessibleName(table.objectName())
        self.run = QPushButton(tr("&İdxal et"))  # proposed string
        self.run.setObjectName("btn.import")
        self.run.setEnabled(False)
        self.close_button = QPushButton(tr("Bağla"))  # proposed string
        self.close_button.setObjectName("btn.close")
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.run)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr("Qəbul ediləcək sətirlər")))  # proposed string
        layout.addWidget(self.rows, 2)
        layout.addWidget(QLabel(tr("Xətalı sətirlər")))  # proposed string
        layout.addWidget(self.errors, 1)
        layout.addLayout(bottom)
        self.choose.clicked.connect(self._on_choose)
        self.run.clicked.connect(self.import_now)
        self.close_button.clicked.connect(self.accept)

    def _on_choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            "",
            tr("Cədvəllər (*.csv *.xlsx)"),  # proposed string
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read the file and show the dry run."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise OSError("too large")
            data = path.read_bytes()
        except OSError:
            self.summary.setText(tr("Fayl oxunmur."))  # proposed string
            self.run.setEnabled(False)
            return
        self._data, self._name = data, path.name
        self.file_label.setText(path.name)
        self._start(lambda: self._importer.preview(data, path.name), done=False)

    def import_now(self) -> None:
        data, name = self._data, self._name
        if data is None:
            return
        self._start(lambda: self._importer.run(data, name), done=True)

    def _start(self, work: Callable[[], ImportResult], *, done: bool) -> None:
        """Dry run or import, on the task runner when there is one (the button waits)."""
        self.run.setEnabled(False)
        self.choose.setEnabled(False)
        self.summary.setText(tr("Yoxlanılır…"))  # proposed string

        def succeeded(result: object) -> None:
            self.choose.setEnabled(True)
            if done:
                self.outcome = result  # type: ignore[assignment]
            self._show(result, done=done)  # type: ignore[arg-type]

        def failed(error: Exception) -> None:
            self.choose.setEnabled(True)
            self.summary.setText(str(error))

        if self._tasks is None:
            try:
                result = work()
            except RegistrarError as error:
                failed(error)
            else:
                succeeded(result)
            return

        def background(_control: TaskControl) -> object:
            return work()

        self._tasks.start(background, succeeded, failed)

    def _show(self, result: ImportResult, *, done: bool) -> None:
        statuses = {
            "new": tr("yeni"),  # proposed string
            "changed": tr("dəyişib"),  # proposed string
            "unchanged": tr("dəyişməyib"),  # proposed string
        }
        self.rows.setRowCount(len(result.rows))
        for index, item in enumerate(result.rows):
            row = item.row
            name = " ".join(p for p in (row.last_name, row.first_name, row.patronymic) if p)
            cells = (
                str(row.line),
                statuses.get(item.status, item.status),
                row.national_key,
                name,
                row.specialty_code,
                row.basis,
            )
            for column, text in enumerate(cells):
                self.rows.setItem(index, column, QTableWidgetItem(text))
        self.errors.setRowCount(len(result.errors))
        for index, error in enumerate(result.errors):
            for column, text in enumerate((str(error.line), error.field, error.message)):
                self.errors.setItem(index, column, QTableWidgetItem(text))
        template = (
            tr("İdxal edildi: {n}, dəyişməyib: {u}, xətalı sətir: {e}.")  # proposed string
            if done
            else tr("Yoxlama: idxal ediləcək {n}, dəyişməyib {u}, xətalı sətir {e}.")  # proposed
        )
        bad_lines = len({error.line for error in result.errors})
        self.summary.setText(
            template.replace("{n}", str(result.imported))
            .replace("{u}", str(result.unchanged))
            .replace("{e}", str(bad_lines))
        )
        self.run.setEnabled(not done and result.imported > 0)
