"""``crosscheck`` with no command: the comparison window.

crosscheck                         the built-in sample comparison
crosscheck LEFT RIGHT              compare two articles
crosscheck FILE.crosscheck         open a saved comparison (as saved: no comparison is run)
crosscheck screenshot OUT.png [LEFT RIGHT | FILE.crosscheck] [--size 1400x900]
                                   [--tab findings|quotes|people|timeline]
                                   render the finished comparison offscreen and exit
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from desktop.version import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
SCREENSHOT_TIMEOUT_MS = 120_000
# After the tab is chosen: longer than the People and Timeline tables wait for their width to
# settle (table_browser.WIDTH_SETTLE_MS), so the picture shows them laid out for their width.
SCREENSHOT_SETTLE_MS = 250
SAVED_SUFFIX = ".crosscheck"  # persist.SUFFIX, repeated so parsing imports nothing heavy


def is_saved_comparison(path: Path) -> bool:
    return path.name.lower().endswith(SAVED_SUFFIX)


def parse_size(text: str) -> tuple[int, int]:
    """Parse "1400x900" as (1400, 900); argparse shows the error as a usage message."""
    width, sep, height = text.lower().partition("x")
    if (
        not sep
        or not width.isdigit()
        or not height.isdigit()
        or int(width) < 200
        or int(height) < 200
    ):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1400x900, got {text!r}")
    return int(width), int(height)


def _add_files_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="LEFT RIGHT articles, or one saved FILE.crosscheck",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Open two articles side by side, coloured by what they agree on, where they "
        "conflict and what only one reports. Without files, opens the built-in sample.",
    )
    _add_files_argument(parser)
    parser.add_argument("--size", type=parse_size, default=(1400, 900), help="screenshot size")
    return parser


def build_screenshot_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck screenshot",
        description="Render the finished comparison to a PNG without a screen, then exit. "
        "Without files, renders the built-in sample.",
    )
    parser.add_argument("out", type=Path, metavar="OUT.png", help="the picture to write")
    _add_files_argument(parser)
    parser.add_argument(
        "--size", type=parse_size, default=(1400, 900), help="window size (default 1400x900)"
    )
    parser.add_argument(
        "--tab",
        metavar="NAME",
        default="",
        help="show this tab of the findings panel (findings, quotes, people, timeline), its "
        "first entry clicked (on quotes, the first quote in conflict)",
    )
    return parser


def _parse(args: list[str]) -> tuple[Path | None, list[Path], tuple[int, int]]:
    """``screenshot OUT.png [FILES]`` or the window's ``[FILES]``; argparse prints --help."""
    shot: Path | None = None
    if args and args[0] == "screenshot":
        parser = build_screenshot_parser()
        parsed = parser.parse_intermixed_args(args[1:])
        shot = parsed.out
    else:
        parser = build_parser()
        parsed = parser.parse_intermixed_args(args)
    files: list[Path] = parsed.files
    one_saved = len(files) == 1 and is_saved_comparison(files[0])
    if len(files) not in (0, 2) and not one_saved:
        parser.error(
            "give two articles (LEFT RIGHT), a saved FILE.crosscheck, "
            "or nothing for the built-in sample"
        )
    return shot, files, parsed.size


def _screenshot_tab(args: list[str]) -> str:
    """The screenshot's ``--tab`` (after ``_parse`` accepted the arguments), else ""."""
    if not args or args[0] != "screenshot":
        return ""
    return str(build_screenshot_parser().parse_intermixed_args(args[1:]).tab)


def missing_display(environ: Mapping[str, str], platform: str) -> str | None:
    """Why no window can open here (None: one can), said before Qt tries and fails.

    Without a display Qt aborts with "could not connect to display" or, worse, a misleading
    "libxcb-cursor0 is needed" and a core dump. Windows and macOS always have a display; a
    QT_QPA_PLATFORM the user chose (offscreen, vnc, eglfs...) is theirs to answer for.
    """
    if platform.startswith(("win", "darwin", "cygwin")) or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "crosscheck: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set); compare on the command line instead: crosscheck compare LEFT RIGHT "
        "(see crosscheck --help)"
    )


