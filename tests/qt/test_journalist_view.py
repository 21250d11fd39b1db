"""The journalist's view (issue 10): different events held back, one set of counts, reworded
words, link-map clicks, keys for every finding, and the window's honest state after mistakes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMenu

from desktop.core.model import FindingKind, Report, ReviewStatus, Side
from desktop.core.persistence.persist import Recovery, SavedComparison, save_comparison
from desktop.qt.dialogs import HeadlessPrompts, recovery_text
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.factories import FakeCompare
from tests.factories import story_report as make_report
from tests.qt.qt_helpers import report_of, selections_on


def _articles(tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    for path in (left, right):
        path.write_text("An article.\n", encoding="utf-8")
    return left, right


def _open(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        assert window.files.open_pair(*_articles(tmp_path))
    return window


@pytest.fixture
def comparing(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    return _open(qtbot, window, tmp_path)


def _is_conflict_colour(edit, phrase: str, window: MainWindow) -> bool:
    conflict = window.view.theme.finding_format(FindingKind.CONFLICT).background().color()
    return any(s.format.background().color() == conflict for s in selections_on(edit, phrase))


class DifferentEvents(FakeCompare):
    """Two reports of two different events: the same-event score is low."""

    def __call__(self, left: Path, right: Path, **kwargs: Any) -> Report:
        report = super().__call__(left, right, **kwargs)
        summary = replace(
            report.summary, same_event_score=0.12, verdict="probably different events"
        )
        return replace(report, summary=summary)


# -- 1. different events ------------------------------------------------------------------------


def test_different_events_hold_the_conflicts_back_until_compare_anyway(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    session = ComparisonSession(compare=DifferentEvents())
    window = MainWindow(session, settings, modal_errors=False, prompts=HeadlessPrompts())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    _open(qtbot, window, tmp_path)
    view, dock = window.view, window.dock
    left = view.text(Side.LEFT)

    assert view.banner.isVisible()
    assert "different events" in view.banner.text()
    assert "2 conflicts are held back" in view.banner.text()
    assert view.summary.text().startswith("Probably different events")
    assert "held back" in window.statusBar().currentMessage()
    # Not coloured, not under F8, not in the table.
    assert not _is_conflict_colour(left, "Ivan Kovgan", window)
    assert view.link_map._links == []
    window.action_table.next_conflict.trigger()
    assert view.current_id is None
    assert not dock.kind_buttons[FindingKind.CONFLICT].isEnabled()
    assert "f00" not in dock.row_order()

    view.banner.compare_button.click()
    assert _is_conflict_colour(left, "Ivan Kovgan", window)
    assert "f00" in dock.row_order()
    assert dock.kind_buttons[FindingKind.CONFLICT].isChecked()
    window.action_table.next_conflict.trigger()
    assert view.current_id == "f00"
    assert not view.banner.compare_button.isVisible()
    session.wait_for_done()


class DifferentEventsNoConflicts(DifferentEvents):
    def __call__(self, left: Path, right: Path, **kwargs: Any) -> Report:
        report = super().__call__(left, right, **kwargs)
        kept = tuple(f for f in report.findings if f.kind is not FindingKind.CONFLICT)
        return replace(report, findings=kept)


def test_different_events_without_conflicts_are_not_called_compared_without_conflicts(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    session = ComparisonSession(compare=DifferentEventsNoConflicts())
    window = MainWindow(session, settings, modal_errors=False, prompts=HeadlessPrompts())
    qtbot.addWidget(window)
    window.show()
    _open(qtbot, window, tmp_path)
    assert window.view.banner.isVisible() and not window.view.banner.compare_button.isVisible()
    assert "different events" in window.statusBar().currentMessage()
    assert "No conflicts found" not in window.statusBar().currentMessage()
    session.wait_for_done()


def test_the_same_event_shows_no_banner(comparing: MainWindow) -> None:
    assert not comparing.view.banner.isVisible()
    assert _is_conflict_colour(comparing.view.text(Side.LEFT), "Ivan Kovgan", comparing)


# -- 2. one source of truth for counts ------------------------------------------------------------


def _select_words(window: MainWindow, side: Side, phrase: str) -> None:
    text = report_of(window.view).document(side).document.text
    start = text.index(phrase)
    window.view.text(side).select_range(start, start + len(phrase))


def test_a_reviewer_link_counts_the_same_in_the_header_the_chips_and_the_counter(
    comparing: MainWindow,
) -> None:
    window = comparing
    _select_words(window, Side.LEFT, "Tuesday")
    _select_words(window, Side.RIGHT, "Tuesday")
    assert window.review.link_selection(FindingKind.CONFLICT)
    # The reviewer's link is theirs, never one to check: the one to check stays "6 weeks".
    assert window.view.summary.text().startswith("3 conflicts (1 to check),")
    assert "(3, 1 to check)" in window.dock.kind_buttons[FindingKind.CONFLICT].text()
    # 10 facts plus the link; the counter speaks of facts and sentences apart.
    counter = window.dock.review.counts.text()
    assert counter.startswith("1 of 11 facts reviewed")
    assert "of 2 sentences" in counter
    chips = sum(
        int(b.text().rsplit("(", 1)[1].split(")")[0].split(",")[0])
        for b in window.dock.kind_buttons.values()
    )
    assert chips == 11


def test_the_chips_count_sentences_under_sentences_only(comparing: MainWindow) -> None:
    dock = comparing.dock
    agree = dock.kind_buttons[FindingKind.AGREE]
    assert agree.text().endswith("(4)")
    dock.type_combo.setCurrentIndex(dock.type_combo.findData("statement"))
    assert agree.text().endswith("(1)")
    assert dock.kind_buttons[FindingKind.LEFT_ONLY].text().endswith("(1)")


# -- 5. word-level differences ---------------------------------------------------------------------


def test_reworded_words_inside_matched_sentences_are_marked_in_both_panes(
    qtbot, comparing: MainWindow
) -> None:
    view = comparing.view
    qtbot.waitUntil(lambda: bool(view.text(Side.LEFT).wording()), timeout=2_000)
    report = report_of(view)
    left, right = report.left.document.text, report.right.document.text
    left_words = {left[s:e] for s, e in view.text(Side.LEFT).wording()}
    right_words = {right[s:e] for s, e in view.text(Side.RIGHT).wording()}
    assert "Kovgan" in left_words and "Petrov" in right_words
    assert "6" in left_words and "8" in right_words
    assert "Stepanakert" not in left_words


# -- 6. navigation ---------------------------------------------------------------------------------


def test_clicking_a_band_of_the_link_map_jumps_to_that_pair(qtbot, comparing: MainWindow) -> None:
    view = comparing.view
    band = next(b for b in view.link_map.bands() if not b.stub and b.index == 1)
    # A height where this band, and no other, lies under the pointer (bands share wrapped lines).
    y = next(
        y
        for y in range(round(band.left_top), round(band.left_bottom) + 1)
        if (hit := view.link_map.band_at(QPointF(2, y))) is not None and hit.index == 1
    )
    qtbot.mouseClick(view.link_map, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
    # The Kremlin pair holds agreements only: the first of them becomes current and selected.
    assert view.current_id == "f03"
    assert comparing.dock.current_id() == "f03"
    assert view.link_map.current == 1


def test_keys_step_through_every_finding_and_to_the_next_unreviewed(comparing: MainWindow) -> None:
    window = comparing
    actions = window.action_table
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert isinstance(go, QMenu)
    shown = {a.text(): a.shortcut().toString() for a in go.actions() if a.text()}
    assert shown["Next &Finding"] == "F7"
    assert shown["Next &Unreviewed Finding"] == "F9"
    order = window.dock.row_order()
    actions.next_finding.trigger()
    assert window.view.current_id == order[0]
    actions.next_finding.trigger()
    assert window.view.current_id == order[1]
    actions.previous_finding.trigger()
    assert window.view.current_id == order[0]
    # Review the second and third rows: F9 from the first skips them.
    for finding_id in order[1:3]:
        window.review.set_status(ReviewStatus.CONFIRMED, finding_id)
    window.view.show_finding(order[0])
    actions.next_unreviewed.trigger()
    assert window.view.current_id == order[3]
    assert window.dock.current_id() == order[3]


# -- defects
# -----------------------------------------------------------------------------------------


def test_a_missing_file_is_named_and_the_good_one_waits_for_its_partner(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    good = tmp_path / "other.txt"
    good.write_text("An article.\n", encoding="utf-8")
    assert not window.files.open_pair(tmp_path / "missing.txt", good)
    assert "missing.txt" in window.last_error
    assert "Comparing" not in window.view.summary.text()
    assert window.session.paths[Side.RIGHT] == good
    assert window.view.panes[Side.RIGHT].title.full_text() == "other.txt"


def test_the_article_waiting_for_its_partner_is_not_shown_as_reading(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    good = tmp_path / "other.txt"
    good.write_text("An article.\n", encoding="utf-8")
    window.files.open_pair(tmp_path / "missing.txt", good)
    waiting = window.view.panes[Side.RIGHT]
    assert "Reading" not in waiting.meta.full_text()  # nothing is being read: it waits
    assert "other article" in waiting.meta.full_text()
    assert "left" in waiting.text.placeholderText()  # where the partner goes


def test_a_fresh_window_says_what_to_do_not_comparing(window: MainWindow) -> None:
    assert "Comparing" not in window.view.summary.text()
    assert "drop two articles" in window.view.summary.text()


def test_the_undo_hint_goes_once_the_link_is_back(comparing: MainWindow) -> None:
    window = comparing
    window.view.show_finding("f02")
    window.action_table.remove_link.trigger()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.action_table.undo.trigger()
    assert window.session.finding("f02") is not None
    assert "Ctrl+Z" not in window.statusBar().currentMessage()


def test_save_and_export_wait_for_a_comparison(qtbot, window: MainWindow, tmp_path: Path) -> None:
    actions = window.action_table
    assert not actions.save.isEnabled() and not actions.save_as.isEnabled()
    assert not any(a.isEnabled() for a in actions.exports.values())
    assert not actions.next_finding.isEnabled()
    _open(qtbot, window, tmp_path)
    assert actions.save.isEnabled() and all(a.isEnabled() for a in actions.exports.values())


def test_the_recovery_question_names_the_articles_in_local_time(tmp_path: Path) -> None:
    copy = tmp_path / "untitled-1.crosscheck-recovery"
    save_comparison(copy, SavedComparison(make_report()))
    question, details = recovery_text(Recovery(copy, None, "2026-12-03T20:15:00Z", 4242))
    assert "“Soldier killed near Stepanakert”" in question
    assert "“Peacekeeper killed in Azerbaijan”" in question
    assert "UTC" not in details and "2026" in details


# -- the review panel ----------------------------------------------------------------------------


def test_the_review_panel_shows_the_reason_and_both_sentences(comparing: MainWindow) -> None:
    comparing.view.show_finding("f00")
    shown = comparing.dock.review.context_text()
    assert "person conflict" in shown  # the reason
    assert "Ivan Kovgan died near Stepanakert on Tuesday." in shown
    assert "Ivan Petrov died near Stepanakert on Tuesday." in shown


def test_cancel_comparison_is_offered_only_while_a_comparison_runs(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    cancel = window.action_table.cancel
    assert not cancel.isEnabled()  # nothing to cancel: Esc is left to the widgets
    offered: list[bool] = []  # the action's state each time the session starts or stops work
    window.session.busyChanged.connect(lambda _busy: offered.append(cancel.isEnabled()))
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    for path in (left, right):
        path.write_text("An article.\n", encoding="utf-8")
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        assert window.files.open_pair(left, right)
    qtbot.waitUntil(lambda: offered[-1:] == [False], timeout=5_000)
    assert offered[0] is True  # on offer while the comparison ran...
    assert not cancel.isEnabled()  # ...and not once it is done
