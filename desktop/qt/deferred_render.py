"""Drawing a hidden dock page later, in its own turn of the event loop.

The People and Timeline pages build their whole table as HTML (a tenth of a second each on a long
pair). Built while the report arrives, that time adds to the one block in which the window shows a
comparison (stop 56), though neither tab is in front. A page that is hidden inside a shown window
asks for its drawing here instead: it runs from a zero timer after the panes have been shown, or at
once when the page is shown, read or clicked first (``flush``). A page on its own (not in a shown
window: tests, exports) draws at once, as before. A newer report only re-asks: the one pending
drawing reads the page's state when it runs, so it never draws a replaced report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


class DeferredRender:
    """One pending drawing of ``page`` by ``render``."""

    def __init__(self, page: QWidget, render: Callable[[], None]) -> None:
        self._page = page
        self._render = render
        self._pending = False
        # Parented: it dies with the page and never fires on a closed window.
        self._timer = QTimer(page)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending

    def request(self) -> None:
        """Draw now if the page is on screen or on its own; later if it is a hidden tab."""
        window = self._page.window()
        if window is not self._page and window.isVisible() and not self._page.isVisible():
            self._pending = True
            self._timer.start(0)
            return
        self._pending = True
        self.flush()

    def flush(self) -> None:
        """Draw what is pending, now (the page is about to be shown or read)."""
        self._timer.stop()
        if self._pending:
            self._pending = False
            self._render()
