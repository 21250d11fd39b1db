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

from desktop.qt.quote_cells import plain_text
from desktop.qt.quotes_page import HTML_ROLE
from desktop.qt.settings import Settings
from tests.qt.quote_story import engine_window

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
    window = engine_window(qtbot, settings, tmp_path, {"fire.txt": LEFT, "burns.txt": RIGHT})
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
    window.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)
