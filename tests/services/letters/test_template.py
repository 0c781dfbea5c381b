"""Template files: every shipped one is valid; a broken one names its line and placeholder."""

from __future__ import annotations

import pytest

from registrar.services.errors import BadInput
from registrar.services.letters import get_kind, kind_ids, template_path, validate_template
from registrar.services.letters.template import parse_template, used_names

GOOD = """\
# a comment
kind: study_certificate
title: ARAYIŞ

[body]
Verilir ona görə ki, {{ student.full_name }} {{ student.course | ordinal }} kursda
{{ student.form }} təhsilalma formasında {{ student.funding }} {{ student.level }} təhsil alır.
Əmr: {{ admission.order_date }} tarixli {{ admission.order_number }} nömrəli.
"""


def _broken(line_5: str) -> str:
    lines = GOOD.splitlines()
    lines[5] = line_5
    return "\n".join(lines) + "\n"


def _error(text: str, kind: str = "study_certificate") -> BadInput:
    with pytest.raises(BadInput) as caught:
        validate_template(kind, text)
    return caught.value


@pytest.mark.parametrize("kind", kind_ids())
def test_every_shipped_template_is_valid(kind: str) -> None:
    validate_template(kind, template_path(kind).read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", kind_ids())
def test_every_declared_placeholder_is_used_by_the_shipped_template(kind: str) -> None:
    spec = get_kind(kind)
    template = parse_template(template_path(kind).read_text(encoding="utf-8"), spec)
    assert {f.name for f in spec.fields} <= used_names(template)


def test_a_minimal_template_is_valid() -> None:
    template = parse_template(GOOD, get_kind("study_certificate"))
    assert template.layout == "standard"


def test_an_unknown_placeholder_names_its_line_and_itself() -> None:
    error = _error(_broken("Verilir {{ student.fullname }}."))
    assert (error.line, error.field) == (6, "student.fullname")
    assert str(error) == "line 6: unknown placeholder 'student.fullname'"


def test_an_unclosed_placeholder_names_its_line_and_what_it_began() -> None:
    error = _error(_broken("Verilir {{ student.full_name ona görə ki"))
    assert (error.line, error.field) == (6, "student.full_name")
    assert "unclosed placeholder" in str(error)


def test_a_placeholder_reopened_before_it_closes_is_unclosed() -> None:
    error = _error(_broken("{{ student.full_name {{ student.course }}"))
    assert error.line == 6 and "unclosed" in str(error)


def test_a_stray_closing_brace_pair_is_refused() -> None:
    assert _error(_broken("Verilir }} burada.")).line == 6


def test_an_unknown_filter_is_refused() -> None:
    error = _error(_broken("{{ student.full_name | ordinal }}"))
    assert (error.line, error.field) == (6, "student.full_name")
    assert "filter" in str(error)


def test_an_if_block_never_closed_names_the_line_it_opens_on() -> None:
    error = _error(_broken("{{#if study.expected_end}}"))
    assert (error.line, error.field) == (6, "study.expected_end")


def test_a_closing_if_without_an_opening_is_refused() -> None:
    assert _error(_broken("{{/if}}")).line == 6


def test_a_directive_inside_a_line_is_refused() -> None:
    error = _error(_broken("Mətn {{#if study.expected_end}} mətn"))
    assert error.line == 6 and "alone" in str(error)


def test_an_if_on_an_unknown_name_is_refused() -> None:
    text = _broken("{{#if student.shoe_size}}\nx\n{{/if}}")
    error = _error(text)
    assert (error.line, error.field) == (6, "student.shoe_size")


def test_a_yes_no_field_cannot_be_printed() -> None:
    error = _error(
        GOOD.replace("kind: study_certificate", "kind: restoration_order").replace(
            "[body]\n", "[body]\n{{ restoration.from_other_hei }}\n"
        ),
        kind="restoration_order",
    )
    assert error.field == "restoration.from_other_hei"


def test_a_template_for_another_kind_is_refused() -> None:
    error = _error(GOOD, kind="admission_order")
    assert error.line == 2 and "study_certificate" in str(error)


def test_an_unknown_section_is_refused() -> None:
    assert _error(GOOD + "[footer]\nx\n").line == 9


def test_a_choice_with_an_unknown_code_names_the_line() -> None:
    text = GOOD + "[choice student.form]\nfull_time = əyani\nonline = onlayn\n"
    error = _error(text)
    assert (error.line, error.field) == (11, "student.form")


def test_a_choice_without_text_for_every_code_is_refused() -> None:
    kind = "expulsion_order"
    shipped = template_path(kind).read_text(encoding="utf-8")
    start = shipped.index("discipline = ")
    end = shipped.index("\n", start)
    error = _error(shipped[:start] + shipped[end + 1 :], kind=kind)
    assert error.field == "expulsion.ground" and "'discipline'" in str(error)


def test_a_template_must_print_the_persons_name() -> None:
    error = _error(GOOD.replace("{{ student.full_name }}", "tələbə"))
    assert error.field == "student.full_name" and error.line == 5


def test_a_table_without_its_column_section_is_refused() -> None:
    kind = "transfer_refusal"
    shipped = template_path(kind).read_text(encoding="utf-8")
    error = _error(shipped[: shipped.index("[table reasons]")], kind=kind)
    assert error.field == "reasons"


def test_an_unknown_table_column_names_the_column() -> None:
    kind = "transfer_refusal"
    shipped = template_path(kind).read_text(encoding="utf-8")
    error = _error(shipped + "colour = Rəng\n", kind=kind)
    assert error.field == "reasons.colour"


def test_a_character_no_font_can_print_is_refused_with_its_line() -> None:
    error = _error(_broken("Verilir \u6f22 {{ student.full_name }}"))
    assert error.line == 6 and "U+6F22" in str(error)


def test_a_header_without_a_title_is_refused() -> None:
    assert "title" in str(_error(GOOD.replace("title: ARAYIŞ\n", "")))
