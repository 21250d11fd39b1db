"""War and unrest news counts one role with several nouns: "25 militants" / "35 insurgents",
"a dozen hostages" / "12 captives", "50,000 protesters" / "50,000 demonstrators". Another count
conflicts; two roles, militants and soldiers, stay two groups (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

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


def test_demonstrators_are_the_protesters_another_article_counts() -> None:
    left = (
        "Police said 40,000 protesters marched through Bangkok on Saturday against the prime "
        "minister. The rally ended peacefully late in the evening."
    )
    right = (
        "Police said 60,000 demonstrators marched through the Thai capital on Saturday against "
        "the prime minister. The protest passed off without violence."
    )
    assert ({"40,000"}, {"60,000"}) in conflict_texts(compare_stories(left, right))
