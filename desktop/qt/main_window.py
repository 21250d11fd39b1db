"""The main window: menus and shortcuts, drops, the findings dock, progress, settings.

It wires the session (data and work) to the views (display) and keeps no comparison logic itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from desktop.core.model import Report, Side
from desktop.qt.article_pane import DEFAULT_POINT_SIZE, urls_to_paths
from desktop.qt.comparison_view import ComparisonView
from desktop.qt.findings_dock import FindingsDock
from desktop.qt.samples import sample_paths
from desktop.qt.session import SUPPORTED_TEXT, ComparisonSession
from desktop.qt.settings import Settings

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: ComparisonSession | None = None,
        settings: Settings | None = None,
        *,
        modal_errors: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Crosscheck")
        self.session = session or ComparisonSession(parent=self)
        self.settings = settings or Settings()
        # Tests and the screenshot command must never block on a dialog.
        self.modal_errors = modal_errors
        self.last_error = ""
        self._size_dock_on_show = False

        self.view = ComparisonView(self)
        self.setCentralWidget(self.view)
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
            "&Open Two Articles…",
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            tip=f"Choose two articles to compare ({SUPPORTED_TEXT})",
        )
        file_menu.addAction(self.open_action)
        self.sample_action = self._action("Open &Sample Comparison", self.open_sample)
        file_menu.addAction(self.sample_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.cancel_action = self._action("&Cancel Comparison", self.session.cancel, "Esc")
        file_menu.addAction(self.cancel_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

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
        return self.session.open_pair(left, right)

    def open_sample(self) -> bool:
        return self.open_pair(*sample_paths())

    def open_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Choose two articles to compare", self.settings.last_dir, FILE_FILTER
        )
        if not paths:
            return
        self.settings.last_dir = str(Path(paths[0]).parent)
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
        if side is None:
            QTimer.singleShot(0, lambda: self._drop_pair(paths))
        else:
            QTimer.singleShot(0, lambda: self.session.open_side(side, paths[0]))

    def _drop_pair(self, paths: list[Path]) -> None:
        if len(paths) > 2:
            self.show_error(f"{len(paths)} files dropped: drop two articles to compare them.")
            return
        self.open_pair(paths[0], paths[1])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = urls_to_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
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
        self.view.set_report(report)
        self.dock.set_report(report)
        left, right = report.left.document.source, report.right.document.source
        self.setWindowTitle(f"{Path(left).name} vs {Path(right).name} — Crosscheck")
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
        self.save_settings()
        self.session.cancel()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.dock.set_theme(self.view.theme)
