"""The Quotes tab redrawn after a review edit or a resize: the rows keep up with what changed,
even though cell heights and plain texts are kept between redraws."""

from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.qt.quote_cells import plain_text
from desktop.qt.quotes_page import HTML_ROLE, QuotesPage
from tests.qt.quote_story import quote_report


def shown_page(qtbot) -> QuotesPage:
    page = QuotesPage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.set_report(quote_report(padded=True))
    assert page.drawn
    return page


def test_a_quote_cell_grows_taller_when_its_column_narrows(qtbot) -> None:
    page = shown_page(qtbot)
    tree = page.tree
    index = page._index_of("q1")
    assert index is not None
    cell = index.siblingAtColumn(1)
    delegate = tree.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = tree.font()
    wide = delegate.sizeHint(option, cell)
    page.resize(240, 600)  # the dock dragged narrow: the stretched quote columns shrink
    qtbot.waitUntil(lambda: tree.columnWidth(1) < wide.width())
    narrow = delegate.sizeHint(option, cell)
    assert narrow.height() > wide.height()  # a kept height is never served for another width


def test_a_cell_whose_markup_changed_reads_its_new_words() -> None:
    assert plain_text("the minister <b>resigned</b>") == "the minister resigned"
    assert plain_text("the minister <b>stayed</b>") == "the minister stayed"


def test_a_redrawn_tab_lists_the_same_quotes(qtbot) -> None:
    page = shown_page(qtbot)
    index = page._index_of("q1")
    assert index is not None
    before = [str(index.siblingAtColumn(c).data(HTML_ROLE)) for c in range(3)]
    page.update_review(quote_report(padded=True))
    again = page._index_of("q1")
    assert again is not None
    assert [str(again.siblingAtColumn(c).data(HTML_ROLE)) for c in range(3)] == before
