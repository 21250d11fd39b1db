"""A quote only one article prints is missing from the other even when the other names the man the
quote speaks of: whom the words are about is not what they say (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts as compare

HEADLINE = "Sixers fire coach Maurice Cheeks\n\n"
FIRED = "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start.\n\n"


def _one_sided_quotes(left: str, right: str) -> list[str]:
    return [
        f.right[0].text
        for f in compare(left, right).findings
        if f.kind is FindingKind.RIGHT_ONLY and f.type is MentionType.QUOTE
    ]


def test_a_quote_naming_the_coach_is_not_told_by_a_sentence_that_names_him() -> None:
    left = (
        HEADLINE + FIRED + "Team president Ed Stefanski said he met with Cheeks on Saturday "
        'morning, describing him as a "gentleman throughout."'
    )
    right = (
        HEADLINE + FIRED + '"Decisions of this nature are never easy, and this one was hard due '
        'to the respect I have for Maurice Cheeks," Stefanski said.'
    )
    quotes = _one_sided_quotes(left, right)
    assert any(q.startswith("Decisions of this nature") for q in quotes)


def test_a_quote_whose_words_the_other_sentence_tells_stays_unmarked() -> None:
    left = (
        HEADLINE + FIRED + "Team president Ed Stefanski said the decision was never easy given "
        "his respect for Cheeks."
    )
    right = (
        HEADLINE + FIRED + '"Decisions of this nature are never easy, and this one was hard due '
        'to the respect I have for Maurice Cheeks," Stefanski said.'
    )
    assert _one_sided_quotes(left, right) == []
