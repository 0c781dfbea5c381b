"""The portal's step bars: `Sənəd məlumatları > … > Şifrə` and `Qəbul xətti > … > ödənişi`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

STEP_STYLE = """
QLabel[step="active"] { color: white; background: #1f4e79; border-radius: 3px;
                        padding: 3px 8px; font-weight: 600; }
QLabel[step="done"] { color: #1f4e79; padding: 3px 8px; }
QLabel[step="todo"] { color: palette(text); padding: 3px 8px; }
QLabel[step="inactive"] { color: #9a9a9a; padding: 3px 8px; }
QLabel[step="separator"] { color: #7a7a7a; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("StepBar", text)


def registration_steps() -> list[str]:
    return [_t("Sənəd məlumatları"), _t("Mobil nömrə"), _t("Elektron poçt"), _t("Şifrə")]


def application_steps() -> list[str]:
    return [
        _t("Qəbul xətti"),
        _t("Şəxsi məlumatlar"),
        _t("Qəbul məlumatları"),
        _t("Təhsil haqqından azad"),
        _t("Təhsil haqqının ödənişi"),
    ]


class StepBar(QWidget):
    """Steps joined by `>`; the active one highlighted, later-specified steps greyed.

    `inactive` steps (P17, payment: not specified yet) are shown greyed and lead nowhere.
    """

    def __init__(self, name: str, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(STEP_STYLE)
        self.setAccessibleName(" > ".join(labels))
        self._labels: list[QLabel] = []
        self._separators: list[QLabel] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        for index, text in enumerate(labels):
            if index:
                separator = QLabel(">")
                separator.setProperty("step", "separator")
                self._separators.append(separator)
                layout.addWidget(separator)
            label = QLabel(text)
            label.setObjectName(f"{name}.{index + 1}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self._labels.append(label)
            layout.addWidget(label)
        layout.addStretch(1)
        self._active = 0
        self._count = len(labels)
        self._inactive: frozenset[int] = frozenset()
        self._apply()

    def set_state(
        self, active: int, *, count: int | None = None, inactive: frozenset[int] = frozenset()
    ) -> None:
        """Show the first `count` steps with step `active` (0-based) highlighted."""
        self._active = active
        self._count = len(self._labels) if count is None else count
        self._inactive = inactive
        self._apply()

    def _apply(self) -> None:
        for index, label in enumerate(self._labels):
            visible = index < self._count
            label.setVisible(visible)
            if index:
                self._separators[index - 1].setVisible(visible)
            if index in self._inactive:
                state = "inactive"
            elif index == self._active:
                state = "active"
            elif index < self._active:
                state = "done"
            else:
                state = "todo"
            label.setProperty("step", state)
            label.setEnabled(index not in self._inactive)
            label.style().unpolish(label)
            label.style().polish(label)

    def visible_text(self) -> str:
        """What the bar reads, e.g. `Qəbul xətti > Şəxsi məlumatlar > Qəbul məlumatları`."""
        return " > ".join(label.text() for label in self._labels[: self._count])

    def active_text(self) -> str:
        return self._labels[self._active].text()

    def step_state(self, index: int) -> str:
        return str(self._labels[index].property("step"))
