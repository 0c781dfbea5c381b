"""Case-fact pickers: institutions, specialties and transfer kinds, as rules-api.md values."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from registrar.services.folding import fold
from registrar.services.reference import Country, Institution, ReferenceData, Specialty

CONTEXT = "Movements"
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_CODES = ("inter_hei", "specialty_change", "form_change")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@functools.cache
def reference_data() -> ReferenceData:
    """The bundled reference files, read once per process (they do not change while running)."""
    return ReferenceData.load()


def institution_json(institution: Institution) -> dict[str, Any]:
    """The HEI object of rules-api.md; an empty founder body (private HEIs) becomes null."""
    return {
        "name": institution.name_az,
        "city": institution.city,
        "country": institution.country,
        "ownership": institution.ownership,
        "founder_body": institution.founder_body or None,
        "special_purpose": institution.special_purpose,
        "accredited": institution.accredited,
        "code": institution.code,
    }


def foreign_json(country: str, name: str, accredited: bool) -> dict[str, Any]:
    """A foreign HEI described by hand: the engine needs only its country and accreditation."""
    return {
        "name": name,
        "city": None,
        "country": country,
        "ownership": None,
        "founder_body": None,
        "special_purpose": False,
        "accredited": accredited,
        "code": None,
    }


def specialty_json(specialty: Specialty) -> dict[str, Any]:
    """The Specialty object of rules-api.md."""
    return {
        "code": specialty.code,
        "name": specialty.name_az,
        "dim_group": specialty.dim_group,
        "law": specialty.law,
        "basic_medicine": specialty.basic_medicine,
        "culture_arts": specialty.culture_arts,
    }


def institution_title(institution: Institution) -> str:
    return f"{institution.name_az} ({institution.city})"


def specialty_title(specialty: Specialty) -> str:
    text = f"{specialty.code} — {specialty.name_az}, " + _tr("%1 qrup").replace(  # proposed string
        "%1", specialty.dim_group_roman
    )
    if not specialty.verified:
        text += " · " + _tr("yoxlanılmayıb")  # proposed string
    return text


class SearchCombo(QComboBox):
    """An editable combo whose completer matches folded text anywhere in the item titles.

    Item data is the rules-api.md dict; index 0 is "none". Typing never adds items: text that
    names no item is put back to the current item when editing ends.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._source = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._source)
        self._proxy.setFilterRole(FOLD_ROLE)
        self._completer = QCompleter(self._proxy, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self._completer)
        self._completer.activated.connect(self._on_completed)
        edit = self.lineEdit()
        assert edit is not None  # editable
        self._edit = edit
        edit.textEdited.connect(self._on_text_edited)
        edit.editingFinished.connect(self._on_editing_finished)
        self.addItem("—", None)

    def add_choice(self, title: str, value: Mapping[str, Any], search: str = "") -> None:
        self.addItem(title, dict(value))
        item = QStandardItem(title)
        item.setData(fold(f"{title} {search}"), FOLD_ROLE)
        self._source.appendRow(item)

    def matches(self, text: str) -> list[str]:
        """The titles the completer offers for `text` (what the popup lists)."""
        self._proxy.setFilterFixedString(fold(text))
        return [str(self._proxy.index(row, 0).data()) for row in range(self._proxy.rowCount())]

    def value(self) -> dict[str, Any] | None:
        data = self.currentData()
        return dict(data) if isinstance(data, dict) else None

    def choose(self, predicate: Any) -> bool:
        """Select the first item whose dict satisfies `predicate`; False when none does."""
        for index in range(1, self.count()):
            data = self.itemData(index)
            if isinstance(data, dict) and predicate(data):
                self.setCurrentIndex(index)
                return True
        return False

    def _on_text_edited(self, text: str) -> None:
        self._proxy.setFilterFixedString(fold(text))
        if text.strip():
            self._completer.complete()

    def _on_completed(self, title: str) -> None:
        index = self.findText(title, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def _on_editing_finished(self) -> None:
        text = self._edit.text().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0 and text:
            found = self.matches(text)
            index = self.findText(found[0], Qt.MatchFlag.MatchExactly) if len(found) == 1 else -1
        if index < 0:
            index = 0 if not text else self.currentIndex()
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        else:
            self._edit.setText(self.itemText(index))


class InstitutionPicker(QWidget):
    """A domestic HEI from the reference data, or (where allowed) a foreign HEI by hand."""

    edited = Signal()

    def __init__(
        self,
        institutions: Sequence[Institution],
        countries: Sequence[Country],
        *,
        allow_foreign: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.combo = SearchCombo()
        self.combo.setObjectName("picker.institution")
        self.combo.setAccessibleName(_tr("Ali təhsil müəssisəsi"))  # proposed string
        for institution in institutions:
            if institution.is_hei:
                self.combo.add_choice(
                    institution_title(institution),
                    institution_json(institution),
                    search=institution.code,
                )
        self.foreign = QCheckBox(_tr("Xarici ali təhsil müəssisəsi"))  # proposed string
        self.foreign.setObjectName("picker.foreign")
        self.foreign.setVisible(allow_foreign)
        self.country = QComboBox()
        self.country.setObjectName("picker.country")
        self.country.setAccessibleName(_tr("Ölkə"))  # proposed string
        self.country.addItem("—", None)
        for country in sorted(countries, key=lambda c: fold(c.name_az or c.name_en)):
            if country.alpha_2 != "AZ":
                self.country.addItem(country.name_az or country.name_en, country.alpha_2)
        self.name = QLineEdit()
        self.name.setObjectName("picker.foreign_name")
        self.name.setAccessibleName(_tr("Müəssisənin adı"))  # proposed string
        self.accredited = QCheckBox(_tr("Akkreditasiya olunub"))  # proposed string
        self.accredited.setObjectName("picker.accredited")
        self.foreign_box = QWidget()
        foreign_form = QFormLayout(self.foreign_box)
        foreign_form.setContentsMargins(0, 0, 0, 0)
        foreign_form.addRow(_tr("Ölkə"), self.country)
        foreign_form.addRow(_tr("Müəssisənin adı"), self.name)
        foreign_form.addRow(self.accredited)
        self.foreign_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.combo, 1)
        top.addWidget(self.foreign)
        layout.addLayout(top)
        layout.addWidget(self.foreign_box)
        self.combo.currentIndexChanged.connect(self.edited)
        self.foreign.toggled.connect(self._on_foreign_toggled)
        self.country.currentIndexChanged.connect(self.edited)
        self.name.textChanged.connect(self.edited)
        self.accredited.toggled.connect(self.edited)

    def _on_foreign_toggled(self, foreign: bool) -> None:
        self.combo.setVisible(not foreign)
        self.foreign_box.setVisible(foreign)
        self.edited.emit()

    def value(self) -> dict[str, Any] | None:
        if not self.foreign.isChecked():
            return self.combo.value()
        country = self.country.currentData()
        if not isinstance(country, str):
            return None
        return foreign_json(country, self.name.text().strip(), self.accredited.isChecked())

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, Mapping) else {}
        country = data.get("country") or "AZ"
        self.foreign.setChecked(bool(data) and country != "AZ")
        if not data:
            self.combo.setCurrentIndex(0)
        elif country != "AZ":
            index = self.country.findData(country)
            if index < 0:
                self.country.addItem(str(country), country)
                index = self.country.count() - 1
            self.country.setCurrentIndex(index)
            self.name.setText(str(data.get("name") or ""))
            self.accredited.setChecked(data.get("accredited") is True)
        else:
            self._choose_domestic(data)

    def _choose_domestic(self, data: Mapping[str, Any]) -> None:
        code = data.get("code")
        if code and self.combo.choose(lambda d: d["code"] == code):
            return
        if self.combo.choose(lambda d: d["name"] == data.get("name")):
            return
        # Not in the reference data: kept as it came, so nothing is lost on save.
        title = f"{data.get('name') or '?'} ({data.get('city') or '?'})"
        self.combo.addItem(title, dict(data))
        self.combo.setCurrentIndex(self.combo.count() - 1)


