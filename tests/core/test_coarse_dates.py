"""A day and the month that holds it are one date at two precisions: "on March 11, 2005" / "the
March 2005 rampage" (hand-written texts). One calendar rule decides both the agreement and the
yellow marks, so the two can never disagree about which dates are one."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.datetimes.days.coarse_dates import day_told_by_its_month
from desktop.core.model import Document, FindingKind, MentionType, Report
from tests.factories import compare_texts

LEFT = (
    "Courthouse gunman gets life\n\n"
    "A judge on Saturday sentenced the man who killed four people in a courthouse escape. "
    "He was on trial for rape when on March 11, 2005 he overpowered a deputy and took her gun."
)
RIGHT = (
    "Courthouse gunman sentenced to life\n\n"
    "A judge on Saturday sentenced the man who killed four people in a courthouse escape. "
    "He was found guilty of murder for the March 2005 rampage at the courthouse."
)


def _dates_marked(report: Report) -> list[str]:
    return [
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY) and f.type is MentionType.DATE
        for s in f.left + f.right
    ]


def test_the_day_and_the_month_of_one_rampage_are_marked_on_neither_side() -> None:
    assert _dates_marked(compare_texts(LEFT, RIGHT)) == []


def test_the_day_and_the_month_of_one_rampage_are_one_agreed_date() -> None:
    agreed = [
        ([s.text for s in f.left], [s.text for s in f.right])
        for f in compare_texts(LEFT, RIGHT).findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.DATE
    ]
    assert (["March 11, 2005"], ["March 2005"]) in agreed


def test_a_day_beside_another_day_of_that_month_is_the_finer_fact() -> None:
    left = LEFT + " He was captured on March 12, 2005 in a suburban apartment."
    marked = _dates_marked(compare_texts(left, RIGHT))
    assert "March 11, 2005" in marked
    assert "March 2005" not in marked


def test_a_month_of_another_year_tells_no_day() -> None:
    right = RIGHT.replace("March 2005", "March 2006")
    marked = _dates_marked(compare_texts(LEFT, right))
    assert "March 11, 2005" in marked and "March 2006" in marked


def test_a_weekday_the_page_date_places_in_that_month_stays_the_finer_fact() -> None:
    def analysed(left: str, right: str) -> tuple[Analysis, Analysis]:
        docs = [
            Document(source="left.txt", text=left, date="2010-12-07"),
            Document(source="right.txt", text=right, date="2010-09-10"),
        ]
        nlp = load_pipeline().nlp
        first, second = analyse(docs, [nlp(nlp_view(d.text)) for d in docs])
        return first, second

    def day(analysis: Analysis, words: str) -> Fact:
        return next(f for f in analysis.facts if f.text == words)

    left = "The woman who shot two co-workers in September was charged with murder."
    weekday = "The woman shot two co-workers on Thursday night, police said."
    written = "The woman shot two co-workers on September 9, 2010, police said."
    mine, theirs = analysed(left, weekday)
    assert not day_told_by_its_month(day(theirs, "Thursday night"), theirs, mine)
    mine, theirs = analysed(left, written)
    assert day_told_by_its_month(day(theirs, "September 9, 2010"), theirs, mine)
