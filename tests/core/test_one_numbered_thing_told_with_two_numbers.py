"""One numbered thing told with two numbers: "junction 23" / "junction 25", "14th floor" /
"15th"."""

from tests.factories import compare_stories, conflict_texts, yellow


def _fire(floor: str) -> str:
    return (
        "At least 44 people died when fire swept through a residential tower in Hong Kong on "
        f"Wednesday. The fire broke out on the {floor} floor. Hundreds of residents were evacuated."
    )


LEFT_FIRE = (
    "A fire at a high-rise apartment building in Hong Kong killed at least 44 people on "
    "Wednesday. The blaze started on the 14th floor. Hundreds were evacuated."
)


def test_the_14th_floor_and_the_15th_floor_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT_FIRE, _fire("15th"))) == [
        ({"14th floor"}, {"15th floor"})
    ]


def test_the_14th_floor_and_the_fourteenth_floor_do_not_conflict() -> None:
    report = compare_stories(LEFT_FIRE, _fire("fourteenth"))

    assert not conflict_texts(report)
    assert not any("floor" in mark or "14th" in mark for mark in yellow(report))


def _crash(junction: str) -> str:
    return (
        f"One person died in a crash involving three cars on the M1 at junction {junction} on "
        "Saturday. Two people were taken to hospital. The northbound carriageway was shut."
    )


def test_junction_23_and_junction_25_of_one_motorway_conflict() -> None:
    left = (
        "The three-car pile-up on the M1 near junction 23 left one person dead on Saturday. "
        "Two others were taken to hospital. The motorway was closed northbound."
    )

    assert ({"junction 23"}, {"junction 25"}) in conflict_texts(compare_stories(left, _crash("25")))
    assert not conflict_texts(compare_stories(left, _crash("23")))


def test_a_sentence_that_names_two_gates_is_left_alone() -> None:
    left = (
        "Passengers were moved from Gate 12 to Gate 14 on Monday. The flight left late. All safe."
    )
    right = (
        "Passengers boarded at Gate 14 on Monday before the delay. The flight left late. All safe."
    )

    assert not conflict_texts(compare_stories(left, right))
