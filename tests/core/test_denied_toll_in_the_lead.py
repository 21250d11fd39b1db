"""A journalist compares two reports of a bombed refugee camp: one says in its lead that "there
were no casualties", the other gives one toll, "at least 12 people had been killed", a few
sentences down. Both speak of the story's toll, so they conflict; the two million who died in a
war "from 1983-2005" died over a period, another time, and take nothing from the denial. A toll
the other article gives as two different figures, or a denial deep in the story, is left alone."""

from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Sudan bombed a refugee camp in South Sudan on Thursday, officials said. A government "
    "official initially reported deaths, but an American activist later said there were no "
    "casualties. The two sides battled two civil wars, and some 2 million died in the latest "
    "war, from 1983-2005."
)


def _right(toll: str) -> str:
    return (
        "Sudan bombs refugees in Unity state\n\n"
        "South Sudanese officials have condemned Sudan after an aerial bombardment of a refugee "
        "camp in their territory on Thursday. The BBC's James Copnall was at the Yida camp in "
        "oil-rich Unity State, which borders Sudan, when it was bombed by a large plane. "
        f"{toll}"
    )


def test_no_casualties_in_the_lead_conflicts_with_the_one_toll_of_the_other() -> None:
    report = compare_stories(
        _LEFT, _right("Local official Miabek Lang said at least 12 people had been killed.")
    )
    assert conflict_texts(report) == [({"no casualties"}, {"at least 12"})]


def test_two_different_tolls_of_the_other_are_no_one_toll_to_deny() -> None:
    report = compare_stories(
        _LEFT,
        _right(
            "Local official Miabek Lang said at least 12 people had been killed. A doctor at "
            "the camp later said 30 people had been killed."
        ),
    )
    assert conflict_texts(report) == []
