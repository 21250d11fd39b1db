"""What a death was caused by, in two matching sentences: "died of pneumonia" is not "died of a
heart attack"; a cause in general words, or one the other article also names, is no conflict
(hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Pin-up legend dies\n\n"


def test_died_of_pneumonia_is_not_died_of_a_heart_attack() -> None:
    left = HEADLINE + "Jane Doe died of pneumonia on Thursday in Los Angeles, her agent said."
    right = HEADLINE + "Her agent said Jane Doe died of a heart attack on Thursday in Los Angeles."
    assert ({"pneumonia"}, {"heart attack"}) in conflict_pairs(compare(left, right))


def test_complications_may_be_of_any_named_illness() -> None:
    left = (
        HEADLINE + "Jane Doe died of complications from pneumonia on Thursday in Los Angeles, "
        "her agent said."
    )
    right = HEADLINE + "Her agent said Jane Doe died of a heart attack on Thursday in Los Angeles."
    assert conflict_pairs(compare(left, right)) == []


def test_a_cause_the_other_article_names_elsewhere_is_told_there() -> None:
    left = HEADLINE + "Jane Doe died of pneumonia on Thursday in Los Angeles, her agent said."
    right = (
        HEADLINE + "Her agent said Jane Doe died of a heart attack on Thursday in Los Angeles. "
        "She had been treated for pneumonia for three weeks."
    )
    assert conflict_pairs(compare(left, right)) == []


def _marked(report: Report, kind: FindingKind) -> set[str]:
    return {s.text for f in report.findings if f.kind is kind for s in (*f.left, *f.right)}


def test_a_cause_only_one_article_gives_is_marked_on_its_side() -> None:
    left = HEADLINE + "Jane Doe died on Thursday at a Los Angeles hospital, her agent said."
    right = (
        HEADLINE
        + "Her agent said Jane Doe died of pneumonia on Thursday at a Los Angeles hospital."
    )
    assert "pneumonia" in _marked(compare(left, right), FindingKind.RIGHT_ONLY)


def test_no_cause_is_one_sided_when_the_other_gives_one_in_general_words() -> None:
    left = HEADLINE + "Jane Doe died of her injuries on Thursday in Los Angeles, her agent said."
    right = HEADLINE + "Her agent said Jane Doe died of pneumonia on Thursday in Los Angeles."
    assert "pneumonia" not in _marked(compare(left, right), FindingKind.RIGHT_ONLY)
