"""What a journalist does with the window, end to end on the built-in sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QTextCharFormat

from desktop.core.model import FindingKind, Report, Side
from desktop.core.results.counts import count_findings, verdict_line
from desktop.qt.findings_model import FINDING_ID_ROLE
from desktop.qt.main_window import MainWindow
from desktop.qt.palette import Theme
from desktop.qt.samples import sample_paths
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.qt.qt_helpers import report_of, selections_on, wait_drawn


def _is_conflict_highlight(selection: object, theme: Theme) -> bool:
    fmt = selection.format  # type: ignore[attr-defined]
    return (
        fmt.background().color().name() == theme.tint(FindingKind.CONFLICT).name()
        and fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    )


def test_opening_the_sample_shows_the_named_soldier_conflict(qtbot, settings: Settings) -> None:
    """The real engine, in the real worker: the window paints first, then the comparison lands."""
    session = ComparisonSession()
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(session.reportChanged, timeout=120_000):
        assert window.files.open_sample()
    wait_drawn(qtbot, window.view)  # a shown window draws the highlights in slices (stop 57)
    theme = window.view.theme
    left = selections_on(window.view.text(Side.LEFT), "Ivan Kovgan")
    right = selections_on(window.view.text(Side.RIGHT), "Ivan Petrov")
    assert any(_is_conflict_highlight(s, theme) for s in left)
    assert any(_is_conflict_highlight(s, theme) for s in right)
    shown = report_of(session)
    assert window.view.summary.text() == verdict_line(count_findings(shown), shown.summary)
    assert "conflict" in window.view.summary.text()
    session.wait_for_done()


@pytest.fixture
def sample_window(qtbot, settings: Settings, sample_report: Report):
    """A window showing the sample report (computed once per session), sized like a laptop."""

    def compare(left: Path, right: Path, *, progress: object, cancelled: object) -> Report:
        return sample_report

    session = ComparisonSession(compare=compare)
    window = MainWindow(session, settings, modal_errors=False)
    qtbot.addWidget(window)
    window.resize(1000, 650)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(session.reportChanged, timeout=10_000):
        window.files.open_pair(*sample_paths())
    yield window
    session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_selecting_a_finding_scrolls_both_panes_to_it(qtbot, sample_window: MainWindow) -> None:
    report = sample_window.view.report
    assert report is not None
    # The two-sided finding furthest down the left article: off screen until selected.
    target = max(
        (f for f in report.findings if f.left and f.right and not f.is_statement),
        key=lambda f: f.left[0].start,
    )
    texts = {side: sample_window.view.text(side) for side in Side}
    first, last = texts[Side.LEFT].visible_range()
    assert not first <= target.left[0].start <= last, "precondition: starts off screen"

    dock = sample_window.dock
    dock.type_combo.setCurrentIndex(dock.type_combo.findData(dock.proxy.ALL))
    row = next(
        r
        for r in range(dock.proxy.rowCount())
        if dock.proxy.index(r, 0).data(FINDING_ID_ROLE) == target.id
    )
    dock.table.selectRow(row)

    for side in Side:
        span = target.spans(side)[0]
        first, last = texts[side].visible_range()
        assert first <= span.start and span.end <= last, f"{side} pane does not show {span.text!r}"
    assert sample_window.view.current_id == target.id


def test_clicking_a_highlight_shows_its_counterpart_in_the_other_pane(
    qtbot, sample_window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    report = sample_window.view.report
    assert report is not None
    conflict = next(f for f in report.findings if f.kind is FindingKind.CONFLICT)
    left = sample_window.view.text(Side.LEFT)
    right = sample_window.view.text(Side.RIGHT)
    with sample_window.view.sync.suspend():
        left.scroll_to_offset(conflict.left[0].start, at=0.5)
        right.verticalScrollBar().setValue(0)
    point = left.cursorRect(left._cursor_at(conflict.left[0].start + 2)).center()
    with qtbot.waitSignal(sample_window.view.findingActivated) as blocker:
        qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [conflict.id]
    first, last = right.visible_range()
    assert first <= conflict.right[0].start <= last
    flashed = right.layers.layer("flash")
    assert [(s, e) for s, e, _f in flashed] == [(conflict.right[0].start, conflict.right[0].end)]
    # The table follows the click.
    assert sample_window.dock.table.currentIndex().data(FINDING_ID_ROLE) == conflict.id


def test_hovering_a_conflict_explains_it_with_the_counterpart(
    qtbot, sample_window: MainWindow
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    report = sample_window.view.report
    assert report is not None
    conflict = next(f for f in report.findings if f.kind is FindingKind.CONFLICT)
    left = sample_window.view.text(Side.LEFT)
    left.scroll_to_offset(conflict.left[0].start, at=0.5)
    point = left.cursorRect(left._cursor_at(conflict.left[0].start + 2)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, left.viewport().mapToGlobal(point))
    QApplication.sendEvent(left.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2_000)
    tip = QToolTip.text()
    assert "Conflict" in tip and "Ivan Kovgan" in tip and "Ivan Petrov" in tip
    assert conflict.reason.split("'")[0].strip() in tip
    QToolTip.hideText()


def test_scrolling_one_article_keeps_the_other_level_unless_switched_off(
    qtbot, sample_window: MainWindow
) -> None:
    left = sample_window.view.text(Side.LEFT).verticalScrollBar()
    right = sample_window.view.text(Side.RIGHT).verticalScrollBar()
    assert left.maximum() > 0 and right.maximum() > 0
    left.setValue(left.maximum())
    assert right.value() == right.maximum(), "the ends of both articles line up"
    left.setValue(left.maximum() // 2)
    assert 0 < right.value() < right.maximum()
    sample_window.action_table.sync_scrolling.trigger()  # View > Synchronised Scrolling off
    before = right.value()
    left.setValue(0)
    assert right.value() == before
