"""A name the parser tagged as nothing is still a name: "the Marfin bank" only one article gives
is marked on its side, while capitalised common words ("Hall of Fame") and names the other
article writes too are not (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare

HEADLINE = "Three die as Athens protest turns violent\n\n"
LEAD = "Three people died in Athens on Wednesday when protesters set fire to a bank.\n\n"


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_bank_named_only_on_one_side_is_marked() -> None:
    left = HEADLINE + LEAD + "The fire started at a branch of the Marfin bank in the city centre."
    right = HEADLINE + LEAD + "The fire started at a bank branch in the city centre."
    assert "Marfin" in _left_only(compare(left, right))


def test_a_name_both_articles_write_is_not_marked() -> None:
    left = HEADLINE + LEAD + "The fire started at a branch of the Marfin bank in the city centre."
    right = HEADLINE + LEAD + "The fire started at a Marfin branch in the city centre."
    assert "Marfin" not in _left_only(compare(left, right))


def test_capitalised_common_words_are_no_untyped_name() -> None:
    left = (
        HEADLINE + LEAD + "One of the dead had worked as a Security Guard at the bank, police said."
    )
    right = HEADLINE + LEAD + "One of the dead had worked at the bank, police said."
    untyped = [
        s.text
        for f in compare(left, right).findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is MentionType.OTHER
        for s in f.left
    ]
    assert untyped == []
