"""A journalist opens two articles, one of which quotes the mayor with a line break just before
the closing mark (a pasted web page, a PDF): the Quotes tab shows the mayor's words whole beside
the other article's, with the mayor as the speaker. The attribution after the pushed-down mark
("the mayor said") is never listed as quoted words, and the quote after it is not lost.

The articles are written for this test; none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.compare import compare_files
from desktop.qt.main_window import MainWindow
from desktop.qt.quotes_page import HTML_ROLE, plain_text
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.qt.quote_story import compare_returning

LEFT = (
    "Fire destroys town hall\n\n"
    "A fire destroyed the town hall in Elmford on Monday night, the fire service said.\n\n"
    '"We will rebuild the town hall and the library beside it,\n'
    '" the mayor, Ann Vold, said on Tuesday. "Nobody in this town will be left without help."\n\n'
    "Residents gathered outside the ruins on Tuesday morning.\n"
)
RIGHT = (
    "Town hall burns down in Elmford\n\n"
    "The town hall in Elmford burned down on Monday night, firefighters said.\n\n"
    '"We will rebuild the town hall and the library beside it," the mayor, Ann Vold, said. '
    '"Nobody in this town will be left without help."\n\n'
    "The cause of the fire is not yet known.\n"
)


@pytest.mark.model
def test_a_quote_whose_closing_mark_fell_to_the_next_line_reads_whole(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    paths = [tmp_path / "fire.txt", tmp_path / "burns.txt"]
    for path, text in zip(paths, (LEFT, RIGHT), strict=True):
        path.write_text(text, encoding="utf-8")
    report = compare_files(*paths)
    session = ComparisonSession(compare=compare_returning(report))
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        window.files.open_pair(*paths)

    page = window.quotes.page
    cells = []
    for group in range(page.model.rowCount()):
        parent = page.model.index(group, 0)
        for row in range(page.model.rowCount(parent)):
            index = page.model.index(row, 0, parent)
            cells.append(
                tuple(plain_text(str(index.siblingAtColumn(c).data(HTML_ROLE))) for c in (1, 2))
            )
    # The quoted words of each left cell (a note on the speaker may follow them).
    quoted = [left.partition("”")[0] + "”" for left, _right in cells]
    assert quoted == [
        "“We will rebuild the town hall and the library beside it”",
        "“Nobody in this town will be left without help.”",
    ], cells
    assert [g.speaker for g in page.groups()][:1] == ["the mayor, Ann Vold"]
    session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)
