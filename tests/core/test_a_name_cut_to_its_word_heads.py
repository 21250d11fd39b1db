"""A name one article cuts to the heads of its words is the name the other writes in full: "the
Bel-Dairy plant" is the "Belmont Dairy" plant, and "JoMo" is Josie Morrow. No yellow mark says the
other article never names it. Two names whose words only open alike stay two: "Mo Farah" is no
"Maurice Cheeks", "Sam Smith" no "Samantha Jones" (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, conflict_texts, yellow
from tests.factories import compare_texts as compare


def test_a_plant_named_by_the_heads_of_its_words_is_the_plant_named_in_full() -> None:
    report = compare(
        "Old dairy burns\n\nFire destroyed the old Bel-Dairy plant in Crestwood on Sunday, "
        "fire officials said. Nobody was hurt.",
        "Dairy fire\n\nThe former Belmont Dairy plant in Crestwood burned down on Sunday, fire "
        "officials said. Nobody was hurt.",
    )
    marks = yellow(report)
    assert not any("Bel-Dairy" in m or "Belmont" in m for m in marks), marks


def test_a_star_named_by_a_blend_of_her_names_is_the_star_named_in_full() -> None:
    report = compare(
        "Singer leaves rehab\n\nJoMo left a rehab clinic in Malibu on Tuesday, her publicist said.",
        "Pop star out of rehab\n\nSinger Josie Morrow left a rehab clinic in Malibu on Tuesday, "
        "her publicist said.",
    )
    assert ({"JoMo"}, {"Josie Morrow"}) in agreed_texts(report, MentionType.PERSON)
    assert not any("JoMo" in m or "Morrow" in m for m in yellow(report))


def test_two_people_whose_names_only_open_alike_stay_two() -> None:
    report = compare(
        "Coach fired\n\nThe team fired coach Maurice Cheeks on Monday, the owner said.",
        "Coach out\n\nThe team fired its coach on Monday, the owner said. Mo Farah, a fan, "
        "was sad.",
    )
    marks = yellow(report)
    assert any("Cheeks" in m for m in marks) and any("Farah" in m for m in marks), marks


def test_a_short_given_name_under_another_surname_is_another_person() -> None:
    report = compare(
        "Mayor resigns\n\nMayor Samantha Jones resigned on Friday, the city clerk said.",
        "Mayor quits\n\nThe mayor resigned on Friday, the city clerk said. Sam Smith will "
        "stand in.",
    )
    marks = yellow(report)
    assert any("Jones" in m for m in marks) and any("Smith" in m for m in marks), marks


def test_two_coaches_whose_given_names_only_open_alike_are_a_conflict_not_one_man() -> None:
    report = compare(
        "Coach fired\n\nThe team fired coach Maurice Cheeks on Monday, the owner said.",
        "Coach out\n\nThe team fired coach Mo Farah on Monday, the owner said.",
    )
    assert ({"Maurice Cheeks"}, {"Mo Farah"}) in conflict_texts(report)
