"""Reference data: the shipped files are consistent, and the loader refuses bad ones."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry
import pytest

from registrar.paths import resource
from registrar.services.errors import BadInput, NotFound
from registrar.services.reference import (
    COLUMNS,
    FEE_CATEGORIES_FILE,
    ReferenceData,
    condition_from_json,
    load,
    parse_document_slot,
    parse_fee_category,
)

REFERENCE = resource("reference")
CATEGORY_A_LABEL = (
    "Azərbaycan Respublikasının ərazi bütövlüyünün, müstəqilliyinin və Konstitusiya "
    "quruluşunun müdafiəsi zamanı …"
)
# Where a verified row may come from: the documents the project cites.
CITED = ("pycountry", "portal manual", "regulations.md")


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return load()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped reference directory."""
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE, target)
    return target


def rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object of the fee-category file that describes a row (has an id or a code)."""
    if isinstance(value, dict):
        if "id" in value or "code" in value:
            yield value
        for item in value.values():
            yield from json_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_objects(item)


def replace_line(path: Path, number: int, text: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[number - 1] = text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def append_line(path: Path, text: str) -> int:
    """Append a row; returns its line number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append(text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


# ---- consistency of the shipped files -------------------------------------------------------


def test_every_specialty_has_a_dim_group_from_one_to_five() -> None:
    groups = {row["code"]: row["dim_group"] for row in rows("specialties.csv")}
    assert groups
    assert {code for code, group in groups.items() if group not in "12345" or not group} == set()


def test_every_domestic_institution_is_in_a_city_or_rayon_of_az_subdivisions() -> None:
    places = {row["code"]: row for row in rows("az_subdivisions.csv")}
    for row in rows("institutions.csv"):
        if row["country"] == "AZ":
            place = places[row["city_code"]]
            assert (place["name"], place["type"] in ("city", "rayon")) == (row["city"], True), row


def test_codes_are_unique_in_every_file() -> None:
    keys = {
        "countries.csv": ("alpha_2",),
        "az_subdivisions.csv": ("code",),
        "institutions.csv": ("code",),
        "specialties.csv": ("code",),
        "specialisations.csv": ("code",),
        "admission_lines.csv": ("code",),
        "admission_documents.csv": ("line_code", "slot_id"),
        "citizenship_types.csv": ("code",),
        "migration_document_types.csv": ("code",),
        "previous_education_stages.csv": ("code",),
        "education_levels.csv": ("code",),
    }
    for name, columns in keys.items():
        values = [tuple(row[c] for c in columns) for row in rows(name)]
        assert len(values) == len(set(values)), name
    categories = json.loads((REFERENCE / FEE_CATEGORIES_FILE).read_text(encoding="utf-8"))
    codes = [category["code"] for category in categories["categories"]]
    assert len(codes) == len(set(codes))


def test_every_row_of_every_file_has_a_source_and_a_verified_flag() -> None:
    for name in COLUMNS:
        for row in rows(name):
            assert row["source"] and row["verified"] in ("true", "false"), (name, row)
    objects = fee_objects()
    assert len(objects) > 10
    for item in objects:
        assert item["source"] and isinstance(item["verified"], bool), item


def fee_objects() -> list[dict[str, Any]]:
    return list(json_objects(json.loads((REFERENCE / FEE_CATEGORIES_FILE).read_text("utf-8"))))


def test_a_row_marked_verified_cites_a_document_the_project_relies_on() -> None:
    csv_rows = [row for name in COLUMNS for row in rows(name) if row["verified"] == "true"]
    verified = csv_rows + [item for item in fee_objects() if item["verified"]]
    assert verified
    assert [row for row in verified if not any(c in row["source"] for c in CITED)] == []


def test_compiled_institutions_and_specialties_are_not_marked_verified(ref: ReferenceData) -> None:
    compiled = [i for i in ref.institutions if i.is_hei] + list(ref.specialties)
    assert compiled and not any(item.verified for item in compiled)


def test_the_subdivisions_are_every_iso_3166_2_az_entry_of_pycountry() -> None:
    expected = {sub.code for sub in pycountry.subdivisions.get(country_code="AZ")}
    assert {row["code"] for row in rows("az_subdivisions.csv")} == expected


def test_azerbaijan_has_its_azerbaijani_name_from_pycountry(ref: ReferenceData) -> None:
    assert (ref.country("AZ").alpha_3, ref.country("AZ").name_az) == ("AZE", "Azərbaycan")


def test_citizenship_options_are_exactly_the_three_strings_of_spec_p02(
    ref: ReferenceData,
) -> None:
    assert [(c.code, c.label_az) for c in ref.choices("citizenship_types")] == [
        ("az_citizen", "Azərbaycan Respublikası vətəndaşı"),
        ("migration_doc", "Miqrasiya sənədi"),
        ("unhcr", "BMT QAK (UNHCR) vəsiqəsi"),
    ]


def test_the_spec_proposals_are_marked_as_awaiting_confirmation(ref: ReferenceData) -> None:
    proposed = [
        *ref.choices("migration_document_types"),
        *ref.choices("previous_education_stages"),
        *ref.choices("education_levels"),
        *ref.admission_lines,
    ]
    assert proposed
    assert all(item.awaiting_confirmation and not item.verified for item in proposed)


def test_admission_lines_have_no_invented_azerbaijani_names(ref: ReferenceData) -> None:
    assert {line.label_az for line in ref.admission_lines} == {None}


def test_footnote_4_specialties_carry_the_groups_regulations_md_gives(ref: ReferenceData) -> None:
    groups = {s.name_az.casefold(): s.dim_group for s in ref.specialties if s.level == "bachelor"}
    assert groups["tarix müəllimliyi"] == 3  # T-2.2-2
    assert groups["tarix"] == 2  # T-2.2-2
    assert groups["beynəlxalq münasibətlər"] == groups["regionşünaslıq"] == 2
    assert groups["tarix və coğrafiya müəllimliyi"] in (2, 3)


def test_law_is_the_rules_api_specialty(ref: ReferenceData) -> None:
    law = ref.specialty("050407")
    assert (law.name_az, law.dim_group, law.law, law.dim_group_roman) == (
        "Hüquqşünaslıq",
        3,
        True,
        "III",
    )


def test_the_ministry_is_an_institution_of_kind_ministry(ref: ReferenceData) -> None:
    ministry = ref.institution("MSE")
    assert (ministry.kind, ministry.name_az) == (
        "ministry",
        "Azərbaycan Respublikasının Elm və Təhsil Nazirliyi",
    )


def test_education_levels_belong_to_a_previous_stage(ref: ReferenceData) -> None:
    stages = {stage.code for stage in ref.choices("previous_education_stages")}
    assert {level.parent_code for level in ref.choices("education_levels")} <= stages


def test_the_min_scores_file_is_shipped_with_its_header_only() -> None:
    text = (REFERENCE / "min_passing_scores.csv").read_text(encoding="utf-8")
    assert text.splitlines() == [
        "institution_code,specialty_code,specialisation,year,form,language,basis,score,"
        "source,verified"
    ]


# ---- fee categories -------------------------------------------------------------------------


def document_ids(ref: ReferenceData, category: str, answers: dict[str, str]) -> list[str]:
    return [slot.id for slot in ref.required_fee_documents(category, answers)]


def test_category_a_label_is_left_truncated_as_the_spec_gives_it(ref: ReferenceData) -> None:
    category = ref.fee_category("defence")
    assert (category.label_az, category.label_truncated, category.verified) == (
        CATEGORY_A_LABEL,
        True,
        False,
    )


def test_category_a_with_a_changed_name_requires_the_name_change_document(
    ref: ReferenceData,
) -> None:
    assert document_ids(ref, "defence", {"fee.sub.name_changed": "yes"}) == [
        "fee.doc.confirming",
        "fee.doc.birth_cert",
        "fee.doc.name_change",
    ]


def test_category_a_with_an_unchanged_name_requires_only_the_manuals_documents(
    ref: ReferenceData,
) -> None:
    assert document_ids(ref, "defence", {"fee.sub.name_changed": "no"}) == [
        "fee.doc.confirming",
        "fee.doc.birth_cert",
    ]


def test_category_b_after_the_parents_death_requires_the_death_document(
    ref: ReferenceData,
) -> None:
    answers = {"fee.sub.orphan_reason": "death"}
    assert document_ids(ref, "orphan", answers) == ["fee.doc.parents_death"]


def test_category_b_with_both_parents_deprived_requires_the_deprivation_document(
    ref: ReferenceData,
) -> None:
    answers = {"fee.sub.orphan_reason": "other", "fee.sub.care_reason": "both_deprived"}
    assert document_ids(ref, "orphan", answers) == ["fee.doc.both_deprived"]


def test_category_b_asks_the_care_reason_only_when_the_reason_is_not_a_death(
    ref: ReferenceData,
) -> None:
    def shown(answers: dict[str, str]) -> list[str]:
        return [question.id for question in ref.sub_questions("orphan", answers)]

    assert shown({"fee.sub.orphan_reason": "death"}) == ["fee.sub.orphan_reason"]
    assert shown({"fee.sub.orphan_reason": "other"}) == [
        "fee.sub.orphan_reason",
        "fee.sub.care_reason",
    ]


def test_an_answer_to_a_hidden_question_requires_nothing(ref: ReferenceData) -> None:
    answers = {"fee.sub.orphan_reason": "death", "fee.sub.care_reason": "both_deprived"}
    assert document_ids(ref, "orphan", answers) == ["fee.doc.parents_death"]


def test_a_shown_required_question_without_an_answer_is_reported(ref: ReferenceData) -> None:
    unanswered = ref.fee_category("orphan").unanswered({"fee.sub.orphan_reason": "other"})
    assert [question.id for question in unanswered] == ["fee.sub.care_reason"]


def test_an_answer_that_is_not_an_option_is_refused_naming_the_field(ref: ReferenceData) -> None:
    with pytest.raises(BadInput) as error:
        ref.required_fee_documents("defence", {"fee.sub.name_changed": "Bəli"})
    assert error.value.field == "fee.sub.name_changed"


def test_the_manuals_strings_and_the_proposed_ones_are_told_apart(ref: ReferenceData) -> None:
    slots = {slot.id: slot.proposed for c in ref.fee_categories for slot in c.documents}
    assert slots == {
        "fee.doc.confirming": False,
        "fee.doc.birth_cert": False,
        "fee.doc.name_change": True,
        "fee.doc.both_deprived": False,
        "fee.doc.parents_death": True,
    }


def test_a_fee_category_survives_a_round_trip_through_json(ref: ReferenceData) -> None:
    for category in ref.fee_categories:
        stored = json.dumps(category.as_json(), ensure_ascii=False)
        assert parse_fee_category(json.loads(stored)) == category


def test_admission_document_slots_survive_a_round_trip_through_json(ref: ReferenceData) -> None:
    slots = [slot for line in ref.admission_lines for slot in line.documents]
    assert slots
    assert [parse_document_slot(json.loads(json.dumps(s.as_json()))) for s in slots] == slots


def test_conditions_combine_with_all_and_any() -> None:
    condition = condition_from_json(
        {"all": [{"field": "a.b", "in": ["x", "y"]}, {"any": [{"field": "c.d", "equals": "z"}]}]}
    )
    assert (condition.holds({"a.b": "y", "c.d": "z"}), condition.holds({"a.b": "y"})) == (
        True,
        False,
    )


# ---- lookups and imports --------------------------------------------------------------------


def test_an_unknown_code_is_not_found(ref: ReferenceData) -> None:
    with pytest.raises(NotFound):
        ref.institution("NOPE")


def test_an_imported_min_score_is_found_by_its_key(ref: ReferenceData, tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    shutil.copy(REFERENCE / "min_passing_scores.csv", path)
    append_line(path, "GDU,L001,,2021,full_time,az,fee_paying,530.5,DİM 2021 booklet,false")
    imported = dataclasses.replace(ref, min_passing_scores=ref.read_min_passing_scores(path))
    found = imported.min_passing_score(
        "GDU", "L001", 2021, form="full_time", language="az", basis="fee_paying"
    )
    missing = imported.min_passing_score(
        "GDU", "L001", 2021, form="full_time", language="ru", basis="fee_paying"
    )
    assert (found, missing) == (530.5, None)


def test_an_import_row_for_an_unknown_institution_is_refused_naming_the_line(
    ref: ReferenceData, tmp_path: Path
) -> None:
    path = tmp_path / "scores.csv"
    shutil.copy(REFERENCE / "min_passing_scores.csv", path)
    line = append_line(path, "XYZ,L001,,2021,full_time,az,fee_paying,530,DİM,false")
    with pytest.raises(BadInput) as error:
        ref.read_min_passing_scores(path)
    assert (error.value.field, error.value.line) == ("scores.csv", line)


def test_the_digest_changes_when_a_file_changes(ref: ReferenceData, copy: Path) -> None:
    path = copy / "specialisations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Ümumi tarix", "Ümumi tarix 2"))
    assert load(copy).sha256() != ref.sha256()


