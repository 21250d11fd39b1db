"""Reviewing findings in the window: statuses, notes, links added and removed, all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from desktop.core.model import FindingKind, ReviewStatus, Side
from desktop.core.results.review import USER_REASON
from desktop.qt.findings_model import FINDING_ID_ROLE, Column
from desktop.qt.main_window import MainWindow
from desktop.qt.palette import DISMISSED_ALPHA, FADED_TEXT_LIGHT
from tests.factories import finding_of
from tests.qt.qt_helpers import comparison_of, open_story, report_of, selections_on


@pytest.fixture
def reviewing(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window showing the hand-made report (conflict f00: Ivan Kovgan / Ivan Petrov)."""
    return open_story(qtbot, window, tmp_path)


def _select(window: MainWindow, finding_id: str) -> None:
    """Select a finding in the table, as a click on its row does."""
    dock = window.dock
    dock.type_combo.setCurrentIndex(dock.type_combo.findData(dock.proxy.ALL))
    row = next(
        r
        for r in range(dock.proxy.rowCount())
        if dock.proxy.index(r, 0).data(FINDING_ID_ROLE) == finding_id
    )
    dock.table.selectRow(row)
    assert window.review.current_id() == finding_id


def _row_text(window: MainWindow, finding_id: str, column: Column) -> str:
    model = window.dock.model
    row = model.row_of(finding_id)
    assert row is not None
    return str(model.index(row, column).data())


def test_statuses_show_in_the_table_the_panes_and_the_review_panel(
    qtbot, reviewing: MainWindow
) -> None:
    window = reviewing
    assert not window.dock.table.isColumnHidden(Column.STATUS)
    _select(window, "f00")
    window.action_table.status[ReviewStatus.CONFIRMED].trigger()
    finding = window.session.finding("f00")
    assert finding is not None and finding.status is ReviewStatus.CONFIRMED
    assert _row_text(window, "f00", Column.STATUS) == "✓ Confirmed"
    assert window.dock.review.status_buttons[ReviewStatus.CONFIRMED].isChecked()
    # The check mark is drawn beside the span in both panes.
    for side, phrase in ((Side.LEFT, "Ivan Kovgan"), (Side.RIGHT, "Ivan Petrov")):
        marks = window.view.text(side).status_marks()
        text = report_of(window.view).document(side).document.text
        end = text.index(phrase) + len(phrase)
        assert (end, ReviewStatus.CONFIRMED) in [(m[1], m[2]) for m in marks]

    # Disputing it instead: a different mark; the same status again reopens it.
    window.action_table.status[ReviewStatus.DISPUTED].trigger()
    assert _row_text(window, "f00", Column.STATUS) == "? Disputed"
    window.action_table.status[ReviewStatus.DISPUTED].trigger()
    assert finding_of(window.session, "f00").status is ReviewStatus.OPEN
    assert _row_text(window, "f00", Column.STATUS) == ""
    assert window.view.text(Side.LEFT).status_marks() == []


def _finding_formats(window: MainWindow, side: Side, phrase: str) -> list[QTextCharFormat]:
    """The formats the findings layer paints over exactly ``phrase`` (its first occurrence)."""
    text = report_of(window.view).document(side).document.text
    start = text.index(phrase)
    return [
        fmt
        for s, e, fmt in window.view.text(side).layers.layer("findings")
        if (s, e) == (start, start + len(phrase))
    ]


