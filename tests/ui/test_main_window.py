"""The main window: title, status bar fields, the demo mark, sections by role, built on demand."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from registrar.services.credentials import KeyringStore
from registrar.services.staff import StaffRow
from registrar.ui.main_window import MainWindow
from registrar.ui.sections import Section, SectionContext, builtin_sections, visible_sections
from registrar.ui.tasks import TaskRunner
from tests.conftest import OfficeDb

DEMO = "NÜMUNƏ / DEMO"


def _user(role: str = "admin") -> StaffRow:
    return StaffRow(uuid.uuid4(), f"{role}1", "Aynur Məmmədova", role, True)


def _context(qtbot, office_db: OfficeDb, *, role: str = "admin", demo: bool = False):
    workspace = dataclasses.replace(office_db.workspace, demo=True) if demo else office_db.workspace
    runner = TaskRunner()
    qtbot.addWidget(QWidget())  # keeps qtbot's widget bookkeeping for the window below
    return SectionContext(
        workspace=workspace,
        user=_user(role),
        tasks=runner,
        database_path=office_db.path,
        backup_directory=None,
    )


def _window(qtbot, context: SectionContext, sections=None) -> MainWindow:
    window = MainWindow(
        context,
        builtin_sections() if sections is None else sections,
        institution_name="Bakı Dövlət Universiteti",
        store=KeyringStore(),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _wait_for_overview(qtbot, window: MainWindow, context: SectionContext) -> None:
    """Let the overview finish its background load, so no thread outlives the test."""
    page = window.section_page("overview")
    qtbot.waitUntil(lambda: getattr(page, "overview", None) is not None)
    context.tasks.wait()


def test_the_status_bar_names_workstation_institution_database_and_user(
    qtbot, office_db: OfficeDb
) -> None:
    context = _context(qtbot, office_db)
    window = _window(qtbot, context)
    assert window.status_workstation.text() == f"İş yeri: {office_db.workspace.series}"
    assert window.status_institution.text() == "Müəssisə: BDU"
    assert window.status_database.text() == "Baza: registrar.db"
    assert window.status_user.text() == "İstifadəçi: Aynur Məmmədova (admin1)"
    _wait_for_overview(qtbot, window, context)


def test_the_title_names_the_institution(qtbot, office_db: OfficeDb) -> None:
    context = _context(qtbot, office_db)
    window = _window(qtbot, context)
    assert window.windowTitle() == "Registrar Desk — Bakı Dövlət Universiteti"
    assert window.demo_mark is None
    _wait_for_overview(qtbot, window, context)


def test_a_demo_database_says_demo_in_the_title_and_the_status_bar(
    qtbot, office_db: OfficeDb
) -> None:
    context = _context(qtbot, office_db, demo=True)
    window = _window(qtbot, context)
    assert window.windowTitle().endswith(f" — {DEMO}")
    permanent = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert DEMO in permanent
    assert window.demo_mark is not None and window.demo_mark.isVisible()
    _wait_for_overview(qtbot, window, context)


def test_the_settings_are_only_for_administrators(qtbot, office_db: OfficeDb) -> None:
    context = _context(qtbot, office_db, role="desk")
    window = _window(qtbot, context)
    assert not window.settings_action.isEnabled()
    _wait_for_overview(qtbot, window, context)


def _section(key: str, roles: set[str], built: list[str]) -> Section:
    def factory(_context: SectionContext) -> QWidget:
        built.append(key)
        return QLabel(key)

    return Section(key=key, title=key, icon="overview.svg", factory=factory, roles=frozenset(roles))


def test_the_registry_hides_sections_the_role_may_not_see() -> None:
    built: list[str] = []
    sections = [
        _section("everyone", {"desk", "registrar", "ministry", "admin"}, built),
        _section("admins", {"admin"}, built),
    ]
    assert [s.key for s in visible_sections(sections, "desk")] == ["everyone"]
    assert [s.key for s in visible_sections(sections, "admin")] == ["everyone", "admins"]


def test_the_sidebar_lists_only_the_sections_of_the_signed_in_role(
    qtbot, office_db: OfficeDb
) -> None:
    built: list[str] = []
    sections = [
        _section("everyone", {"desk", "admin"}, built),
        _section("admins", {"admin"}, built),
    ]
    window = _window(qtbot, _context(qtbot, office_db, role="desk"), sections)
    listed = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert listed == ["everyone"]


def test_a_section_is_built_only_when_it_is_first_opened(qtbot, office_db: OfficeDb) -> None:
    built: list[str] = []
    sections = [_section("first", {"admin"}, built), _section("second", {"admin"}, built)]
    window = _window(qtbot, _context(qtbot, office_db), sections)
    assert built == ["first"]
    assert window.section_page("second") is None
    page = window.open_section("second")
    window.open_section("first")
    window.open_section("second")
    assert built == ["first", "second"]
    assert window.stack.currentWidget() is page


def test_the_overview_section_is_listed_for_every_role() -> None:
    for role in ("desk", "registrar", "ministry", "admin"):
        assert visible_sections(builtin_sections(), role)[0].key == "overview"


def test_each_role_sees_its_own_sections() -> None:
    def keys(role: str) -> set[str]:
        return {s.key for s in visible_sections(builtin_sections(), role)}

    assert {"intake"} <= keys("desk") and not {"review", "movements", "audit_log"} & keys("desk")
    assert {"review", "movements", "deadlines", "documents"} <= keys("registrar")
    assert "ministry_desk" in keys("ministry") and "review" not in keys("ministry")
    assert {"audit_log", "document_templates"} <= keys("admin")


def test_the_database_label_shows_the_full_path_as_tooltip(qtbot, office_db: OfficeDb) -> None:
    context = _context(qtbot, office_db)
    window = _window(qtbot, context)
    assert Path(window.status_database.toolTip()) == office_db.path
    _wait_for_overview(qtbot, window, context)


def test_the_documents_sections_match_what_the_documents_module_lists() -> None:
    from registrar.ui.documents_section import sections

    listed = {s.key: (s.title, s.roles) for s in builtin_sections()}
    for section in sections():
        assert listed[section.key] == (section.title, section.roles)


def test_every_section_icon_exists() -> None:
    from registrar.paths import resource

    missing = [s.icon for s in builtin_sections() if not resource("icons", s.icon).is_file()]
    assert missing == []


def test_listing_the_sections_imports_no_section_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from registrar.ui.sections import builtin_sections; builtin_sections(); "
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'registrar.ui.'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "reportlab" not in out
    assert "documents_section" not in out
