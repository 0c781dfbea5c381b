"""The facts form pickers (institutions, specialties, kinds) and the reasons in Azerbaijani."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from registrar.services.reference import ReferenceData
from registrar.ui.movements.decision import decision_details
from registrar.ui.movements.fields import FIELDS, FactsForm
from registrar.ui.movements.labels import reason_text
from registrar.ui.movements.pickers import (
    InstitutionPicker,
    KindsPicker,
    SpecialtyPicker,
    reference_data,
)
from tests.services.rules.rule_cases import decided
from tests.services.rules.test_rules_worked_examples import EXAMPLES


@pytest.fixture(scope="module")
def reference() -> ReferenceData:
    return reference_data()


def form_for(qtbot: QtBot, kind: str, facts: dict[str, Any] | None = None) -> FactsForm:
    form = FactsForm(FIELDS[kind])
    qtbot.addWidget(form)
    form.set_facts(facts or {})
    return form


def institution(form: FactsForm, key: str) -> InstitutionPicker:
    picker = form.widgets[key]
    assert isinstance(picker, InstitutionPicker)
    return picker


def test_typing_a_folded_name_and_pressing_enter_picks_the_institution(qtbot: QtBot) -> None:
    form = form_for(qtbot, "outgoing_transfer")
    picker = institution(form, "target_hei")
    edit = picker.combo.lineEdit()
    assert edit is not None
    qtbot.keyClicks(edit, "gence dovlet")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.facts()["target_hei"] == {
        "name": "Gəncə Dövlət Universiteti",
        "city": "Gəncə",
        "country": "AZ",
        "ownership": "state",
        "founder_body": "mse",
        "special_purpose": False,
        "accredited": True,
        "code": "GDU",
    }


def test_the_institution_search_ignores_azerbaijani_letters_and_case(qtbot: QtBot) -> None:
    form = form_for(qtbot, "outgoing_transfer")
    picker = institution(form, "target_hei")
    assert "Gəncə Dövlət Universiteti (Gəncə)" in picker.combo.matches("GENCE")
    assert picker.combo.matches("no such university anywhere") == []


def test_a_private_institution_gets_a_null_founder_body(
    qtbot: QtBot, reference: ReferenceData
) -> None:
    private = next(i for i in reference.institutions if i.is_hei and i.ownership == "private")
    form = form_for(qtbot, "outgoing_transfer")
    assert institution(form, "target_hei").combo.choose(lambda d: d["code"] == private.code)
    hei = form.facts()["target_hei"]
    assert (hei["ownership"], hei["founder_body"]) == ("private", None)


def test_the_ministry_is_not_offered_as_an_institution(qtbot: QtBot) -> None:
    form = form_for(qtbot, "outgoing_transfer")
    picker = institution(form, "target_hei")
    assert not picker.combo.choose(lambda d: d["code"] == "MSE")


def test_a_foreign_source_institution_is_described_by_country_name_and_accreditation(
    qtbot: QtBot,
) -> None:
    form = form_for(qtbot, "transfer_from_abroad")
    picker = institution(form, "source_hei")
    picker.foreign.setChecked(True)
    picker.country.setCurrentIndex(picker.country.findData("TR"))
    qtbot.keyClicks(picker.name, "Ankara Üniversitesi")
    picker.accredited.setChecked(True)
    assert form.facts()["source_hei"] == {
        "name": "Ankara Üniversitesi",
        "city": None,
        "country": "TR",
        "ownership": None,
        "founder_body": None,
        "special_purpose": False,
        "accredited": True,
        "code": None,
    }


def test_the_target_institution_cannot_be_entered_as_foreign(qtbot: QtBot) -> None:
    form = form_for(qtbot, "transfer_from_abroad")
    assert not institution(form, "target_hei").foreign.isVisibleTo(form)
    assert institution(form, "source_hei").foreign.isVisibleTo(form)


def test_a_foreign_institution_from_the_facts_fills_the_foreign_fields(qtbot: QtBot) -> None:
    foreign = {"name": "Kazan Federal University", "country": "RU", "accredited": False}
    form = form_for(qtbot, "restoration", {"expelled_from": foreign})
    picker = institution(form, "expelled_from")
    assert picker.foreign.isChecked()
    assert picker.country.currentData() == "RU"
    assert picker.name.text() == "Kazan Federal University"
    assert not picker.accredited.isChecked()


def test_an_institution_missing_from_the_reference_data_is_kept_as_it_came(
    qtbot: QtBot,
) -> None:
    unknown = {"name": "Köhnə İnstitut", "city": "Şəki", "country": "AZ", "ownership": "state"}
    form = form_for(qtbot, "outgoing_transfer", {"target_hei": unknown})
    form.widgets["tuition_debt"].setProperty("checked", True)  # any edit re-reads every field
    assert form.facts()["target_hei"] == unknown


def test_choosing_a_specialty_yields_the_specialty_dict(
    qtbot: QtBot, reference: ReferenceData
) -> None:
    law = next(s for s in reference.specialties if s.law)
    form = form_for(qtbot, "outgoing_transfer")
    picker = form.widgets["target_specialty"]
    assert isinstance(picker, SpecialtyPicker)
    assert picker.choose(lambda d: d["code"] == law.code)
    assert form.facts()["target_specialty"] == {
        "code": law.code,
        "name": law.name_az,
        "dim_group": law.dim_group,
        "law": True,
        "basic_medicine": law.basic_medicine,
        "culture_arts": law.culture_arts,
    }


def test_a_specialty_title_shows_its_group_in_roman_numerals_and_marks_it_unverified(
    qtbot: QtBot, reference: ReferenceData
) -> None:
    specialty = next(s for s in reference.specialties if s.dim_group == 4 and not s.verified)
    form = form_for(qtbot, "outgoing_transfer")
    picker = form.widgets["admitted_specialty"]
    assert isinstance(picker, SpecialtyPicker)
    assert picker.choose(lambda d: d["code"] == specialty.code)
    assert picker.currentText() == (
        f"{specialty.code} — {specialty.name_az}, IV qrup · yoxlanılmayıb"
    )


def test_the_kinds_checkboxes_give_the_kinds_list_in_rules_api_order(qtbot: QtBot) -> None:
    form = form_for(qtbot, "specialty_or_form_change", {"kinds": ["specialty_change"]})
    kinds = form.widgets["kinds"]
    assert isinstance(kinds, KindsPicker)
    kinds.boxes["form_change"].click()
    kinds.boxes["inter_hei"].click()
    assert form.facts()["kinds"] == ["inter_hei", "specialty_change", "form_change"]


def test_unticking_every_kind_removes_the_kinds_fact(qtbot: QtBot) -> None:
    form = form_for(qtbot, "outgoing_transfer", {"kinds": ["inter_hei"]})
    kinds = form.widgets["kinds"]
    assert isinstance(kinds, KindsPicker)
    assert kinds.boxes["inter_hei"].isChecked()
    kinds.boxes["inter_hei"].click()
    assert "kinds" not in form.facts()


@pytest.mark.parametrize(("case", "expected"), EXAMPLES)
def test_every_reason_of_the_worked_examples_has_an_azerbaijani_text(
    case: dict[str, Any], expected: object
) -> None:
    for reason in decided(case)["reasons"]:
        assert reason_text(reason) != reason["text"], reason


def test_a_reason_fills_in_its_dates_and_groups() -> None:
    reason = {
        "paragraph": "2.2",
        "text": "The admitted specialty (group 4) and the target specialty (group 1) are not in "
        "the same DİM specialty group, and footnote 4 does not make them compatible.",
    }
    assert reason_text(reason).startswith("Qəbul olunduğu ixtisas (IV qrup) və yeni ixtisas (I")
    window = {
        "paragraph": "1.4",
        "text": "The effective date 2026-10-01 is not in a winter or summer vacation; the order "
        "waits for the vacation from 2027-01-25.",
    }
    assert "(01.10.2026)" in reason_text(window) and "25.01.2027" in reason_text(window)


def test_an_unmapped_reason_is_shown_in_english() -> None:
    assert reason_text({"paragraph": "9.9", "text": "Something new."}) == "Something new."


def test_the_decision_details_show_the_reason_in_azerbaijani() -> None:
    details = decision_details(
        {
            "decided_by": ["2.9.5"],
            "reasons": [
                {"paragraph": "2.9.5", "text": "Outstanding tuition-fee debt: <the document>."}
            ],
        }
    )
    assert "2.9.5: Təhsil haqqı üzrə borc var" in details


def test_text_naming_no_single_institution_is_put_back_to_the_chosen_one(qtbot: QtBot) -> None:
    form = form_for(qtbot, "outgoing_transfer")
    picker = institution(form, "target_hei")
    assert picker.combo.choose(lambda d: d["code"] == "GDU")
    edit = picker.combo.lineEdit()
    assert edit is not None
    edit.setText("dövlət")  # many state universities match
    edit.editingFinished.emit()
    assert picker.combo.currentText() == "Gəncə Dövlət Universiteti (Gəncə)"
    assert form.facts()["target_hei"]["code"] == "GDU"


def test_an_institution_combo_is_named_after_its_field(qtbot: QtBot) -> None:
    form = form_for(qtbot, "restoration")
    assert institution(form, "expelled_from").combo.accessibleName() == "Xaric olunduğu müəssisə"
