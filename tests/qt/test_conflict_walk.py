"""A journalist steps through the conflicts with F8 while the findings table is in view: the
status "Conflict 1 of 2" selects the first conflict row of the table, as the table lists them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from desktop.core.model import Report
from desktop.qt.main_window import MainWindow
from desktop.qt.navigation import conflict_status, table_conflict_order
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.factories import FakeCompare, finding_of
from tests.qt.qt_helpers import open_story, report_of

# The story's two conflicts: "Ivan Kovgan" stands first in the article, "6 weeks" last.
KOVGAN, WEEKS = "f00", "f01"


class NameToCheck(FakeCompare):
    """The story, with the name told two ways only a guess (a conflict to check) and the weeks
    sure: the table lists the weeks first, reading order the name."""

    def __call__(self, left: Path, right: Path, **kwargs: Any) -> Report:
        story = super().__call__(left, right, **kwargs)
        confidence = {KOVGAN: 0.55, WEEKS: 0.9}
        findings = tuple(
            replace(f, confidence=confidence.get(f.id, f.confidence)) for f in story.findings
        )
        return replace(story, findings=findings)


@pytest.fixture
def checking(qtbot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:
    session = ComparisonSession(compare=NameToCheck())
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield open_story(qtbot, window, tmp_path)
    session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_conflict_1_of_2_is_the_first_conflict_row_the_table_shows(checking: MainWindow) -> None:
    window = checking
    table_rows = window.dock.row_order()
    assert table_rows.index(WEEKS) < table_rows.index(KOVGAN), "sure before to check"
    window.action_table.next_conflict.trigger()
    assert window.view.current_id == WEEKS
    assert _status(window) == "Conflict 1 of 2"
    assert window.dock.table.currentIndex().row() == table_rows.index(WEEKS)
    window.action_table.next_conflict.trigger()
    assert window.view.current_id == KOVGAN
    assert _status(window) == "Conflict 2 of 2"
    window.action_table.previous_conflict.trigger()
    assert window.view.current_id == WEEKS and _status(window) == "Conflict 1 of 2"


def test_a_search_in_the_table_leads_the_walk_and_the_status_names_the_hidden(
    checking: MainWindow,
) -> None:
    window = checking
    window.dock.search.setText("kovgan")
    window.action_table.next_conflict.trigger()
    assert window.view.current_id == KOVGAN
    assert _status(window) == "Conflict 1 of 2 (1 more hidden by the findings table's filters)"
    window.action_table.next_conflict.trigger()  # still reached: F8 walks every conflict
    assert window.view.current_id == WEEKS
    assert _status(window) == "Conflict 2 of 2: hidden by the findings table's filters"
    assert finding_of(report_of(window.view), WEEKS).left[0].text == "6 weeks"


def test_the_walk_follows_the_table_a_column_sort_included() -> None:
    conflicts = ["a", "b", "c"]  # reading order
    assert table_conflict_order(conflicts, ["x", "c", "a", "b"], ["x", "c", "a", "b"]) == (
        ["c", "a", "b"],
        3,
    )
    # "b" filtered out of the table: shown ones first, then the hidden in the table's sort.
    assert table_conflict_order(conflicts, ["c", "a"], ["b", "c", "a"]) == (["c", "a", "b"], 2)
    # Not in the table at all: reading order, last.
    assert table_conflict_order(conflicts, ["c"], ["c"]) == (["c", "a", "b"], 1)
    assert conflict_status(0, 3, 3) == "Conflict 1 of 3"
