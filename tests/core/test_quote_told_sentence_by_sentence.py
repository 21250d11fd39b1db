"""A quote running over two sentences, each of which the other article tells in its own words:
what was said is reported there, so no yellow mark says it is not."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

LEFT = (
    "Navy foils pirate attack\n\nThe navy said a warship foiled a pirate attack on a merchant "
    'ship in the Gulf of Aden on Thursday.\n\n"The warship immediately turned towards the '
    "suspicious boats and challenged them.\n\nOn seeing the warship close in, the pirate skiffs "
    'reversed course and fled towards the coast," a navy spokesman said.\n'
)
RIGHT = (
    "Navy foils pirate attack\n\nA warship foiled a pirate attack on a merchant ship in the Gulf "
    "of Aden on Thursday, the navy said.\n\nThe warship immediately changed its route and "
    "challenged the suspicious boats.\n\n{second}\n"
)


def _one_sided_quotes(right: str, left: str = LEFT) -> list[str]:
    report = compare_texts(left, right, "2008-12-13")
    return [
        s.text
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is MentionType.QUOTE
        for s in f.left
    ]


def test_a_quote_over_two_sentences_both_retold_is_not_yellow() -> None:
    right = RIGHT.format(
        second="The pirate skiffs reversed course and fled towards the coast as the warship "
        "closed in."
    )
    assert _one_sided_quotes(right) == []


def test_a_quote_whose_second_sentence_the_other_never_tells_keeps_its_mark() -> None:
    right = RIGHT.format(second="The merchant ship later sailed on to Oman with its cargo.")
    assert _one_sided_quotes(right) != []


def test_only_the_paragraph_of_a_quote_the_other_never_tells_is_marked() -> None:
    # The quote's second paragraph opens with a mark again, as a paper prints it.
    left = LEFT.replace("\n\nOn seeing", '\n\n"On seeing')
    right = RIGHT.format(second="The merchant ship later sailed on to Oman with its cargo.")
    marked = " ".join(_one_sided_quotes(right, left))
    assert "fled towards the coast" in marked
    assert "challenged them" not in marked