def _install_excepthook() -> None:
    """An unexpected error shows a dialog the user can report, not a traceback in a terminal
    they may not have."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        if sys.__stderr__ is not None:  # absent in a windowed (no console) frozen build
            sys.__stderr__.write(details)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical, "Crosscheck", "Something went wrong inside Crosscheck."
        )
        box.setInformativeText(f"{kind.__name__}: {value}\n\nYour comparison is still open.")
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def main(args: list[str]) -> int:
    shot, files, size = _parse(args)
    no_display = missing_display(os.environ, sys.platform)
    if no_display is not None:
        if shot is None:
            print(no_display, file=sys.stderr)
            return EXIT_BAD_INPUT
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if not (len(files) == 1 and is_saved_comparison(files[0])):
        # spaCy loads in its own process while Qt starts; a saved comparison opens as saved and
        # needs no pipeline.
        from desktop.core.runtime.engine_process import start_engine

        start_engine()

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    # Before QApplication: QSettings and the standard paths are keyed on these names.
    QCoreApplication.setOrganizationName("Crosscheck")
    QCoreApplication.setOrganizationDomain("crosscheck.invalid")
    QCoreApplication.setApplicationName("Crosscheck")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if sys.stderr is not None:
        faulthandler.enable()
    _install_excepthook()

    from desktop.qt.main_window import MainWindow
    from desktop.qt.samples import sample_paths
    from desktop.qt.settings import Settings

    # Title bar and task switcher; resources/crosscheck.png sits next to the samples folder.
    QApplication.setWindowIcon(QIcon(str(sample_paths()[0].parent.parent / "crosscheck.png")))
    if shot is not None:
        return _screenshot(app, shot, files, size, _screenshot_tab(args))

    window = MainWindow(settings=Settings())
    window.show()

    def start() -> None:
        # Work left behind by a crash comes first: the user chose to restore it over the rest.
        if window.files.offer_recoveries():
            return
        if len(files) == 1:
            window.files.open_comparison(files[0])
            return
        left, right = files if files else sample_paths()
        window.files.open_pair(left, right)

    # After the first paint: the window appears at once, the comparison follows.
    QTimer.singleShot(0, start)
    return app.exec()


def _screenshot(
    app: object, out: Path, files: list[Path], size: tuple[int, int], tab: str = ""
) -> int:
    # A throwaway settings file: a screenshot must not depend on (or change) the user's layout.
    import tempfile

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.qt.dock_tabs import show_tab
    from desktop.qt.main_window import MainWindow
    from desktop.qt.samples import sample_paths
    from desktop.qt.settings import Settings

    tmp = tempfile.TemporaryDirectory()
    window = MainWindow(settings=Settings(Path(tmp.name) / "screenshot.ini"), modal_errors=False)
    window.resize(*size)
    window.show()
    result = {"code": EXIT_FAILED}

    def done(_report: object = None) -> None:
        QApplication.processEvents()
        window.view.next_conflict()  # show the current-finding marking, as a reader would see it
        if tab and not show_tab(window, tab, open_first=True):
            names = ", ".join(window.dock.tabs.tabText(i) for i in range(window.dock.tabs.count()))
            failed(f"--tab {tab}: no such tab (the tabs are {names})")
            return
        QTimer.singleShot(SCREENSHOT_SETTLE_MS, grab)

    def grab() -> None:
        window.view.flush_drawing()  # the highlights drawn in slices (stop 57) are all in place
        for side_pane in window.view.panes.values():
            side_pane.text.layers.clear_layer("flash")  # transient: not part of a still picture
        QApplication.processEvents()
        image = window.grab()
        if image.save(str(out)):
            print(f"saved {out} ({image.width()}x{image.height()})")
            result["code"] = EXIT_OK
        else:
            print(f"crosscheck: could not write {out}", file=sys.stderr)
        QApplication.quit()

    def failed(message: str) -> None:
        print(f"crosscheck: {message}", file=sys.stderr)
        result["code"] = EXIT_BAD_INPUT
        QApplication.quit()

    window.session.reportChanged.connect(done)
    window.session.failed.connect(failed)

    def start() -> None:
        if len(files) == 1:
            # A saved comparison opens synchronously (no pipeline): done() has already run.
            if not window.files.open_comparison(files[0]):
                failed(window.last_error)
            return
        left, right = files if files else sample_paths()
        window.files.open_pair(left, right)

    QTimer.singleShot(0, start)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: failed("timed out waiting for the comparison"))
    QApplication.exec()
    window.session.wait_for_done()
    window.close()
    tmp.cleanup()
    return result["code"]
