"""Credit comparison on a realistic transcript: suggestions, verdicts, totals, saved result."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registrar.services.context import Workspace
from registrar.services.credit_comparison import (
    CreditComparison,
    Suggestion,
    TranscriptLine,
    name_key,
    suggest,
    totals,
)
from registrar.services.curriculum import CurriculumLine, import_curriculum
from registrar.services.errors import BadInput
from registrar.services.movements import MovementService
from tests.services.test_movements import REGISTRAR, seeded_engine, workspace_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def course(code: str, name: str, credits: float, semester: int) -> CurriculumLine:
    return CurriculumLine(uuid.uuid4(), code, name, credits, semester)


def entry(code: str, name: str, credits: float, grade: str = "B") -> TranscriptLine:
    return TranscriptLine(uuid.uuid4(), code, name, credits, None, grade)


CURRICULUM = [
    course("RIY101", "Riyazi analiz I", 6, 1),
    course("PRQ101", "Proqramlaşdırmanın əsasları", 5, 1),
    course("AZD101", "Azərbaycan dili və nitq mədəniyyəti", 3, 1),
    course("XDL101", "Xarici dil I", 4, 1),
    course("RIY102", "Riyazi analiz II", 6, 2),
    course("DIS102", "Diskret riyaziyyat", 5, 2),
    course("ALQ201", "Alqoritmlər və verilənlər strukturları", 6, 3),
]


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def by_code(found: list[Suggestion]) -> dict[str, str | None]:
    return {s.entry.course_code: s.course.course_code if s.course else None for s in found}


def test_roman_and_arabic_course_numbers_fold_alike() -> None:
    assert name_key("Riyazi analiz II") == name_key("RİYAZİ ANALİZ 2")


def test_suggestions_match_by_code_then_by_similar_name() -> None:
    transcript = [
        entry("AZD101", "Azərbaycan dili", 3),
        entry("MAT-111", "Riyazi analiz 1", 6),
        entry("MAT-112", "Riyazi analiz 2", 5),
        entry("CS-101", "Proqramlasdirmanin esaslari", 5),
        entry("PE-101", "Bədən tərbiyəsi", 2),
    ]
    found = suggest(transcript, CURRICULUM)
    assert by_code(found) == {
        "AZD101": "AZD101",
        "MAT-111": "RIY101",
        "MAT-112": "RIY102",
        "CS-101": "PRQ101",
        "PE-101": None,
    }
    assert [s.why for s in found] == ["code", "name+credits", "name", "name+credits", "none"]


def test_a_curriculum_course_is_suggested_only_once_for_the_best_match() -> None:
    transcript = [entry("", "Riyazi analiz I (seçmə)", 3), entry("", "Riyazi analiz I", 6)]
    assert [
        s.course.course_code if s.course else None for s in suggest(transcript, CURRICULUM)
    ] == [
        None,
        "RIY101",
    ]


def test_a_failed_course_is_never_suggested() -> None:
    [found] = suggest([entry("RIY101", "Riyazi analiz I", 6, grade="F")], CURRICULUM)
    assert (found.course, found.why) == (None, "failed")


def test_totals_count_accepted_credits_and_list_the_academic_difference() -> None:
    found = suggest(
        [entry("MAT-111", "Riyazi analiz 1", 6), entry("MAT-112", "Riyazi analiz 2", 5)],
        CURRICULUM,
    )
    accepted = [
        Suggestion(s.entry, s.course, s.score, s.why, "accepted", s.credits_recognised)
        for s in found
    ]
    result = totals(accepted, CURRICULUM, up_to_semester=2)
    assert result.recognised_credits == 11  # 6 + min(5, 6)
    assert [c.course_code for c in result.difference] == ["PRQ101", "AZD101", "XDL101", "DIS102"]
    assert result.difference_credits == 17
    assert totals(found, CURRICULUM).recognised_credits == 0  # suggestions alone count nothing


def test_the_example_transcript_is_compared_with_the_imported_curriculum(bdu: Workspace) -> None:
    report = import_curriculum(bdu, REGISTRAR, (EXAMPLES / "curriculum.csv").read_bytes())
    assert (report.created, report.errors) == (9, ())
    assert (
        import_curriculum(bdu, REGISTRAR, (EXAMPLES / "curriculum.csv").read_bytes()).created == 0
    )
    case = MovementService(bdu, REGISTRAR).open_case("incoming_transfer", facts={})
    comparison = CreditComparison(bdu, REGISTRAR)
    imported = comparison.import_transcript(case.id, (EXAMPLES / "transcript.csv").read_bytes())
    assert (imported.created, imported.errors) == (8, ())
    found = comparison.suggestions(case.id, "L003")
    assert by_code(found) == {
        "MAT-111": "RIY101",
        "CS-101": "PRQ101",
        "AZD101": "AZD101",
        "ENG-101": "XDL101",
        "MAT-112": "RIY102",
        "MAT-120": "DIS102",
        "HIS-101": "TAR101",
        "PE-101": None,
    }
    for s in found:
        if s.course is not None and s.entry.id is not None:
            comparison.accept(case.id, s.entry.id, s.course.id)
    english = next(s for s in found if s.entry.course_code == "ENG-101")
    assert english.entry.id is not None
    comparison.reject(case.id, english.entry.id, note="Başqa dil")
    saved = comparison.save_result(case.id, "L003", up_to_semester=2)
    # 6 + 5 + 3 + 5 (MAT-112 has 5 of RIY102's 6) + 5 + 3; English rejected.
    assert saved.recognised_credits == 27
    assert [c.course_code for c in saved.difference] == ["XDL101", "FIZ101"]
    stored = MovementService(bdu, REGISTRAR).get(case.id).facts["credit_recognition"]
    assert stored["difference"] == ["XDL101", "FIZ101"]


def test_a_transcript_row_with_bad_credits_is_reported_and_the_rest_kept(bdu: Workspace) -> None:
    case = MovementService(bdu, REGISTRAR).open_case("incoming_transfer", facts={})
    data = "course_code,course_name,credits,grade\nA1,Fizika,beş,A\nA2,Kimya,4,B\n".encode()
    report = CreditComparison(bdu, REGISTRAR).import_transcript(case.id, data)
    assert report.created == 1
    assert [(e.line, e.field) for e in report.errors] == [(2, "credits")]


def test_a_hand_entered_course_needs_positive_credits(bdu: Workspace) -> None:
    case = MovementService(bdu, REGISTRAR).open_case("incoming_transfer", facts={})
    with pytest.raises(BadInput) as error:
        CreditComparison(bdu, REGISTRAR).add_entry(
            case.id, course_code="X", course_name="Fizika", credits=0, hours=None, grade="A"
        )
    assert error.value.field == "credits"


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([c.course_name for c in CURRICULUM] + ["Fəlsəfə", "Kimya II"]),
            st.integers(min_value=1, max_value=8),
            st.sampled_from(["A", "C", "F", "75", "40"]),
        ),
        max_size=10,
    )
)
def test_no_curriculum_course_is_suggested_twice_or_over_its_credits(
    rows: list[tuple[str, int, str]],
) -> None:
    found = suggest([entry("", name, credits, grade) for name, credits, grade in rows], CURRICULUM)
    matched = [s.course.id for s in found if s.course is not None]
    assert len(matched) == len(set(matched))
    for s in found:
        assert s.credits_recognised <= s.entry.credits
        assert s.course is None or s.credits_recognised <= s.course.credits
