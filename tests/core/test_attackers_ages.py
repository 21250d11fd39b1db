"""The doer of a bombing, a kidnapping or a hijacking is named by its agent noun as a shooting's
is by "gunman": "The bomber, 17," gives the bomber's age, which conflicts with "a 19-year-old
suicide bomber" and agrees with the same age; a count after such a noun is no age
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "A 19-year-old suicide bomber blew himself up at a checkpoint in Kabul on Tuesday, killing "
    "five Afghan policemen, the Interior Ministry said. Ministry spokesman Sediq Sediqqi said "
    "the bomber was on foot. The Taliban claimed responsibility."
)


def _right(age: str) -> str:
    return (
        "Five Afghan police officers died today when a suicide attacker detonated explosives at "
        f"a Kabul checkpoint. The bomber, {age}, approached on foot, interior ministry spokesman "
        "Sediq Sediqqi said. The Taliban said they were behind the blast."
    )


def test_the_bombers_age_set_off_by_commas_conflicts_with_another_age() -> None:
    assert ({"19-year-old"}, {"17"}) in conflict_texts(compare_stories(LEFT, _right("17")))


def test_the_same_age_of_the_bomber_agrees() -> None:
    assert not conflict_texts(compare_stories(LEFT, _right("19")))


def test_a_count_of_attackers_is_no_age() -> None:
    right = _right("19").replace(
        "The bomber, 19, approached", "Two attackers, 300 metres away, approached"
    )
    assert not any(
        "19-year-old" in mine for mine, _ in conflict_texts(compare_stories(LEFT, right))
    )
