"""A yellow mark sits where a fact is new: an age written in words is the age written in
digits, and a name only one article gives is marked where that article gives it in full, not
at every later "Kirkpatrick" that refers back to it."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report, Side
from tests.factories import compare_texts

_LEFT = (
    "Office party shooting\n\nA former employee opened fire at an office Christmas party on "
    "Friday, killing one man, police said. The suspect, a 61-year-old man, entered the business, "
    "which had at least a dozen people inside. Police said the suspect's name would be released "
    "after he is charged."
)
_RIGHT = (
    "Office party shooting\n\nA man opened fire at an office Christmas party on Friday, killing "
    "one man, police said. His accused killer, Eric Kirkpatrick, appeared in court on Monday. "
    "Kirkpatrick stood quietly in the prisoner's box. The sixty-one-year-old was arrested on "
    "Friday, not long after the shooting."
)


def _marks(report: Report, side: Side) -> list[tuple[MentionType, str]]:
    kind = FindingKind.only(side)
    return [(f.type, s.text) for f in report.findings if f.kind is kind for s in f.spans(side)]


def test_an_age_in_words_agrees_with_the_same_age_in_digits() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2024-12-16")
    ages = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and any(s.text == "61-year-old" for s in f.left)
    ]
    assert ages and any(s.text == "sixty-one-year-old" for s in ages[0].right), report.findings
    marked = [text for _, text in _marks(report, Side.LEFT) + _marks(report, Side.RIGHT)]
    assert not any("61" in t or "sixty-one" in t for t in marked), marked


def test_a_name_only_one_article_gives_is_marked_where_it_is_given_in_full() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2024-12-16")
    names = [
        text
        for kind, text in _marks(report, Side.RIGHT)
        if kind is not MentionType.STATEMENT and "Kirkpatrick" in text
    ]
    assert names == ["Eric Kirkpatrick"], _marks(report, Side.RIGHT)
