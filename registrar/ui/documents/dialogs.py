"""Dialogs of the documents section: verify a code, issue a batch with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services.documents import DocumentService, DocumentView, Verification
from registrar.services.errors import RegistrarError
from registrar.services.letters import RenderCancelled
from registrar.ui.tasks import Task, TaskCancelled, TaskControl, TaskRunner

# The verification states as shown (proposed strings; need native review).
STATUS_TEXT = {
    "valid": "Sənəd etibarlıdır.",
    "cancelled": "Sənəd ləğv edilib.",
    "unknown": "Bu kodla sənəd tapılmadı.",
    "mistyped": "Kod səhv yazılıb (yoxlama simvolu uyğun gəlmir).",
}


def describe(result: Verification) -> str:
    lines = [STATUS_TEXT[result.status]]
    if result.number:
        lines += [
            f"{result.title} — {result.number}",
            f"{result.issued_on:%d.%m.%Y}" if result.issued_on else "",
            result.institution or "",
            result.holder_initials or "",
        ]
    return "\n".join(line for line in lines if line)


class VerifyDialog(QDialog):
    """Type a printed code; see the kind, number, date, issuer, initials and state."""

    def __init__(self, service: DocumentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sənədin yoxlanılması"))  # proposed string
        self._service = service
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-C")
        self.code.setAccessibleName(self.tr("Yoxlama kodu"))
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        check = QPushButton(self.tr("Yoxla"), self)
        check.setDefault(True)
        check.clicked.connect(self.check)
        self.code.returnPressed.connect(self.check)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Yoxlama kodu:"), self.code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(check)
        layout.addWidget(self.answer)
        layout.addWidget(close)
        self.last: Verification | None = None

    def check(self) -> None:
        try:
            self.last = self._service.verify(self.code.text())
        except RegistrarError as error:
            self.answer.setText(str(error))
            return
        self.answer.setText(describe(self.last))


class BatchDialog(QDialog):
    """Issue one document per record in the background: a progress bar and İmtina."""

    def __init__(
        self,
        service: DocumentService,
        tasks: TaskRunner,
        kind: str,
        subject_ids: Sequence[Any],
        *,
        issued_on: date | None = None,
        on_done: Callable[[list[DocumentView], bytes], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toplu çap"))  # proposed string
        self._on_done = on_done
        self.status = QLabel(self.tr("Sənədlər hazırlanır…"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(subject_ids))
        self.progress.setValue(0)
        self.cancel_button = QPushButton(self.tr("İmtina"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.outcome: tuple[list[DocumentView], bytes] | None = None
        self.error: Exception | None = None
        ids = list(subject_ids)

        def work(control: TaskControl) -> object:
            try:
                return service.issue_batch(
                    kind,
                    ids,
                    issued_on=issued_on,
                    progress=lambda done, total: control.report(done, total or len(ids)),
                    cancelled=control.cancelled,
                )
            except RenderCancelled:
                raise TaskCancelled() from None

        self.task: Task = tasks.start(work, self._succeeded, self._failed, self._progressed)

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Dayandırılır…"))
        self.task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.status.setText(self.tr("{done} / {total} sənəd").format(done=done, total=total))

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, tuple)
        views: list[DocumentView] = result[0]
        pdf: bytes = result[1]
        self.outcome = (views, pdf)
        if self._on_done is not None:
            self._on_done(views, pdf)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.error = error
        if isinstance(error, TaskCancelled):
            self.status.setText(self.tr("Dayandırıldı; heç bir sənəd verilmədi."))
        else:
            self.status.setText(str(error))
        self.cancel_button.setText(self.tr("Bağla"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.reject)