# ---- malformed files ------------------------------------------------------------------------


def test_a_specialty_outside_the_five_groups_is_refused_naming_file_and_line(copy: Path) -> None:
    line = append_line(copy / "specialties.csv", "L999,Yeni,bachelor,6,false,false,false,x,false")
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.field, error.value.line) == ("specialties.csv", line)
    assert "dim_group" in str(error.value)


def test_an_institution_in_an_unknown_city_is_refused_naming_the_line(copy: Path) -> None:
    row = "NEW,hei,Yeni Universitet,Atlantis,AZ-ZZ,AZ,private,,false,true,x,false"
    line = append_line(copy / "institutions.csv", row)
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.field, error.value.line) == ("institutions.csv", line)


def test_a_city_name_that_does_not_match_its_code_is_refused(copy: Path) -> None:
    row = "NEW,hei,Yeni Universitet,Gəncə,AZ-BA,AZ,private,,false,true,x,false"
    line = append_line(copy / "institutions.csv", row)
    with pytest.raises(BadInput) as error:
        load(copy)
    assert error.value.line == line


def test_a_row_with_a_missing_field_is_refused_naming_the_line(copy: Path) -> None:
    replace_line(copy / "citizenship_types.csv", 3, "migration_doc,Miqrasiya sənədi")
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.field, error.value.line) == ("citizenship_types.csv", 3)


