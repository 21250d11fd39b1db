"""What two reports of one shooting tell differently without contradicting each other: a red
conflict only where the words change a fact about the same thing.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

import re

from desktop.core.model import Finding, FindingKind, MentionType, Report
from tests.factories import compare_stories as compare


def conflicts(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT]


# --- quotes ---------------------------------------------------------------------------------


def test_a_survivors_words_tidied_by_one_outlet_are_told_differently_not_misquoted() -> None:
    left = (
        "Teen shot outside school recovering at home\n\n"
        "A 17-year-old student shot outside Lakeview High School on Monday is recovering at home. "
        '"I really thought I was gonna probably die right there," said Dion Carver, a senior.'
    )
    right = (
        "Student wounded near Lakeview High speaks out\n\n"
        "Dion Carver, 17, was shot outside Lakeview High School on Monday. "
        '"I thought I was probably going to die right there," Carver said from his home.'
    )
    report = compare(left, right)

    quotes = [f for f in report.findings if f.type is MentionType.QUOTE]
    assert not [f for f in quotes if f.kind is FindingKind.CONFLICT]
    (told,) = [f for f in quotes if f.kind is FindingKind.AGREE]
    assert "told a little differently" in told.reason


def test_a_quote_that_changes_the_count_is_still_a_misquote() -> None:
    left = (
        "Teen shot outside school recovering at home\n\n"
        "A 17-year-old student shot outside Lakeview High School on Monday is recovering at home. "
        '"I heard three shots and then I was on the ground," said Dion Carver, a senior.'
    )
    right = (
        "Student wounded near Lakeview High speaks out\n\n"
        "Dion Carver, 17, was shot outside Lakeview High School on Monday. "
        '"I heard ten shots and then I was on the ground," Carver said from his home.'
    )
    quotes = [f for f in conflicts(compare(left, right)) if f.type is MentionType.QUOTE]

    (misquote,) = quotes
    assert "differs" in misquote.reason


# --- counts of different groups -------------------------------------------------------------


def test_the_victims_of_a_shooting_are_not_its_dead() -> None:
    left = (
        "Four shot at house party\n\n"
        "Four victims were shot at a house party on Elm Street late Saturday, police said. "
        "Officers found shell casings in the yard."
    )
    right = (
        "Two killed at Elm Street party\n\n"
        "A gunman opened fire at a house party on Elm Street late Saturday, killing two people, "
        "police said. Officers found shell casings in the yard."
    )
    numbers = [f for f in conflicts(compare(left, right)) if f.type is MentionType.NUMBER]

    assert not numbers, [f.reason for f in numbers]


def test_two_tolls_of_the_dead_still_clash() -> None:
    left = (
        "Four shot at house party\n\n"
        "Four people were killed at a house party on Elm Street late Saturday, police said. "
        "Officers found shell casings in the yard."
    )
    right = (
        "Two killed at Elm Street party\n\n"
        "Two people were killed at a house party on Elm Street late Saturday, police said. "
        "Officers found shell casings in the yard."
    )
    (clash,) = [f for f in conflicts(compare(left, right)) if f.type is MentionType.NUMBER]

    assert {s.text for s in clash.left} == {"Four"} and {s.text for s in clash.right} == {"Two"}


def test_two_taken_to_one_hospital_and_one_to_another_is_not_a_toll_of_two() -> None:
    left = (
        "Shots fired at Grand Avenue bus stop\n\n"
        "Gunfire broke out at a bus stop on Grand Avenue on Friday night, police said. "
        "Two victims were taken to Mercy Hospital in serious condition, one was taken to "
        "St. Luke's Hospital, fire officials said."
    )
    right = (
        "Bus stop shooting on Grand Avenue\n\n"
        "A gunman opened fire at a bus stop on Grand Avenue on Friday night, police said. "
        "Three victims were taken in serious condition to nearby hospitals, fire officials said."
    )
    numbers = [f for f in conflicts(compare(left, right)) if f.type is MentionType.NUMBER]

    assert not numbers, [f.reason for f in numbers]


def test_a_gunman_who_killed_two_people_and_then_himself_left_three_dead() -> None:
    left = (
        "Three dead in courthouse shooting\n\n"
        "Three people are dead after a shooting in the lobby of the county courthouse on "
        "Monday, police said. Two deputies were wounded."
    )
    right = (
        "Courthouse reopens after shooting\n\n"
        "The county courthouse reopened on Wednesday, two days after a gunman killed two people "
        "and then himself in its lobby, police said. Two deputies were wounded."
    )
    numbers = [f for f in conflicts(compare(left, right)) if f.type is MentionType.NUMBER]

    assert not numbers, [f.reason for f in numbers]


# --- days -----------------------------------------------------------------------------------

STORE = (
    "Man shot outside store\n\n"
    "A 30-year-old man was shot outside a convenience store on Maple Street {when}, police "
    "said. He was taken to a hospital in stable condition."
)


def test_last_night_on_a_page_dated_two_days_later_is_told_differently_from_sunday_night() -> None:
    # Both pages are dated Tuesday 7 May; the shooting was on Sunday night. The right was written
    # on Monday morning and stamped when it was last updated.
    report = compare(STORE.format(when="on Sunday night"), STORE.format(when="last night"))

    days = [f for f in report.findings if f.type in (MentionType.DATE, MentionType.TIME)]
    assert not [f for f in days if f.kind is FindingKind.CONFLICT]
    (told,) = days
    assert told.kind is FindingKind.AGREE and "told differently" in told.reason.lower()


def test_two_named_weekdays_still_clash() -> None:
    report = compare(STORE.format(when="on Sunday night"), STORE.format(when="on Friday night"))

    days = [f for f in conflicts(report) if f.type in (MentionType.DATE, MentionType.TIME)]
    assert len(days) == 1


# --- places ---------------------------------------------------------------------------------

CORNER = (
    "Man shot at gas station\n\n"
    "A 30-year-old man was shot at a gas station in {town} on Sunday night, police said. He was "
    "taken to a hospital in stable condition."
)
# The same story in another outlet's words: a place here is a reporter's choice, not an edit.
RETOLD_CORNER = (
    "Gas station shooting\n\n"
    "A 30-year-old man was wounded at a gas station in {town} late Sunday, police said. He is "
    "expected to recover."
)


def places(report: Report, kind: FindingKind) -> list[Finding]:
    return [f for f in report.findings if f.type is MentionType.PLACE and f.kind is kind]


def test_a_suburb_and_the_city_beside_it_told_in_other_words_are_one_scene() -> None:
    report = compare(CORNER.format(town="Cicero"), RETOLD_CORNER.format(town="Chicago"))

    assert not places(report, FindingKind.CONFLICT)
    (scene,) = places(report, FindingKind.AGREE)
    assert "km apart" in scene.reason


def test_two_cities_a_state_apart_still_clash() -> None:
    report = compare(CORNER.format(town="Dallas"), RETOLD_CORNER.format(town="Houston"))

    (clash,) = places(report, FindingKind.CONFLICT)
    assert {s.text for s in clash.left} == {"Dallas"}


def test_a_city_is_not_near_a_small_namesake_of_a_far_city() -> None:
    # A village called Lisbon lies near Manchester, Connecticut; "Lisbon" alone is Portugal's.
    report = compare(CORNER.format(town="Manchester"), RETOLD_CORNER.format(town="Lisbon"))

    assert len(places(report, FindingKind.CONFLICT)) == 1


BAR = (
    "Two hurt outside bar\n\n"
    "Two people were wounded in a shooting outside a bar on Main Street {when} Saturday, police "
    "said."
)


def test_around_one_and_shortly_after_midnight_are_one_time_told_differently() -> None:
    report = compare(BAR.format(when="around 1 a.m."), BAR.format(when="shortly after midnight"))

    times = [f for f in report.findings if f.type is MentionType.TIME]
    assert not [f for f in times if f.kind is FindingKind.CONFLICT]
    assert all(not re.search(r"\d", f.reason) for f in times)  # no figure put in both mouths


def test_ten_in_the_morning_and_four_in_the_afternoon_still_clash() -> None:
    report = compare(BAR.format(when="at 10 a.m."), BAR.format(when="at 4 p.m."))

    assert [f for f in conflicts(report) if f.type is MentionType.TIME]


def test_a_city_and_the_county_it_may_lie_in_are_not_a_conflict() -> None:
    report = compare(CORNER.format(town="Memphis"), RETOLD_CORNER.format(town="Shelby County"))

    assert not places(report, FindingKind.CONFLICT)


def test_two_counties_are_two_places() -> None:
    report = compare(
        CORNER.format(town="Shelby County"), RETOLD_CORNER.format(town="Fayette County")
    )

    assert len(places(report, FindingKind.CONFLICT)) == 1


def test_six_shot_two_of_them_dead_is_four_wounded_not_a_conflict() -> None:
    left = (
        "Six shot outside club\n\n"
        "Six people were shot outside a nightclub on Bay Street early Sunday, police said. Two "
        "of them died."
    )
    right = (
        "Four wounded outside club\n\n"
        "Four people were wounded outside a nightclub on Bay Street early Sunday, police said. "
        "Two men were killed."
    )
    numbers = [f for f in conflicts(compare(left, right)) if f.type is MentionType.NUMBER]

    assert not numbers, [f.reason for f in numbers]


def test_six_shot_and_five_shot_still_clash() -> None:
    left = "Six shot outside club\n\nSix people were shot outside a nightclub on Bay Street early Sunday."
    right = "Shooting outside club\n\nFive people were shot outside a nightclub on Bay Street early Sunday."

    assert [f for f in conflicts(compare(left, right)) if f.type is MentionType.NUMBER]


def test_a_figure_police_gave_at_first_is_not_the_count_they_settled_on() -> None:
    left = (
        "Shooting at mall\n\n"
        "Police initially said five people were hurt in the shooting at Westgate Mall on Friday. "
        "Officials later said four people were injured."
    )
    right = (
        "Four hurt at Westgate Mall\n\n"
        "Four people were injured in a shooting at Westgate Mall on Friday, police said."
    )
    numbers = [f for f in conflicts(compare(left, right)) if f.type is MentionType.NUMBER]

    assert not numbers, [f.reason for f in numbers]


def test_a_sentence_copied_word_for_word_but_for_the_town_still_shows_the_change() -> None:
    # One outlet reprinted the other's copy and changed only the town: an edit a reader must see.
    report = compare(CORNER.format(town="Cicero"), CORNER.format(town="Chicago"))

    assert len(places(report, FindingKind.CONFLICT)) == 1
