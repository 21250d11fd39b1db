"""The window's file work: opening articles and saved comparisons (menu, drops, recent pairs),
saving, unsaved work and crash recovery, re-running on the source files, and exporting.

Questions go through the window's ``prompts`` (``desktop.qt.dialogs``), so tests answer them
without a dialog; errors go through ``window.show_error``, which leaves the comparison untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from desktop.core.export.export_kinds import ExportKind, write_export
from desktop.core.model import Side
from desktop.core.persistence.persist import (
    SUFFIX,
    SavedComparison,
    SourceState,
    changed_sources,
    load_comparison,
    save_comparison,
    stamp,
)
from desktop.core.results.review import suggested_name
from desktop.core.runtime.errors import CrosscheckError, ReportFormatError
from desktop.qt.drops import take_dropped_files, web_links
from desktop.qt.samples import sample_paths
from desktop.qt.save_folder import save_folder
from desktop.qt.session import check_input, could_not_open

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow

COMPARISON_FILTER = f"Crosscheck comparisons (*{SUFFIX})"
# What the File › Export menu offers: kind -> (menu text, what the save dialog calls the files).
EXPORTS: dict[ExportKind, tuple[str, str]] = {
    ExportKind.HTML: ("&HTML Report…", "HTML reports"),
    ExportKind.PDF: ("&PDF Report…", "PDF documents"),
    ExportKind.CSV: ("&CSV of Findings…", "CSV spreadsheets"),
}


def open_filter() -> str:
    """The Open dialog's file types: saved comparisons, and the articles the reader knows."""
    # Imported on first use: the ingest package loads date parsing, which the first paint does not
    # need.
    from desktop.core.ingest.registry import ADVERTISED

    articles = " ".join(f"*{suffix}" for suffix in ADVERTISED)
    return (
        f"Comparisons and articles (*{SUFFIX} {articles});;"
        f"Saved comparisons (*{SUFFIX});;Articles ({articles});;All files (*)"
    )


def is_comparison_file(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX)


