"""Files dropped from a file manager: one policy for every drop target in the window.

Copy action only (a "move" from a file manager may delete the user's file on some platforms), and
only local files (the app is offline; a dragged web link is not fetched).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


def urls_to_paths(urls: Iterable[QUrl]) -> list[Path]:
    """Local files among dropped URLs, in drop order; remote URLs are ignored."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


def web_links(urls: Iterable[QUrl]) -> list[QUrl]:
    """Dragged web links (from a browser's address bar or a page): never fetched, only named."""
    return [url for url in urls if url.scheme().lower() in _WEB_SCHEMES]


_WEB_SCHEMES = frozenset({"http", "https", "ftp"})


def accept_file_drag(event: QDragEnterEvent | QDragMoveEvent) -> None:
    """Accept a drag that carries local files (as a copy); refuse anything else, such as plain
    text or a web link alone (the window takes those, to say why it cannot open them)."""
    if urls_to_paths(event.mimeData().urls()):
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        event.ignore()


def accept_file_or_link_drag(event: QDragEnterEvent | QDragMoveEvent) -> None:
    """The window's policy: local files, or web links it will explain it cannot fetch."""
    if web_links(event.mimeData().urls()):
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        accept_file_drag(event)


def take_dropped_files(event: QDropEvent) -> list[Path]:
    """The dropped local files, accepting the drop as a copy; [] (and ignored) when there are
    none."""
    paths = urls_to_paths(event.mimeData().urls())
    if not paths:
        event.ignore()
        return []
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    return paths
