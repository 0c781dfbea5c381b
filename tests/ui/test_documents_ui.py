"""The documents section: issue with preview, cancel, verify, batch with progress and cancel,
the template editor's errors and live preview, printing at 100 %, blank calibration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from registrar.services.context import Workspace
from registrar.services.documents import DocumentService
from registrar.services.letters.blank import PrinterOffsets
from registrar.ui.documents.calibration import CalibrationDialog
from registrar.ui.documents.dialogs import BatchDialog, VerifyDialog
from registrar.ui.documents.preview import load_pdf, print_pdf
from registrar.ui.documents.template_editor import TemplateEditor
from registrar.ui.documents_section import DocumentsPage
from registrar.ui.tasks import TaskCancelled, TaskRunner
from tests.services.documents_fixtures import (
    confirmed_application,
    expulsion_order,
    pdf_text,
    students,
)
from tests.services.test_movements import REGISTRAR, seeded_engine, workspace_for

ADMIN = REGISTRAR.__class__(staff_id=None, username="admin1", role="admin")


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    workspace = workspace_for(engine, "BDU")
    students(workspace)
    yield workspace
    engine.dispose()


@pytest.fixture
def page(qtbot, bdu: Workspace) -> Iterator[DocumentsPage]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    widget = DocumentsPage(DocumentService(bdu, REGISTRAR), runner)
    qtbot.addWidget(widget)
    yield widget
    runner.wait(10000)
    widget.release()


def choose(page: DocumentsPage, kind: str, reference: str) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.reference.setText(reference)


def test_issuing_shows_the_numbered_pdf_and_adds_it_to_the_register(
    page: DocumentsPage, bdu: Workspace
) -> None:
    confirmed_application(bdu)
    choose(page, "application_receipt", "BDU/2026/BD01-0007")
    page.issue_button.click()
    assert page.preview.page_count() == 1
    assert "Qəhrəmanova Nigar Şahin" in pdf_text(page.preview.pdf_bytes())
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text().endswith("/QBZ/BD01-0001")


def test_a_draft_preview_stores_nothing(page: DocumentsPage, bdu: Workspace) -> None:
    confirmed_application(bdu)
    choose(page, "application_receipt", "BDU/2026/BD01-0007")
    page.preview_button.click()
    assert page.preview.page_count() == 1
    assert page.table.rowCount() == 0


def test_an_unknown_reference_shows_an_error_and_issues_nothing(page: DocumentsPage) -> None:
    choose(page, "study_certificate", "B99-9999")
    page.issue_button.click()
    assert "tapılmadı" in page.error.text()
    assert page.table.rowCount() == 0


def test_cancelling_marks_the_row_cancelled(page: DocumentsPage, bdu: Workspace) -> None:
    confirmed_application(bdu)
    choose(page, "application_receipt", "BDU/2026/BD01-0007")
    page.issue_button.click()
    assert page.cancel_document(page.rows[0].id, "Səhv çap")
    assert page.table.item(0, 4).text() == "Ləğv edilib"


def test_the_verify_dialog_shows_a_valid_and_a_mistyped_code(qtbot, bdu: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = DocumentService(bdu, REGISTRAR)
    code = service.issue("application_receipt", confirmed_application(bdu)).code
    dialog = VerifyDialog(service)
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.check()
    assert "etibarlıdır" in dialog.answer.text()
    dialog.code.setText(("1" if code[0] != "1" else "2") + code[1:])
    dialog.check()
    assert dialog.last is not None and dialog.last.status == "mistyped"


def test_a_batch_of_the_days_orders_runs_in_the_background_with_progress(
    qtbot,  # type: ignore[no-untyped-def]
    page: DocumentsPage,
    bdu: Workspace,
) -> None:
    from registrar.services.students import StudentRegister

    expulsion_order(bdu, StudentRegister(bdu, REGISTRAR))
    page.batch_kind.setCurrentIndex(page.batch_kind.findData("expulsion_order"))
    page.batch_date.setDate(QDate(2026, 1, 15))
    ids = page.service.orders_on("expulsion_order", page.batch_date.date().toPython())  # type: ignore[arg-type]
    dialog = page.start_batch("expulsion_order", ids, modal=False)
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error is not None, timeout=10000)
    assert dialog.outcome is not None
    assert dialog.progress.value() == 1
    assert page.table.rowCount() == 1
    assert "Əliyeva Aysel Rəşad" in pdf_text(page.preview.pdf_bytes())


def test_cancelling_a_batch_issues_nothing(qtbot, bdu: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = DocumentService(bdu, REGISTRAR)
    app_id = confirmed_application(bdu)
    runner = TaskRunner()
    dialog = BatchDialog(service, runner, "application_receipt", [app_id] * 50)
    qtbot.addWidget(dialog)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.outcome is not None, timeout=20000)
    runner.wait(10000)
    assert isinstance(dialog.error, TaskCancelled)
    assert service.rows() == []


def test_a_broken_template_shows_its_line_and_cannot_be_saved(qtbot, bdu: Workspace) -> None:  # type: ignore[no-untyped-def]
    editor = TemplateEditor(DocumentService(bdu, ADMIN))
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("study_certificate"))
    text = editor.editor.toPlainText().replace(
        "{{ student.full_name }}", "{{ student.fullname }}", 1
    )
    editor.editor.setPlainText(text)
    editor.refresh()
    assert not editor.valid and not editor.save_button.isEnabled()
    assert editor.error.text().startswith("Sətir ")
    assert "student.fullname" in editor.error.text()
    editor.release()


def test_a_saved_template_is_used_for_the_next_issued_document(qtbot, bdu: Workspace) -> None:  # type: ignore[no-untyped-def]
    editor = TemplateEditor(DocumentService(bdu, ADMIN))
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("application_receipt"))
    text = editor.editor.toPlainText().replace("[body]\n", "[body]\nŞablon dəyişdirilib.\n\n", 1)
    editor.editor.setPlainText(text)
    editor.refresh()
    assert editor.valid and "Şablon dəyişdirilib." in pdf_text(editor.preview.pdf_bytes())
    editor.save()
    issued = DocumentService(bdu, REGISTRAR).issue(
        "application_receipt", confirmed_application(bdu)
    )
    assert "Şablon dəyişdirilib." in pdf_text(issued.pdf)
    editor.release()


def test_printing_puts_each_page_at_its_own_size_without_scaling(tmp_path: Path) -> None:
    from registrar.services.letters.samples import render_preview

    document = QPdfDocument()
    buffer = load_pdf(document, render_preview("study_certificate"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(150)
    assert print_pdf(document, printer) == 1
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    size: QSizeF = printed.pagePointSize(0)
    assert abs(size.width() - 595.3) < 1 and abs(size.height() - 841.9) < 1
    assert printer.fullPage()
    document.close()
    buffer.close()
    printed.close()


def test_calibration_saves_the_printers_offsets_from_measurements(qtbot, bdu: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = DocumentService(bdu, REGISTRAR)
    dialog = CalibrationDialog(service)
    qtbot.addWidget(dialog)
    dialog.printer.setEditText("Ofis-HP")
    for _, _, x, y in dialog.measured:
        x.setValue(x.value() + 1.5)
        y.setValue(y.value() - 0.5)
    dialog.save()
    saved = service.printer_offsets("Ofis-HP")
    assert saved == PrinterOffsets(-1.5, 0.5)
    assert dialog.calibration_pdf().startswith(b"%PDF")
    assert service.printer_offsets("Başqa") == PrinterOffsets(0.0, 0.0)


def test_the_section_is_offered_to_the_roles_that_may_view_documents() -> None:
    from registrar.ui.documents_section import sections

    register, templates = sections()
    assert register.visible_to("registrar") and not register.visible_to("desk")
    assert templates.visible_to("admin")
