"""One span of time told as an age, as years ago, or by the year it began is one fact, not a
fact each article lacks (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts


def _marked(report: Report, words: str) -> bool:
    return any(
        words in s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in f.left + f.right
    )


CASE_LEFT = (
    "Arrest in old murder case\n\n"
    "A woman charged with killing two clerks in a Staunton shop 41 years ago was released "
    "without bail on Friday, police said."
)
CASE_RIGHT = (
    "Arrest in old murder case\n\n"
    "Staunton police said on Friday a woman was charged in a 41-year-old double murder case "
    "at a shop and released without bail."
)


def test_a_41_year_old_case_and_a_killing_41_years_ago_are_one_span() -> None:
    report = compare_texts(CASE_LEFT, CASE_RIGHT)
    assert not _marked(report, "41 years ago")
    assert not _marked(report, "41-year-old")


def test_a_case_of_another_age_stays_marked() -> None:
    report = compare_texts(CASE_LEFT, CASE_RIGHT.replace("41-year-old", "40-year-old"))
    assert _marked(report, "41 years ago")


BOUT_LEFT = (
    "Bowe wins comeback bout\n\n"
    "On the undercard, former heavyweight champion Riddick Bowe won a decision over Gene "
    "Pukall in his first fight in three years."
)
BOUT_RIGHT = (
    "Bowe wins comeback bout\n\n"
    "On the undercard, former heavyweight champion Riddick Bowe won a decision over Gene "
    "Pukall, fighting for the first time since 2005."
)


def test_three_years_and_since_2005_are_one_span_in_a_story_of_2008() -> None:
    report = compare_texts(BOUT_LEFT, BOUT_RIGHT, "2008-12-07")
    assert not _marked(report, "three years")


def test_three_years_do_not_tell_since_2001_in_a_story_of_2008() -> None:
    report = compare_texts(BOUT_LEFT, BOUT_RIGHT.replace("2005", "2001"), "2008-12-07")
    assert _marked(report, "three years")


def test_a_decade_holds_the_years_since_1996_in_a_story_of_2008() -> None:
    left = BOUT_LEFT.replace("his first fight in three years", "just his third fight in a decade")
    right = BOUT_RIGHT.replace("the first time since 2005", "only the third time since 1996")
    report = compare_texts(left, right, "2008-12-07")
    assert not _marked(report, "since 1996")