class SpecialtyPicker(SearchCombo):
    """A specialty from the reference data: code — name, DİM group, unverified rows marked."""

    edited = Signal()

    def __init__(self, specialties: Sequence[Specialty], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for specialty in specialties:
            self.add_choice(specialty_title(specialty), specialty_json(specialty))
            if not specialty.verified:
                self.setItemData(self.count() - 1, specialty.source, Qt.ItemDataRole.ToolTipRole)
        self.currentIndexChanged.connect(self.edited)

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, Mapping) else {}
        if not data:
            self.setCurrentIndex(0)
        elif not self.choose(lambda d: d["code"] == data.get("code")):
            self.addItem(f"{data.get('code') or '?'} — {data.get('name') or '?'}", dict(data))
            self.setCurrentIndex(self.count() - 1)


KIND_LABELS: dict[str, str] = {
    "inter_hei": str(
        QT_TRANSLATE_NOOP("Movements", "Ali təhsil müəssisəsini dəyişmək")
    ),  # proposed string
    "specialty_change": str(QT_TRANSLATE_NOOP("Movements", "İxtisası dəyişmək")),  # proposed string
    "form_change": str(
        QT_TRANSLATE_NOOP("Movements", "Təhsil formasını dəyişmək")
    ),  # proposed string
}


class KindsPicker(QWidget):
    """The `kinds` list of a transfer as three checkboxes, in rules-api.md order."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for code in KIND_CODES:
            box = QCheckBox(_tr(KIND_LABELS[code]))
            box.setObjectName(f"kind.{code}")
            box.setAccessibleName(box.text())
            box.toggled.connect(self.edited)
            self.boxes[code] = box
            layout.addWidget(box)

    def value(self) -> list[str] | None:
        chosen = [code for code, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)
