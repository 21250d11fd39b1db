"""The main window's shell: the articles, the findings dock, the status bar with progress, window
events and settings.

The jobs live in their own modules and the window only wires them together:
``actions`` (menus, shortcuts, what is enabled), ``file_controller`` (open, drop, recent, save,
recovery, re-run, export), ``review_controller`` (status, note, link and unlink), ``info_bar``.
The window keeps no comparison logic: it shows what the session (``desktop.qt.session``) holds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import NoticeCode, Report, Side
from desktop.core.results.review import default_user
from desktop.qt.actions import ActionTable
from desktop.qt.comparison_view import ComparisonView
from desktop.qt.dialogs import DialogPrompts, HeadlessPrompts, Prompts
from desktop.qt.dock_tabs import describe_tabs
from desktop.qt.drops import accept_file_or_link_drag
from desktop.qt.file_controller import FileController
from desktop.qt.findings_dock import FindingsDock
from desktop.qt.info_bar import InfoBar
from desktop.qt.quotes_wiring import QuotesWiring
from desktop.qt.recovery import RecoveryKeeper
from desktop.qt.review_controller import ReviewController
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from desktop.qt.story_pages import StoryPages

# The findings dock's share of a first-run window: the articles come first, but the review
# panel beside the table needs about eight lines for a reason and both sentences (at 1920x1080 a
# quarter of the height, 260 pixels, left it three and the right article's sentence scrolled out
# of sight). DOCK_SHARE of the height: 252 pixels at 900 (what the panel's minimum size already
# gave it), 302 at 1080, where the articles keep 19 of the 20 lines a quarter left them.
DOCK_MIN_HEIGHT = 140
DOCK_MAX_HEIGHT = 320
DOCK_SHARE = 0.28
# A window shorter than this is on a laptop screen (1280x720, 1366x768 and the like): the findings
# panel starts at the right instead of below the articles, and the text's leading tightens, so the
# panes show at least 25 lines with the panel open.
COMPACT_HEIGHT = 860
SIDE_DOCK_WIDTH = 380  # the review panel's four status buttons and a readable sentence
# Narrower than this, a side panel would leave each article a column too thin to read: the panel
# stays below the articles (the tighter leading still applies).
SIDE_DOCK_MIN_WINDOW_WIDTH = 1200
FIRST_RUN_SIZE = QSize(1400, 900)  # the first window when the screen has room for it
# What a window manager adds around the window (title bar, borders) and a desktop panel may take,
# so a first window sized to the screen shows its status bar on a 1280x720 laptop.
WINDOW_FRAME_ALLOWANCE = QSize(16, 48)


def first_run_size(available: QSize) -> QSize:
    """The first window's size: FIRST_RUN_SIZE, shrunk to fit a smaller screen's free area.

    A 1400x900 window on a 1280x720 screen hangs off the bottom edge and, being taller than
    COMPACT_HEIGHT, keeps the findings panel below the articles, leaving them a dozen lines.
    """
    if available.isEmpty():
        return QSize(FIRST_RUN_SIZE)
    return FIRST_RUN_SIZE.boundedTo(available - WINDOW_FRAME_ALLOWANCE)


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: ComparisonSession | None = None,
        settings: Settings | None = None,
        *,
        modal_errors: bool = True,
        prompts: Prompts | None = None,
        recovery_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Crosscheck")
        self.session = session or ComparisonSession(parent=self)
        self.settings = settings or Settings()
        # Tests and the screenshot command must never block on a dialog.
        self.modal_errors = modal_errors
        self.prompts: Prompts = prompts or (DialogPrompts() if modal_errors else HeadlessPrompts())
        self.last_error = ""
        self._size_dock_on_show = False
        self._state_on_show: QByteArray | None = None  # the saved layout, sized once shown
        self.session.user = self.settings.reviewer or default_user()
        self.recovery = RecoveryKeeper(self.session, recovery_dir, self)

        self.view = ComparisonView(self)
        self.info_bar = InfoBar()
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.info_bar)
        central_layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.dock = FindingsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.story = StoryPages(self.view, self.dock)  # the People and Timeline tabs
        self.setAcceptDrops(True)
        self._build_status_bar()

        self.files = FileController(self)
        self.review = ReviewController(self)
        self.action_table = ActionTable(self)
        self.info_bar.action_button.clicked.connect(self.files.rerun)
        self._connect()
        self.quotes = QuotesWiring(self)  # after _connect: its slots run after the window's
        describe_tabs(self)
        self._restore_settings()
        self._update_title()  # nothing to save or export until a comparison exists

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.stage = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop this comparison and keep the current one (Esc)")
        self.cancel_button.clicked.connect(self.session.cancel)
        status = self.statusBar()
        status.addPermanentWidget(self.stage)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _connect(self) -> None:
        s, review = self.session, self.review
        s.reportChanged.connect(self._on_report)
        s.reviewChanged.connect(self._on_review)
        # Bound methods, not lambdas: a session may outlive its window, and Qt disconnects a
        # method when its window (or a controller the window owns) goes; a lambda would run on
        # a deleted window.
        s.modifiedChanged.connect(self._update_title)
        s.fileChanged.connect(self._update_title)
        s.undo_stack.indexChanged.connect(review.sync_actions)
        panel = self.dock.review
        panel.statusRequested.connect(lambda fid, st: review.set_status(st, fid))
        panel.noteEdited.connect(review.set_note)
        panel.noteLeft.connect(review.leave_note)
        panel.removeRequested.connect(review.remove_link)
        self.dock.contextMenuRequested.connect(review.table_menu)
        self.view.findingActivated.connect(review.sync_actions)
        for side in Side:
            self.view.text(side).extend_menu = review.fill_menu
            self.view.text(side).selectionChanged.connect(review.sync_actions)
        s.busyChanged.connect(self._set_busy)
        s.busyChanged.connect(self.action_table.cancel.setEnabled)
        s.progressChanged.connect(self._on_progress)
        s.failed.connect(self.show_error)
        s.notice.connect(self._show_notice)
        s.pathsChanged.connect(self._on_paths)
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.view.findingActivated.connect(self.dock.select_finding)
        self.view.table_order = lambda: (self.dock.row_order(), self.dock.sorted_order())
        self.view.conflictsHeldChanged.connect(self._on_conflicts_held)
        # An undone or redone edit makes the hint about it ("Ctrl+Z brings it back") stale.
        s.undo_stack.indexChanged.connect(self._clear_edit_hint)
        self.view.filesDropped.connect(self.files.on_files_dropped)
        self.dock.findingSelected.connect(self.view.show_finding)

    # -- session events ------------------------------------------------------------------------

    def _on_report(self, report: Report) -> None:
        self.info_bar.hide()
        self.view.set_report(report)
        self.dock.set_report(report)
        self.story.set_report(report)
        self._update_title()
        self.review.sync_actions()
        if self.session.file_path is None:
            # Computed from two files: worth offering again. A saved comparison is its own file.
            left, right = report.left.document.source, report.right.document.source
            self.settings.add_recent_pair(left, right)
        self.dock.set_conflicts_held(self.view.conflicts_held)
        n = len(self.view.conflicts())
        self.action_table.set_conflict_count(n)
        held = self.view.held_conflicts()
        if held:
            message = (
                f"Compared. These articles seem to describe different events: {held} "
                f"conflict{'s' if held != 1 else ''} held back (Compare Anyway shows them)."
            )
        elif n:
            message = (
                f"Compared. {n} conflict{'s' if n != 1 else ''}: press F8 to step through them."
            )
        elif any(notice.code is NoticeCode.DIFFERENT_EVENTS for notice in self.view.notices):
            message = "Compared. These articles seem to describe different events."
        else:
            message = "Compared. No conflicts found."
        self.statusBar().showMessage(message, 8000)

    def _on_conflicts_held(self, held: bool) -> None:
        self.dock.set_conflicts_held(held)
        self.action_table.set_conflict_count(len(self.view.conflicts()))

    def _clear_edit_hint(self, *_index: object) -> None:
        if "Ctrl+Z" in self.statusBar().currentMessage():
            self.statusBar().clearMessage()

    def go_to_finding(self, by: int, *, unreviewed: bool = False) -> str | None:
        """Step through the findings in the table's order (F7), or to the next one still open
        (F9)."""
        if self.session.report is None:
            return None
        target = self.dock.next_id(self.view.current_id, by, unreviewed=unreviewed)
        if target is None:
            self.statusBar().showMessage(
                "Every finding shown is reviewed." if unreviewed else "No findings are shown.",
                5000,
            )
            return None
        self.view.show_finding(target)
        order = self.dock.row_order()
        self.statusBar().showMessage(f"Finding {order.index(target) + 1} of {len(order)}", 4000)
        return target

    def _on_review(self, report: Report, changed: tuple[str, ...]) -> None:
        self.view.update_review(report)
        self.dock.update_review(report)
        self.review.sync_actions()
        self.action_table.set_conflict_count(len(self.view.conflicts()))

    def _update_title(self, *_changed: object) -> None:
        """The title "name.crosscheck[*] — Crosscheck"; Qt shows the [*] as "*" while there is
        unsaved work."""
        path, report = self.session.file_path, self.session.report
        if path is not None:
            name = path.name
        elif report is not None:
            left = Path(report.left.document.source).name
            right = Path(report.right.document.source).name
            name = f"{left} vs {right}"
        else:
            name = ""
        self.setWindowTitle(f"{name}[*] — Crosscheck" if name else "Crosscheck")
        self.setWindowModified(self.session.modified)
        self.action_table.set_has_report(report is not None)

    def _on_paths(self, left: Path | None, right: Path | None) -> None:
        if self.view.report is None:
            if left and right:
                message = f"Comparing {left.name} and {right.name}…"
            elif left or right:
                message = "Drop the second article to compare the two."
            else:  # a first comparison failed or was cancelled: nothing is being read
                message = "No comparison yet."
            self.view.set_placeholder(left, right, message)

    def _on_progress(self, stage: str, fraction: float) -> None:
        # "Loading language model…" is still at work; the last stage ("Done") is not.
        self.stage.setText(stage if fraction >= 1.0 else f"{stage}…")
        self.progress.setValue(round(100 * max(0.0, min(1.0, fraction))))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stage.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, message: str) -> None:
        """A clear message that leaves the comparison on screen untouched."""
        self.last_error = message
        self.statusBar().showMessage(message, 15000)
        if self.modal_errors:
            QMessageBox.warning(self, "Crosscheck", message)

    # -- view ----------------------------------------------------------------------------------

    def font_size(self) -> int:
        return self.view.text(Side.LEFT).point_size()

    def set_font_size(self, size: int) -> None:
        for side in Side:
            self.view.text(side).set_point_size(size)

    def zoom(self, step: int) -> None:
        self.set_font_size(self.font_size() + step)

    def sync_toggled(self, on: bool) -> None:
        self.view.sync.enabled = on

    def set_sync_scrolling(self, on: bool) -> None:
        self.action_table.sync_scrolling.setChecked(on)
        self.view.sync.enabled = on

    # -- settings and window events ------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        else:
            screen = self.screen()
            self.resize(first_run_size(screen.availableSize() if screen else QSize()))
        if s.window_state is not None:
            self.restoreState(s.window_state)  # the panel's place now, against a flash ...
            self._state_on_show = s.window_state  # ... its size once the window has its own
        else:
            self._size_dock_on_show = True
        if s.splitter_state is not None:
            self.view.splitter.restoreState(s.splitter_state)
        self.set_font_size(s.font_size)
        self.set_sync_scrolling(s.sync_scrolling)

    def save_settings(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter_state = QByteArray(self.view.splitter.saveState())
        s.font_size = self.font_size()
        s.sync_scrolling = self.action_table.sync_scrolling.isChecked()
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._state_on_show is not None:
            # Restored on a window not yet shown, a side panel saved 380 px wide came back 747
            # px wide at 1280x720, the articles squeezed to a third of the screen each restart.
            state, self._state_on_show = self._state_on_show, None
            self.restoreState(state)
        if self._size_dock_on_show:
            # First run: the articles come first, the table gets DOCK_SHARE of the height.
            # Done once the window has its real size; before that resizeDocks() is overruled.
            self._size_dock_on_show = False
            QTimer.singleShot(0, self._size_dock)

    def _size_dock(self) -> None:
        if self.is_compact() and self.width() >= SIDE_DOCK_MIN_WINDOW_WIDTH:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            # Once the moved panel is laid out: before that its new width is overruled.
            QTimer.singleShot(0, self._fit_side_dock)
            return
        height = max(DOCK_MIN_HEIGHT, min(DOCK_MAX_HEIGHT, round(self.height() * DOCK_SHARE)))
        self.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def _fit_side_dock(self) -> None:
        self.resizeDocks([self.dock], [SIDE_DOCK_WIDTH], Qt.Orientation.Horizontal)

    def is_compact(self) -> bool:
        return self.height() < COMPACT_HEIGHT

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view.set_compact(self.is_compact())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_file_or_link_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.on_window_drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.keep_or_discard_work("closing"):
            event.ignore()
            return
        self.recovery.discard()  # saved or discarded on purpose: nothing left to recover
        self.save_settings()
        self.session.cancel()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.dock.set_theme(self.view.theme)
