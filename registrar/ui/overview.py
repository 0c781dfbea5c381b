"""The overview section: applications and students by status, sync backlog and the last backup."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from registrar.services.backup_schedule import BackupDone
from registrar.services.overview import (
    Overview,
    OverviewCancelled,
    StatusCount,
    count_pending,
    load_overview,
)
from registrar.ui.sections import SectionContext
from registrar.ui.tasks import Task, TaskControl
from registrar.ui.widgets import ErrorLabel, format_count, format_local_time

CARD_STYLE = """
QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QLabel#cardTitle { font-weight: 600; color: palette(text); }
QLabel#bigNumber { font-size: 24pt; font-weight: 600; color: #1f4e79; }
"""

# Statuses in the order a case moves through them; unknown codes come last, by code.
APPLICATION_ORDER = (
    "DRAFT",
    "SUBMITTED",
    "UNDER_REVIEW",
    "EXEMPTION_APPROVED",
    "EXEMPTION_REJECTED",
    "REGISTERED",
    "REJECTED",
)
STUDENT_ORDER = (
    "enrolled",
    "on_leave",
    "returned",
    "restored",
    "transferred_in",
    "transferred_out",
    "expelled",
    "graduated",
)


def _rank(order: tuple[str, ...], item: StatusCount) -> tuple[int, str]:
    return (order.index(item.status) if item.status in order else len(order), item.status)


class _Card(QFrame):
    """A titled box with one big figure and an optional breakdown below it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.figure = QLabel("…")
        self.figure.setObjectName("bigNumber")
        self.figure.setAccessibleName(title)
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.detail = QFormLayout()
        self.detail.setHorizontalSpacing(24)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.figure)
        layout.addWidget(self.note)
        layout.addLayout(self.detail)
        layout.addStretch(1)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_breakdown(self, rows: list[tuple[str, str]]) -> None:
        while self.detail.rowCount():
            self.detail.removeRow(0)
        for label, value in rows:
            number = QLabel(value)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.detail.addRow(QLabel(label), number)


