"""An ordinal of an act against a count of its times, told of one person anywhere in the two
articles: "her third marriage" is no life of two marriages; "her second marriage" is (hand-written
texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflict_pairs

HEADLINE = "Actress dies at 85\n\n"
LEFT = HEADLINE + "Actress Mary Smith died on Thursday. Smith married twice and had no children."


def test_a_third_marriage_is_more_than_marrying_twice() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. Her life took a dark turn in 1978 after "
        "her third marriage failed, a friend said."
    )
    assert ({"Smith married twice"}, {"her third marriage"}) in conflict_pairs(compare(LEFT, right))


def test_a_third_husband_is_a_third_marriage() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. She was with her third husband in "
        "Florida when she fell ill, a friend said."
    )
    assert ({"Smith married twice"}, {"her third husband"}) in conflict_pairs(compare(LEFT, right))


def test_a_second_marriage_is_one_of_two() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. Her life took a dark turn in 1978 after "
        "her second marriage failed, a friend said."
    )
    assert conflict_pairs(compare(LEFT, right)) == []


def test_another_persons_third_marriage_says_nothing_of_hers() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. Her friend Anna Jones, who was at the "
        "bedside, said Jones's third marriage had failed in 1978."
    )
    assert conflict_pairs(compare(LEFT, right)) == []


def test_married_twice_is_not_married_three_times() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. Friends recall a hard life in Florida, "
        "where Smith, who was married three times, ran a small bakery."
    )
    assert ({"Smith married twice"}, {"who was married three times"}) in conflict_pairs(
        compare(LEFT, right)
    )


def test_shooting_twice_is_not_being_shot_three_times() -> None:
    left = (
        HEADLINE + "Officer John Smith died on Thursday. Smith shot twice at the car before he "
        "fell to the ground."
    )
    right = (
        HEADLINE + "Officer John Smith died on Thursday. Friends recall a quiet man from Texas, "
        "where Smith, who was shot three times by a robber, ran a small bakery."
    )
    assert conflict_pairs(compare(left, right)) == []


def test_a_third_marriage_told_without_its_noun_is_more_than_marrying_twice() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. Her second marriage ended in divorce "
        "in 1978, as did a third."
    )
    report = compare(LEFT, right)
    pairs = conflict_pairs(report)
    reasons = [f.reason for f in report.findings if f.kind.value == "conflict"]
    assert any("'a third (marriage)' means at least 3" in reason for reason in reasons)
    assert (
        {"Smith married twice"},
        {"Her second marriage ended in divorce in 1978, as did a third"},
    ) in pairs


def test_a_third_of_her_savings_is_no_third_marriage() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. Her second marriage ended in divorce "
        "in 1978, and a third of her savings went to the lawyers."
    )
    assert conflict_pairs(compare(LEFT, right)) == []


def test_the_third_year_of_her_second_marriage_is_no_third_marriage() -> None:
    right = (
        HEADLINE + "Actress Mary Smith died on Thursday. Her second marriage ended in divorce "
        "in the third year of her television show."
    )
    assert conflict_pairs(compare(LEFT, right)) == []
