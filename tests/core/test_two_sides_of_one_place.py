"""Two articles put the event on two sides of one place: "south of Izmir" / "north of Izmir"."""

from tests.factories import compare_stories, conflict_texts

REST = " Buildings collapsed in several towns. Rescuers searched the rubble through the night."


def _quake(where: str) -> str:
    return f"The quake struck {where} Izmir on Friday." + REST


def test_south_and_north_of_one_city_conflict() -> None:
    report = compare_stories(_quake("30 km south of"), _quake("north of"))

    assert conflict_texts(report) == [({"south"}, {"north"})]


def test_south_and_south_west_of_one_city_are_one_answer_told_roughly() -> None:
    report = compare_stories(_quake("30 km south of"), _quake("30 km south-west of"))

    assert not conflict_texts(report)


def test_a_quarter_turn_apart_is_no_conflict() -> None:
    left = (
        "The fire broke out in a warehouse east of Denver on Monday. Crews fought it. No one died."
    )
    right = (
        "The fire broke out in a warehouse north of Denver on Monday. Crews fought it. No one died."
    )

    assert not conflict_texts(compare_stories(left, right))
