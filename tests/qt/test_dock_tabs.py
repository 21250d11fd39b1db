"""The findings panel's four tabs as a journalist meets them: in reading order with their counts,
all four readable on a laptop, a key for each, and the shared agency copy in the overview strips."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.core.model import Side, Span
from desktop.qt.dock_tabs import TAB_KEYS, show_tab
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import Settings
from desktop.qt.table_browser import QUOTE_CHARS, QUOTE_MIN_CHARS, TableBrowser, quoted_sentence
from tests.qt.quote_story import CRITICS, PETROV, quote_report
from tests.qt.test_quotes_tab import open_window


@pytest.fixture
def laptop(qtbot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:
    """A 1280x720 window (the panel at the right) on articles that quote and share copy."""
    window = open_window(qtbot, settings, quote_report(padded=True), (1280, 720), tmp_path)
    yield window
    window.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def tab_titles(window: MainWindow) -> list[str]:
    tabs = window.dock.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_the_panel_tabs_read_findings_quotes_people_timeline_each_with_its_count(
    laptop: MainWindow,
) -> None:
    report = laptop.view.report
    assert report is not None
    titles = tab_titles(laptop)
    assert [t.split(" (")[0] for t in titles] == ["Findings", "Quotes", "People", "Timeline"]
    facts = sum(1 for f in report.findings if f.type != "statement")
    assert titles[0] == f"Findings ({facts})"
    assert titles[1] == "Quotes (4)"
    assert titles[2] == f"People ({len(report.people)})"
    assert titles[3] == f"Timeline ({len(report.timeline)})"


def test_on_a_laptop_all_four_tabs_show_whole_without_scroll_arrows(laptop: MainWindow) -> None:
    assert laptop.dockWidgetArea(laptop.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    bar = laptop.dock.tabs.tabBar()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert needed <= bar.width(), f"the tabs need {needed} pixels, the panel gives {bar.width()}"
    # Every tab's title is drawn in full: none is cut to fit.
    for index in range(bar.count()):
        assert bar.tabRect(index).right() <= bar.width()


def test_each_tab_has_a_key_that_no_menu_entry_already_uses(laptop: MainWindow) -> None:
    keys: dict[str, str] = {}
    for action in laptop.actions():
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in keys, f"{text} does both {keys[text]!r} and {action.text()!r}"
            keys[text] = action.text()
    tabs = laptop.dock.tabs
    for index, (name, key) in enumerate(TAB_KEYS):
        assert name in keys[key], f"{key} does {keys[key]!r}, not the {name} tab"
        # Hovering a tab tells its key, so the reader can find it without the menu.
        assert tabs.tabToolTip(index).endswith(f"({key})"), tabs.tabToolTip(index)
    assert tabs.tabToolTip(1).startswith("4 quotes from")  # the Quotes tab: its summary first


def test_pressing_alt_2_opens_the_quotes_tab_with_the_keyboard_in_its_list(
    qtbot, laptop: MainWindow
) -> None:
    laptop.dock.hide()  # even with the panel closed
    laptop.activateWindow()
    laptop.view.text(Side.LEFT).setFocus()
    qtbot.keyClick(laptop.view.text(Side.LEFT), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert laptop.dock.isVisible()
    assert laptop.dock.tabs.currentWidget() is laptop.quotes.page
    assert QApplication.focusWidget() is laptop.quotes.page.tree
    qtbot.keyClick(laptop.quotes.page.tree, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert laptop.dock.tabs.currentWidget() is laptop.story.timeline
    qtbot.keyClick(laptop.story.timeline.browser, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert laptop.dock.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is laptop.dock.table


def test_opening_the_quotes_tab_for_a_picture_shows_the_misquote_in_both_articles(
    laptop: MainWindow,
) -> None:
    view = laptop.view
    report = view.report
    assert report is not None
    for side in Side:
        view.text(side).scroll_to_offset(0)
    assert show_tab(laptop, "quotes", open_first=True)
    page = laptop.quotes.page
    # The quote in conflict comes first in a picture, though its speaker's group is not first.
    assert page.current_id() == "q1"
    assert view.current_id == "q1"
    for side in Side:
        start = report.document(side).document.text.index(PETROV[side])
        first, last = view.text(side).visible_range()
        assert first <= start <= last, f"the {side} article does not show the misquote"
    assert not show_tab(laptop, "no such tab")


def test_the_overview_strips_show_the_shared_agency_copy_in_the_link_maps_colour(
    qtbot, laptop: MainWindow
) -> None:
    report = laptop.view.report
    assert report is not None
    (passage,) = report.shared_passages
    for side in Side:
        pane = laptop.view.panes[side]
        text = pane.text
        span = passage.left if side is Side.LEFT else passage.right
        qtbot.waitUntil(lambda o=pane.overview: bool(o.shared()))
        ((top, bottom),) = pane.overview.shared()
        assert top == pytest.approx(text.offset_fraction(span.start))
        assert bottom == pytest.approx(text.offset_fraction(span.end))
        # Painted: the rows of the strip inside the passage change colour when it goes, toward
        # the link map's shared green; the rows outside stay as they were.
        strip = pane.overview
        with_copy = strip.grab().toImage()
        strip.set_shared([])
        without = strip.grab().toImage()
        changed = [
            y
            for y in range(with_copy.height())
            if with_copy.pixelColor(2, y) != without.pixelColor(2, y)
        ]
        assert changed, "the shared passage is not painted on the strip"
        ratio = with_copy.height() / strip.height()
        assert min(changed) >= int(top * strip.height() * ratio) - 1
        assert max(changed) <= int(bottom * strip.height() * ratio) + 3
        y = changed[len(changed) // 2]
        painted, plain = with_copy.pixelColor(2, y), without.pixelColor(2, y)
        assert painted.green() - painted.red() > plain.green() - plain.red()


def test_clicking_a_claim_only_one_article_reports_shows_the_matching_place_in_the_other(
    laptop: MainWindow,
) -> None:
    view, page = laptop.view, laptop.quotes.page
    report = view.report
    assert report is not None
    start = report.left.document.text.index(CRITICS)
    matching = view.sync.counterpart(Side.LEFT, start)
    right = view.text(Side.RIGHT)
    right.scroll_to_offset(0)
    first, last = right.visible_range()
    assert not first <= matching <= last, "precondition: the matching place is off screen"
    critics = next(g for g in page.groups() if g.speaker == "Critics")
    group = page.model.index(page.groups().index(critics), 0)
    page.tree.setCurrentIndex(page.model.index(0, 1, group))
    first, last = right.visible_range()
    assert first <= matching <= last, "the right article stayed where it was"
    assert (
        view.text(Side.LEFT).visible_range()[0] <= start <= view.text(Side.LEFT).visible_range()[1]
    )


def test_in_a_narrow_side_panel_the_timeline_quotes_shorter_sentences(qtbot) -> None:
    browser = TableBrowser()
    qtbot.addWidget(browser)
    browser.resize(1600, 400)
    assert browser.quote_chars(45) == QUOTE_CHARS  # below the articles: the whole budget
    browser.resize(360, 400)
    narrow = browser.quote_chars(35)
    assert QUOTE_MIN_CHARS <= narrow < QUOTE_CHARS
    text = "Officials said on Tuesday " + "that the river kept rising all night long " * 6 + "."
    start = text.index("Tuesday")
    quoted = quoted_sentence(text, [], Span(start, start + 7, "Tuesday"), narrow)
    plain = quoted.replace("<b>", "").replace("</b>", "")
    assert "Tuesday" in plain and len(plain) <= narrow + 2  # two ellipses at most
