"""A sum the thieves "made off with" or "got away with" is the sum they stole: two matching
sentences that give two different sums for the theft contradict each other, and the same sum told
both ways agrees (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

LEFT = (
    "Thieves stole $80,000 from a bank in Clifton on Monday afternoon. Police said two armed men "
    "fled in a black car."
)


def _right(phrase: str, sum_: str) -> str:
    return (
        f"Two armed men {phrase} {sum_} from a Clifton bank on Monday afternoon, police said. "
        "They escaped in a black car."
    )


def test_another_sum_the_robbers_made_off_with_is_a_conflict() -> None:
    report = compare_stories(LEFT, _right("made off with", "$60,000"))
    assert conflict_texts(report) == [({"$80,000"}, {"$60,000"})]


def test_another_sum_the_robbers_got_away_with_is_a_conflict() -> None:
    report = compare_stories(LEFT, _right("got away with", "$60,000"))
    assert conflict_texts(report) == [({"$80,000"}, {"$60,000"})]


def test_the_same_sum_made_off_with_agrees() -> None:
    report = compare_stories(LEFT, _right("made off with", "$80,000"))
    assert not conflict_texts(report)
    assert "$80,000" not in yellow(report)
