"""The facts form of a case screen: one typed row per rules-api.md field the kind needs."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from registrar.services.reference import ReferenceData
from registrar.ui.movements.pickers import (
    InstitutionPicker,
    KindsPicker,
    SpecialtyPicker,
    reference_data,
)

Picker = InstitutionPicker | SpecialtyPicker | KindsPicker

CONTEXT = "Movements"


@dataclass(frozen=True)
class FieldSpec:
    key: str  # the rules-api.md field name; also the widget's objectName suffix
    label: str  # proposed string, translated in the "Movements" context
    # text | int | number | date | bool | choice | kinds | hei | hei_abroad | specialty | json
    type: str
    choices: tuple[str, ...] = ()


def _f(key: str, label: object, type_: str = "text", *choices: str) -> FieldSpec:
    return FieldSpec(key, str(label), type_, tuple(choices))


# Every label below is a proposed string.
LEVEL = _f(
    "level",
    QT_TRANSLATE_NOOP("Movements", "Təhsil səviyyəsi"),
    "choice",
    "bachelor",
    "master",
    "basic_medicine",
)
FORMS = ("full_time", "extramural", "evening", "distance")
GROUNDS = ("own_request", "transfer", "discipline", "health", "no_registration_no_contact")

_TRANSFER = (
    LEVEL,
    _f("kinds", QT_TRANSLATE_NOOP("Movements", "Köçürmə növləri"), "kinds"),
    _f("origin", QT_TRANSLATE_NOOP("Movements", "Mənşə"), "choice", "domestic", "foreign"),
    _f(
        "citizenship",
        QT_TRANSLATE_NOOP("Movements", "Vətəndaşlıq"),
        "choice",
        "az",
        "foreign",
        "stateless",
    ),
    _f("source_hei", QT_TRANSLATE_NOOP("Movements", "Hazırkı ali təhsil müəssisəsi"), "hei_abroad"),
    _f("target_hei", QT_TRANSLATE_NOOP("Movements", "Yeni ali təhsil müəssisəsi"), "hei"),
    _f("source_study_form", QT_TRANSLATE_NOOP("Movements", "Təhsil forması"), "choice", *FORMS),
    _f("admitted_specialty", QT_TRANSLATE_NOOP("Movements", "Qəbul olunduğu ixtisas"), "specialty"),
    _f("current_specialty", QT_TRANSLATE_NOOP("Movements", "Hazırkı ixtisas"), "specialty"),
    _f("target_specialty", QT_TRANSLATE_NOOP("Movements", "Yeni ixtisas"), "specialty"),
    _f("first_semester_completed", QT_TRANSLATE_NOOP("Movements", "Birinci semestr bitib"), "bool"),
    _f("effective_date", QT_TRANSLATE_NOOP("Movements", "Köçürmə tarixi"), "date"),
    _f(
        "admission_basis",
        QT_TRANSLATE_NOOP("Movements", "Qəbul əsası"),
        "choice",
        "dim_exam",
        "international_exam",
        "other",
    ),
    _f("dim_score", QT_TRANSLATE_NOOP("Movements", "DİM balı"), "number"),
    _f("admission_year", QT_TRANSLATE_NOOP("Movements", "Qəbul ili"), "int"),
    _f(
        "target_min_score", QT_TRANSLATE_NOOP("Movements", "Yeni ixtisas üzrə keçid balı"), "number"
    ),
    _f(
        "funding",
        QT_TRANSLATE_NOOP("Movements", "Maliyyələşmə"),
        "choice",
        "state_order",
        "fee_paying",
    ),
    _f("third_party_payer", QT_TRANSLATE_NOOP("Movements", "Haqqı üçüncü şəxs ödəyir"), "bool"),
    _f("tuition_debt", QT_TRANSLATE_NOOP("Movements", "Təhsil haqqı borcu var"), "bool"),
    _f("mse_letter_received", QT_TRANSLATE_NOOP("Movements", "Nazirlik məktubu alınıb"), "date"),
    _f("consent_letter_received", QT_TRANSLATE_NOOP("Movements", "Razılıq məktubu alınıb"), "date"),
    _f("personal_file_received", QT_TRANSLATE_NOOP("Movements", "Şəxsi iş alınıb"), "date"),
)
_NEW_STUDENT = _f("student", QT_TRANSLATE_NOOP("Movements", "Yeni tələbənin məlumatları"), "json")

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "incoming_transfer": (*_TRANSFER, _NEW_STUDENT),
    "outgoing_transfer": _TRANSFER,
    "transfer_from_abroad": (*_TRANSFER, _NEW_STUDENT),
    "specialty_or_form_change": _TRANSFER,
    "restoration": (
        LEVEL,
        _f(
            "from_type",
            QT_TRANSLATE_NOOP("Movements", "Haradan"),
            "choice",
            "same_hei",
            "other_domestic_hei",
            "special_purpose_hei",
            "foreign_hei",
        ),
        _f(
            "expelled_from", QT_TRANSLATE_NOOP("Movements", "Xaric olunduğu müəssisə"), "hei_abroad"
        ),
        _f("target_hei", QT_TRANSLATE_NOOP("Movements", "Bərpa olunacağı müəssisə"), "hei"),
        _f("expulsion_date", QT_TRANSLATE_NOOP("Movements", "Xaric olunma tarixi"), "date"),
        _f(
            "expulsion_ground",
            QT_TRANSLATE_NOOP("Movements", "Xaric olunma əsası"),
            "choice",
            *GROUNDS,
        ),
        _f("date", QT_TRANSLATE_NOOP("Movements", "Bərpa əmrinin tarixi"), "date"),
        _f("own_specialty", QT_TRANSLATE_NOOP("Movements", "Öz ixtisası"), "specialty"),
        _f(
            "target_specialty",
            QT_TRANSLATE_NOOP("Movements", "Bərpa olunacağı ixtisas"),
            "specialty",
        ),
        _f("dim_score", QT_TRANSLATE_NOOP("Movements", "DİM balı"), "number"),
        _f("target_min_score", QT_TRANSLATE_NOOP("Movements", "Keçid balı"), "number"),
        _f("admission_year", QT_TRANSLATE_NOOP("Movements", "Qəbul ili"), "int"),
        _NEW_STUDENT,
    ),
    "academic_leave": (
        _f(
            "ground",
            QT_TRANSLATE_NOOP("Movements", "Əsas"),
            "choice",
            "conscription",
            "mobilisation",
            "family",
            "health",
            "social_leave",
            "study_abroad",
        ),
        _f("start", QT_TRANSLATE_NOOP("Movements", "Başlama tarixi"), "date"),
        _f("end", QT_TRANSLATE_NOOP("Movements", "Bitmə tarixi"), "date"),
        _f(
            "commission_certificate_end",
            QT_TRANSLATE_NOOP("Movements", "Komissiya arayışının bitmə tarixi"),
            "date",
        ),
    ),
    "leave_return": (
        LEVEL,
        _f("return_date", QT_TRANSLATE_NOOP("Movements", "Qayıdış tarixi"), "date"),
        _f("order_date", QT_TRANSLATE_NOOP("Movements", "Əmrin tarixi"), "date"),
        _f(
            "own_programme_discontinued",
            QT_TRANSLATE_NOOP("Movements", "Öz proqramı dayandırılıb"),
            "bool",
        ),
    ),
    "expulsion": (
        _f("ground", QT_TRANSLATE_NOOP("Movements", "Əsas"), "choice", *GROUNDS),
        _f("order_date", QT_TRANSLATE_NOOP("Movements", "Əmrin tarixi"), "date"),
        _f(
            "mse_letter_received", QT_TRANSLATE_NOOP("Movements", "Nazirlik məktubu alınıb"), "date"
        ),
        _f(
            "commission_certificate",
            QT_TRANSLATE_NOOP("Movements", "Komissiya arayışı var"),
            "bool",
        ),
        _f(
            "registered_for_next_year",
            QT_TRANSLATE_NOOP("Movements", "Yeni tədris ili üçün qeydiyyatdan keçib"),
            "bool",
        ),
        _f("last_contact_date", QT_TRANSLATE_NOOP("Movements", "Son əlaqə tarixi"), "date"),
        _f(
            "academic_year_start",
            QT_TRANSLATE_NOOP("Movements", "Tədris ilinin başlama ili"),
            "int",
        ),
        _f("on_military_register", QT_TRANSLATE_NOOP("Movements", "Hərbi qeydiyyatdadır"), "bool"),
    ),
}


N = QT_TRANSLATE_NOOP
CHOICE_TITLES: dict[str, object] = {  # proposed strings
    "bachelor": N("Movements", "Bakalavriat"),
    "master": N("Movements", "Magistratura"),
    "basic_medicine": N("Movements", "Əsas (baza) ali tibb təhsili"),
    "domestic": N("Movements", "Ölkədaxili"),
    "foreign": N("Movements", "Xarici"),
    "az": N("Movements", "Azərbaycan Respublikası"),
    "stateless": N("Movements", "Vətəndaşlığı olmayan"),
    "full_time": N("Movements", "Əyani"),
    "extramural": N("Movements", "Qiyabi"),
    "evening": N("Movements", "Axşam"),
    "distance": N("Movements", "Distant"),
    "dim_exam": N("Movements", "DİM imtahanı"),
    "international_exam": N("Movements", "Beynəlxalq imtahan"),
    "other": N("Movements", "Digər"),
    "state_order": N("Movements", "Dövlət sifarişi"),
    "fee_paying": N("Movements", "Ödənişli"),
    "same_hei": N("Movements", "Eyni ali təhsil müəssisəsi"),
    "other_domestic_hei": N("Movements", "Başqa ölkədaxili ali təhsil müəssisəsi"),
    "special_purpose_hei": N("Movements", "Xüsusi təyinatlı ali təhsil müəssisəsi"),
    "foreign_hei": N("Movements", "Xarici ali təhsil müəssisəsi"),
    "own_request": N("Movements", "Öz ərizəsi"),
    "transfer": N("Movements", "Köçürmə"),
    "discipline": N("Movements", "İntizam"),
    "health": N("Movements", "Səhhət"),
    "no_registration_no_contact": N("Movements", "Qeydiyyatdan keçməyib, əlaqə saxlamayıb"),
    "conscription": N("Movements", "Hərbi xidmətə çağırış"),
    "mobilisation": N("Movements", "Səfərbərlik"),
    "family": N("Movements", "Ailə vəziyyəti"),
    "social_leave": N("Movements", "Sosial məzuniyyət"),
    "study_abroad": N("Movements", "Xaricdə təhsil"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choice_title(code: str) -> str:
    """The Azerbaijani title of an enum value of the case facts (the code when unknown)."""
    label = CHOICE_TITLES.get(code)
    return _tr(str(label)) if label else code


class FactsForm(QWidget):
    """Edits a facts dict in place; fields the kind does not show are kept as they came."""

    changed = Signal()

    def __init__(
        self,
        specs: tuple[FieldSpec, ...],
        parent: QWidget | None = None,
        *,
        reference: ReferenceData | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("facts.form")
        self._specs = specs
        self._reference = reference
        self._facts: dict[str, Any] = {}
        self._loading = False
        self.widgets: dict[str, QWidget] = {}
        self.problem = QLabel()
        self.problem.setObjectName("facts.problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._make(spec)
            widget.setObjectName(f"fact.{spec.key}")
            widget.setAccessibleName(_tr(spec.label))
            if isinstance(widget, InstitutionPicker):  # the combo is what a screen reader meets
                widget.combo.setAccessibleName(_tr(spec.label))
            self.widgets[spec.key] = widget
            form.addRow(_tr(spec.label), widget)
        form.addRow(self.problem)

    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.type in ("hei", "hei_abroad", "specialty", "kinds"):
            picker = self._picker(spec)
            picker.edited.connect(self._on_edited)
            return picker
        if spec.type == "bool":
            box = QCheckBox()
            box.toggled.connect(self._on_edited)
            return box
        if spec.type == "choice":
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in spec.choices:
                combo.addItem(choice_title(choice), choice)
            combo.currentIndexChanged.connect(self._on_edited)
            return combo
        edit = QLineEdit()
        if spec.type == "date":
            edit.setPlaceholderText("YYYY-MM-DD")
        edit.textChanged.connect(self._on_edited)
        return edit

    def _picker(self, spec: FieldSpec) -> Picker:
        if spec.type == "kinds":
            return KindsPicker()
        if self._reference is None:
            self._reference = reference_data()
        if spec.type == "specialty":
            return SpecialtyPicker(self._reference.specialties)
        return InstitutionPicker(
            self._reference.institutions,
            self._reference.countries,
            allow_foreign=spec.type == "hei_abroad",
        )

    def set_facts(self, facts: Mapping[str, Any]) -> None:
        self._facts = dict(facts)
        self._loading = True
        try:
            for spec in self._specs:
                self._show(spec, self._facts.get(spec.key))
        finally:
            self._loading = False
        self.problem.clear()

    def _show(self, spec: FieldSpec, value: Any) -> None:
        widget = self.widgets[spec.key]
        if isinstance(widget, Picker):
            widget.set_value(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if value is not None else 0
            if index < 0:
                widget.addItem(str(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(index)
        elif isinstance(widget, QLineEdit):
            widget.setText(_text(spec, value))
            widget.setCursorPosition(0)
            if spec.type == "json":
                widget.setToolTip(_text(spec, value))

    def facts(self) -> dict[str, Any]:
        return dict(self._facts)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            widget.setEnabled(not read_only)

    def _on_edited(self) -> None:
        if self._loading:
            return
        problems: list[str] = []
        for spec in self._specs:
            try:
                value = self._read(spec)
            except ValueError:
                problems.append(_tr(spec.label))
                continue
            if value is None:
                self._facts.pop(spec.key, None)
            else:
                self._facts[spec.key] = value
        self.problem.setText(
            _tr("Düzgün yazılmayıb: %1").replace("%1", ", ".join(problems))  # proposed string
            if problems
            else ""
        )
        self.changed.emit()

    def _read(self, spec: FieldSpec) -> Any:
        widget = self.widgets[spec.key]
        if isinstance(widget, Picker):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if not text:
            return None
        if spec.type == "int":
            return int(text)
        if spec.type == "number":
            number = float(text.replace(",", "."))
            return int(number) if number.is_integer() else number
        if spec.type == "json":
            try:
                return json.loads(text)
            except json.JSONDecodeError as error:
                raise ValueError(str(error)) from error
        return text  # text and date: the engine checks dates and names the bad field


def _text(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.type == "json":
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
