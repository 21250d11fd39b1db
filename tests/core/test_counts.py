"""One set of counts for every view: the comparison as reviewed, facts and sentences apart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.model import (
    FindingKind,
    Notice,
    NoticeCode,
    ReviewStatus,
    Summary,
)
from desktop.core.persistence.persist import SavedComparison
from desktop.core.results.counts import (
    count_findings,
    facts_line,
    review_line,
    reviewed_findings,
    sentences_line,
    verdict_line,
)
from tests.factories import finding, report

LEFT = "The soldier was Ivan Kovgan. The quake hit Sumatra at 5.9. It was 47 km deep. Aid came."
RIGHT = "The soldier was Ivan Petrov. The quake hit Sumatra at 6.1. Rescuers arrived."
TEXTS = (LEFT, RIGHT)
# The engine saw one conflict; its verdict was written before any review.
ENGINE_SUMMARY = Summary(
    0.82, 0.5, {"conflict": 1, "agree": 1}, "1 conflict; likely the same event"
)


def reviewed() -> SavedComparison:
    findings = (
        finding(TEXTS, "c1", "conflict", "person", ["Ivan Kovgan"], ["Ivan Petrov"]),
        # The reviewer linked the magnitudes the engine missed (Ctrl+Shift+L).
        finding(
            TEXTS,
            "u-1",
            "conflict",
            "number",
            ["5.9"],
            ["6.1"],
            origin="user",
            status=ReviewStatus.CONFIRMED,
        ),
        finding(TEXTS, "a1", "agree", "place", ["Sumatra"], ["Sumatra"]),
        # A wrong one-sided figure, set aside but still a row in the table.
        finding(TEXTS, "l1", "left_only", "quantity", ["47 km"], status=ReviewStatus.DISMISSED),
        finding(TEXTS, "r1", "right_only", "statement", [], ["Rescuers arrived."]),
        finding(TEXTS, "s1", "agree", "statement", ["The quake hit"], ["The quake hit"]),
        # Removed by the reviewer as a wrong link, but a stale report may still carry it.
        finding(TEXTS, "x9", "agree", "person", ["Ivan Kovgan"], ["Ivan Petrov"]),
    )
    return SavedComparison(report(TEXTS, findings, summary=ENGINE_SUMMARY), removed=("x9",))


def test_a_reviewer_link_is_counted_as_a_conflict_everywhere() -> None:
    counts = count_findings(reviewed())
    assert counts.facts[FindingKind.CONFLICT].total == 2
    assert counts.user_links == 1
    assert verdict_line(counts, ENGINE_SUMMARY).startswith("2 conflicts,")


def test_a_removed_wrong_link_is_not_counted() -> None:
    counts = count_findings(reviewed())
    assert counts.facts[FindingKind.AGREE].total == 1  # Sumatra only, not the removed x9
    assert counts.removed == 1
    assert "x9" not in {f.id for f in reviewed_findings(reviewed())}


def test_a_dismissed_fact_stays_a_row_but_leaves_the_verdict() -> None:
    counts = count_findings(reviewed())
    left_only = counts.facts[FindingKind.LEFT_ONLY]
    assert (left_only.total, left_only.dismissed, left_only.standing) == (1, 1, 0)
    assert left_only.text() == "1, 1 dismissed"
    assert facts_line(counts) == (
        "2 conflicts, 1 corroborated, 0 only left, 0 only right, 1 more dismissed"
    )


def test_the_verdict_line_never_hangs_a_dismissed_left_fact_on_the_right() -> None:
    """An editor reading "0 only right (1 dismissed)" looked for a dismissed fact of the right
    article; the one dismissed was a fact only the left gives. The dismissal is its own item."""
    line = facts_line(count_findings(reviewed()))
    assert "only right (" not in line
    assert line.endswith(", 1 more dismissed")


def test_facts_and_sentences_are_counted_apart() -> None:
    counts = count_findings(reviewed())
    assert counts.facts.total == 4
    assert counts.sentences.total == 2
    assert counts.unit(sentences=True) is counts.sentences
    assert counts.unit(sentences=False) is counts.facts
    assert sentences_line(counts) == "Sentences: 1 matched, 0 only left, 1 only right"


def test_the_review_counter_speaks_of_facts_then_sentences() -> None:
    counts = count_findings(reviewed())
    assert review_line(counts) == (
        "2 of 4 facts reviewed (1 confirmed, 1 dismissed); 0 of 2 sentences"
    )


def test_a_bare_report_is_counted_as_it_is() -> None:
    saved = reviewed()
    counts = count_findings(saved.report)
    assert counts.removed == 0
    assert counts.facts[FindingKind.AGREE].total == 2  # nothing says x9 was removed


def test_corroboration_is_over_standing_facts() -> None:
    counts = count_findings(reviewed())
    assert counts.facts.corroboration == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("score", "words"),
    [
        (0.82, "likely the same event"),
        (0.45, "possibly the same event"),
        (0.2, "probably different events"),
    ],
)
def test_the_verdict_ends_with_same_event_or_not(score: float, words: str) -> None:
    counts = count_findings(reviewed())
    assert verdict_line(counts, replace(ENGINE_SUMMARY, same_event_score=score)).endswith(words)


def test_a_different_events_notice_overrides_a_high_score() -> None:
    notice = Notice(NoticeCode.DIFFERENT_EVENTS, None, "two different quakes")
    summary = replace(ENGINE_SUMMARY, notices=(notice,))
    assert verdict_line(count_findings(reviewed()), summary).endswith("probably different events")


def test_no_findings_reads_as_zeros() -> None:
    counts = count_findings(report(TEXTS, ()))
    assert facts_line(counts) == "0 conflicts, 0 corroborated, 0 only left, 0 only right"
    assert review_line(counts) == "0 of 0 facts reviewed"
