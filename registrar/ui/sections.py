"""The sections of the main window: each a small object the sidebar lists and builds on demand.

A later feature plugs in by adding one `Section` to `builtin_sections()`: a title (source string
marked for translation in the "Sections" context), an icon, the roles that may see it and a
factory that makes the widget the first time the section is opened. The window code does not
change. Only sections that work are listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from registrar.services import roles
from registrar.services.context import ROLES, Workspace
from registrar.services.staff import StaffRow
from registrar.ui.tasks import TaskRunner

TRANSLATION_CONTEXT = "Sections"


@dataclass(frozen=True)
class SectionContext:
    """What a section's widget may use: the workspace, who is signed in, where things are."""

    workspace: Workspace
    user: StaffRow
    tasks: TaskRunner
    database_path: Path | None
    backup_directory: Path | None

    @property
    def demo(self) -> bool:
        return self.workspace.demo


SectionFactory = Callable[[SectionContext], QWidget]


@dataclass(frozen=True)
class Section:
    key: str  # stable id: tests and saved window state key on it
    title: str  # Azerbaijani source string, marked with QT_TRANSLATE_NOOP("Sections", ...)
    icon: str  # file name under resources/icons/
    factory: SectionFactory
    roles: frozenset[str] = field(default_factory=lambda: frozenset(ROLES))
    # A number to show next to the title in the sidebar (e.g. open deadlines); None: no badge.
    badge: Callable[[SectionContext], int] | None = None

    def visible_to(self, role: str) -> bool:
        return role in self.roles

    def display_title(self) -> str:
        return QCoreApplication.translate(TRANSLATION_CONTEXT, self.title)


def visible_sections(sections: Iterable[Section], role: str) -> list[Section]:
    """The sections a role may open, in registration order."""
    return [section for section in sections if section.visible_to(role)]


def _overview(context: SectionContext) -> QWidget:
    from registrar.ui.overview import OverviewPage

    return OverviewPage(context)


def _intake(context: SectionContext) -> QWidget:
    from registrar.ui.intake_section import make_intake_section

    return make_intake_section(context)


def _review(context: SectionContext) -> QWidget:
    from registrar.ui.review.page import ReviewPage

    return ReviewPage(context)


def _movements(context: SectionContext) -> QWidget:
    from registrar.ui.movements.section import MovementsSection

    return MovementsSection(context.workspace, context.user.actor())


def _students(context: SectionContext) -> QWidget:
    from registrar.ui.students_section import StudentsSection

    return StudentsSection(context.workspace, context.user.actor())


def _letters(context: SectionContext) -> QWidget:
    from registrar.ui.letters_section import LettersSection

    return LettersSection(context.workspace, context.user.actor())


def _deadlines(context: SectionContext) -> QWidget:
    from registrar.ui.deadlines_section import DeadlinesSection

    return DeadlinesSection(context.workspace, context.user.actor())


def _deadlines_badge(context: SectionContext) -> int:
    from registrar.ui.deadlines_section import badge_count

    return badge_count(context.workspace, context.user.actor())


def _orders(context: SectionContext) -> QWidget:
    from registrar.ui.orders_section import OrdersSection

    return OrdersSection(context.workspace, context.user.actor())


def _ministry_desk(context: SectionContext) -> QWidget:
    from registrar.ui.ministry_desk import MinistryDeskSection

    return MinistryDeskSection(context.workspace, context.user.actor())


def _dashboard(context: SectionContext) -> QWidget:
    from registrar.services.reports import ReportsService
    from registrar.ui.dashboard import DashboardPage

    return DashboardPage(ReportsService(context.workspace), context.user.actor(), demo=context.demo)


def _audit_log(context: SectionContext) -> QWidget:
    from registrar.services.audit_browse import AuditBrowseService
    from registrar.ui.audit_log import AuditLogPage

    return AuditLogPage(AuditBrowseService(context.workspace), context.user.actor())


REGISTRAR_ONLY = frozenset({"registrar"})


