"""A figure between commas after "guard" is his age, as after "man" or "worker": "A security
guard, 61, who confronted the men was pushed to the ground" / "A 64-year-old guard was knocked
over" (invented stories) age one guard twice, and 61 and 64 clash. A man of another kind aged
64 stays silent."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

OPENING = "Three men stole jewellery from the Marlowe Museum in Dunmore early on Sunday. "
LEFT = OPENING + "A security guard, 61, who confronted the men was pushed to the ground."


def test_one_guard_aged_twice_is_a_conflict() -> None:
    right = OPENING + "A 64-year-old guard was knocked over as the men ran back to the window."
    assert conflict_texts(compare_texts(LEFT, right)) == [({"61"}, {"64-year-old"})]


def test_another_person_of_another_age_is_no_conflict() -> None:
    right = OPENING + "A 64-year-old man who lives next door heard the alarm and called police."
    assert conflict_texts(compare_texts(LEFT, right)) == []
