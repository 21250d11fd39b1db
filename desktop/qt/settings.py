"""Every remembered preference in one place, over ``QSettings`` (INI format).

Tests pass an explicit ini path; the app uses the per-user location for the organisation and
application names set in ``desktop.app``. Values are normalised on the way out, because QSettings
may hand back a str or None for one-element or empty lists on some backends.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from desktop.qt.article_pane import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE

MAX_RECENT = 8
# Saved comparisons whose last selected finding is remembered (the newest kept): a journalist
# reopening a .crosscheck is put back on the finding they were reading when they saved it.
MAX_LAST_FINDINGS = 50


class Settings:
    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                QCoreApplication.organizationName() or "Crosscheck",
                QCoreApplication.applicationName() or "Crosscheck",
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    # -- window layout -------------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/splitter", value)

    # -- reading -------------------------------------------------------------------------------

    @property
    def font_size(self) -> int:
        try:
            size = int(str(self._qs.value("view/font_size", DEFAULT_POINT_SIZE)))
        except (TypeError, ValueError):
            return DEFAULT_POINT_SIZE
        return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._qs.setValue("view/font_size", int(value))

    @property
    def sync_scrolling(self) -> bool:
        value = self._qs.value("view/sync_scrolling", True)
        if isinstance(value, str):  # INI files store booleans as text
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    @sync_scrolling.setter
    def sync_scrolling(self, value: bool) -> None:
        self._qs.setValue("view/sync_scrolling", bool(value))

    # -- files ---------------------------------------------------------------------------------

    @property
    def recent_pairs(self) -> list[tuple[str, str]]:
        """Most recent first; each entry is a (left, right) pair of paths."""
        value = self._qs.value("files/recent", [])
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        pairs = []
        for item in value:
            left, sep, right = str(item).partition("\n")
            if sep and left and right:
                pairs.append((left, right))
        return pairs

    def add_recent_pair(self, left: str, right: str) -> None:
        pairs = [p for p in self.recent_pairs if p != (left, right)]
        pairs.insert(0, (left, right))
        self._qs.setValue("files/recent", [f"{a}\n{b}" for a, b in pairs[:MAX_RECENT]])

    def clear_recent(self) -> None:
        self._qs.setValue("files/recent", [])

    # -- review ------------------------------------------------------------------------------

    @property
    def reviewer(self) -> str:
        """The name written as "saved by" in .crosscheck files; empty: the login name."""
        return str(self._qs.value("review/name", "") or "")

    @reviewer.setter
    def reviewer(self, value: str) -> None:
        self._qs.setValue("review/name", value)

    @property
    def last_dir(self) -> str:
        return str(self._qs.value("files/last_dir", "") or "")

    @last_dir.setter
    def last_dir(self, value: str) -> None:
        self._qs.setValue("files/last_dir", value)

    # -- where the journalist was in a saved comparison -----------------------------------------

    def last_finding(self, comparison: Path) -> str | None:
        """The finding selected when ``comparison`` (a .crosscheck) was last saved, or None."""
        key = _file_key(comparison)
        for entry in self._list("files/last_findings"):
            file_key, _, finding_id = entry.partition("=")
            if file_key == key and finding_id:
                return finding_id
        return None

    def set_last_finding(self, comparison: Path, finding_id: str | None) -> None:
        key = _file_key(comparison)
        kept = [e for e in self._list("files/last_findings") if e.partition("=")[0] != key]
        if finding_id:
            kept.insert(0, f"{key}={finding_id}")
        self._qs.setValue("files/last_findings", kept[:MAX_LAST_FINDINGS])

    def _list(self, key: str) -> list[str]:
        value = self._qs.value(key, [])
        if value is None:
            return []
        if isinstance(value, str):  # one-element lists come back as a plain string
            return [value] if value else []
        if not isinstance(value, list):
            return []
        return [str(v) for v in value]


def _file_key(path: Path) -> str:
    """A short key for a file's full path (a path's slashes would nest INI groups)."""
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
