"""The main window: a section sidebar, the open section, a status bar, the settings dialog."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from registrar import __version__
from registrar.services.backup_schedule import BackupDone
from registrar.services.credentials import CredentialStore
from registrar.ui.backups import Backups
from registrar.ui.sections import Section, SectionContext, visible_sections
from registrar.ui.widgets import APP_NAME, DEMO_MARK, app_icon, icon, show_error

log = logging.getLogger(__name__)

SIDEBAR_STYLE = """
QListWidget#sidebar { background: #1f3b57; color: #e8eef4; border: none; padding-top: 8px;
                      font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 10px 12px; border-left: 3px solid transparent; }
QListWidget#sidebar::item:selected { background: #2c5378; color: white;
                                     border-left: 3px solid #f2b134; }
QListWidget#sidebar::item:hover:!selected { background: #274866; }
"""
DEMO_STYLE = (
    "QLabel#demoMark { color: white; background: #b3261e; padding: 1px 8px;"
    " font-weight: 700; border-radius: 3px; }"
)


class MainWindow(QMainWindow):
    """Lists the sections the signed-in role may open; each is built the first time it opens.

    On close it writes the exit backup (when backups are on) before it really closes.
    """

    first_shown = Signal()
    closed = Signal()

    def __init__(
        self,
        context: SectionContext,
        sections: Sequence[Section],
        *,
        institution_name: str,
        store: CredentialStore,
        backups: Backups | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._store = store
        self._backups = backups
        self._sections = visible_sections(sections, context.user.role)
        self._pages: dict[str, QWidget] = {}
        self._shown_once = False
        self._closing = False
        self._exit_backup_done = False
        self._exit_backup_error: Exception | None = None
        demo = context.workspace.demo

        title = f"{APP_NAME} — {institution_name}"
        self.setWindowTitle(f"{title} — {DEMO_MARK}" if demo else title)
        self.setWindowIcon(app_icon())
        self.resize(1180, 720)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Bölmələr"))  # proposed string
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setIconSize(QSize(22, 22))
        for section in self._sections:
            title = section.display_title()
            if section.badge is not None:
                count = section.badge(context)
                title = f"{title}  ({count})" if count else title
            item = QListWidgetItem(icon(section.icon), title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.display_title())
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Açıq bölmə"))  # proposed string
        self.empty = QLabel(self.tr("Bu rol üçün açıq bölmə yoxdur."))  # proposed string
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        panel = QWidget()
        panel.setObjectName("sidebarPanel")
        panel.setStyleSheet("QWidget#sidebarPanel { background: #1f3b57; }")
        panel.setFixedWidth(230)
        brand_icon = QLabel()
        brand_icon.setPixmap(app_icon().pixmap(QSize(32, 32)))
        brand_text = QLabel(APP_NAME)
        brand_text.setStyleSheet("color: white; font-size: 13pt; font-weight: 600;")
        brand = QHBoxLayout()
        brand.setContentsMargins(14, 14, 14, 6)
        brand.addWidget(brand_icon)
        brand.addWidget(brand_text, 1)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.setSpacing(0)
        panel_layout.addLayout(brand)
        panel_layout.addWidget(self.sidebar, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(panel)
        page_area = QWidget()
        page_layout = QHBoxLayout(page_area)
        page_layout.setContentsMargins(16, 12, 16, 12)
        page_layout.addWidget(self.stack)
        layout.addWidget(page_area, 1)
        self.setCentralWidget(central)
        self._central = central

        self._build_menus()
        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(self._on_section_chosen)
        if self._sections:
            self.sidebar.setCurrentRow(0)
        if backups is not None:
            backups.succeeded.connect(self._on_backup_written)
            backups.failed.connect(self._on_backup_failed)

    # --- building -------------------------------------------------------------------------

    def open_retention(self) -> None:
        from registrar.ui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self._context.workspace, self._context.user.actor(), self)
        dialog.exec()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fayl"))  # proposed string
        self.settings_action = QAction(self.tr("&Parametrlər…"), self)  # proposed string
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setEnabled(self._context.user.role == "admin")
        if not self.settings_action.isEnabled():
            # proposed string
            self.settings_action.setToolTip(self.tr("Parametrləri yalnız inzibatçı dəyişə bilər."))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        if self._context.user.role == "admin":
            # proposed string
            self.retention_action = QAction(self.tr("Məlumatların saxlanma müddəti…"), self)
            self.retention_action.triggered.connect(self.open_retention)
            file_menu.addAction(self.retention_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("Çı&xış"), self)  # proposed string
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Kömək"))  # proposed string
        self.about_action = QAction(self.tr("&Proqram haqqında"), self)  # proposed string
        self.about_action.triggered.connect(self._on_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        workspace = self._context.workspace
        user = self._context.user
        path = self._context.database_path
        bar = self.statusBar()
        self.status_workstation = QLabel(self.tr("İş yeri: ") + workspace.series)  # proposed string
        self.status_institution = QLabel(
            self.tr("Müəssisə: ") + workspace.institution_code  # proposed string
        )
        database_name = path.name if path is not None else self.tr("yaddaşda")  # proposed string
        self.status_database = QLabel(self.tr("Baza: ") + database_name)  # proposed string
        if path is not None:
            self.status_database.setToolTip(str(path))
        self.status_user = QLabel(
            self.tr("İstifadəçi: ") + f"{user.display_name} ({user.username})"  # proposed string
        )
        labels = [
            self.status_workstation,
            self.status_institution,
            self.status_database,
            self.status_user,
        ]
        self.demo_mark: QLabel | None = None
        if workspace.demo:
            self.demo_mark = QLabel(DEMO_MARK)
            self.demo_mark.setObjectName("demoMark")
            self.demo_mark.setStyleSheet(DEMO_STYLE)
            labels.append(self.demo_mark)
        for label in labels:
            label.setAccessibleName(label.text())
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    # --- sections -------------------------------------------------------------------------

    def section_keys(self) -> list[str]:
        return [section.key for section in self._sections]

    def section_page(self, key: str) -> QWidget | None:
        """The section's widget if it has been opened (sections are built on first opening)."""
        return self._pages.get(key)

    def open_section(self, key: str) -> QWidget:
        keys = self.section_keys()
        if key not in keys:
            raise KeyError(key)
        self.sidebar.setCurrentRow(keys.index(key))
        page = self._pages[key]
        return page

    def _on_section_chosen(self, row: int) -> None:
        if row < 0 or row >= len(self._sections):
            self.stack.setCurrentWidget(self.empty)
            return
        section = self._sections[row]
        page = self._pages.get(section.key)
        if page is None:
            page = section.factory(self._context)
            page.setAccessibleName(section.display_title())
            self._pages[section.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    # --- actions --------------------------------------------------------------------------

    def open_settings(self) -> None:
        from registrar.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._context, self._store, self._backups, parent=self)
        dialog.exec()

    def _on_about(self) -> None:
        # proposed string
        text = self.tr(
            "Ali təhsil müəssisələrinin qeydiyyat şöbələri üçün masaüstü proqram. Versiya {v}."
        )
        QMessageBox.about(self, APP_NAME, text.replace("{v}", __version__))

    def _on_backup_written(self, done: object) -> None:
        assert isinstance(done, BackupDone)
        self.statusBar().showMessage(self.tr("Ehtiyat nüsxə yazıldı."), 8000)  # proposed string
        overview = self._pages.get("overview")
        note = getattr(overview, "note_backup", None)
        if callable(note):
            note(done)

    def _on_backup_failed(self, error: Exception) -> None:
        self._exit_backup_error = error
        # proposed string
        self.statusBar().showMessage(self.tr("Ehtiyat nüsxə yazılmadı: ") + str(error), 15000)

    # --- window events --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._backups is not None and not self._exit_backup_done:
            event.ignore()
            if not self._closing:
                self._closing = True
                self._exit_backup_error = None
                self._central.setEnabled(False)
                self.menuBar().setEnabled(False)
                # proposed string
                self.statusBar().showMessage(self.tr("Çıxışdan əvvəl ehtiyat nüsxə yazılır…"))
                self._backups.finished.connect(self._after_exit_backup)
                if not self._backups.busy():
                    self._backups.start("exit")
            return
        self._context.tasks.cancel_all()
        super().closeEvent(event)
        self.closed.emit()

    def _after_exit_backup(self) -> None:
        self._exit_backup_done = True
        if self._exit_backup_error is not None:
            show_error(
                self,
                APP_NAME,
                # proposed string
                self.tr("Çıxışda ehtiyat nüsxə yazılmadı: ") + str(self._exit_backup_error),
            )
        self.close()
