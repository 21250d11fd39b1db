"""A nationality word says who, not where: "Greek rioters" does not name Greece as the place of
anything, so "the worst riots Greece has seen" against "the worst rioting Nigeria has seen" is
still a conflict on where, though the right article calls its rioters Greek."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Greece calm after riots\n\nAthens was calm on Sunday after eight days of the worst riots "
    "Greece has seen in decades, sparked by the police killing of a teenager.\n"
)


def test_another_country_in_the_same_words_conflicts_beside_a_nationality_word() -> None:
    report = compare_stories(
        LEFT,
        "Violence flares again\n\nGreek rioters attacked shops and banks on the eighth day of "
        "protests.\n\nThe killing has sparked the worst rioting Nigeria has seen in decades.\n",
    )
    assert ({"Greece"}, {"Nigeria"}) in conflict_texts(report)


def test_a_country_the_other_article_names_as_a_place_stays_out_of_the_frame() -> None:
    report = compare_stories(
        LEFT,
        "Violence flares again\n\nRioters attacked shops and banks across Greece on the eighth "
        "day of protests.\n\nThe killing has sparked the worst rioting Nigeria has seen in "
        "decades.\n",
    )
    assert ({"Greece"}, {"Nigeria"}) not in conflict_texts(report)


def test_two_ships_of_two_nations_are_no_conflict_on_where() -> None:
    report = compare_stories(
        "Navy foils pirates\n\nThe frigate rescued an Indian vessel and a Saudi cargo ship on "
        "Tuesday in the Gulf of Aden.\n",
        "Pirates seize tanker\n\nAmong the captured vessels are a Saudi supertanker loaded with "
        "crude oil and a Ukrainian cargo ship carrying tanks.\n",
    )
    assert ({"Saudi"}, {"Ukrainian"}) not in conflict_texts(report)
