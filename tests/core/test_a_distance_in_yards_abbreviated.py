"""A unit hyphened onto its figure measures as the unit spelt out: "an 86-yard touchdown run"
and "an 86-yd TD run" give one distance, not a figure only one article has."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow


def test_an_86_yard_run_is_told_by_an_86_yd_run() -> None:
    report = compare_stories(
        "Chiefs lose\n\nCharles' big day included an 86-yard touchdown run in the second half.\n",
        "Chiefs lose\n\nIn the second half, Charles broke off an 86-yd TD run to trim the deficit.\n",
    )
    assert not any("86" in words for words in yellow(report)), yellow(report)
    assert conflict_texts(report) == []


def test_a_catch_in_yards_only_one_article_gives_stays_its_own() -> None:
    report = compare_stories(
        "Chiefs lose\n\nCharles' big day included an 86-yard touchdown run in the second half.\n",
        "Chiefs lose\n\nIn the second half, Charles broke off an 86-yd TD run after a 40-yd catch.\n",
    )
    assert any("40" in words for words in yellow(report)), yellow(report)
