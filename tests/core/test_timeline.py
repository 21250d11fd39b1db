"""The timeline: dated statements of both articles on one list, at the precision the text gives."""

from __future__ import annotations

import pytest

from desktop.core.datetimes.timeline import DAY, RELATIVE, timeline
from desktop.core.model import TimelineEntry
from tests.core.people_texts import LEFT, RIGHT, parse_pair


@pytest.fixture(scope="module")
def rows() -> tuple[TimelineEntry, ...]:
    pair = parse_pair()
    return timeline(pair.left, pair.right, pair.pairs)


def test_sunday_and_monday_resolve_to_calendar_days_from_the_article_date(
    rows: tuple[TimelineEntry, ...],
) -> None:
    days = {row.when: row for row in rows if row.precision == DAY}
    assert {"2024-05-05", "2024-05-06", "2024-05-04"} <= set(days)
    sunday = days["2024-05-05"]
    assert [LEFT[s.start : s.end] for s in sunday.left] == ["Sunday"]


def test_rows_run_earliest_first_and_hours_later_follows_its_statement(
    rows: tuple[TimelineEntry, ...],
) -> None:
    dated = [row.when for row in rows if row.precision == DAY]
    assert dated == sorted(dated)
    whens = [row.when or row.precision for row in rows]
    assert whens.index(RELATIVE) == whens.index("2024-05-06") + 1


def test_one_death_placed_on_sunday_and_on_saturday_is_a_conflict(
    rows: tuple[TimelineEntry, ...],
) -> None:
    sunday = next(row for row in rows if row.when == "2024-05-05")
    saturday = next(row for row in rows if row.when == "2024-05-04")
    assert sunday.conflicts == ("2024-05-04",) and saturday.conflicts == ("2024-05-05",)
    assert [RIGHT[s.start : s.end] for s in saturday.right] == ["Saturday"]


def test_both_articles_naming_sunday_share_one_row() -> None:
    pair = parse_pair("The mayor spoke on Sunday.", "On Sunday the mayor spoke.")
    (row,) = [r for r in timeline(pair.left, pair.right, pair.pairs) if r.when == "2024-05-05"]
    assert len(row.left) == 1 and len(row.right) == 1 and row.conflicts == ()


def test_without_an_article_date_a_weekday_stays_a_weekday() -> None:
    pair = parse_pair("The mayor spoke on Sunday.", "The mayor spoke in 2019.", day=None)
    rows = timeline(pair.left, pair.right, pair.pairs)
    assert {(r.when, r.precision) for r in rows} == {("Sunday", "weekday"), ("2019", "year")}


def test_a_clock_time_in_a_sentence_naming_one_day_is_placed_on_that_day() -> None:
    left = "Shooting on Elm Street\n\nAt about 9:35 p.m. on Sunday, officers found two men shot."
    pair = parse_pair(left, "Two men were shot on Elm Street.")
    whens = {row.when for row in timeline(pair.left, pair.right, pair.pairs)}
    assert "2024-05-05T21:35" in whens  # the article date 2024-05-07 is a Tuesday


def test_a_clock_time_beside_two_days_stays_a_bare_time() -> None:
    left = "Shooting on Elm Street\n\nThe man shot at 9:35 p.m. on Sunday died on Monday."
    pair = parse_pair(left, "A man died.")
    times = [row.when for row in timeline(pair.left, pair.right, pair.pairs) if "T" in row.when]
    assert times == ["T21:35"]


def test_charges_announced_sunday_beside_a_killing_on_friday_are_two_happenings() -> None:
    left = (
        "Boy killed on Elm Street\n\n"
        "A 16-year-old boy was shot and killed by a friend on Elm Street on Friday."
    )
    right = (
        "Charges in boy's death\n\nPolice announced charges on Sunday against the friend who "
        "shot and killed a 16-year-old boy on Elm Street."
    )
    pair = parse_pair(left, right)
    assert any(p.left == 1 and p.right == 1 for p in pair.pairs)  # the two sentences align
    rows = timeline(pair.left, pair.right, pair.pairs)
    assert all(row.conflicts == () for row in rows)


def test_a_clock_time_is_not_put_on_the_day_police_spoke() -> None:
    left = "Shooting on Elm Street\n\nPolice said Monday that the shots were fired at 9 p.m."
    pair = parse_pair(left, "Shots were fired on Elm Street.")
    whens = [row.when for row in timeline(pair.left, pair.right, pair.pairs)]
    assert "2024-05-06T21:00" not in whens