def builtin_sections() -> tuple[Section, ...]:
    """Every section that works today, in sidebar order."""
    return (
        Section(
            key="overview",
            title=str(QT_TRANSLATE_NOOP("Sections", "Ümumi baxış")),  # proposed string
            icon="overview.svg",
            factory=_overview,
        ),
        Section(
            key="intake",
            title=str(QT_TRANSLATE_NOOP("Sections", "MÜRACİƏT ET")),
            icon="intake.svg",
            factory=_intake,
            roles=frozenset({"desk", "registrar", "admin"}),
        ),
        Section(
            key="review",
            title=str(QT_TRANSLATE_NOOP("Sections", "Müraciətlər")),  # proposed string
            icon="review.svg",
            factory=_review,
            roles=REGISTRAR_ONLY,
        ),
        Section(
            key="movements",
            title=str(QT_TRANSLATE_NOOP("Sections", "Tələbə hərəkəti")),  # proposed string
            icon="movements.svg",
            factory=_movements,
            roles=REGISTRAR_ONLY,
        ),
        Section(
            key="students",
            title=str(QT_TRANSLATE_NOOP("Sections", "Tələbələr")),  # proposed string
            icon="students.svg",
            factory=_students,
            roles=REGISTRAR_ONLY,
        ),
        Section(
            key="letters",
            title=str(QT_TRANSLATE_NOOP("Sections", "Daxil olan məktublar")),  # proposed string
            icon="letters.svg",
            factory=_letters,
            roles=REGISTRAR_ONLY,
        ),
        Section(
            key="deadlines",
            title=str(QT_TRANSLATE_NOOP("Sections", "Müddətlər")),  # proposed string
            icon="deadlines.svg",
            factory=_deadlines,
            roles=REGISTRAR_ONLY,
            badge=_deadlines_badge,
        ),
        Section(
            key="orders",
            title=str(QT_TRANSLATE_NOOP("Sections", "Əmrlər")),  # proposed string
            icon="orders.svg",
            factory=_orders,
            roles=REGISTRAR_ONLY,
        ),
        Section(
            key="ministry_desk",
            title=str(QT_TRANSLATE_NOOP("Sections", "Nazirlik masası")),  # proposed string
            icon="ministry_desk.svg",
            factory=_ministry_desk,
            roles=frozenset({"ministry"}),
        ),
        Section(
            key="dashboard",
            title=str(QT_TRANSLATE_NOOP("Sections", "İdarə paneli")),  # proposed string
            icon="dashboard.svg",
            factory=_dashboard,
            roles=frozenset({"registrar", "admin"}),
        ),
        Section(
            key="audit_log",
            title=str(QT_TRANSLATE_NOOP("Sections", "Audit jurnalı")),  # proposed string
            icon="audit_log.svg",
            factory=_audit_log,
            roles=frozenset({"admin"}),
        ),
        # The documents sections, as documents_section.sections() lists them, written out here
        # so that listing them does not import reportlab and the letters package at start-up.
        Section(
            key="documents",
            title=str(QT_TRANSLATE_NOOP("Sections", "Sənədlər")),  # proposed string
            icon="documents.svg",
            factory=_documents,
            roles=roles.roles_for(roles.DOCUMENT_VIEW),
        ),
        Section(
            key="document_templates",
            title=str(QT_TRANSLATE_NOOP("Sections", "Sənəd şablonları")),  # proposed string
            icon="document_templates.svg",
            factory=_document_templates,
            roles=roles.roles_for(roles.SETTINGS_CHANGE),
        ),
        Section(
            key="sync_conflicts",
            title=str(QT_TRANSLATE_NOOP("Sections", "Sinxronlaşma ziddiyyətləri")),  # proposed
            icon="overview.svg",
            factory=_conflicts,
            roles=frozenset({"registrar", "admin"}),
        ),
    )


def _conflicts(context: SectionContext) -> QWidget:
    from registrar.services.sync.refusals import Refusals
    from registrar.ui.conflicts import ConflictsPage

    return ConflictsPage(Refusals(context.workspace), context.user.actor())


def _documents(context: SectionContext) -> QWidget:
    from registrar.ui.documents_section import sections

    return _factory_of(sections(), "documents")(context)


def _document_templates(context: SectionContext) -> QWidget:
    from registrar.ui.documents_section import sections

    return _factory_of(sections(), "document_templates")(context)


def _factory_of(sections: Iterable[Section], key: str) -> SectionFactory:
    return next(section.factory for section in sections if section.key == key)
