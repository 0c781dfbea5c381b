"""The dashboard: headline figures, four QPainter charts, export, the section entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from registrar.services.reports import DAYS, ReportsService
from registrar.ui.dashboard import Bar, BarChart, DashboardPage
from registrar.ui.widgets import format_count
from tests.services.test_exemption_review import Demo, open_copy


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    copy = open_copy(tmp_path_factory.mktemp("dashboard"))
    yield copy
    copy.db.dispose()


def _page(qtbot, demo: Demo) -> DashboardPage:
    page = DashboardPage(ReportsService(demo.workspace), demo.registrar, demo=True)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    return page


def test_the_tiles_show_the_service_s_figures(qtbot, demo: Demo) -> None:
    page = _page(qtbot, demo)
    board = ReportsService(demo.workspace).dashboard(demo.registrar)
    assert page.total.value.text() == format_count(board.total)
    assert page.exemptions.value.text() == format_count(board.exemption_requests)


def test_each_chart_gets_one_bar_per_figure(qtbot, demo: Demo) -> None:
    page = _page(qtbot, demo)
    board = page.dashboard
    assert board is not None
    assert [b.value for b in page.by_status.bars] == [c.count for c in board.by_status]
    assert [b.label for b in page.by_line.bars] == [c.label for c in board.by_line]
    assert [b.value for b in page.by_category.bars] == [c.count for c in board.by_category]
    assert len(page.by_day.bars) == DAYS


def test_a_bar_chart_paints_its_bars_in_their_colour(qtbot) -> None:
    chart = BarChart("Test")
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_bars([Bar("a", 10, "#ff0000"), Bar("b", 0, "#00ff00")])
    image: QImage = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 3) for y in range(0, 240, 3)}
    assert QColor("#ff0000").name() in colours
    assert QColor("#00ff00").name() not in colours  # a zero bar draws nothing


def test_a_column_chart_with_no_data_paints_without_error(qtbot) -> None:
    chart = BarChart("Boş", vertical=True)
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_bars([Bar(str(n), 0) for n in range(30)])
    assert not chart.grab().isNull()


def test_export_writes_every_figure(qtbot, demo: Demo, tmp_path: Path) -> None:
    page = _page(qtbot, demo)
    assert page.export_to(tmp_path / "board.xlsx") > DAYS
    assert (tmp_path / "board.xlsx").stat().st_size > 0


def test_an_unknown_export_format_is_shown_not_raised(qtbot, demo: Demo, tmp_path: Path) -> None:
    page = _page(qtbot, demo)
    assert page.export_to(tmp_path / "board.txt") == 0
    assert page.error.text()


def test_the_section_is_offered_to_registrars_and_administrators() -> None:
    from registrar.ui.sections import builtin_sections

    section = next(s for s in builtin_sections() if s.key == "dashboard")
    assert section.visible_to("registrar") and section.visible_to("admin")
    assert not section.visible_to("desk")
