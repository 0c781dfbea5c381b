"""The dashboard: the intake at a glance, as bar charts drawn with QPainter, with export.

Counts by status, admission line, exemption category, and confirmations per office day over
the last 30 days (`services.reports.ReportsService.dashboard`). The chart widget is ours (no
charting dependency): horizontal bars for categories, columns for days, values written.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor
from registrar.services.errors import RegistrarError
from registrar.services.reports import Dashboard, ReportsService
from registrar.ui.widgets import DEMO_MARK, ErrorLabel, format_count

log = logging.getLogger(__name__)

PALETTE: Final = ("#1f3b57", "#2f7ab5", "#f2b134", "#1b7f3b", "#b3261e", "#7a4fa3", "#5b8c85")
AXIS: Final = QColor("#9aa5b1")
TEXT: Final = QColor("#1f2933")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str | None = None  # None: the palette, by position


class BarChart(QWidget):
    """Bars with their values written beside them. `vertical=True` draws columns (for days),
    labelling every `label_every`-th column; otherwise one horizontal bar per category with
    its (elided) label on the left. Tooltips are not needed: every value is written."""

    def __init__(
        self,
        title: str,
        *,
        vertical: bool = False,
        label_every: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.vertical = vertical
        self.label_every = max(1, label_every)
        self.bars: tuple[Bar, ...] = ()
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        # For screen readers: the figures as text.
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value}" for b in self.bars))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 280)

    def _colour(self, n: int, bar: Bar) -> QColor:
        return QColor(bar.colour or PALETTE[n % len(PALETTE)])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#d5dbe1")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        title_height = QFontMetrics(title_font).height() + 8
        painter.drawText(
            QRectF(10, 4, self.width() - 20, title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        area = QRectF(10, title_height + 6, self.width() - 20, self.height() - title_height - 14)
        if not self.bars:
            painter.setPen(AXIS)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "—")
        elif self.vertical:
            self._columns(painter, area)
        else:
            self._rows(painter, area)
        painter.end()

    def _rows(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        top = max(b.value for b in self.bars) or 1
        label_width = min(
            area.width() * 0.42, max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8
        )
        value_width = max(metrics.horizontalAdvance(format_count(b.value)) for b in self.bars) + 10
        slot = area.height() / len(self.bars)
        bar_height = max(4.0, min(28.0, slot * 0.7))
        span = max(1.0, area.width() - label_width - value_width)
        painter.setPen(QPen(AXIS))
        painter.drawLine(
            int(area.left() + label_width), int(area.top()),
            int(area.left() + label_width), int(area.bottom()),
        )  # fmt: skip
        for n, bar in enumerate(self.bars):
            y = area.top() + n * slot + (slot - bar_height) / 2
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(area.left(), y, label_width - 8, bar_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = span * bar.value / top
            painter.fillRect(
                QRectF(area.left() + label_width, y, length, bar_height), self._colour(n, bar)
            )
            painter.drawText(
                QRectF(area.left() + label_width + length + 4, y, value_width, bar_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                format_count(bar.value),
            )

    def _columns(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        top = max(b.value for b in self.bars) or 1
        label_height = metrics.height() + 4
        value_height = metrics.height() + 2
        plot = QRectF(
            area.left(), area.top() + value_height, area.width(),
            area.height() - label_height - value_height,
        )  # fmt: skip
        slot = plot.width() / len(self.bars)
        width = max(2.0, slot * 0.7)
        painter.setPen(QPen(AXIS))
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        show_values = metrics.horizontalAdvance(format_count(top)) < slot
        for n, bar in enumerate(self.bars):
            x = plot.left() + n * slot + (slot - width) / 2
            height = plot.height() * bar.value / top
            painter.fillRect(QRectF(x, plot.bottom() - height, width, height), self._colour(0, bar))
            painter.setPen(TEXT)
            if show_values and bar.value:
                painter.drawText(
                    QRectF(x - slot, plot.bottom() - height - value_height, width + 2 * slot,
                           value_height),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    format_count(bar.value),
                )  # fmt: skip
            if n % self.label_every == 0 or n == len(self.bars) - 1:
                painter.drawText(
                    QRectF(x - slot, plot.bottom() + 2, width + 2 * slot, label_height),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    bar.label,
                )


STATUS_COLOURS: Final = {
    "SUBMITTED": "#2f7ab5",
    "UNDER_REVIEW": "#f2b134",
    "EXEMPTION_APPROVED": "#5b8c85",
    "EXEMPTION_REJECTED": "#b26a00",
    "REGISTERED": "#1b7f3b",
    "REJECTED": "#b3261e",
}


class Tile(QFrame):
    """One headline figure with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(
            "QFrame#tile { background: white; border: 1px solid #d5dbe1; border-radius: 4px; }"
        )
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f3b57;")
        self.value.setAccessibleName(caption)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #52606d;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(format_count(value))


