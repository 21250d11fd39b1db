"""A week counted from the writing is told by a day inside it: "fired last week" is no fact the
other article lacks when it says "lost his job last Thursday"."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, Report
from tests.factories import yellow


def compare(left: tuple[str, str | None], right: tuple[str, str | None]) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left[0], date=left[1]),
        Document(source="right.txt", text=right[0], date=right[1]),
    )


FIRED_LAST_WEEK = (
    "Fired accountant opens fire at office\n\n"
    "An accountant who was fired last week returned to his former office in Trenby on Monday "
    "and shot two managers, police said. Both survived.",
    "2024-03-11",
)


def test_fired_last_week_is_told_by_lost_his_job_last_thursday() -> None:
    right = (
        "Gunman wounds two bosses\n\n"
        "Police said the gunman, who lost his job last Thursday, wounded two managers at the "
        "Trenby office on Monday. He was arrested an hour later.",
        "2024-03-11",
    )
    assert "last week" not in yellow(compare(FIRED_LAST_WEEK, right))


def test_fired_last_week_stays_yellow_when_the_other_says_nothing_of_the_firing() -> None:
    right = (
        "Gunman wounds two bosses\n\n"
        "Police said a former employee wounded two managers at the Trenby office on Monday. He "
        "was arrested an hour later.",
        "2024-03-11",
    )
    assert "last week" in yellow(compare(FIRED_LAST_WEEK, right))


def test_this_week_is_told_by_the_weekday_of_the_sentence_aligned_with_it() -> None:
    left = (
        "Director returns to talks\n\n"
        "Despite reports last week that Ana Kell had left the project, she will be back at the "
        "negotiating table with Westgate Films this week. Fans had protested online.",
        None,
    )
    right = (
        "Kell to resume talks\n\n"
        "Ana Kell will resume negotiating with Westgate Films on Monday, the studio said. Fans "
        "had protested online.",
        None,
    )
    report = compare(left, right)
    assert "this week" not in yellow(report)
    assert "Monday" in yellow(report)  # the finer day is the right's alone
    assert "last week" in yellow(report)  # the reports: the coming Monday does not tell them


def test_last_week_is_told_by_a_dated_day_that_falls_in_it() -> None:
    left = (
        "Ferry owner fined\n\n"
        "The owner of the ferry that ran aground last week was fined on Tuesday. The ferry "
        "carried 40 passengers.",
        "2024-03-12",
    )
    right = (
        "Ferry aground off Skye\n\n"
        "A ferry carrying 40 passengers ran aground off Skye on March 6, the coastguard said. "
        "Tugs pulled it free.",
        "2024-03-07",
    )
    assert "last week" not in yellow(compare(left, right))
