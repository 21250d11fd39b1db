"""The very same sum with its unit, given once by each article, is one fact however differently
the two sentences around it are worded."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts, marks_of

LEFT = (
    "Director in tough talks for sequel\n\n"
    "Now that the film is a hit, the question is whether director Gary Ross will return for "
    "the sequel. He ended up taking a relatively low $3 million to write (with two novelists) "
    "and direct the first film."
)
RIGHT = (
    "Director in tough talks for sequel\n\n"
    "Director Gary Ross is in negotiations with the studio to return for the sequel. "
    "Allegedly, Ross was paid $3 million to direct the first film, a deal agreed early on."
)


def _agreed(report: object, words: str) -> list[tuple[set[str], set[str]]]:
    from desktop.core.model import Report

    assert isinstance(report, Report)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and any(words in s.text for s in f.left)
    ]


def test_a_fee_each_article_gives_once_agrees_across_loosely_aligned_sentences() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert ({"$3 million"}, {"$3 million"}) in _agreed(report, "$3 million")


def test_a_sum_one_article_gives_twice_for_two_things_is_not_paired_by_value_alone() -> None:
    left = LEFT + " The novelist had sold the rights to her book for $3 million in 2009."
    report = compare_texts(left, RIGHT)
    assert ({"$3 million"}, {"$3 million"}) not in _agreed(report, "$3 million")
    assert not marks_of(report, "$3 million")  # told elsewhere all the same: no yellow