def test_a_dismissed_finding_fades_in_the_pane_and_the_table(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    theme = window.view.theme
    _select(window, "f03")  # Kremlin, corroborated
    (before,) = _finding_formats(window, Side.LEFT, "Kremlin")
    assert before.background().color().alpha() == 255

    window.dock.review.status_buttons[ReviewStatus.DISMISSED].click()

    assert finding_of(window.session, "f03").status is ReviewStatus.DISMISSED
    for side in Side:
        (faded,) = _finding_formats(window, side, "Kremlin")
        assert faded.background().color().alpha() == DISMISSED_ALPHA
        assert faded.background().color().rgb() == theme.tint(FindingKind.AGREE).rgb()
        assert faded.underlineColor().alpha() == DISMISSED_ALPHA
        assert faded.foreground().color().name() == FADED_TEXT_LIGHT.lower()
        # What is on screen: the pane's extra selections carry the faded format.
        shown = [
            QTextCharFormat(s.format) for s in selections_on(window.view.text(side), "Kremlin")
        ]
        assert any(f.background().color().alpha() == DISMISSED_ALPHA for f in shown)
    row = window.dock.model.row_of("f03")
    assert row is not None
    colour = window.dock.model.index(row, Column.LEFT).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.alpha() < 255
    # Other findings keep their full colour.
    (other,) = _finding_formats(window, Side.LEFT, "Aliyev")
    assert other.background().color().alpha() == 255


def test_undo_and_redo_a_status_restore_it_exactly(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    session = window.session
    before = session.comparison
    _select(window, "f01")
    window.action_table.status[ReviewStatus.DISMISSED].trigger()
    after = comparison_of(session)
    assert after != before and len(after.history) == 1
    assert after.history[0].action == "status" and after.history[0].value == "dismissed"

    window.action_table.undo.trigger()
    assert session.comparison == before
    assert _row_text(window, "f01", Column.STATUS) == ""
    window.action_table.redo.trigger()
    assert comparison_of(session).report == after.report
    assert _row_text(window, "f01", Column.STATUS) == "✕ Dismissed"
    assert window.action_table.undo.text().startswith("&Undo Mark Dismissed")


def test_a_typed_note_is_one_undo_step(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    session = window.session
    before = session.comparison
    _select(window, "f00")
    note = window.dock.review.note
    note.setFocus()
    qtbot.keyClicks(note, "Call TASS")
    qtbot.waitUntil(lambda: finding_of(session, "f00").note == "Call TASS", timeout=5_000)
    qtbot.keyClicks(note, " <b>today</b>")
    window.dock.review.commit_note()  # as leaving the box does
    assert finding_of(session, "f00").note == "Call TASS <b>today</b>"
    assert _row_text(window, "f00", Column.NOTE) == "Call TASS <b>today</b>"
    assert session.undo_stack.count() == 1  # merged: one step for the whole note
    assert [e.value for e in comparison_of(session).history] == ["Call TASS <b>today</b>"]

    window.action_table.undo.trigger()
    assert session.comparison == before
    assert note.toPlainText() == ""
    window.action_table.redo.trigger()
    assert finding_of(session, "f00").note == "Call TASS <b>today</b>"
    assert note.toPlainText() == "Call TASS <b>today</b>"


def _select_words(window: MainWindow, side: Side, phrase: str) -> None:
    text = report_of(window.view).document(side).document.text
    start = text.index(phrase)
    # A sloppy drag: a space on either side, trimmed by the window.
    window.view.text(side).select_range(max(0, start - 1), start + len(phrase) + 1)


def test_linking_two_selections_adds_a_confirmed_user_finding(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    session = window.session
    before = session.comparison
    assert not window.action_table.links[FindingKind.CONFLICT].isEnabled()
    _select_words(window, Side.LEFT, "Rybar")
    _select_words(window, Side.RIGHT, "Putin")
    assert window.action_table.links[FindingKind.CONFLICT].isEnabled()

    window.action_table.links[FindingKind.CONFLICT].trigger()

    added = [f for f in report_of(session).findings if f.origin == "user"]
    assert len(added) == 1
    link = added[0]
    assert link.id.startswith("u-") and link.kind is FindingKind.CONFLICT
    assert (link.left[0].text, link.right[0].text) == ("Rybar", "Putin")
    assert link.status is ReviewStatus.CONFIRMED and link.reason == USER_REASON
    assert comparison_of(session).user_links == (link.id,)
    assert window.review.current_id() == link.id
    assert link.id in window.view.conflicts()
    assert any(h.finding_id == link.id for h in window.view.highlights(Side.RIGHT))
    assert _row_text(window, link.id, Column.CONFIDENCE) == "yours"

    window.action_table.undo.trigger()
    assert session.comparison == before
    assert window.dock.model.row_of(link.id) is None
    assert all(h.finding_id != link.id for h in window.view.highlights(Side.LEFT))
    window.action_table.redo.trigger()
    assert report_of(session).finding(link.id) == link


def test_removing_a_wrong_link_remembers_it_and_undo_restores_it_in_place(
    qtbot, reviewing: MainWindow
) -> None:
    window = reviewing
    session = window.session
    before = session.comparison
    _select(window, "f02")  # Stepanakert / Stepanakert
    assert window.action_table.remove_link.isEnabled()
    window.action_table.remove_link.trigger()
    assert report_of(session).finding("f02") is None
    assert comparison_of(session).removed == ("f02",)
    assert window.dock.model.row_of("f02") is None
    assert all(h.finding_id != "f02" for h in window.view.highlights(Side.LEFT))

    window.action_table.undo.trigger()
    assert session.comparison == before  # same order, nothing remembered as removed
    window.action_table.redo.trigger()
    assert comparison_of(session).removed == ("f02",)

    # A one-sided fact is not a link: it can be dismissed, not removed.
    _select(window, "f06")
    assert not window.action_table.remove_link.isEnabled()
    assert not window.review.remove_link("f06")


def test_a_highlights_context_menu_reviews_that_finding(qtbot, reviewing: MainWindow) -> None:
    window = reviewing
    text = window.view.text(Side.RIGHT)
    offset = report_of(window.view).right.document.text.index("Putin") + 2
    cursor = QTextCursor(text.document())
    cursor.setPosition(offset)
    menu = text.context_menu(text.cursorRect(cursor).center())
    labels = [a.text().replace("&", "") for a in menu.actions()]
    assert any("Dismiss" in label for label in labels)
    assert any("Copy" in label for label in labels)  # the standard entries stay
    assert window.review.current_id() == "f09"
    dismiss = next(a for a in menu.actions() if "Dismiss" in a.text().replace("&", ""))
    dismiss.trigger()
    assert finding_of(window.session, "f09").status is ReviewStatus.DISMISSED


def test_a_clicked_sentence_hidden_from_the_table_is_still_reviewed(
    qtbot, reviewing: MainWindow
) -> None:
    window = reviewing
    _select(window, "f00")
    window.dock.type_combo.setCurrentIndex(window.dock.type_combo.findData("person"))
    window.view.show_finding("f10")  # a whole-sentence finding: not in the "person" table
    assert window.dock.review.finding is not None and window.dock.review.finding.id == "f10"
    window.action_table.status[ReviewStatus.CONFIRMED].trigger()
    assert finding_of(window.session, "f10").status is ReviewStatus.CONFIRMED
    assert finding_of(window.session, "f00").status is ReviewStatus.OPEN
    assert window.dock.review.finding.id == "f10"
    assert window.dock.review.status_buttons[ReviewStatus.CONFIRMED].isChecked()
