"""Odd things dropped on the window get a message naming them and what to do: a link dragged
from a browser (the app is offline, it never fetches it) and a PDF whose text layer is garbage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from desktop.core.ingest import load_document
from desktop.core.model import Report, Side
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.core.test_ingest_formats import make_pdf
from tests.factories import story_report
from tests.qt.qt_helpers import drop_urls

STORY = [
    "The harbour master of Lowmere closed the east pier on Friday evening.",
    "Two fishing boats had struck the old breakwater during the storm.",
]


def _reading_compare(left: Path, right: Path, **_: object) -> Report:
    """An engine that reads both files as the real one does, then reports a stock story."""
    load_document(left)
    load_document(right)
    return story_report(left_source=str(left), right_source=str(right))


def _window(qtbot, settings: Settings) -> MainWindow:
    window = MainWindow(ComparisonSession(compare=_reading_compare), settings, modal_errors=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_link_dragged_from_a_browser_says_the_app_is_offline(qtbot, settings: Settings) -> None:
    window = _window(qtbot, settings)
    drop_urls(window, [QUrl("https://example.org/lowmere-pier")])
    message = window.last_error or ""
    assert "example.org/lowmere-pier" in message and "offline" in message
    assert "Save Page As" in window.statusBar().currentMessage()
    assert not window.session.busy


def test_a_pdf_with_a_garbled_text_layer_is_named_with_what_to_do(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, settings)
    good = tmp_path / "good.txt"
    good.write_text("\n".join(STORY), encoding="utf-8")
    glued = tmp_path / "glued.pdf"
    glued.write_bytes(make_pdf([[s.replace(" ", "") for s in STORY]]))
    with qtbot.waitSignal(window.session.failed, timeout=10_000) as blocker:
        window.files.open_pair(glued, good)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5_000)
    message = blocker.args[0]
    assert message.startswith("Could not open “glued.pdf”: has a damaged text layer")
    assert "export it as text" in message
    window.session.wait_for_done()


def test_a_link_dragged_onto_an_article_is_passed_up_to_the_window_to_explain(
    qtbot, settings: Settings
) -> None:
    window = _window(qtbot, settings)
    viewport = window.view.text(Side.LEFT).viewport()
    # Accepted by the window: the pane refuses a drag of web links and passes it up.
    drop_urls(viewport, [QUrl("https://example.org/lowmere-pier")])
    assert "offline" in (window.last_error or "")
