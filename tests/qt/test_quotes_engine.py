"""Issue 12 end to end: the real engine reads two articles written for this test (they reprint
one agency paragraph and quote the minister with one word changed) and the window shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.model import Side
from desktop.qt.quote_marks import CHANGES_LAYER, SHARED_LAYER
from desktop.qt.quotes_page import HTML_ROLE
from desktop.qt.settings import Settings
from tests.qt.quote_story import engine_window

AGENCY = (
    "The government signed the harbour agreement with the dockworkers' union on Monday after "
    "six weeks of talks, officials in the capital said. The first cargo ships are expected to "
    "dock under the new terms in the spring, and the port authority will hire 400 additional "
    "workers by the end of the year."
)
LEFT = (
    "Minister defends harbour deal as union threatens strike\n\n"
    f"{AGENCY}\n\n"
    '"We will not retreat from this agreement," Transport Minister Ivan Petrov said on Tuesday.'
    "\n\nCritics said the terms favour the shipping companies.\n"
)
RIGHT = (
    "Harbour deal signed despite protests\n\n"
    f"{AGENCY}\n\n"
    '"We will never retreat from this agreement," Petrov told reporters outside the ministry.'
    "\n\nThe union has called a strike for Friday.\n"
)


@pytest.mark.model
def test_the_engines_misquote_and_agency_copy_show_in_the_window(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    window = engine_window(qtbot, settings, tmp_path, {"minister.txt": LEFT, "protests.txt": RIGHT})
    report = window.view.report
    assert report is not None
    page = window.quotes.page
    rows = [r for g in page.groups() for r in g.rows if r.verdict == "Quote differs"]
    assert len(rows) == 1, [r.verdict for g in page.groups() for r in g.rows]
    assert rows[0].finding is not None
    cells = page._index_of(rows[0].finding.id)
    assert cells is not None
    # The Quotes tab marks "not" on the left and "never" on the right.
    left = str(cells.siblingAtColumn(1).data(HTML_ROLE))
    right = str(cells.siblingAtColumn(2).data(HTML_ROLE))
    assert ">not</span>" in left and ">never</span>" in right
    # The agency paragraph has the shared wash in both panes; the summary gives its share.
    for side in Side:
        text = report.document(side).document.text
        washed = "".join(
            text[s:e] for s, e, _f in window.view.text(side).layers.layer(SHARED_LAYER)
        )
        assert "officials in the capital said" in washed
    assert "same agency copy" in window.view.summary.text()
    # Compared anyway (if held back as different events), the panes mark the changed words.
    window.view.set_conflicts_held(False)
    row = page._index_of(rows[0].finding.id)
    assert row is not None and "held back" not in str(row.data())
    marked = window.view.text(Side.LEFT).layers.layer(CHANGES_LAYER)
    assert [LEFT[s:e] for s, e, _f in marked] == ["not"]
    window.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)
