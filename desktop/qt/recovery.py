"""Recovery copies of unsaved review work: written shortly after each edit, removed on save or on a
clean close, offered at the next start if Crosscheck did not get to remove them.

The file format and naming are ``desktop.core.persistence.persist``'s (write_recovery,
find_recoveries); this module decides when to write and which copies are someone else's (another
open window).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from desktop.core.persistence.persist import (
    Recovery,
    discard_recovery,
    find_recoveries,
    write_recovery,
)
from desktop.qt.session import ComparisonSession

RECOVERY_DELAY_MS = 2000  # after the last edit: a burst of edits costs one write

# Copies belonging to windows alive in this process: never offered to another window.
_OWNED: set[Path] = set()
_KEYS = itertools.count(1)


def default_recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".crosscheck") / "recovery"


def process_alive(pid: int) -> bool:
    """Whether another process ``pid`` is running (its copy is then its own, not a crash's)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


class RecoveryKeeper(QObject):
    """Keeps one recovery copy for one window's session while it has unsaved changes."""

    def __init__(
        self,
        session: ComparisonSession,
        directory: Path | None = None,
        parent: QObject | None = None,
        *,
        delay_ms: int = RECOVERY_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.directory = Path(directory) if directory is not None else default_recovery_dir()
        self.file: Path | None = None
        self.last_error = ""
        self._key = str(next(_KEYS))  # two untitled windows never share a copy
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.write_now)
        session.modifiedChanged.connect(self._modified_changed)
        session.reviewChanged.connect(self.schedule)

    def schedule(self, *_changed: object) -> None:
        """Restart the countdown: the copy is written once the edits pause."""
        if self.session.modified:
            self.timer.start()

    def write_now(self) -> Path | None:
        self.timer.stop()
        saved = self.session.comparison
        if saved is None or not self.session.modified:
            return None
        try:
            target = write_recovery(
                saved, self.session.file_path, self.directory, untitled_key=self._key
            )
        except OSError as exc:
            # Not fatal (the work is still in memory); the window shows it in the status bar.
            self.last_error = f"Could not keep a recovery copy: {exc.strerror or exc}"
            return None
        if self.file is not None and self.file != target:
            self.remove(self.file)  # e.g. after Save As: the copy moved to the new name
        self.file = target
        _OWNED.add(target)
        return target

    def discard(self) -> None:
        """No unsaved work any more (saved, undone to the save point, or closed on purpose)."""
        self.timer.stop()
        if self.file is not None:
            self.remove(self.file)
            self.file = None

    def candidates(self) -> list[Recovery]:
        """Copies left behind by a crash, newest first: not ours, not another live window's."""
        out = []
        for recovery in find_recoveries(self.directory):
            if recovery.file in _OWNED:
                continue
            if recovery.pid not in (None, os.getpid()) and process_alive(recovery.pid):
                continue
            out.append(recovery)
        return out

    def adopt(self, recovery: Recovery) -> None:
        """After restoring ``recovery``: write this window's own copy, then let the old one go."""
        self.write_now()
        if self.file != recovery.file:
            self.remove(recovery.file)

    @staticmethod
    def remove(file: Path) -> None:
        """Delete a recovery copy (declined, restored elsewhere, or superseded)."""
        _OWNED.discard(file)
        with contextlib.suppress(OSError):
            discard_recovery(file)

    def _modified_changed(self, modified: bool) -> None:
        if modified:
            self.schedule()
        else:
            self.discard()
