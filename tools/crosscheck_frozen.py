"""Entry script for the PyInstaller build (build.spec): the same ``main`` as ``crosscheck``.

A separate file, not desktop/__main__.py, so that the desktop/ folder is not put on the build's
module search path (its modules would then also be importable as top-level ``cli``, ``app``...).

``CROSSCHECK_STARTUP_PROBE`` (bench/frozen_startup.py) measures start-up: with ``app`` the app
starts as usual and, the moment its first window has painted, prints ``first-paint`` and exits;
with ``baseline`` it shows an empty PySide6 window instead, with the same probe: the floor that
the frozen Python, Qt and the platform plugin set. Unset, nothing here changes the app.
"""

import multiprocessing
import os
import sys

PROBE_ENV = "CROSSCHECK_STARTUP_PROBE"
FIRST_PAINT = "first-paint"


def _probe_first_paint() -> None:
    """Make every QApplication created from now on exit at its first window's first paint."""
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QtWidgets.QWidget)
                and watched.isWindow()
            ):
                # Let this paint finish, then leave at once: no shutdown, no worker to join.
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, _report_and_exit)
            return False

    class ProbedApplication(QtWidgets.QApplication):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self._first_paint = FirstPaint(self)
            self.installEventFilter(self._first_paint)

    QtWidgets.QApplication = ProbedApplication  # type: ignore[misc,assignment]  # read at call time by app.py


def _report_and_exit() -> None:
    print(FIRST_PAINT, flush=True)
    # The engine process started at launch would outlive an os._exit and load spaCy into the
    # next measurement; end it first.
    for child in multiprocessing.active_children():
        child.kill()
        child.join(timeout=5)
    os._exit(0)


def _baseline() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1400, 900)
    window.show()
    return app.exec()


def main() -> int:
    # A process the app spawns (the engine) re-runs this executable: it becomes that process here
    # and never reaches the probe or the window. desktop.__main__ calls this too, for the source.
    multiprocessing.freeze_support()
    probe = os.environ.get(PROBE_ENV)
    if probe:
        _probe_first_paint()
        if probe == "baseline":
            return _baseline()
    from desktop.__main__ import main as crosscheck_main

    return crosscheck_main()


if __name__ == "__main__":
    raise SystemExit(main())
