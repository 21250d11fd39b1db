"""Who said what, and is it independent (issue 12) as the journalist sees it in the window: the
Quotes tab, quotes in the panes with their speaker, and shared agency copy set apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QPalette, QTextCursor

from desktop.core.model import FindingKind, Report, Side
from desktop.core.persistence.persist import SavedComparison
from desktop.qt.findings_model import FINDING_ID_ROLE, Column
from desktop.qt.main_window import MainWindow
from desktop.qt.palette import Theme
from desktop.qt.quote_marks import CHANGES_LAYER, INK_LAYER, SHARED_LAYER
from desktop.qt.quotes_page import HTML_ROLE, NO_QUOTES, QuotesPage
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.qt.qt_helpers import selections_on
from tests.qt.quote_story import (
    AGENCY,
    CRITICS,
    PETROV,
    PROTESTER,
    compare_returning,
    quote_report,
)


def open_window(
    qtbot, settings: Settings, made: Report, size: tuple[int, int], folder: Path
) -> MainWindow:
    paths = [folder / "minister.txt", folder / "protests.txt"]
    for path, side in zip(paths, Side, strict=True):
        path.write_text(made.document(side).document.text, encoding="utf-8")
    session = ComparisonSession(compare=compare_returning(made))
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        window.files.open_pair(*paths)
    return window


@pytest.fixture
def quote_window(qtbot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:
    """A laptop-sized window comparing two articles that share agency copy and quote Petrov."""
    window = open_window(qtbot, settings, quote_report(padded=True), (1000, 650), tmp_path)
    yield window
    window.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def page_of(window: MainWindow) -> QuotesPage:
    window.dock.show_page(window.quotes.page)
    return window.quotes.page


def cells(page: QuotesPage, finding_id: str) -> list[str]:
    index = page._index_of(finding_id)
    assert index is not None, f"no row for {finding_id}"
    return [str(index.siblingAtColumn(c).data(HTML_ROLE)) for c in range(3)]


def test_a_misquote_appears_on_the_quotes_tab_with_the_changed_word_marked(
    quote_window: MainWindow,
) -> None:
    page = page_of(quote_window)
    (petrov, spokesman, critics, unnamed) = page.groups()
    # "Ivan Petrov" on the left and "Petrov" on the right are one speaker.
    assert petrov.speaker == "Ivan Petrov"
    assert [r.verdict for r in petrov.rows] == ["Quote differs"]
    assert spokesman.speaker == "a police spokesman"
    assert unnamed.speaker == "Speaker not named"
    verdict, left, right = cells(page, "q1")
    # The verdict's head never breaks across lines in a narrow dock.
    assert "Quote&nbsp;differs" in verdict
    # Only the changed word is marked, in each wording.
    assert ">not</span>" in left and ">never</span>" in right
    assert ">retreat</span>" not in left + right
    assert critics.rows[0].verdict == "Only left" and critics.rows[0].finding is None
    assert "4 quotes" in page.summary.text() and "1 quote differs" in page.summary.text()
    # The panes mark the same words, and nothing else of the quote.
    for side, word in ((Side.LEFT, "not"), (Side.RIGHT, "never")):
        marked = quote_window.view.text(side).layers.layer(CHANGES_LAYER)
        text = quote_window.view.report.document(side).document.text  # type: ignore[union-attr]
        assert [text[s:e] for s, e, _f in marked] == [word]


def test_clicking_a_quote_on_the_quotes_tab_scrolls_both_articles_to_it(
    quote_window: MainWindow,
) -> None:
    page = page_of(quote_window)
    view = quote_window.view
    report = view.report
    assert report is not None
    starts = {side: report.document(side).document.text.index(PETROV[side]) for side in Side}
    for side in Side:
        first, last = view.text(side).visible_range()
        assert not first <= starts[side] <= last, "precondition: the quote starts off screen"
    index = page._index_of("q1")
    assert index is not None
    page.tree.setCurrentIndex(index)
    for side in Side:
        first, last = view.text(side).visible_range()
        assert first <= starts[side] <= last, f"the {side} pane does not show the quote"
    assert view.current_id == "q1"
    # The findings table and its review panel follow, as for any finding.
    assert quote_window.dock.current_id() == "q1"
    assert quote_window.dock.review.finding is not None
    assert quote_window.dock.review.finding.id == "q1"


def test_a_quote_chosen_elsewhere_is_selected_on_the_quotes_tab(quote_window: MainWindow) -> None:
    page = page_of(quote_window)
    quote_window.view.show_finding("q3")
    assert page.current_id() == "q3"
    quote_window.view.show_finding("d1")  # not a quote: no quote row stays selected
    assert page.current_id() is None


def test_hovering_a_quote_names_its_speaker(quote_window: MainWindow) -> None:
    view = quote_window.view
    report = view.report
    assert report is not None
    for side, words, label in (
        (Side.LEFT, PETROV[Side.LEFT], "Quoted: Ivan Petrov"),
        (Side.RIGHT, PROTESTER, "Speaker not named"),
    ):
        text = view.text(side)
        offset = report.document(side).document.text.index(words) + 3
        text.scroll_to_offset(offset)
        cursor = QTextCursor(text.document())
        cursor.setPosition(offset)
        assert text.quote_label_at(text.cursorRect(cursor).center()) == label
    # Inside the agency paragraph the hover says it is the same copy as the other article.
    offset = report.right.document.text.index(AGENCY) + 10
    right = view.text(Side.RIGHT)
    right.scroll_to_offset(offset)
    cursor = QTextCursor(right.document())
    cursor.setPosition(offset)
    shared = right.quote_label_at(right.cursorRect(cursor).center())
    assert shared == "Same agency copy as the left article: not independent"
    # Outside any quote or shared copy there is nothing to add.
    offset = report.left.document.text.index("Critics")
    view.text(Side.LEFT).scroll_to_offset(offset)
    cursor = QTextCursor(view.text(Side.LEFT).document())
    cursor.setPosition(offset + 2)
    assert (
        view.text(Side.LEFT).quote_label_at(view.text(Side.LEFT).cursorRect(cursor).center())
        is None
    )


def test_shared_agency_copy_gets_its_own_background(quote_window: MainWindow) -> None:
    view = quote_window.view
    theme = Theme.current(view.palette())
    wash = theme.shared_format().background().color()
    for side in Side:
        (shared,) = view.text(side).layers.layer(SHARED_LAYER)
        text = view.text(side)
        (selection,) = [
            s for s in selections_on(text, AGENCY) if s.format.background().color() == wash
        ]
        assert selection is not None
        assert shared[2].background().color() == wash
    # Its own colour in the link map, and the sentence band inside it takes that colour too.
    view.text(Side.LEFT).scroll_to_offset(view.report.left.document.text.index(AGENCY))  # type: ignore[union-attr]
    bands = view.link_map.bands()
    assert view.link_map.shared_bands(), "the shared passage has no band"
    inside = next(b for b in bands if b.index == 0)
    assert view.link_map.band_colour(inside) == theme.shared()
    # The legend and the summary line explain it.
    assert "62% same agency copy" in view.summary.text()


def test_an_agreement_inside_shared_copy_reads_as_not_independent(
    quote_window: MainWindow,
) -> None:
    dock = quote_window.dock
    dock.type_combo.setCurrentIndex(dock.type_combo.findData(dock.proxy.ALL))
    row = next(
        r
        for r in range(dock.proxy.rowCount())
        if dock.proxy.index(r, 0).data(FINDING_ID_ROLE) == "d1"
    )
    assert dock.proxy.index(row, Column.KIND).data() == "= Same copy"
    quote_window.view.show_finding("d1")
    assert "same agency copy, not independent" in dock.review.heading.text()
    independent = next(
        r
        for r in range(dock.proxy.rowCount())
        if dock.proxy.index(r, 0).data(FINDING_ID_ROLE) == "p1"
    )
    assert dock.proxy.index(independent, Column.KIND).data() == "= Corroborated"


def test_articles_that_quote_nobody_say_so_on_the_quotes_tab(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings, quote_report(with_quotes=False), (1000, 650), tmp_path)
    page = page_of(window)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == NO_QUOTES
    assert page.groups() == []
    tabs = window.dock.tabs
    assert tabs.tabText(tabs.indexOf(page)) == "Quotes (0)"  # looked for, none found
    window.session.wait_for_done()


@pytest.mark.parametrize("dark", [False, True])
def test_shared_copy_and_quotes_stay_readable_in_light_and_dark(dark: bool) -> None:
    theme = Theme(dark)
    text = QColor("#E0E0E0" if dark else "#000000")
    wash = theme.shared_format().background().color()
    ink = theme.quote_ink()
    base = QColor("#1E1E1E" if dark else "#FFFFFF")
    assert contrast(text, wash) >= 7.0  # the agency copy reads as easily as plain text
    assert contrast(ink, base) >= 4.5 and contrast(ink, wash) >= 4.5  # quoted words, too
    assert (
        wash != theme.tint(FindingKind.AGREE)
        and wash != theme.scheme.kinds[FindingKind.AGREE].faint
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_a_misquote_held_back_as_different_events_says_so_and_is_not_marked(
    quote_window: MainWindow,
) -> None:
    page = page_of(quote_window)
    view = quote_window.view
    view.set_conflicts_held(True)
    row = page._index_of("q1")
    assert row is not None and "(held back)" in str(row.data())
    assert view.text(Side.LEFT).layers.layer(CHANGES_LAYER) == ()
    view.set_conflicts_held(False)  # Compare Anyway
    row = page._index_of("q1")
    assert row is not None and "held back" not in str(row.data())
    assert len(view.text(Side.LEFT).layers.layer(CHANGES_LAYER)) == 1


def test_a_claim_only_one_article_reports_is_listed_and_shown_when_clicked(
    quote_window: MainWindow,
) -> None:
    page = page_of(quote_window)
    view = quote_window.view
    report = view.report
    assert report is not None
    start = report.left.document.text.index(CRITICS)
    view.text(Side.LEFT).scroll_to_offset(0)
    first, last = view.text(Side.LEFT).visible_range()
    assert not first <= start <= last, "precondition: the claim starts off screen"
    critics = next(g for g in page.groups() if g.speaker == "Critics")
    assert [r.verdict for r in critics.rows] == ["Only left"]
    group = page.model.index(page.groups().index(critics), 0)
    page.tree.setCurrentIndex(page.model.index(0, 1, group))
    first, last = view.text(Side.LEFT).visible_range()
    assert first <= start <= last
    (flash,) = view.text(Side.LEFT).layers.layer("flash")
    assert report.left.document.text[flash[0] : flash[1]] == CRITICS


def test_switching_to_a_dark_theme_repaints_the_agency_copy_and_quotes(
    quote_window: MainWindow,
) -> None:
    dark = QPalette(quote_window.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#1E1E1E"),
        (QPalette.ColorRole.Window, "#2B2B2B"),
        (QPalette.ColorRole.Text, "#E0E0E0"),
        (QPalette.ColorRole.WindowText, "#E0E0E0"),
    ):
        dark.setColor(role, QColor(colour))
    quote_window.setPalette(dark)
    theme = Theme(True)
    text = quote_window.view.text(Side.LEFT)
    ((_s, _e, shared),) = text.layers.layer(SHARED_LAYER)
    assert shared.background().color() == theme.shared_format().background().color()
    inks = {fmt.foreground().color().name() for _s, _e, fmt in text.layers.layer(INK_LAYER)}
    assert inks == {theme.quote_ink().name()}


def test_a_quote_chosen_while_the_hidden_tab_waits_to_be_built_is_selected_when_it_is_opened(
    qtbot, quote_window: MainWindow
) -> None:
    # Stop 56: a hidden Quotes tab builds its rows in their own event-loop turn.
    page = quote_window.quotes.page
    assert not page.isVisible()
    quote_window.session.load(SavedComparison(report=quote_report(padded=True)), None)
    assert not page.drawn
    quote_window.view.show_finding("q3")  # chosen in the panes before the tab is built
    page_of(quote_window)  # the journalist opens the tab
    assert page.drawn and page.current_id() == "q3"
    assert page.model.rowCount() > 0


def test_a_hidden_quotes_tab_is_built_after_the_report_without_being_opened(
    qtbot, quote_window: MainWindow
) -> None:
    page = quote_window.quotes.page
    quote_window.session.load(SavedComparison(report=quote_report(padded=True)), None)
    assert not page.drawn
    qtbot.waitUntil(lambda: page.drawn)
    assert page._index_of("q1") is not None and not page.isVisible()
