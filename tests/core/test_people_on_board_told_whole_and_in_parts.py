"""One article counts everyone on board ("157 people"), the other its passengers and crew."""

from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

JET = (
    "A passenger jet crashed near Tehran on Sunday, killing all 157 people on board. "
    "Rescuers reached the site by noon. The cause is not known."
)


def _parts(passengers: str, crew: str) -> str:
    return (
        "A passenger jet went down near Tehran on Sunday. "
        f"None of the {passengers} passengers and {crew} crew members survived. "
        "The cause is not known."
    )


def test_passengers_and_crew_that_add_up_to_the_whole_agree_with_it() -> None:
    report = compare_stories(JET, _parts("149", "eight"))

    assert ({"157"}, {"149", "eight"}) in agreed_texts(report)
    assert not conflict_texts(report)
    assert not {"157", "149", "eight"} & set(yellow(report))


def test_passengers_and_crew_that_add_up_to_another_figure_conflict_with_the_whole() -> None:
    report = compare_stories(JET, _parts("147", "eight"))

    found = [f for f in report.findings if {s.text for s in f.left} == {"157"}]
    assert [f.kind.value for f in found] == ["conflict"]
    assert "'147 passengers and eight crew members', which make 155" in found[0].reason


def test_a_floor_on_the_people_a_ferry_carries_allows_a_sum_above_it() -> None:
    left = (
        "A ferry carrying more than 150 people sank off Bali on Monday. "
        "Divers searched the wreck. Officials blamed bad weather."
    )
    right = (
        "A ferry with {} passengers and 12 crew sank off Bali on Monday. "
        "Divers searched the wreck. Officials blamed bad weather."
    )

    assert not conflict_texts(compare_stories(left, right.format(140)))
    assert conflict_texts(compare_stories(left, right.format(120))) == [
        ({"more than 150"}, {"120", "12"})
    ]


def test_the_crew_alone_is_never_set_against_everyone_a_ferry_carries() -> None:
    left = (
        "A ferry carrying 150 people sank off Bali on Monday. "
        "Divers searched the wreck. Officials blamed bad weather."
    )
    right = (
        "A ferry sank off Bali on Monday. Its 12 crew members were rescued by fishermen. "
        "Divers searched the wreck. Officials blamed bad weather."
    )

    assert not conflict_texts(compare_stories(left, right))


def test_passengers_and_crew_told_in_two_sentences_are_not_added_up() -> None:
    left = (
        "The jet carried 157 people when it crashed on Sunday. "
        "Rescuers found no survivors. Investigators found the black box."
    )
    right = (
        "The jet crashed on Sunday. It had 149 passengers on board. The eight crew all died. "
        "Investigators found the black box."
    )

    assert ({"157"}, {"149", "eight"}) not in agreed_texts(compare_stories(left, right))
