"""The weekday two articles give one happening, in sentences that need not align: "the Saturday
shooting" / "shot the teenager ... on Friday" is a conflict on the day; a day the other article
also names, or a day of something else, is not (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import day_conflicts

LEFT = (
    "Protests grow over teen's death\n\n"
    "Protesters marched through Brooklyn for a third night after police killed a 16-year-old "
    "boy. The mayor called for calm. A neighbour said the boy had his hands down. Moments after "
    "the Saturday shooting, one officer put both hands on his head."
)


def test_the_shooting_dated_saturday_and_friday_in_unaligned_sentences_is_a_conflict() -> None:
    right = (
        "Anger in Brooklyn over teen's death\n\n"
        "The police said two plainclothes officers fatally shot the teenager just before 11:30 "
        "p.m. on Friday after he pointed a revolver at them. Seven bullets hit the boy. "
        "Residents voiced skepticism about the official account."
    )
    assert ({"Saturday"}, {"Friday"}) in day_conflicts(compare(LEFT, right))


def test_a_quake_that_struck_on_sunday_and_hit_on_tuesday_is_a_conflict() -> None:
    left = (
        "Villagers shelter in tents after killer quake\n\n"
        "Thousands of villagers spent a cold night in tents on the island of Qeshm, as rescue "
        "workers from across the province handed out food, water and blankets to families whose "
        "homes had cracked or fallen. Officials said schools would stay closed for the rest of "
        "the week. Power was restored to the villages after a blackout caused by the quake, which "
        "struck on Sunday with a force of about 6.0."
    )
    right = (
        "Deadly quake hits southern Iran\n\n"
        "An earthquake with a magnitude of about 6.0 hit southern Iran on Tuesday, killing at "
        "least 10 people and injuring many others. Rescue teams reached the villages by road."
    )
    assert ({"Sunday"}, {"Tuesday"}) in day_conflicts(compare(left, right))


def test_a_day_the_other_article_also_names_leaves_room_for_both() -> None:
    right = (
        "Anger in Brooklyn over teen's death\n\n"
        "The police said two plainclothes officers fatally shot the teenager on Friday after he "
        "pointed a revolver at them. Seven bullets hit the boy. A vigil was held on Saturday."
    )
    assert day_conflicts(compare(LEFT, right)) == []


def test_the_day_a_statement_was_made_dates_no_shooting() -> None:
    right = (
        "Anger in Brooklyn over teen's death\n\n"
        "Police said Friday that two plainclothes officers fatally shot the teenager after he "
        "pointed a revolver at them. Seven bullets hit the boy. Residents voiced skepticism."
    )
    assert day_conflicts(compare(LEFT, right)) == []


def test_the_shooting_death_dates_the_shooting_against_a_teen_fatally_shot_on_another_day() -> None:
    left = (
        "Protests grow over teen's death\n\n"
        "Protesters marched through Brooklyn on Monday for a third night. The mayor called for "
        "calm. Shops on Church Avenue stayed shut. Following the shooting death of Kimani on "
        "Saturday, police officials said he flashed a gun at two officers."
    )
    right = (
        "Anger in Brooklyn over teen's death\n\n"
        "Protesters marched through Brooklyn on Monday. Seven bullets hit the boy. "
        "A vigil drew hundreds. The police said two plainclothes officers fatally shot the "
        "teenager just before 11:30 p.m. on Thursday after he pointed a revolver at them."
    )
    assert ({"Saturday"}, {"Thursday"}) in day_conflicts(compare(left, right))


def test_a_slaying_on_friday_and_a_deputy_killed_on_sunday_is_a_conflict() -> None:
    # "slay" is a verb of killing: "the slaying" dates the death that "was killed" dates.
    left = (
        "Suspect held in deputy's death\n\n"
        "Detectives in a quiet suburb are questioning a man about the death of a sheriff's "
        "deputy who had served the county for 15 years. Neighbours said the street had been "
        "calm for years. The sheriff asked residents to come forward.\n\n"
        "The man is now the main suspect in the Friday afternoon slaying of the deputy."
    )
    right = (
        "Sheriff's deputy shot and killed\n\n"
        "Detectives are looking for the man who shot a sheriff's deputy in a quiet suburb, "
        "where the deputy had gone to speak to a woman about a gang case. The sheriff asked "
        "residents to come forward. Flowers were left at the door.\n\n"
        "The deputy was killed Sunday when he knocked on the door of a home, officials said."
    )
    assert ({"Friday afternoon"}, {"Sunday"}) in day_conflicts(compare(left, right))
