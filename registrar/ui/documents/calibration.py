"""The transcript blank's calibration: print the page, type where the crosshairs landed, save
the printer's offsets, print again to check."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services.documents import DocumentService
from registrar.services.errors import RegistrarError
from registrar.services.letters.blank import (
    PrinterOffsets,
    blank_editions,
    calibration_marks,
    load_blank_layout,
    offsets_from_measurements,
    render_calibration_page,
)
from registrar.ui.documents.preview import load_pdf, print_pdf
from registrar.ui.widgets import ErrorLabel, show_error


class CalibrationDialog(QDialog):
    """Per printer: print the calibration page at 100 %, measure, save the offsets."""

    def __init__(self, service: DocumentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blankın kalibrlənməsi"))  # proposed string
        self._service = service
        self.printer = QComboBox(self)
        self.printer.setEditable(True)
        self.printer.addItems(QPrinterInfo.availablePrinterNames())
        self.edition = QComboBox(self)
        self.edition.addItems(list(blank_editions()))
        self.offsets_label = QLabel(self)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Printer:"), self.printer)
        form.addRow(self.tr("Blankın nəşri:"), self.edition)
        form.addRow(self.tr("Saxlanmış sürüşmə:"), self.offsets_label)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Nişan")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Gözlənilən (mm)")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Ölçülən x (mm)")), 0, 2)
        self.grid.addWidget(QLabel(self.tr("Ölçülən y (mm)")), 0, 3)
        self.measured: list[tuple[float, float, QDoubleSpinBox, QDoubleSpinBox]] = []
        print_button = QPushButton(self.tr("Kalibrləmə səhifəsini çap et"), self)
        print_button.clicked.connect(self.print_page)
        save_button = QPushButton(self.tr("Sürüşməni hesabla və saxla"), self)
        save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(print_button)
        layout.addWidget(save_button)
        layout.addWidget(close)
        self.edition.currentIndexChanged.connect(self._marks)
        self.printer.currentTextChanged.connect(self._show_offsets)
        self._marks()
        self._show_offsets()

    def _marks(self) -> None:
        for _, _, x, y in self.measured:
            x.deleteLater()
            y.deleteLater()
        self.measured.clear()
        if not self.edition.currentText():
            return
        layout = load_blank_layout(self.edition.currentText())
        for row, (label, x_mm, y_mm) in enumerate(calibration_marks(layout), start=1):
            self.grid.addWidget(QLabel(label, self), row, 0)
            self.grid.addWidget(QLabel(f"{x_mm:g}; {y_mm:g}", self), row, 1)
            spins = []
            for column, expected in ((2, x_mm), (3, y_mm)):
                spin = QDoubleSpinBox(self)
                spin.setRange(0.0, 500.0)
                spin.setDecimals(1)
                spin.setSingleStep(0.5)
                spin.setValue(expected)
                self.grid.addWidget(spin, row, column)
                spins.append(spin)
            self.measured.append((x_mm, y_mm, spins[0], spins[1]))

    def current_offsets(self) -> PrinterOffsets:
        name = self.printer.currentText().strip()
        return self._service.printer_offsets(name) if name else PrinterOffsets(0.0, 0.0)

    def _show_offsets(self) -> None:
        try:
            offsets = self.current_offsets()
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.offsets_label.setText(f"x {offsets.dx_mm:+.1f} mm, y {offsets.dy_mm:+.1f} mm")

    def computed(self) -> PrinterOffsets:
        return offsets_from_measurements(
            [(x, y, mx.value(), my.value()) for x, y, mx, my in self.measured]
        )

    def save(self) -> None:
        try:
            self._service.save_printer_offsets(self.printer.currentText(), self.computed())
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self._show_offsets()

    def calibration_pdf(self) -> bytes:
        layout = load_blank_layout(self.edition.currentText())
        return render_calibration_page(layout, offsets=self.current_offsets())

    def print_page(self) -> None:
        from PySide6.QtPdf import QPdfDocument

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer.currentText():
            printer.setPrinterName(self.printer.currentText())
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QPdfDocument()
        buffer = load_pdf(document, self.calibration_pdf())
        try:
            print_pdf(document, printer)
        except OSError as error:
            show_error(self, self.tr("Çap"), str(error))
        finally:
            document.close()
            buffer.close()