def test_a_row_without_a_source_is_refused(copy: Path) -> None:
    line = append_line(copy / "specialisations.csv", "L101,L101-9,Vergi hüququ,,false")
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.line, "source" in str(error.value)) == (line, True)


def test_a_file_with_a_wrong_header_is_refused_at_line_one(copy: Path) -> None:
    replace_line(copy / "countries.csv", 1, "alpha_2,alpha_3,numeric,name,source,verified")
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.field, error.value.line) == ("countries.csv", 1)


def test_a_missing_file_is_refused_by_name(copy: Path) -> None:
    (copy / "specialties.csv").unlink()
    with pytest.raises(BadInput) as error:
        load(copy)
    assert error.value.field == "specialties.csv"


def test_a_file_that_is_not_utf8_is_refused_naming_the_line(copy: Path) -> None:
    path = copy / "specialisations.csv"
    path.write_bytes(path.read_bytes() + "L101,L101-9,Vergi hüququ,x,false\n".encode("cp1254"))
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.field, error.value.line) == ("specialisations.csv", 7)


def test_invalid_json_is_refused_naming_the_line(copy: Path) -> None:
    path = copy / FEE_CATEGORIES_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].rstrip(",")  # "format": 1 loses its comma
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.field, error.value.line) == (FEE_CATEGORIES_FILE, 3)


def test_a_condition_on_an_unknown_option_is_refused_naming_the_line(copy: Path) -> None:
    path = copy / FEE_CATEGORIES_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"equals": "death"', '"equals": "vəfat"'), encoding="utf-8")
    slot_line = next(
        n for n, line in enumerate(text.splitlines(), 1) if '"fee.doc.parents_death"' in line
    )
    with pytest.raises(BadInput) as error:
        load(copy)
    assert (error.value.field, error.value.line) == (FEE_CATEGORIES_FILE, slot_line)


def test_a_condition_on_a_later_question_is_refused(ref: ReferenceData) -> None:
    definition = ref.fee_category("orphan").as_json()
    definition["sub_questions"][0]["when"] = {"field": "fee.sub.care_reason", "equals": "other"}
    with pytest.raises(BadInput):
        parse_fee_category(definition)
