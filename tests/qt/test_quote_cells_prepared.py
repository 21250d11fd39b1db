"""The Quotes tab's cells are made before the tab draws them (stop 58, table58): the worker makes
each quote's markup and plain text beside the report, and the tab only shows them. What the
journalist reads must not change for it: every quote with its verdict, a newer comparison's rows
only, a review edit's new verdict, the theme's colours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QPalette, QTextDocument

from desktop.core.model import FindingKind, ReviewStatus
from desktop.core.persistence.persist import SavedComparison
from desktop.qt import prepared
from desktop.qt.main_window import MainWindow
from desktop.qt.palette import Theme
from desktop.qt.quote_cells import QuoteStyle, plain_text
from desktop.qt.quote_model import QUOTES_ROLE
from desktop.qt.quotes_page import HTML_ROLE, QuotesPage
from desktop.qt.settings import Settings
from tests.qt.quote_story import quote_report
from tests.qt.test_quotes_tab import open_window, page_of


@pytest.fixture
def window(qtbot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:
    shown = open_window(qtbot, settings, quote_report(padded=True), (1000, 650), tmp_path)
    yield shown
    shown.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def listed(page: QuotesPage) -> list[tuple[str, str, tuple[int, int]]]:
    """Every quote row as the tab lists it: verdict, left cell's words, the quotes' starts."""
    model = page.model
    out = []
    for group in range(model.rowCount()):
        heading = model.index(group, 0)
        for row in range(model.rowCount(heading)):
            verdict = model.index(row, 0, heading)
            left = model.index(row, 1, heading)
            out.append((str(verdict.data()), str(left.data()), tuple(verdict.data(QUOTES_ROLE))))
    return out


def test_every_quote_of_the_pair_is_listed_with_its_verdict_once_drawing_ends(
    qtbot, window: MainWindow
) -> None:
    page = window.quotes.page
    window.session.load(SavedComparison(report=quote_report(padded=True)), None)
    qtbot.waitUntil(lambda: page.drawn)
    rows = [r for g in page.groups() for r in g.rows]
    shown = listed(page)
    assert len(shown) == len(rows) == 4
    for (verdict, _left, _starts), row in zip(shown, rows, strict=True):
        assert verdict.endswith(row.verdict)
    assert "≠ Quote differs" in [v for v, _l, _s in shown]
    # The misquote's left cell reads Petrov's own words, not markup.
    assert any("We will not retreat" in left and "<" not in left for _v, left, _s in shown)


def test_a_second_comparison_arriving_mid_fill_shows_only_its_own_rows(
    qtbot, window: MainWindow
) -> None:
    page = window.quotes.page
    first, second = quote_report(padded=True), quote_report(padded=False)
    window.session.load(SavedComparison(report=first), None)
    assert not page.drawn  # the hidden tab's rows wait for their turn
    window.session.load(SavedComparison(report=second), None)
    qtbot.waitUntil(lambda: page.drawn)
    starts = {s for _v, _l, s in listed(page)}
    second_starts = {
        tuple(-1 if q is None else q.start for q in (r.left, r.right))
        for g in page.groups()
        for r in g.rows
    }
    assert starts == second_starts
    left_text = second.left.document.text
    assert all(s[0] < len(left_text) for s in starts)  # none from the padded first pair


def test_a_dismissed_misquote_reads_dismissed_on_its_row(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    index = page._index_of("q1")
    assert index is not None and "dismissed" not in str(index.data())
    assert window.review.set_status(ReviewStatus.DISMISSED, "q1")
    index = page._index_of("q1")
    assert index is not None and str(index.data()).endswith("(dismissed)")
    assert "(dismissed)" in str(index.data(HTML_ROLE))


def test_the_worker_has_made_the_cells_before_the_tab_draws_them(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = QuotesPage()  # tells prepared the colours it draws with
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    made = quote_report(padded=True)
    prepared.warm(made)  # the worker, right after the engine

    def on_the_ui_thread(*_args: object) -> None:
        raise AssertionError("the cells were made again on the UI thread")

    monkeypatch.setattr(prepared, "group_cells", on_the_ui_thread)
    page.set_report(made)
    assert page.drawn and len(listed(page)) == 4


def test_a_dark_theme_draws_the_verdict_swatch_in_its_own_colour(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    light = Theme(False).strong(FindingKind.CONFLICT).name()
    dark_swatch = Theme(True).strong(FindingKind.CONFLICT).name()
    assert light != dark_swatch, "precondition: the themes' conflict colours differ"
    index = page._index_of("q1")
    assert index is not None and light in str(index.data(HTML_ROLE))
    dark = QPalette(window.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#1E1E1E"),
        (QPalette.ColorRole.Window, "#2B2B2B"),
        (QPalette.ColorRole.Text, "#E0E0E0"),
    ):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    qtbot.waitUntil(lambda: page.drawn)
    index = page._index_of("q1")
    assert index is not None and dark_swatch in str(index.data(HTML_ROLE))


@pytest.mark.parametrize(
    "markup",
    [
        "“We will <span style='color:#000'>not</span> retreat,”",
        "“Tom &amp; Jerry&#x27;s &quot;show&quot;”<br><small><i>— Ivan Petrov (inferred)</i></small>",
        "“a  quote\u00a0with\u2028odd   spaces ‸ and &lt;tags&gt;”",
        "",
    ],
)
def test_a_cells_plain_text_reads_as_the_drawn_document_does(qtbot, markup: str) -> None:
    document = QTextDocument()
    document.setHtml(markup)
    assert plain_text(markup) == " ".join(document.toPlainText().split())


def test_a_held_back_misquote_is_made_once_for_each_held_state() -> None:
    made = quote_report(padded=True)
    style = QuoteStyle(
        strong=tuple((k, "#112233") for k in FindingKind),
        shared="#445566",
        unshown="#778899",
        mark="font-weight:bold",
    )
    held = prepared.report_quote_cells(made, style, True)
    shown = prepared.report_quote_cells(made, style, False)
    assert prepared.report_quote_cells(made, style, True) is held  # kept, not made again
    verdicts = {c.row.finding.id: c.verdict for g in held for c in g.rows if c.row.finding}
    assert verdicts["q1"].endswith("(held back)")
    assert not any(c.verdict.endswith("(held back)") for g in shown for c in g.rows)