class DashboardPage(QWidget):
    """The head of office's view of the intake; `refresh()` reads the figures again."""

    refreshed = Signal()

    def __init__(
        self,
        service: ReportsService,
        actor: Actor,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self.dashboard: Dashboard | None = None
        # proposed strings (need native review)
        title = QLabel(self.tr("Qəbulun vəziyyəti"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #52606d;")
        self.refresh_button = QPushButton(self.tr("Yenilə"))
        self.export_button = QPushButton(self.tr("İxrac et…"))
        header = QHBoxLayout()
        header.addWidget(title)
        if demo:
            mark = QLabel(DEMO_MARK)
            mark.setObjectName("demoMark")
            mark.setStyleSheet(
                "QLabel#demoMark { color: white; background: #b3261e; padding: 1px 8px;"
                " font-weight: 700; border-radius: 3px; }"
            )
            header.addWidget(mark)
        header.addStretch(1)
        header.addWidget(self.as_of)
        header.addWidget(self.refresh_button)
        header.addWidget(self.export_button)

        self.total = Tile(self.tr("Təsdiq edilmiş müraciətlər"))
        self.waiting = Tile(self.tr("Baxılmayı gözləyən"))
        self.exemptions = Tile(self.tr("Güzəşt müraciətləri"))
        self.registered = Tile(self.tr("Qeydiyyata alınıb"))
        tiles = QHBoxLayout()
        for tile in (self.total, self.waiting, self.exemptions, self.registered):
            tiles.addWidget(tile)

        self.by_status = BarChart(self.tr("Statuslar üzrə"))
        self.by_line = BarChart(self.tr("Qəbul xətləri üzrə"))
        self.by_category = BarChart(self.tr("Güzəşt kateqoriyaları üzrə"))
        self.by_day = BarChart(
            self.tr("Gündəlik təsdiq edilən müraciətlər"), vertical=True, label_every=5
        )
        grid = QGridLayout()
        grid.addWidget(self.by_status, 0, 0)
        grid.addWidget(self.by_line, 0, 1)
        grid.addWidget(self.by_category, 1, 0)
        grid.addWidget(self.by_day, 1, 1)
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export)
        self.refresh()

    def refresh(self) -> None:
        self.error.clear_message()
        try:
            board = self._service.dashboard(self._actor)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.dashboard = board
        self.as_of.setText(board.today.strftime("%d.%m.%Y"))
        statuses = {c.key: c.count for c in board.by_status}
        self.total.set_value(board.total)
        self.waiting.set_value(statuses.get("SUBMITTED", 0) + statuses.get("UNDER_REVIEW", 0))
        self.exemptions.set_value(board.exemption_requests)
        self.registered.set_value(statuses.get("REGISTERED", 0))
        self.by_status.set_bars(
            [Bar(c.label, c.count, STATUS_COLOURS.get(c.key)) for c in board.by_status]
        )
        self.by_line.set_bars([Bar(c.label, c.count) for c in board.by_line])
        self.by_category.set_bars([Bar(c.label, c.count) for c in board.by_category])
        self.by_day.set_bars([Bar(c.label, c.count, "#2f7ab5") for c in board.by_day])
        if board.by_day:
            first, last = board.by_day[0].key, board.by_day[-1].key
            # proposed string
            self.by_day.title = (
                self.tr("Gündəlik təsdiq edilən müraciətlər")
                + f" ({date.fromisoformat(first):%d.%m} – {date.fromisoformat(last):%d.%m.%Y})"
            )
        self.refreshed.emit()

    def export_to(self, path: Path) -> int:
        """Write the figures to `path` (.csv or .xlsx); the error is shown, not raised."""
        self.error.clear_message()
        try:
            return self._service.export_dashboard(self._actor, path)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return 0

    def _on_export(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("İxrac et"),
            "dashboard.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if name:
            self.export_to(Path(name))


__all__ = ["Bar", "BarChart", "DashboardPage", "Tile"]
