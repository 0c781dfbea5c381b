"""The orders register: every movement order with its number, date, signatory and students."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor, Workspace
from registrar.services.errors import RegistrarError
from registrar.services.movements import MovementService, OrderView
from registrar.ui.movements.labels import ORDER_KINDS, title
from registrar.ui.widgets import ErrorLabel

CONTEXT = "Orders"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OrdersSection(QWidget):
    """Read-only: orders are made by the case screens and the bulk expulsion."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersSection")
        self.service = MovementService(workspace, actor)
        self.orders: list[OrderView] = []
        self.kind = QComboBox()
        self.kind.setObjectName("orders.kind")
        self.kind.setAccessibleName(_tr("Əmrin növü"))  # proposed string
        self.kind.addItem(_tr("Hamısı"), None)  # proposed string
        for kind in ORDER_KINDS:
            self.kind.addItem(title(ORDER_KINDS, kind), kind)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("orders.table")
        self.table.setAccessibleName(_tr("Əmrlər reyestri"))  # proposed string
        self.table.setHorizontalHeaderLabels(
            [  # proposed strings
                _tr("Nömrə"),
                _tr("Tarix"),
                _tr("Növ"),
                _tr("Bənd"),
                _tr("İmzalayan"),
                _tr("Tələbələr"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.error = ErrorLabel()
        heading = QLabel(_tr("Əmrlər reyestri"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(_tr("Növ")))
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.refresh()

    def refresh(self) -> None:
        kind = self.kind.currentData()
        try:
            self.orders = self.service.list_orders(kind=kind if isinstance(kind, str) else None)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            values = (
                order.number,
                order.order_date.strftime("%d.%m.%Y"),
                title(ORDER_KINDS, order.kind),
                order.paragraph or "—",
                order.signatory,
                "; ".join(label for _id, label in order.students),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