class OverviewPage(QWidget):
    """Loads its figures in the background the first time it is shown, and on "Yenilə"."""

    refreshed = Signal(object)  # Overview: statuses and the last backup are on screen
    pending_counted = Signal(int)  # then the sync backlog, which takes longer
    failed = Signal(Exception)

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: Task | None = None
        self._loaded_once = False
        self.overview: Overview | None = None
        self.pending: int | None = None
        self.setStyleSheet(CARD_STYLE)

        heading = QLabel(self.tr("Ümumi baxış"))  # proposed string
        heading.setObjectName("heading")
        heading.setStyleSheet("QLabel#heading { font-size: 16pt; font-weight: 600; }")
        self.refresh_button = QPushButton(self.tr("Yenilə"))  # proposed string
        self.refresh_button.setAccessibleName(self.tr("Göstəriciləri yenilə"))  # proposed string
        self.refresh_button.clicked.connect(self.refresh)
        self.error = ErrorLabel()

        self.applications = _Card(self.tr("Müraciətlər"))  # proposed string
        self.students = _Card(self.tr("Tələbələr"))  # proposed string
        # proposed string
        self.sync = _Card(self.tr("Mərkəzi bazaya göndərilməmiş dəyişikliklər"))
        self.backup = _Card(self.tr("Son ehtiyat nüsxə"))  # proposed string
        self.applications_total = self.applications.figure
        self.students_total = self.students.figure
        self.pending_sync = self.sync.figure
        self.last_backup = self.backup.figure

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.applications, 0, 0)
        grid.addWidget(self.students, 0, 1)
        grid.addWidget(self.sync, 1, 0)
        grid.addWidget(self.backup, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(top)
        inner.addWidget(self.error)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            QTimer.singleShot(0, self, self.refresh)  # after the window is on screen

    def busy(self) -> bool:
        """True until both background loads have reported (the refresh button is off)."""
        return self._task is not None

    def refresh(self) -> None:
        if self._task is not None:
            return
        self.refresh_button.setEnabled(False)
        workspace = self._context.workspace
        directory = self._context.backup_directory

        def work(_control: TaskControl) -> Overview:
            return load_overview(workspace, directory)

        self._task = self._context.tasks.start(work, self._on_loaded, self._on_failed)

    def _count_pending(self) -> None:
        workspace = self._context.workspace
        self.pending_sync.setText("…")

        def work(control: TaskControl) -> int:
            return count_pending(workspace, control.cancelled)

        self._task = self._context.tasks.start(work, self._on_pending, self._on_failed)

    def note_backup(self, done: BackupDone) -> None:
        """A backup was just written: show its time without reloading everything."""
        self.last_backup.setText(format_local_time(done.at))
        self.backup.set_note("")

    def _finish(self) -> None:
        self._task = None
        self.refresh_button.setEnabled(True)

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, Overview)
        self.overview = result
        self.error.clear_message()
        self.applications_total.setText(format_count(result.application_total))
        applications = sorted(result.applications, key=lambda s: _rank(APPLICATION_ORDER, s))
        self.applications.set_breakdown(
            [(self._application_label(s.status), format_count(s.count)) for s in applications]
        )
        self.students_total.setText(format_count(result.student_total))
        students = sorted(result.students, key=lambda s: _rank(STUDENT_ORDER, s))
        self.students.set_breakdown(
            [(self._student_label(s.status), format_count(s.count)) for s in students]
        )
        if self._context.backup_directory is None:
            self.last_backup.setText("—")
            # proposed string
            self.backup.set_note(self.tr("Bu baza üçün avtomatik ehtiyat nüsxə yoxdur."))
        elif result.last_backup is None:
            self.last_backup.setText("—")
            self.backup.set_note(self.tr("Ehtiyat nüsxə hələ yoxdur."))  # proposed string
        else:
            self.last_backup.setText(format_local_time(result.last_backup))
            self.backup.set_note("")
        self.refreshed.emit(result)
        self._count_pending()

    def _on_pending(self, result: object) -> None:
        assert isinstance(result, int)
        self._finish()
        self.pending = result
        self.pending_sync.setText(format_count(result))
        self.pending_counted.emit(result)

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, OverviewCancelled):  # the window is closing
            return
        # proposed string
        self.error.show_message(self.tr("Göstəriciləri yükləmək alınmadı: ") + str(error))
        self.failed.emit(error)

    def _application_label(self, code: str) -> str:
        # The spec's proposed status labels (portal-steps.md, P16).
        labels = {
            "DRAFT": self.tr("Qaralama"),  # proposed string
            "SUBMITTED": self.tr("Göndərilib"),  # proposed string
            "UNDER_REVIEW": self.tr("Baxılır"),  # proposed string
            "EXEMPTION_APPROVED": self.tr("Güzəşt təsdiqlənib"),  # proposed string
            "EXEMPTION_REJECTED": self.tr("Güzəşt təsdiqlənməyib"),  # proposed string
            "REGISTERED": self.tr("Qeydiyyata alınıb"),  # proposed string
            "REJECTED": self.tr("İmtina edilib"),  # proposed string
        }
        return labels.get(code, code)

    def _student_label(self, code: str) -> str:
        labels = {
            "enrolled": self.tr("Təhsil alır"),  # proposed string
            "on_leave": self.tr("Akademik məzuniyyətdə"),  # proposed string
            "returned": self.tr("Məzuniyyətdən qayıdıb"),  # proposed string
            "expelled": self.tr("Xaric edilib"),  # proposed string
            "restored": self.tr("Bərpa edilib"),  # proposed string
            "transferred_out": self.tr("Başqa müəssisəyə köçürülüb"),  # proposed string
            "transferred_in": self.tr("Köçürmə ilə qəbul edilib"),  # proposed string
            "graduated": self.tr("Məzun olub"),  # proposed string
        }
        return labels.get(code, code)
