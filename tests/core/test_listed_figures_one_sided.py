"""A sentence only one article has keeps its figures marked, even when they are listed side by
side ("six rifles, 12 magazines and about 300 rounds") or are shares ("60 percent of those
polled"); a part taken out of a group ("two of them") stays unmarked (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare


def left_only_figures(report: Report) -> set[str]:
    return {
        s.text
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is not MentionType.STATEMENT
        for s in f.left
    }


COMMON = (
    "The navy intercepted a pirate attack on a cargo ship in the Gulf of Aden on Tuesday. "
    "A warship answered the ship's distress call and chased the attackers' boats away. "
)


def test_figures_listed_in_a_sentence_only_one_article_has_are_each_one_sided() -> None:
    left = (
        "Navy foils pirates\n\n" + COMMON + "Sailors boarded the boats and seized six rifles, "
        "12 magazines and about 300 rounds of ammunition."
    )
    right = "Pirates driven off\n\n" + COMMON
    marked = left_only_figures(compare(left, right))
    assert {"six", "12", "about 300"} <= marked, marked


def test_a_share_of_those_polled_is_a_fact_of_its_own() -> None:
    left = (
        "Poll on the riots\n\n" + COMMON + "A survey put disapproval of the government at 68 "
        "percent, with 60 percent of those polled calling the riots an uprising."
    )
    right = "Pirates driven off\n\n" + COMMON
    marked = left_only_figures(compare(left, right))
    assert "60 percent" in marked, marked


def test_two_of_them_is_a_part_of_the_boats_not_a_figure_to_mark() -> None:
    left = (
        "Navy foils pirates\n\n" + COMMON + "Two of them escaped into open water before the "
        "warship arrived."
    )
    right = "Pirates driven off\n\n" + COMMON
    marked = left_only_figures(compare(left, right))
    assert not any(text.lower() == "two" for text in marked), marked
