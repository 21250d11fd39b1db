""" "Was found guilty" is how a paper says "was convicted": a day given for one is the day of the
other, so two matching sentences that date the verdict differently contradict each other, and the
same day given both ways agrees (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "A jury convicted former mayor Ron Tate of bribery on March 14. Tate took cash from builders "
    "for city contracts."
)


def _right(verdict: str, day: str) -> str:
    return (
        f"Ex-mayor Ron Tate was {verdict} of bribery by a jury on {day}. He accepted money from "
        "developers in return for city deals."
    )


def test_a_guilty_verdict_on_another_day_is_a_conflict() -> None:
    report = compare_stories(LEFT, _right("found guilty", "March 16"))
    assert conflict_texts(report) == [({"March 14"}, {"March 16"})]


def test_a_guilty_verdict_on_the_same_day_agrees() -> None:
    report = compare_stories(LEFT, _right("found guilty", "March 14"))
    assert not conflict_texts(report)
    assert "March 14" not in yellow(report)


def test_the_jury_finding_him_guilty_on_another_day_is_a_conflict() -> None:
    right = (
        "A jury found ex-mayor Ron Tate guilty of bribery on March 16. He accepted money from "
        "developers in return for city deals."
    )
    assert conflict_texts(compare_stories(LEFT, right)) == [({"March 14"}, {"March 16"})]
