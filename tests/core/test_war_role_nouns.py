"""War and unrest news counts one role with several nouns: "the 23 crew" / "all 23 sailors",
"25 militants" / "25 insurgents", "a dozen hostages" / "12 captives". The same count agrees (no
yellow on either side) and another count conflicts; two roles, militants and soldiers, stay two
groups (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, yellow

NAVY = (
    "The navy said its commandos had freed the 23 crew of the hijacked freighter in a dawn raid "
    "on Thursday. Five pirates were killed and eight captured. None of the crew was hurt."
)


def _rescue(sailors: str) -> str:
    return (
        "Naval special forces stormed the hijacked cargo ship at dawn on Thursday and rescued all "
        f"{sailors} sailors on board, the navy said. Five pirates died in the operation and eight "
        "were taken prisoner. The crew escaped unharmed."
    )


def test_the_crew_counted_as_sailors_agrees() -> None:
    report = compare_stories(NAVY, _rescue("23"))
    assert not conflict_texts(report)
    assert "23" not in yellow(report)


def test_another_count_of_the_sailors_conflicts_with_the_crew() -> None:
    assert ({"23"}, {"25"}) in conflict_texts(compare_stories(NAVY, _rescue("25")))


SWAT = (
    "Pakistani troops killed 25 militants in a two-day offensive in the Swat valley, the army "
    "said on Tuesday. The army said the operation would continue until the area was cleared."
)


def test_insurgents_are_the_militants_another_article_counts() -> None:
    right = (
        "The army said 35 insurgents had been killed in two days of fighting in Swat on Tuesday. "
        "The offensive will go on until the valley is cleared, a spokesman said."
    )
    assert ({"25"}, {"35"}) in conflict_texts(compare_stories(SWAT, right))


def test_soldiers_are_not_the_militants() -> None:
    right = (
        "The army said 35 soldiers had been killed in two days of fighting in Swat on Tuesday. "
        "The offensive will go on until the valley is cleared, a spokesman said."
    )
    assert not any("25" in mine for mine, _ in conflict_texts(compare_stories(SWAT, right)))
