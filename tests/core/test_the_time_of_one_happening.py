"""One happening has one clock time and one month, wherever each article tells it: "The quake
struck at 10:30 a.m." / "The tremor hit at 11:15 a.m."; "arrested in June" / "arrested in July".
An article that gives both values, or times two different happenings, sets nothing against the
other (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

QUAKE = (
    "Quake hits Iran.\n"
    "A strong earthquake struck southern Iran on Sunday, killing 10 people. The quake struck at "
    "10:30 a.m. local time, officials said."
)
ARREST = (
    "Man held in bank robbery.\n"
    "Police arrested a man over the robbery of a bank in Dayton. The bank lost $50,000 in cash. "
    "Officers said the suspect was arrested in June after a tip."
)


def test_two_clock_times_of_the_quakes_blow_are_a_conflict() -> None:
    right = (
        "Iran quake kills 10.\n"
        "An earthquake killed 10 people in southern Iran on Sunday. The tremor hit at 11:15 a.m., "
        "and residents fled their homes."
    )
    report = compare_stories(QUAKE, right)
    assert conflict_texts(report) == [({"10:30 a.m."}, {"11:15 a.m."})]
    assert "'10:30 a.m.'" in conflicts(report)[0].reason


def test_an_article_giving_both_times_may_time_two_tremors() -> None:
    right = (
        "Iran quake kills 10.\n"
        "An earthquake killed 10 people in southern Iran on Sunday. A first tremor hit at "
        "10:30 a.m. and the strongest hit at 11:15 a.m., and residents fled their homes."
    )
    assert not conflict_texts(compare_stories(QUAKE, right))


def test_two_months_of_one_arrest_are_a_conflict() -> None:
    right = (
        "Suspect held in Dayton robbery.\n"
        "A man was charged over the robbery of a Dayton bank that lost $50,000. He was arrested in "
        "July, police said."
    )
    assert conflict_texts(compare_stories(ARREST, right)) == [({"June"}, {"July"})]


def test_the_month_of_another_step_is_no_month_of_the_arrest() -> None:
    right = (
        "Suspect held in Dayton robbery.\n"
        "A man was charged over the robbery of a Dayton bank that lost $50,000. He goes on trial "
        "in July, police said."
    )
    assert not conflict_texts(compare_stories(ARREST, right))


def test_the_firings_of_two_named_people_are_two_happenings() -> None:
    left = (
        "Blazers fire coach.\n"
        "The Trail Blazers fired their coach after a poor start. Coach Maurice Cheeks was fired in March "
        "after nearly four seasons."
    )
    right = (
        "Blazers fire coach.\n"
        "The Trail Blazers fired their coach after a poor start. Coach Jim O'Brien, fired in June, is "
        "seeking up to $6 million in a suit against the team."
    )
    assert not conflict_texts(compare_stories(left, right))
