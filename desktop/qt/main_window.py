"""The main window: menus and shortcuts, drops, the findings dock, progress, settings; saving,
opening and exporting comparisons; the review actions.

It wires the session (data, work and the undo stack) to the views (display) and keeps no comparison
logic itself: review edits are ``desktop.qt.commands`` pushed on the session's undo stack, questions
go through ``self.prompts`` (``desktop.qt.dialogs``) so tests answer them without blocking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QEventLoop, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CrosscheckError, ReportFormatError
from desktop.core.model import FindingKind, Report, ReviewStatus, Side
from desktop.core.palette import KIND_CUES, KIND_LABELS
from desktop.core.persist import (
    SUFFIX,
    SavedComparison,
    SourceState,
    changed_sources,
    load_comparison,
    save_comparison,
    stamp,
)
from desktop.qt.article_pane import DEFAULT_POINT_SIZE
from desktop.qt.commands import AddLinkCommand, RemoveLinkCommand, SetNoteCommand, SetStatusCommand
from desktop.qt.comparison_view import ComparisonView
from desktop.qt.dialogs import DialogPrompts, HeadlessPrompts, Prompts
from desktop.qt.drops import accept_file_drag, take_dropped_files
from desktop.qt.findings_dock import FindingsDock
from desktop.qt.recovery import RecoveryKeeper
from desktop.qt.review import (
    STATUS_LABELS,
    STATUS_MARKS,
    default_user,
    is_link,
    make_user_link,
    suggested_name,
)
from desktop.qt.samples import sample_paths
from desktop.qt.session import SUPPORTED_TEXT, ComparisonSession
from desktop.qt.settings import Settings

ARTICLE_PATTERNS = "*.txt *.md *.markdown *.html *.htm *.docx *.pdf"
FILE_FILTER = (
    f"Comparisons and articles (*{SUFFIX} {ARTICLE_PATTERNS});;"
    f"Saved comparisons (*{SUFFIX});;Articles ({ARTICLE_PATTERNS});;All files (*)"
)
COMPARISON_FILTER = f"Crosscheck comparisons (*{SUFFIX})"
EXPORTS = {
    # kind: (menu text, suffix, file-dialog filter)
    "html": ("&HTML Report…", ".html", "HTML reports (*.html)"),
    "pdf": ("&PDF Report…", ".pdf", "PDF documents (*.pdf)"),
    "csv": ("&CSV of Findings…", ".csv", "CSV spreadsheets (*.csv)"),
}
STATUS_KEYS = {
    ReviewStatus.CONFIRMED: "Ctrl+1",
    ReviewStatus.DISPUTED: "Ctrl+2",
    ReviewStatus.DISMISSED: "Ctrl+3",
}


def is_comparison_file(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX)


class InfoBar(QFrame):
    """A non-blocking message above the articles, with an optional action (e.g. "Re-run")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Hide this message")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, action: str = "") -> None:
        self.label.setText(text)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.show()


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
        self.session.user = self.settings.reviewer or default_user()
        self.recovery = RecoveryKeeper(self.session, recovery_dir, self)

        self.view = ComparisonView(self)
        self.info_bar = InfoBar()
        self.info_bar.action_button.clicked.connect(self.rerun)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.info_bar)
        central_layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.dock = FindingsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.setAcceptDrops(True)

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

        self._build_actions()
        self._connect()
        self._restore_settings()

    # -- actions -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.open_action = self._action(
            "&Open…",
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            tip=f"Open a saved comparison, or choose two articles to compare ({SUPPORTED_TEXT})",
        )
        file_menu.addAction(self.open_action)
        self.sample_action = self._action("Open &Sample Comparison", self.open_sample)
        file_menu.addAction(self.sample_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(
            "&Save", self.save, "Ctrl+S", tip="Save the comparison and your review"
        )
        self.save_as_action = self._action("Save &As…", self.save_as, "Ctrl+Shift+S")
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        export_menu = file_menu.addMenu("&Export")
        self.export_actions: dict[str, QAction] = {}
        for kind, (text, _suffix, _filter) in EXPORTS.items():
            action = self._action(text, lambda _c=False, k=kind: self.export(k))
            export_menu.addAction(action)
            self.export_actions[kind] = action
        file_menu.addSeparator()
        self.rerun_action = self._action(
            "&Re-run Comparison",
            self.rerun,
            "F5",
            tip="Compare the source files again, keeping your review where findings survive",
        )
        file_menu.addAction(self.rerun_action)
        self.cancel_action = self._action("&Cancel Comparison", self.session.cancel, "Esc")
        file_menu.addAction(self.cancel_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        edit = menu.addMenu("&Edit")
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            edit.addAction(action)

        review = menu.addMenu("&Review")
        self.status_group = QActionGroup(self)
        # Optional: choosing the status a finding already has takes it back to open.
        self.status_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.status_actions: dict[ReviewStatus, QAction] = {}
        for status, key in STATUS_KEYS.items():
            verb = {"confirmed": "&Confirm", "disputed": "&Dispute", "dismissed": "D&ismiss"}
            action = self._action(
                f"{verb[status.value]}  {STATUS_MARKS[status]}",
                lambda checked=False, st=status: self.set_status(
                    st if checked else ReviewStatus.OPEN
                ),
                key,
                tip=f"Mark the selected finding {STATUS_LABELS[status].lower()} (again: reopen)",
            )
            action.setCheckable(True)
            self.status_group.addAction(action)
            self.status_actions[status] = action
            review.addAction(action)
        self.reopen_action = self._action(
            "Mark &Open", lambda: self.set_status(ReviewStatus.OPEN), "Ctrl+4"
        )
        review.addAction(self.reopen_action)
        self.note_action = self._action("Edit &Note", self.edit_note, "F2")
        review.addAction(self.note_action)
        review.addSeparator()
        self.link_actions: dict[FindingKind, QAction] = {
            FindingKind.AGREE: self._action(
                "Link Selections as &Agreement",
                lambda: self.link_selection(FindingKind.AGREE),
                "Ctrl+L",
                tip="Select words in each article, then link them as the same fact",
            ),
            FindingKind.CONFLICT: self._action(
                "Link Selections as Co&nflict",
                lambda: self.link_selection(FindingKind.CONFLICT),
                "Ctrl+Shift+L",
                tip="Select words in each article, then link them as contradicting each other",
            ),
        }
        for action in self.link_actions.values():
            review.addAction(action)
        self.remove_link_action = self._action(
            "&Remove Link", self.remove_link, QKeySequence.StandardKey.Delete
        )
        review.addAction(self.remove_link_action)

        go = menu.addMenu("&Go")
        self.next_action = self._action(
            "&Next Conflict", lambda: self.view.next_conflict(), "Alt+Down", "F8"
        )
        self.prev_action = self._action(
            "&Previous Conflict", lambda: self.view.previous_conflict(), "Alt+Up", "Shift+F8"
        )
        go.addAction(self.next_action)
        go.addAction(self.prev_action)

        view = menu.addMenu("&View")
        view.addAction(self._action("Zoom &In", lambda: self.zoom(+1), "Ctrl+=", "Ctrl++"))
        view.addAction(self._action("Zoom &Out", lambda: self.zoom(-1), "Ctrl+-"))
        view.addAction(
            self._action("&Reset Zoom", lambda: self.set_font_size(DEFAULT_POINT_SIZE), "Ctrl+0")
        )
        view.addSeparator()
        self.sync_action = self._action("&Synchronised Scrolling", self._sync_toggled)
        self.sync_action.setCheckable(True)
        self.sync_action.setChecked(True)
        view.addAction(self.sync_action)
        toggle = self.dock.toggleViewAction()
        toggle.setText("&Findings Panel")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+F"))
        view.addAction(toggle)

    def _connect(self) -> None:
        s = self.session
        s.reportChanged.connect(self._on_report)
        s.reviewChanged.connect(self._on_review)
        # Bound methods, not lambdas: a session may outlive its window, and Qt disconnects a
        # method when its window goes (a lambda would run on a deleted window).
        s.modifiedChanged.connect(self._update_title)
        s.fileChanged.connect(self._update_title)
        s.undo_stack.indexChanged.connect(self._sync_review_actions)
        review = self.dock.review
        review.statusRequested.connect(lambda fid, st: self.set_status(st, fid))
        review.noteEdited.connect(self.set_note)
        review.removeRequested.connect(self.remove_link)
        self.dock.contextMenuRequested.connect(self._table_menu)
        self.view.findingActivated.connect(self._sync_review_actions)
        for side in Side:
            self.view.text(side).extend_menu = self._fill_review_menu
            self.view.text(side).selectionChanged.connect(self._sync_review_actions)
        s.busyChanged.connect(self._set_busy)
        s.progressChanged.connect(self._on_progress)
        s.failed.connect(self.show_error)
        s.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s.pathsChanged.connect(self._on_paths)
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.view.findingActivated.connect(self.dock.select_finding)
        self.view.filesDropped.connect(self._on_files_dropped)
        self.dock.findingSelected.connect(self.view.show_finding)

    # -- opening -------------------------------------------------------------------------------

    def open_pair(self, left: Path, right: Path) -> bool:
        if not self.keep_or_discard_work("comparing other articles"):
            return False
        return self.session.open_pair(left, right)

    def open_side(self, side: Side, path: Path) -> bool:
        if self.session.report is not None and not self.keep_or_discard_work(
            "replacing an article"
        ):
            return False
        return self.session.open_side(side, path)

    def open_sample(self) -> bool:
        return self.open_pair(*sample_paths())

    def open_file(self, path: Path) -> bool:
        """A saved comparison opens as saved; anything else is refused with the reason."""
        if is_comparison_file(path):
            return self.open_comparison(path)
        self.show_error(
            f"“{path.name}” is not a saved comparison: drop or choose two articles to compare them."
        )
        return False

    def open_comparison(self, path: Path) -> bool:
        """Show a .crosscheck file exactly as saved: no comparison is run, no source is needed.

        The file is read before anything else happens, so a damaged or newer file costs nothing:
        the message names it and why, the comparison on screen stays, and the file is not touched.
        """
        try:
            saved = load_comparison(path)
        except ReportFormatError as exc:
            self.show_error(f"Could not open “{path.name}”: {exc.reason}.")
            return False
        if not self.keep_or_discard_work(f"opening “{path.name}”"):
            return False
        self.session.load(saved, path)
        self.settings.last_dir = str(path.parent)
        self.statusBar().showMessage(f"Opened {path.name}.", 8000)
        self.check_sources()
        return True

    def check_sources(self) -> None:
        """Say (without blocking) when a source file changed or went since the comparison was saved."""
        saved, path = self.session.comparison, self.session.file_path
        if saved is None or path is None:
            return
        checks = changed_sources(saved, base_dir=path.parent)
        changed = [c for c in checks if c.state in (SourceState.CHANGED, SourceState.MISSING)]
        if not changed:
            self.info_bar.hide()
            return
        text = "; ".join(c.reason for c in changed) + (
            ". You are seeing the articles as they were when the comparison was saved."
        )
        missing = any(c.state is SourceState.MISSING for c in checks)
        self.info_bar.show_message(text, "" if missing else "Re-run Comparison")

    def open_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Open a comparison or two articles", self.settings.last_dir, FILE_FILTER
        )
        if not paths:
            return
        self.settings.last_dir = str(Path(paths[0]).parent)
        saved = [Path(p) for p in paths if is_comparison_file(Path(p))]
        if saved:
            self.open_comparison(saved[0])
            return
        if len(paths) == 1:
            other, _filter = QFileDialog.getOpenFileName(
                self, "Choose the article to compare it with", self.settings.last_dir, FILE_FILTER
            )
            if not other:
                return
            paths.append(other)
        self.open_pair(Path(paths[0]), Path(paths[1]))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        pairs = self.settings.recent_pairs
        if not pairs:
            self.recent_menu.addAction("No recent comparisons").setEnabled(False)
            return
        for left, right in pairs:
            action = self.recent_menu.addAction(f"{Path(left).name}  vs  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(
                lambda _c=False, a=left, b=right: self.open_pair(Path(a), Path(b))
            )
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear Recent", self.settings.clear_recent)

    def _on_files_dropped(self, side: Side | None, paths: list[Path]) -> None:
        # Deferred so the drop returns to the drag source at once (Picard does the same).
        saved = [p for p in paths if is_comparison_file(p)]
        if saved:
            QTimer.singleShot(0, lambda: self.open_comparison(saved[0]))
        elif side is None:
            QTimer.singleShot(0, lambda: self._drop_pair(paths))
        else:
            QTimer.singleShot(0, lambda: self.open_side(side, paths[0]))

    def _drop_pair(self, paths: list[Path]) -> None:
        if len(paths) > 2:
            self.show_error(f"{len(paths)} files dropped: drop two articles to compare them.")
            return
        self.open_pair(paths[0], paths[1])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_file_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = take_dropped_files(event)
        if not paths:
            return
        saved = [p for p in paths if is_comparison_file(p)]
        if saved:
            QTimer.singleShot(0, lambda: self.open_comparison(saved[0]))
            return
        if len(paths) == 1:
            self.statusBar().showMessage(
                "Drop a single article onto the left or right text to replace that side, "
                "or drop two articles anywhere to compare them.",
                8000,
            )
            return
        QTimer.singleShot(0, lambda: self._drop_pair(paths))

    # -- session events ------------------------------------------------------------------------

    def _on_report(self, report: Report) -> None:
        self.info_bar.hide()
        self.view.set_report(report)
        self.dock.set_report(report)
        self._update_title()
        self._sync_review_actions()
        if self.session.file_path is None:
            # Computed from two files: worth offering again. A saved comparison is its own file.
            left, right = report.left.document.source, report.right.document.source
            self.settings.add_recent_pair(left, right)
        n = len(self.view.conflicts())
        self.next_action.setEnabled(n > 0)
        self.prev_action.setEnabled(n > 0)
        self.statusBar().showMessage(
            f"Compared. {n} conflict{'s' if n != 1 else ''}: press F8 to step through them."
            if n
            else "Compared. No conflicts found.",
            8000,
        )

    def _on_review(self, report: Report, changed: tuple[str, ...]) -> None:
        self.view.update_review(report)
        self.dock.update_review(report)
        self._sync_review_actions()
        n = len(self.view.conflicts())
        self.next_action.setEnabled(n > 0)
        self.prev_action.setEnabled(n > 0)

    def _update_title(self, *_changed: object) -> None:
        """The title "name.crosscheck[*] — Crosscheck"; Qt shows the [*] as "*" while there is unsaved work."""
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
        has_report = report is not None
        self.save_action.setEnabled(has_report)
        self.save_as_action.setEnabled(has_report)
        self.rerun_action.setEnabled(has_report)
        for action in self.export_actions.values():
            action.setEnabled(has_report)

    def _on_paths(self, left: Path | None, right: Path | None) -> None:
        if self.view.report is None:
            message = (
                f"Comparing {left.name} and {right.name}…"
                if left and right
                else "Drop the second article to compare the two."
            )
            self.view.set_placeholder(left, right, message)

    def _on_progress(self, stage: str, fraction: float) -> None:
        self.stage.setText(f"{stage}…")
        self.progress.setValue(round(100 * max(0.0, min(1.0, fraction))))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stage.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def show_error(self, message: str) -> None:
        """A clear message that leaves the comparison on screen untouched."""
        self.last_error = message
        self.statusBar().showMessage(message, 15000)
        if self.modal_errors:
            QMessageBox.warning(self, "Crosscheck", message)

    # -- review --------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The finding the review actions act on: the one selected in the table or clicked."""
        finding_id = self.view.current_id
        if finding_id is not None and self.session.finding(finding_id) is not None:
            return finding_id
        return None

    def set_status(self, status: ReviewStatus, finding_id: str | None = None) -> bool:
        finding = self.session.finding(finding_id or self.current_id() or "")
        if finding is None:
            self.statusBar().showMessage("Select a finding first.", 5000)
            return False
        if finding.status is not status:
            self.session.undo_stack.push(SetStatusCommand(self.session, finding, status))
        self._sync_review_actions()
        return True

    def set_note(self, finding_id: str, note: str) -> bool:
        finding = self.session.finding(finding_id)
        if finding is None or finding.note == note:
            return False
        self.session.undo_stack.push(SetNoteCommand(self.session, finding, note))
        return True

    def edit_note(self) -> None:
        if self.current_id() is None:
            self.statusBar().showMessage("Select a finding first.", 5000)
            return
        self.dock.show()
        self.dock.review.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def link_selection(self, kind: FindingKind) -> bool:
        """Link the words selected in the two panes as one fact (agree) or a contradiction."""
        report = self.session.report
        if report is None:
            return False
        left, right = self.view.selected_span(Side.LEFT), self.view.selected_span(Side.RIGHT)
        if left is None or right is None:
            self.statusBar().showMessage(
                "Select the words in both articles first, then link them.", 8000
            )
            return False
        link = make_user_link(report, kind, left, right)
        if report.finding(link.id) is not None:
            self.statusBar().showMessage("These words are already linked that way.", 8000)
            return False
        self.session.undo_stack.push(AddLinkCommand(self.session, link))
        self.view.clear_selections()
        self.view.show_finding(link.id)
        self.statusBar().showMessage(
            f"Linked “{left.text}” and “{right.text}” as {KIND_LABELS[kind].lower()}.", 8000
        )
        return True

    def remove_link(self, finding_id: str | None = None) -> bool:
        finding = self.session.finding(finding_id or self.current_id() or "")
        if finding is None:
            self.statusBar().showMessage("Select a link first.", 5000)
            return False
        if not is_link(finding):
            self.statusBar().showMessage(
                "Only a link between the two articles can be removed; dismiss this finding instead.",
                8000,
            )
            return False
        self.session.undo_stack.push(RemoveLinkCommand(self.session, finding))
        self.statusBar().showMessage("Link removed (Ctrl+Z brings it back).", 8000)
        return True

    def _sync_review_actions(self, *_changed: object) -> None:
        finding = self.session.finding(self.current_id() or "")
        for status, action in self.status_actions.items():
            action.setEnabled(finding is not None)
            action.setChecked(finding is not None and finding.status is status)
        self.reopen_action.setEnabled(
            finding is not None and finding.status is not ReviewStatus.OPEN
        )
        self.note_action.setEnabled(finding is not None)
        self.remove_link_action.setEnabled(finding is not None and is_link(finding))
        both = all(self.view.text(side).selected_range() is not None for side in Side)
        for action in self.link_actions.values():
            action.setEnabled(self.session.report is not None and both)

    def review_menu(self, finding_id: str | None) -> QMenu:
        """The review actions for one finding (or only the link actions), as a menu."""
        menu = QMenu(self)
        self._fill_review_menu(finding_id, menu)
        return menu

    def _fill_review_menu(self, finding_id: str | None, menu: QMenu) -> None:
        if finding_id is not None and self.session.finding(finding_id) is not None:
            self.view.set_current(finding_id)
            finding = self.session.finding(finding_id)
            assert finding is not None
            title = menu.addAction(
                f"{KIND_CUES[finding.kind][1]} {KIND_LABELS[finding.kind]}: "
                f"{STATUS_LABELS[finding.status].lower()}"
            )
            title.setEnabled(False)
            self._sync_review_actions()
            for action in self.status_actions.values():
                menu.addAction(action)
            menu.addAction(self.reopen_action)
            menu.addAction(self.note_action)
            menu.addAction(self.remove_link_action)
        else:
            self._sync_review_actions()
        if any(self.view.text(side).selected_range() is not None for side in Side):
            menu.addSeparator()
            for action in self.link_actions.values():
                menu.addAction(action)

    def _table_menu(self, finding_id: str, pos: QPoint) -> None:
        menu = self.review_menu(finding_id)
        menu.exec(pos)
        menu.deleteLater()

    # -- saving, unsaved work, recovery -------------------------------------------------------

    def keep_or_discard_work(self, action: str) -> bool:
        """Before replacing or closing the comparison: False when the user cancels. Unsaved
        review work is saved or discarded as the user answers."""
        self.dock.review.commit_note()  # a note still being typed is work too
        if not self.session.modified:
            return True
        path = self.session.file_path
        name = f"“{path.name}”" if path is not None else "this comparison"
        answer = self.prompts.unsaved_changes(self, name, action)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.recovery.discard()
            return True
        return False

    def save(self) -> bool:
        if self.session.comparison is None:
            return False
        if self.session.file_path is None:
            return self.save_as()
        return self._write(self.session.file_path)

    def save_as(self, path: Path | None = None) -> bool:
        report = self.session.report
        if report is None:
            return False
        if path is None:
            current = self.session.file_path
            suggested = current or Path(self.settings.last_dir or Path.home()) / suggested_name(
                report
            )
            path = self.prompts.save_path(self, "Save Comparison", suggested, COMPARISON_FILTER)
            if path is None:
                return False
        if not is_comparison_file(path):
            path = path.with_name(path.name + SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        self.dock.review.commit_note()
        current = self.session.comparison
        if current is None:
            return False
        saved = stamp(current, by=self.session.user)
        try:
            save_comparison(path, saved)
        except OSError as exc:
            # The write is atomic: the old file (if any) is intact, the work still open.
            self.show_error(
                f"Could not save “{path.name}”: {exc.strerror or exc}. "
                "Your review is still open; try another folder."
            )
            return False
        self.session.mark_saved(path, saved)
        self.recovery.discard()
        self.settings.last_dir = str(path.parent)
        self.statusBar().showMessage(f"Saved {path.name}.", 8000)
        return True

    def offer_recoveries(self) -> bool:
        """At start-up: offer work left behind by a crash; True when one was restored here."""
        for recovery in self.recovery.candidates():
            answer = self.prompts.offer_recovery(self, recovery)
            if answer == "discard":
                self.recovery.remove(recovery.file)
                continue
            if answer != "restore" or recovery.problem:
                continue  # later: it stays for the next start
            try:
                saved = load_comparison(recovery.file)
            except ReportFormatError as exc:
                self.show_error(f"Could not restore “{recovery.file.name}”: {exc.reason}.")
                continue
            self.session.load(saved, recovery.original, changed=True)
            self.recovery.adopt(recovery)
            self.statusBar().showMessage(
                "Restored your unsaved review. Save it to keep it (Ctrl+S).", 15000
            )
            return True
        return False

    def rerun(self) -> bool:
        """Compare the source files again; the review carries over to findings that survive."""
        saved = self.session.comparison
        if saved is None:
            return False
        base = self.session.file_path.parent if self.session.file_path else None
        checks = changed_sources(saved, base_dir=base)
        missing = [c for c in checks if c.state is SourceState.MISSING]
        if missing:
            self.show_error("Cannot re-run: " + "; ".join(c.reason for c in missing) + ".")
            return False
        if self.session.modified and not self.prompts.confirm(
            self,
            "Re-run the comparison?",
            "Statuses, notes and links stay on the findings that are found again, but the undo "
            "history is cleared.",
            "Re-run",
        ):
            return False
        self.info_bar.hide()
        return self.session.rerun(Path(checks[0].path), Path(checks[1].path))

    # -- export --------------------------------------------------------------------------------

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Write an HTML, PDF or CSV report of the comparison as reviewed now."""
        current = self.session.comparison
        if current is None:
            return False
        _text, suffix, file_filter = EXPORTS[kind]
        if path is None:
            base = self.session.file_path or Path(self.settings.last_dir or Path.home()) / (
                suggested_name(current.report)
            )
            suggested = base.with_name(base.name.removesuffix(SUFFIX) + suffix)
            path = self.prompts.save_path(self, f"Export {kind.upper()}", suggested, file_filter)
            if path is None:
                return False
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.dock.review.commit_note()
        saved = self.session.comparison or current
        # Unsaved review work is dated now: the report must not claim an older review date.
        if self.session.modified or saved.saved_at is None:
            saved = stamp(saved, by=self.session.user)
        self.statusBar().showMessage(f"Exporting {path.name}…")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._write_export(kind, path, saved)
        except (OSError, CrosscheckError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_error(f"Could not export “{path.name}”: {reason}.")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.settings.last_dir = str(path.parent)
        self.statusBar().showMessage(f"Exported {path.name}.", 8000)
        return True

    def _write_export(self, kind: str, path: Path, saved: SavedComparison) -> None:
        from desktop.core.export import export_html, write_csv, write_html

        if kind == "html":
            write_html(path, saved)
        elif kind == "csv":
            write_csv(path, saved.report)
        else:
            from desktop.pdf_export import export_pdf

            # Paint the wait cursor and status line before the (short) synchronous layout.
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
            export_pdf(export_html(saved, for_print=True), path, "Letter" if us else "A4")

    # -- view ----------------------------------------------------------------------------------

    def font_size(self) -> int:
        return self.view.text(Side.LEFT).point_size()

    def set_font_size(self, size: int) -> None:
        for side in Side:
            self.view.text(side).set_point_size(size)

    def zoom(self, step: int) -> None:
        self.set_font_size(self.font_size() + step)

    def _sync_toggled(self, on: bool) -> None:
        self.view.sync.enabled = on

    def set_sync_scrolling(self, on: bool) -> None:
        self.sync_action.setChecked(on)
        self.view.sync.enabled = on

    # -- settings ------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        else:
            self.resize(1400, 900)
        if s.window_state is not None:
            self.restoreState(s.window_state)
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
        s.sync_scrolling = self.sync_action.isChecked()
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._size_dock_on_show:
            # First run: the articles come first, the table gets about a quarter of the height.
            # Done once the window has its real size; before that resizeDocks() is overruled.
            self._size_dock_on_show = False
            QTimer.singleShot(0, self._size_dock)

    def _size_dock(self) -> None:
        height = max(140, min(260, self.height() // 4))
        self.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keep_or_discard_work("closing"):
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
