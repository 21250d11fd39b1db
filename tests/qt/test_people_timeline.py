"""The People and Timeline tabs, as a journalist uses them on the Petrov pair (43 or 44)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.core.model import FindingKind, Side
from desktop.core.persistence.persist import SavedComparison
from desktop.qt.main_window import MainWindow
from desktop.qt.palette import Theme
from desktop.qt.people_page import NO_PEOPLE, PeoplePage
from desktop.qt.table_browser import TableBrowser
from desktop.qt.timeline_page import NO_MOMENTS
from tests.qt.people_story import LEFT, PETROV, RIGHT, petrov_report
from tests.qt.qt_helpers import wait_drawn


def _ranges(text: str, word: str) -> list[tuple[int, int]]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return out


def _click(qtbot, browser: TableBrowser, row: int, column: int) -> None:
    browser.scroll_to_row(row)
    point = browser.cell_point(row, column)
    assert browser.viewport().rect().contains(point), "the row is on screen"
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _cell_colour(browser: TableBrowser, row: int, column: int) -> QColor:
    table = browser.table()
    assert table is not None
    return table.cellAt(row, column).format().background().color()


@pytest.fixture
def petrov_window(qtbot, window: MainWindow) -> MainWindow:
    window.session.load(SavedComparison(report=petrov_report()), None)
    qtbot.waitUntil(lambda: window.view.report is not None)
    return window


def test_clicking_petrov_on_the_people_tab_marks_every_mention_of_him_on_both_sides(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    petrov_window.dock.show_page(story.people)
    _click(qtbot, story.people.browser, story.people.row_of(PETROV), 0)
    # "Ivan Petrov" once and "Petrov" twice more on the left; the same twice on the right.
    left = [(s, e) for s, e in _ranges(LEFT, "Petrov")]
    left[0] = (LEFT.index("Ivan Petrov"), left[0][1])
    assert story.marks(Side.LEFT) == left
    right = [(s, e) for s, e in _ranges(RIGHT, "Petrov")]
    right[0] = (RIGHT.index("Ivan Petrov"), right[0][1])
    assert story.marks(Side.RIGHT) == right
    assert story.people.current_id == PETROV
    card_rows = [i for i, r in enumerate(story.people.rows) if r and r.card == PETROV]
    assert story.people.browser.selected_rows == tuple(card_rows), "his card shows as selected"
    assert "named 3 times on the left, named twice on the right" in (
        petrov_window.statusBar().currentMessage()
    )


def test_a_43_vs_44_age_shows_as_a_conflict_on_his_card(petrov_window: MainWindow) -> None:
    people = petrov_window.story.people
    row = people.row_of(PETROV, Side.LEFT, "43")
    assert row == people.row_of(PETROV, Side.RIGHT, "44"), "both ages on one line"
    conflict = Theme.current(people.palette()).tint(FindingKind.CONFLICT)
    assert _cell_colour(people.browser, row, 1) == conflict
    assert "≠ age" in people.text()
    assert "1 with a conflict" in people.summary.text()


def test_his_rank_beside_his_job_shows_as_a_difference_not_a_conflict(
    petrov_window: MainWindow,
) -> None:
    people = petrov_window.story.people
    conflict = Theme.current(people.palette()).tint(FindingKind.CONFLICT)
    for side, value in ((Side.LEFT, "Major"), (Side.RIGHT, "deputy chief of submarine forces")):
        row = people.row_of(PETROV, side, value)
        assert _cell_colour(people.browser, row, 1) != conflict
    assert "≈ title" in people.text() and "≈ role" in people.text()


def test_people_with_a_conflict_come_first_and_one_sided_people_keep_an_empty_column(
    petrov_window: MainWindow,
) -> None:
    people = petrov_window.story.people
    assert [c.name for c in people.cards] == ["Ivan Petrov", "Anna Sokolova", "Sergei Lavrov"]
    table = people.browser.table()
    assert table is not None
    names_row = people.row_of("person:anna-sokolova") + 1
    assert table.cellAt(names_row, 1).firstCursorPosition().block().text().startswith("Anna")
    text = people.text()
    assert "only in the left article" in text and "only in the right article" in text
    assert text.count("not named") == 2


def test_clicking_his_age_on_the_right_shows_44_beside_the_lefts_43(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    petrov_window.dock.show_page(story.people)
    _click(qtbot, story.people.browser, story.people.row_of(PETROV, Side.RIGHT, "44"), 2)
    flashes = {
        side: [(s, e) for s, e, _f in petrov_window.view.text(side).layers.layer("flash")]
        for side in Side
    }
    assert flashes[Side.RIGHT] == _ranges(RIGHT, "44")
    assert flashes[Side.LEFT] == _ranges(LEFT, "43")
    assert story.marks(Side.LEFT), "his mentions stay marked while his age is shown"


def test_down_arrow_on_the_people_tab_goes_to_the_next_person(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    petrov_window.dock.show_page(story.people)
    browser = story.people.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert story.people.current_id == PETROV
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert story.people.current_id == "person:anna-sokolova"
    assert story.marks(Side.LEFT) == _ranges(LEFT, "Anna Sokolova") + [
        r for r in _ranges(LEFT, "Sokolova") if r[0] != LEFT.index("Anna Sokolova") + 5
    ]
    assert story.marks(Side.RIGHT) == []


def test_the_timeline_lists_the_lefts_sunday_and_the_rights_5_may_on_one_row(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    petrov_window.dock.show_page(story.timeline)
    table = story.timeline.browser.table()
    assert table is not None
    row = story.timeline.row_of(0)
    cells = [table.cellAt(row, c).firstCursorPosition().block().text() for c in range(3)]
    assert cells[0] == "Sun 5 May 2024"
    assert "killed on Sunday" in cells[1] and "died on 5 May 2024" in cells[2]
    _click(qtbot, story.timeline.browser, row, 1)
    assert story.marks(Side.LEFT) == _ranges(LEFT, "Sunday")
    assert story.marks(Side.RIGHT) == _ranges(RIGHT, "5 May 2024")


def test_a_moment_the_engine_judged_placed_on_different_days_is_marked_as_a_conflict(
    qtbot, window: MainWindow
) -> None:
    window.session.load(SavedComparison(report=petrov_report(day_conflict=True)), None)
    timeline = window.story.timeline
    conflict = Theme.current(timeline.palette()).tint(FindingKind.CONFLICT)
    assert _cell_colour(timeline.browser, timeline.row_of(3), 0) == conflict  # Monday
    assert _cell_colour(timeline.browser, timeline.row_of(0), 0) == conflict  # Sunday
    assert _cell_colour(timeline.browser, timeline.row_of(1), 0) != conflict  # 21:00
    assert "≠ the other article: Sun 5 May 2024" in timeline.text()
    assert "2 in conflict" in timeline.summary.text()


def test_a_time_the_timeline_alone_paired_is_a_hint_to_check_not_a_conflict(
    petrov_window: MainWindow,
) -> None:
    timeline = petrov_window.story.timeline
    conflict = Theme.current(timeline.palette()).tint(FindingKind.CONFLICT)
    assert _cell_colour(timeline.browser, timeline.row_of(3), 0) != conflict
    assert "a matching sentence of the other article says Sun 5 May 2024" in timeline.text()
    assert "≠" not in timeline.text() and "conflict" not in timeline.summary.text()
    assert "Hours later" in timeline.text(), "an undated moment keeps the article's words"


def test_neither_article_naming_a_person_or_a_date_says_so(
    qtbot, petrov_window: MainWindow
) -> None:
    petrov_window.session.load(
        SavedComparison(report=petrov_report(people=False, dated=False)), None
    )
    story = petrov_window.story
    assert NO_PEOPLE in story.people.text()
    assert NO_MOMENTS in story.timeline.text()
    tabs = petrov_window.dock.tabs
    assert tabs.tabText(tabs.indexOf(story.people)) == "People (0)"


def test_show_person_on_his_age_conflict_opens_his_card_and_marks_him(
    qtbot, petrov_window: MainWindow
) -> None:
    dock = petrov_window.dock
    dock.select_finding("f-age")
    button = dock.review.person_button
    assert button.isVisibleTo(dock.review)
    dock.select_finding("f-place")
    assert not button.isVisibleTo(dock.review), "a place finding has no person to show"
    dock.select_finding("f-age")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    story = petrov_window.story
    assert dock.tabs.currentWidget() is story.people
    assert story.people.current_id == PETROV
    assert len(story.marks(Side.LEFT)) == 3


def test_picking_a_finding_or_leaving_the_tab_clears_the_person_marks(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    dock = petrov_window.dock
    dock.show_page(story.people)
    story.show_person(PETROV)
    assert story.marks(Side.LEFT)
    petrov_window.view.show_finding("f-place")
    assert story.marks(Side.LEFT) == [] and story.marks(Side.RIGHT) == []
    story.show_person(PETROV)
    dock.tabs.setCurrentIndex(0)
    assert story.marks(Side.LEFT) == []


def test_a_people_tab_too_short_for_its_cards_lists_each_person_once(qtbot) -> None:
    page = PeoplePage()
    qtbot.addWidget(page)
    page.resize(360, 160)  # a scroll bar appears while the cards are drawn
    page.show()
    qtbot.waitExposed(page)
    page.set_report(petrov_report())
    page.select(PETROV)  # drawn again, with the scroll bar showing
    qtbot.wait(20)
    assert page.browser.verticalScrollBar().maximum() > 0
    assert page.browser.toPlainText().count("Left article") == 1
    table = page.browser.table()
    assert table is not None and table.rows() == len(page.rows)


def test_the_axis_draws_each_articles_dated_moments_and_a_click_selects_the_row(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    petrov_window.dock.show_page(story.timeline)
    axis = story.timeline.axis
    assert axis.isVisible()
    points = axis.mark_points()
    # Sunday = 5 May on both sides, 21:00 and Monday on the right; "Hours later" has no place.
    assert sorted(index for index, _p in points) == [0, 0, 1, 3]
    left_mark, right_mark = (p for index, p in points if index == 0)
    assert left_mark.x() == right_mark.x() and left_mark.y() < right_mark.y()
    at_nine = next(p for index, p in points if index == 1)
    assert left_mark.x() < at_nine.x() < next(p for index, p in points if index == 3).x()
    qtbot.mouseClick(axis, Qt.MouseButton.LeftButton, pos=at_nine.toPoint())
    assert story.timeline.current == 1
    assert story.marks(Side.RIGHT) == _ranges(RIGHT, "21:00")


def test_a_month_spans_its_days_on_the_axis_and_a_weekday_is_left_to_the_list() -> None:
    from desktop.core.model import TimelineEntry
    from desktop.qt.timeline_axis import place

    month = TimelineEntry("2024-05", "month", (), (), "In May…")
    sunday = TimelineEntry("Sunday", "weekday", (), (), "On Sunday…")
    evening = TimelineEntry("2024-05-05T21:00", "time", (), (), "At 21:00…")
    placed = place((month, sunday, evening))
    assert [p.index for p in placed] == [0, 2]
    assert placed[0].end - placed[0].start == 31
    assert placed[0].start < placed[1].start < placed[0].end


def test_hovering_his_age_on_the_right_quotes_the_sentence_that_gives_it(
    petrov_window: MainWindow,
) -> None:
    people = petrov_window.story.people
    row = people.row_of(PETROV, Side.RIGHT, "44")
    tip = people.tooltip(row, 2)
    assert tip.startswith("Ivan Petrov, <b>44</b>, the deputy chief of submarine forces")
    assert "43" in people.tooltip(row, 1)
    assert "mark every mention" in people.tooltip(people.row_of(PETROV), 0)


def test_articles_about_different_events_hold_back_the_card_and_timeline_conflicts_too(
    qtbot, window: MainWindow
) -> None:
    from dataclasses import replace

    from desktop.core.model import Notice, NoticeCode

    report = petrov_report(day_conflict=True)
    different = Notice(NoticeCode.DIFFERENT_EVENTS, None, "These seem to be different events.")
    report = replace(report, summary=replace(report.summary, notices=(different,)))
    window.session.load(SavedComparison(report=report), None)
    people, timeline = window.story.people, window.story.timeline
    conflict = Theme.current(people.palette()).tint(FindingKind.CONFLICT)
    wait_drawn(qtbot, people, timeline)
    age_row = people.row_of(PETROV, Side.LEFT, "43")
    assert _cell_colour(people.browser, age_row, 1) != conflict
    assert "≠" not in people.browser.toPlainText().split("≠ the articles")[0]
    assert "held back" in people.summary.text() and "held back" in timeline.summary.text()
    assert _cell_colour(timeline.browser, timeline.row_of(3), 0) != conflict
    window.view.banner.compareAnyway.emit()  # the journalist chooses Compare Anyway
    wait_drawn(qtbot, people, timeline)
    assert _cell_colour(people.browser, age_row, 1) == conflict
    assert _cell_colour(timeline.browser, timeline.row_of(3), 0) == conflict


def test_with_the_people_tab_open_clicking_his_age_in_the_article_brings_up_his_card(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    petrov_window.dock.show_page(story.people)
    text = petrov_window.view.text(Side.RIGHT)
    cursor = text.textCursor()
    cursor.setPosition(RIGHT.index("44") + 1)
    point = text.cursorRect(cursor).center()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert story.people.current_id == PETROV
    assert len(story.marks(Side.LEFT)) == 3


def test_a_screenshot_can_open_on_the_timeline_tab_with_its_first_moment_shown(
    petrov_window: MainWindow,
) -> None:
    from desktop.app import _screenshot_tab

    assert _screenshot_tab(["screenshot", "shot.png", "--tab", "timeline", "a", "b"]) == "timeline"
    assert _screenshot_tab(["a.txt", "b.txt"]) == ""
    story = petrov_window.story
    assert not story.show_tab("no such tab")
    assert story.show_tab("timeline")
    assert petrov_window.dock.tabs.currentWidget() is story.timeline
    assert story.timeline.current == 0
    assert story.marks(Side.LEFT) == _ranges(LEFT, "Sunday")


def test_clicking_petrov_again_steps_both_articles_to_his_next_mention(
    qtbot, petrov_window: MainWindow
) -> None:
    story = petrov_window.story
    petrov_window.dock.show_page(story.people)
    row = story.people.row_of(PETROV)

    def flashed(side: Side) -> list[tuple[int, int]]:
        return [(s, e) for s, e, _f in petrov_window.view.text(side).layers.layer("flash")]

    _click(qtbot, story.people.browser, row, 0)
    assert "Click again for the next mention" in petrov_window.statusBar().currentMessage()
    _click(qtbot, story.people.browser, row, 0)
    assert flashed(Side.LEFT) == [story.marks(Side.LEFT)[1]]
    assert flashed(Side.RIGHT) == [story.marks(Side.RIGHT)[1]]
    assert "mention 2 of 3 on the left, mention 2 of 2 on the right" in (
        petrov_window.statusBar().currentMessage()
    )
    _click(qtbot, story.people.browser, row, 0)
    assert flashed(Side.RIGHT) == [story.marks(Side.RIGHT)[0]], "round to his first"


def test_hidden_people_and_timeline_tabs_are_drawn_after_the_report_and_before_they_are_seen(
    qtbot, window: MainWindow
) -> None:
    # Stop 56: their tables no longer add to the one block in which a comparison is shown.
    window.show()
    qtbot.waitExposed(window)
    people, timeline = window.story.people, window.story.timeline
    window.session.load(SavedComparison(report=petrov_report()), None)
    assert not people.isVisible() and not people.drawn and not timeline.drawn
    wait_drawn(qtbot, people, timeline)
    assert "Ivan Petrov" in people.browser.toPlainText()
    assert "No comparison yet." not in timeline.summary.text()


def test_a_second_report_dropped_before_the_hidden_tab_is_drawn_is_the_one_it_shows(
    qtbot, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    people = window.story.people
    window.session.load(SavedComparison(report=petrov_report()), None)
    second = petrov_report(people=False)
    window.session.load(SavedComparison(report=second), None)
    assert not people.drawn
    window.story.show_tab("People")  # shown: drawn at once, from the second report
    assert people.drawn
    alone = PeoplePage()  # a page on its own draws at once
    alone.set_report(second)
    assert people.text() == alone.text()
    assert NO_PEOPLE in people.text() and "Ivan Petrov" not in people.text()