class FileController(QObject):
    """Everything that reads or writes a file on the window's behalf."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings

    def _say(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # -- opening -------------------------------------------------------------------------------

    def open_pair(self, left: Path, right: Path) -> bool:
        if not self.keep_or_discard_work("comparing other articles"):
            return False
        problems = {Side.LEFT: check_input(left), Side.RIGHT: check_input(right)}
        if not any(problems.values()):
            return self.session.open_pair(left, right)
        message = " ".join(p for p in problems.values() if p)
        if self.session.report is None:
            # Nothing on screen to protect: keep the usable article and wait for the other one.
            for side, path in ((Side.LEFT, left), (Side.RIGHT, right)):
                if problems[side] is None:
                    self.session.open_side(side, path)
                    message += f" {path.name} is open on the {side.value}: add a second article."
            if all(problems.values()):
                self.window.view.set_placeholder(None, None, "No comparison yet.")
        self.session.failed.emit(message)  # the window shows it; the screenshot command exits
        return False

    def open_side(self, side: Side, path: Path) -> bool:
        if self.session.report is not None and not self.keep_or_discard_work(
            "replacing an article"
        ):
            return False
        return self.session.open_side(side, path)

    def open_sample(self) -> bool:
        return self.open_pair(*sample_paths())

    def open_comparison(self, path: Path) -> bool:
        """Show a .crosscheck file exactly as saved: no comparison is run, no source is needed.

        The file is read before anything else happens, so a damaged or newer file costs nothing:
        the message names it and why, the comparison on screen stays, and the file is not touched.
        """
        try:
            saved = load_comparison(path)
        except ReportFormatError as exc:
            self.window.show_error(f"{could_not_open(path.name, exc.reason)}.")
            return False
        if not self.keep_or_discard_work(f"opening “{path.name}”"):
            return False
        self.session.load(saved, path)
        self.settings.last_dir = str(path.parent)
        # Back on the finding that was being read when it was saved (it was "No finding
        # selected", the reviewer hunting for their place among dozens of rows).
        last = self.settings.last_finding(path)
        if last is not None and saved.report.finding(last) is not None:
            self.window.view.show_finding(last)
        self._say(f"Opened {path.name}.")
        self.check_sources()
        return True

    def check_sources(self) -> None:
        """Say (without blocking) when a source file changed or went since the comparison was
        saved."""
        saved, path = self.session.comparison, self.session.file_path
        info_bar = self.window.info_bar
        if saved is None or path is None:
            return
        checks = changed_sources(saved, base_dir=path.parent)
        changed = [c for c in checks if c.state in (SourceState.CHANGED, SourceState.MISSING)]
        if not changed:
            info_bar.hide()
            return
        text = "; ".join(c.reason for c in changed) + (
            ". You are seeing the articles as they were when the comparison was saved."
        )
        missing = any(c.state is SourceState.MISSING for c in checks)
        info_bar.show_message(text, "" if missing else "Re-run Comparison")

    def open_dialog(self) -> None:
        window = self.window
        paths, _filter = QFileDialog.getOpenFileNames(
            window, "Open a comparison or two articles", self.settings.last_dir, open_filter()
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
                window,
                "Choose the article to compare it with",
                self.settings.last_dir,
                open_filter(),
            )
            if not other:
                return
            paths.append(other)
        self.open_pair(Path(paths[0]), Path(paths[1]))

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        pairs = self.settings.recent_pairs
        if not pairs:
            menu.addAction("No recent comparisons").setEnabled(False)
            return
        for left, right in pairs:
            action = menu.addAction(f"{Path(left).name}  vs  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(
                lambda _c=False, a=left, b=right: self.open_pair(Path(a), Path(b))
            )
        menu.addSeparator()
        menu.addAction("Clear Recent", self.settings.clear_recent)

    # -- drops ---------------------------------------------------------------------------------

    def on_files_dropped(self, side: Side | None, paths: list[Path]) -> None:
        """Files dropped on the articles (``side`` None: between or around them)."""
        # Deferred so the drop returns to the drag source at once (Picard does the same).
        saved = [p for p in paths if is_comparison_file(p)]
        if saved:
            QTimer.singleShot(0, lambda: self.open_comparison(saved[0]))
        elif side is None:
            QTimer.singleShot(0, lambda: self._drop_pair(paths))
        else:
            QTimer.singleShot(0, lambda: self.open_side(side, paths[0]))

    def on_window_drop(self, event: QDropEvent) -> None:
        """Files dropped anywhere else on the window: a saved comparison, or two articles."""
        links = web_links(event.mimeData().urls())
        paths = take_dropped_files(event)
        if not paths:
            if links:  # a link dragged from a browser: the app is offline, it is never fetched
                from desktop.core.ingest.registry import WEB_ADDRESS

                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.window.show_error(f"{could_not_open(links[0].toString(), WEB_ADDRESS)}.")
            return
        saved = [p for p in paths if is_comparison_file(p)]
        if saved:
            QTimer.singleShot(0, lambda: self.open_comparison(saved[0]))
            return
        if len(paths) == 1:
            self._say(
                "Drop a single article onto the left or right text to replace that side, "
                "or drop two articles anywhere to compare them."
            )
            return
        QTimer.singleShot(0, lambda: self._drop_pair(paths))

    def _drop_pair(self, paths: list[Path]) -> None:
        if len(paths) > 2:
            self.window.show_error(
                f"{len(paths)} files dropped: drop two articles to compare them."
            )
            return
        self.open_pair(paths[0], paths[1])

    # -- saving, unsaved work, recovery -------------------------------------------------------

    def keep_or_discard_work(self, action: str) -> bool:
        """Before replacing or closing the comparison: False when the user cancels. Unsaved
        review work is saved or discarded as the user answers."""
        self.window.dock.review.commit_note()  # a note still being typed is work too
        if not self.session.modified:
            return True
        path = self.session.file_path
        name = f"“{path.name}”" if path is not None else "this comparison"
        answer = self.window.prompts.unsaved_changes(self.window, name, action)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.window.recovery.discard()
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
            suggested = current or save_folder(self.settings.last_dir, report) / suggested_name(
                report
            )
            path = self.window.prompts.save_path(
                self.window, "Save Comparison", suggested, COMPARISON_FILTER
            )
            if path is None:
                return False
        if not is_comparison_file(path):
            path = path.with_name(path.name + SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        self.window.dock.review.commit_note()
        current = self.session.comparison
        if current is None:
            return False
        saved = stamp(current, by=self.session.user)
        try:
            save_comparison(path, saved)
        except OSError as exc:
            # The write is atomic: the old file (if any) is intact, the work still open.
            self.window.show_error(
                f"Could not save “{path.name}”: {exc.strerror or exc}. "
                "Your review is still open; try another folder."
            )
            return False
        self.session.mark_saved(path, saved)
        self.settings.set_last_finding(path, self.window.view.current_id)
        self.window.recovery.discard()
        self.settings.last_dir = str(path.parent)
        self._say(f"Saved {path.name}.")
        return True

    def offer_recoveries(self) -> bool:
        """At start-up: offer work left behind by a crash; True when one was restored here."""
        recovery_keeper = self.window.recovery
        for recovery in recovery_keeper.candidates():
            answer = self.window.prompts.offer_recovery(self.window, recovery)
            if answer == "discard":
                recovery_keeper.remove(recovery.file)
                continue
            if answer != "restore" or recovery.problem:
                continue  # later: it stays for the next start
            try:
                saved = load_comparison(recovery.file)
            except ReportFormatError as exc:
                self.window.show_error(f"Could not restore “{recovery.file.name}”: {exc.reason}.")
                continue
            self.session.load(saved, recovery.original, changed=True)
            recovery_keeper.adopt(recovery)
            self._say("Restored your unsaved review. Save it to keep it (Ctrl+S).", 15000)
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
            self.window.show_error("Cannot re-run: " + "; ".join(c.reason for c in missing) + ".")
            return False
        if self.session.modified and not self.window.prompts.confirm(
            self.window,
            "Re-run the comparison?",
            "Statuses, notes and links stay on the findings that are found again, but the undo "
            "history is cleared.",
            "Re-run",
        ):
            return False
        self.window.info_bar.hide()
        return self.session.rerun(Path(checks[0].path), Path(checks[1].path))

    # -- export --------------------------------------------------------------------------------

    def export(self, kind: ExportKind | str, path: Path | None = None) -> bool:
        """Write an HTML, PDF or CSV report of the comparison as reviewed now."""
        current = self.session.comparison
        if current is None:
            return False
        kind = ExportKind(kind)
        suffix = kind.suffix
        file_filter = f"{EXPORTS[kind][1]} (*{suffix})"
        if path is None:
            base = self.session.file_path or save_folder(self.settings.last_dir, current.report) / (
                suggested_name(current.report)
            )
            suggested = base.with_name(base.name.removesuffix(SUFFIX) + suffix)
            path = self.window.prompts.save_path(
                self.window, f"Export {kind.upper()}", suggested, file_filter
            )
            if path is None:
                return False
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.window.dock.review.commit_note()
        saved = self.session.comparison or current
        # Unsaved review work is dated now: the report must not claim an older review date.
        if self.session.modified or saved.saved_at is None:
            saved = stamp(saved, by=self.session.user)
        self.window.statusBar().showMessage(f"Exporting {path.name}…")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._write_export(kind, path, saved)
        except (OSError, CrosscheckError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.window.show_error(f"Could not export “{path.name}”: {reason}.")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.settings.last_dir = str(path.parent)
        self._say(f"Exported {path.name}.")
        return True

    def _write_export(self, kind: ExportKind, path: Path, saved: SavedComparison) -> None:
        if kind is ExportKind.PDF:
            from desktop.qt.pdf_export import render_pdf

            # Paint the wait cursor and status line before the (short) synchronous layout.
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
            write_export(
                path, kind, saved, render_pdf=render_pdf, page_size="Letter" if us else "A4"
            )
        else:
            write_export(path, kind, saved)
