"""The retention dialog (administrators): preview, then purge old drafts and rejected applications.

The purge button is enabled only after a preview (a dry run) of the same date and period, and
only with a reason; it asks once more before it runs. The service checks the role and records
the purge in the audit log.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from registrar.services import retention
from registrar.services.context import Actor, Workspace
from registrar.services.errors import RegistrarError
from registrar.ui.widgets import APP_NAME, ErrorLabel, app_icon


class RetentionDialog(QDialog):
    """`summary` holds the last preview or purge; `purged` is True once a purge has run."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._actor = actor
        self._previewed: tuple[date, int] | None = None
        self.summary: retention.RetentionSummary | None = None
        self.purged = False
        # proposed strings (need native review) throughout this dialog
        self.setWindowTitle(f"{APP_NAME} — " + self.tr("Məlumatların saxlanma müddəti"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)

        self.campaign_closed = QDateEdit()
        self.campaign_closed.setCalendarPopup(True)
        self.campaign_closed.setDisplayFormat("dd.MM.yyyy")
        self.campaign_closed.setDate(QDate.currentDate())
        self.campaign_closed.setMaximumDate(QDate.currentDate())
        self.campaign_closed.setAccessibleName(self.tr("Qəbul kampaniyasının bağlandığı gün"))
        self.years = QSpinBox()
        self.years.setRange(1, retention.MAX_YEARS)
        self.years.setValue(retention.configured_years(workspace))
        self.years.setSuffix(self.tr(" il"))
        self.years.setAccessibleName(self.tr("İmtina edilmiş müraciətlərin saxlanma müddəti"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Səbəb"))
        self.preview_button = QPushButton(self.tr("Önizləmə"))
        self.preview_button.setAccessibleName(self.preview_button.text())
        self.purge_button = QPushButton(self.tr("SİL"))
        self.purge_button.setAccessibleName(self.purge_button.text())
        self.purge_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Bağla"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.error = ErrorLabel()

        explanation = QLabel(
            self.tr(
                "Qəbul kampaniyası bağlanana qədər son dəfə dəyişdirilmiş qaralamalar və "
                "göstərilən müddətdən əvvəl imtina edilmiş müraciətlər silinir. "
                "Əvvəlcə önizləməyə baxın."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Qəbul kampaniyası bağlandı:"), self.campaign_closed)
        form.addRow(self.tr("İmtina edilmiş müraciətlər saxlanılır:"), self.years)
        form.addRow(self.tr("Səbəb:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.preview_button.clicked.connect(self.preview)
        self.purge_button.clicked.connect(self.purge)
        self.close_button.clicked.connect(self.reject)
        self.campaign_closed.dateChanged.connect(self._update_buttons)
        self.years.valueChanged.connect(self._update_buttons)
        self.reason.textChanged.connect(self._update_buttons)

    def _parameters(self) -> tuple[date, int]:
        chosen = self.campaign_closed.date()
        return date(chosen.year(), chosen.month(), chosen.day()), self.years.value()

    def _update_buttons(self) -> None:
        ready = self._previewed == self._parameters() and bool(self.reason.text().strip())
        self.purge_button.setEnabled(ready and not self.purged)

    def _show(self, summary: retention.RetentionSummary) -> None:
        lines = [
            self.tr("Qaralamalar: %n", "", summary.drafts),
            self.tr("Qaralamaların faylları: %n", "", summary.draft_files),
            self.tr("İmtina edilmiş müraciətlər: %n", "", summary.applications),
            self.tr("Cavablar: %n", "", summary.answers),
            self.tr("Sənədlər: %n", "", summary.documents),
            self.tr("Təhsil haqqından azadolma müraciətləri: %n", "", summary.exemption_requests),
            self.tr("Sübut sənədlərinə baxış qeydləri: %n", "", summary.review_events),
            self.tr("Status qeydləri: %n", "", summary.application_events),
            self.tr("Fayllar (sübutlar): %n", "", summary.evidence_blobs),
        ]
        heading = (
            self.tr("Önizləmə (heç nə dəyişdirilməyib):")
            if summary.dry_run
            else self.tr("Silindi:")
        )
        self.result_label.setText("\n".join([heading, *lines]))

    def preview(self) -> None:
        closed, years = self._parameters()
        try:
            summary = retention.purge(
                self._workspace, self._actor, campaign_closed=closed, years=years, dry_run=True
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.summary = summary
        self._previewed = (closed, years)
        self._show(summary)
        self._update_buttons()

    def confirm(self, summary: retention.RetentionSummary) -> bool:
        """Ask once more; tests replace this."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("%n qeyd birdəfəlik silinəcək. Davam edilsin?", "", summary.total),
        )
        return answer == QMessageBox.StandardButton.Yes

    def purge(self) -> None:
        if self.summary is None or self._previewed != self._parameters():
            return
        if not self.confirm(self.summary):
            return
        closed, years = self._parameters()
        try:
            summary = retention.purge(
                self._workspace,
                self._actor,
                campaign_closed=closed,
                years=years,
                reason=self.reason.text(),
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.summary = summary
        self.purged = True
        self._show(summary)
        self._update_buttons()
