"""What a follow-up story dates and counts besides the shooting: the day a suspect turned himself
in, a vigil, an autopsy, a statement, a victim's death days later; the children who were at home
against the children who were shot; two victims each named with an age; the time a victim was
found; a cross street. None of these contradicts the other article about the shooting itself.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, Report
from tests.factories import compare_stories as compare
from tests.factories import conflicts, quoted, yellow


def compare_texts_dated(left: tuple[str, str], right: tuple[str, str]) -> Report:
    """Two articles on pages of their own dates (text, ISO date)."""
    return compare_documents(
        Document(source="left.txt", text=left[0], date=left[1]),
        Document(source="right.txt", text=right[0], date=right[1]),
    )


_SHOT_SATURDAY = (
    "Girl, 5, killed in shooting\n\n"
    "A 5-year-old girl was fatally shot Saturday at an apartment complex, police said."
)


# --- days of later steps in a lead ----------------------------------------------------------------


def test_the_day_a_man_turned_himself_in_is_not_the_day_of_the_shooting() -> None:
    right = (
        "Man surrenders in girl's death\n\n"
        "A man turned himself in to police on Sunday in the death of a 5-year-old girl, "
        "police said."
    )
    found = conflicts(compare(_SHOT_SATURDAY, right))
    assert not found, quoted(found)


def test_a_girl_who_was_shot_and_died_the_next_day_at_a_hospital_was_shot_the_day_before() -> None:
    left = (
        "Girl, 4, shot in Dallas\n\n"
        "A 4-year-old girl was shot Saturday evening at a home in Dallas, police said."
    )
    right = (
        "Girl, 4, dies after Dallas shooting\n\n"
        "A 4-year-old girl who was shot at a home in Dallas died Sunday at a hospital, police said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_death_at_a_hospital_in_a_story_of_no_harm_is_the_event_and_its_day_agrees() -> None:
    left = (
        "Actress dies at 85\n\n"
        "Actress Jane Doe died Thursday night at a Los Angeles hospital, her publicist said."
    )
    right = "Jane Doe dead at 85\n\nJane Doe died in a Los Angeles hospital Thursday, aged 85."
    marks = yellow(compare(left, right))
    assert "night" not in marks and "Thursday" not in marks, marks


def test_the_night_of_a_vigil_is_not_the_night_the_family_was_found() -> None:
    left = (
        "Three found dead in Ogden home\n\n"
        "Three people were found shot to death Friday night in their home in Ogden, police said."
    )
    right = (
        "Vigil for Ogden family\n\n"
        "Dozens gathered for a candlelight vigil Saturday night for three people found dead in "
        "their Ogden home."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_the_day_a_school_issued_a_statement_is_not_the_day_of_the_shooting() -> None:
    left = (
        "Teen dies outside school\n\n"
        "A 15-year-old boy shot himself outside a high school early Tuesday, police said."
    )
    right = (
        "School district speaks on teen's death\n\n"
        "The school district issued a statement on Wednesday about the 15-year-old boy who shot "
        "himself outside the high school."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_an_autopsy_day_and_an_as_of_day_are_not_the_day_of_the_shooting() -> None:
    left = (
        "Man killed outside his home\n\n"
        "Marcus Webb was shot and killed Saturday evening outside his home, police said."
    )
    right = (
        "No arrests in killing of Marcus Webb\n\n"
        "An autopsy on Marcus Webb was conducted Tuesday morning.\n\n"
        "As of Monday afternoon, police had not made any arrests in the death of Marcus Webb."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_the_day_a_victim_would_have_turned_25_is_a_birthday_not_the_day_he_was_shot() -> None:
    left = "Man shot dead\n\nMarcus Reed would have turned 25 on Friday, his mother said."
    right = "Man shot dead\n\nMarcus Reed, 24, was shot and killed on Monday, police said."
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_friday_on_a_page_printed_ten_days_later_is_the_friday_the_other_writes_in_full() -> None:
    left = "Man shot dead\n\nA man was shot outside a bar on Friday, police said."
    right = "Police probe shooting\n\nA man was shot outside a bar Friday, March 4, police said."
    found = conflicts(compare_texts_dated((left, "2016-03-14"), (right, "2016-03-05")))
    assert not found, quoted(found)


def test_saturday_against_friday_march_4_in_a_copied_sentence_still_conflicts() -> None:
    left = "Man shot dead\n\nA man was shot outside a bar on Saturday, police said."
    right = "Police probe shooting\n\nA man was shot outside a bar Friday, March 4, police said."
    found = quoted(conflicts(compare_texts_dated((left, "2016-03-14"), (right, "2016-03-05"))))
    assert found == [({"Saturday"}, {"Friday, March 4"})], found


def test_two_leads_that_date_the_shooting_two_nights_still_conflict() -> None:
    left = (
        "Man killed outside bar\n\n"
        "A man was shot and killed Saturday night outside a bar in Dallas, police said."
    )
    right = (
        "Man killed outside bar\n\n"
        "A man was shot and killed Sunday night outside a bar in Dallas, police said."
    )
    assert quoted(conflicts(compare(left, right))) == [({"Saturday night"}, {"Sunday night"})]


# --- counts of two groups -------------------------------------------------------------------------


def test_the_children_who_were_home_are_not_the_children_who_were_shot() -> None:
    left = (
        "Girl killed in accidental shooting\n\n"
        "Police said three children were home alone when a boy found a gun and fired it, killing "
        "his sister.\n\nThe mother was at work."
    )
    right = (
        "Girl killed in accidental shooting\n\n"
        "The mother was at work, police said.\n\n"
        "Two children were shot inside an apartment, police said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_six_said_at_first_is_an_earlier_account_not_a_conflict_with_seven() -> None:
    left = (
        "Seven shot at park\n\n"
        "Police now say a total of seven people were shot at a park Thursday afternoon."
    )
    right = (
        "Shooting at park\n\n"
        "Authorities initially had said that six people were shot with only four people having "
        "suffered wounds."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_two_women_also_shot_are_some_of_the_five_shot_not_a_rival_count() -> None:
    left = (
        "Five shot at club\n\n"
        "Police say a total of five people were shot and one person killed at a motorcycle club "
        "early Sunday."
    )
    right = (
        "Shooting at club\n\n"
        "A man was shot in the leg at the club early Sunday, police said.\n\n"
        "Two women were also shot and listed in stable condition."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_the_injured_added_to_the_dead_with_also_are_still_the_whole_count_of_injured() -> None:
    left = (
        "Three dead in shooting\n\n"
        "Three people died in the shooting on Sunday, police said. Four people were also injured."
    )
    right = (
        "Three dead in shooting\n\n"
        "Three people died in the shooting on Sunday, police said. Five people were also injured."
    )
    assert quoted(conflicts(compare(left, right))) == [({"Four"}, {"Five"})]


def test_one_resident_who_speaks_is_a_source_not_a_count_of_residents() -> None:
    left = (
        "Man shot on Elm Street\n\n"
        "A man was shot on Elm Street on Monday, police said.\n\n"
        "One resident who lives around the corner said he never walks down Elm Street."
    )
    right = (
        "Man shot on Elm Street\n\n"
        "A man was shot on Elm Street on Monday, police said.\n\n"
        "Two residents from down the block were worried about their friend who lives on Elm "
        "Street."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_two_counts_of_the_wounded_still_conflict() -> None:
    left = "Three hurt in shooting\n\nThree people were wounded in the shooting, police said."
    right = "Four hurt in shooting\n\nFour people were wounded in the shooting, police said."
    found = quoted(conflicts(compare(left, right)))
    assert found and all(pair == ({"Three"}, {"Four"}) for pair in found), found


# --- two people, a time, a corner -----------------------------------------------------------------


def test_two_victims_each_named_with_an_age_years_apart_are_two_people() -> None:
    left = "Two men shot\n\nJohn Smith, 31, was shot in the chest, police said."
    right = "Two men shot\n\nMark Jones, 27, was shot in the chest, police said."
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_the_time_a_victim_was_found_is_not_the_time_of_the_shots() -> None:
    left = "Man shot dead\n\nThe man was found shot at 10:30 p.m. Monday, police said."
    right = "Man shot dead\n\nThe shooting happened around 9 p.m. Monday, police said."
    found = conflicts(compare(left, right))
    assert not found, quoted(found)


def test_a_cross_street_is_a_street_of_the_town_not_a_town_abroad() -> None:
    left = (
        "Boy shot in Detroit\n\n"
        "DETROIT - A 5-year-old boy was shot Tuesday inside a home in Detroit, police said."
    )
    right = (
        "Boy shot\n\n"
        "A 5-year-old boy was shot Tuesday inside a home on Lappin Street near 7 Mile Road and "
        "Hayes, police said."
    )
    found = conflicts(compare(left, right))
    assert not found, quoted(found)
