"""A war toll split by side ("1,800 Palestinians and 64 Israeli soldiers", "nine soldiers and
five civilians") gives each side's share in both articles: a different count of the soldiers is
a conflict, the same count an agreement, and the other share is left to its own count
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "A ceasefire between Israel and Hamas took effect on Friday after seven weeks of fighting. "
    "The truce, brokered by Egypt, is set to last 72 hours. More than 1,800 Palestinians and "
    "64 Israeli soldiers have been killed since the fighting began on July 8."
)


def _right(soldiers: str) -> str:
    return (
        "The Egyptian-brokered truce between Israel and Hamas began on Friday, ending nearly 50 "
        f"days of war. Over 1,800 Palestinians and {soldiers} Israeli soldiers have died since "
        "July 8, officials say. Israel and Hamas both pledged to honour the ceasefire."
    )


def test_another_count_of_the_soldiers_in_a_split_toll_is_a_conflict() -> None:
    assert ({"64"}, {"46"}) in conflict_texts(compare_stories(LEFT, _right("46")))


def test_the_same_count_of_the_soldiers_is_no_conflict() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("64")))


def test_soldiers_and_civilians_each_meet_their_own_share() -> None:
    left = (
        "Nine soldiers and five civilians were killed in the ambush on Sunday, the army said. "
        "A roadside bomb struck the convoy before gunmen opened fire. The attackers fled."
    )
    right = (
        "The army said nine soldiers and seven civilians died in Sunday's ambush. The convoy "
        "was first hit by a roadside bomb, then gunmen opened fire. The assailants escaped."
    )
    found = conflict_texts(compare_stories(left, right))
    assert ({"five"}, {"seven"}) in found
    assert not any("Nine" in mine or "nine" in mine for mine, _ in found)
