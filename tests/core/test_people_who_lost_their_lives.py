""" "Eleven people lost their lives" counts the dead: losing one's life is the idiom of dying. A
toll a police commander gives so in a quote meets the toll the other article's lead gives with
"killed"."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Bus crash kills 9 in Kenya\n\n"
    "Nine people were killed when a bus collided with a truck on the Nairobi-Mombasa highway "
    "near Voi early on Friday, police said.\n\n"
    "The bus was travelling to Mombasa. At least 20 people were injured.\n"
)


def _right(toll: str) -> str:
    return (
        "Kenya highway crash: truck driver arrested\n\n"
        "Police arrested a truck driver on Friday after his vehicle hit a passenger bus on the "
        "Nairobi-Mombasa highway near Voi.\n\n"
        f'"The truck was overtaking on a bend. {toll} people lost their lives and about 20 '
        'others are in hospital," regional police commander Joseph Kiptoo said.\n'
    )


def test_a_toll_of_lives_lost_in_a_quote_clashes_with_the_dead_in_the_lead() -> None:
    conflicts = conflict_texts(compare_stories(LEFT, _right("Eleven")))
    assert any("Nine" in left and right == {"Eleven"} for left, right in conflicts)


def test_the_same_toll_of_lives_lost_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("Nine"))) == []
