"""Conflicts a journalist can trust: a red mark only where both articles give the same thing
incompatible values, never where they count or date two different things.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from tests.factories import compare_texts, conflicts, quoted

PAGE_DAY = "2024-11-12"


def red_marks(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return quoted(conflicts(compare_texts(left, right, PAGE_DAY)))


# --- days of what is still to come ----------------------------------------------------------


def test_the_day_a_suspect_is_due_in_court_is_not_the_day_of_the_fire() -> None:
    left = (
        "Bakery destroyed by fire\n\n"
        "A man from Marlow is due to appear before magistrates on Tuesday after a fire "
        "destroyed the town's Hill Street bakery. Half the roof collapsed during the blaze."
    )
    right = (
        "Fire guts Marlow bakery\n\n"
        "Six crews fought the blaze at the Hill Street bakery in Marlow, which broke out early "
        "on Sunday. A man has been charged with arson."
    )
    assert red_marks(left, right) == []


def test_the_day_lawmakers_will_vote_is_not_the_day_of_the_protest() -> None:
    left = (
        "Farmers block the ring road\n\n"
        "Lawmakers will vote on the new tax Thursday, after thousands of farmers blocked the "
        "ring road around Lerida with tractors."
    )
    right = (
        "Tractors block Lerida ring road\n\n"
        "Thousands of farmers blocked the ring road around Lerida with tractors on Monday in "
        "protest against a new tax."
    )
    assert red_marks(left, right) == []


def test_two_days_given_for_the_same_coming_vote_are_still_a_conflict() -> None:
    left = (
        "Council to vote on bridge\n\n"
        "The council of Lerida will vote on the new bridge on Thursday, the mayor said."
    )
    right = "Bridge vote set\n\nThe council of Lerida will vote on the new bridge on Friday, the mayor said."
    pairs = red_marks(left, right)
    assert any("Thursday" in a and "Friday" in b for a, b in pairs), pairs


def test_the_third_night_of_protests_is_not_the_night_of_the_shooting() -> None:
    left = (
        "Protests after police shooting\n\n"
        "Police shot and killed a teenager in Eastfield on Monday night. Hundreds of people "
        "marched to the station house to protest the killing."
    )
    right = (
        "Third night of anger in Eastfield\n\n"
        "Protesters angry over the police killing of a teenager poured into the streets of "
        "Eastfield for a third straight night Wednesday, throwing bottles at officers."
    )
    assert red_marks(left, right) == []


# --- figures of another time, or of no time ---------------------------------------------------


def test_the_magnitude_of_a_quake_months_ago_is_not_this_quakes() -> None:
    left = (
        "5.8 quake hits Keros\n\n"
        "A 5.8 magnitude earthquake struck the island of Keros on Monday, killing four people, "
        "officials said. Rescue teams searched the rubble of two villages."
    )
    right = (
        "Island quake kills four\n\n"
        "An earthquake hit Keros on Monday and killed four people. The region is prone to "
        "earthquakes. In March, a quake measuring 6.6 hit the town of Varna, killing 300 people "
        "and wounding around 900."
    )
    assert red_marks(left, right) == []


def test_what_such_a_quake_can_do_is_no_figure_of_this_quake() -> None:
    left = "Quake hits Keros\n\nA 6.1 magnitude quake struck Keros on Monday, killing four people."
    right = (
        "Keros quake\n\nA quake of magnitude 6.1 hit Keros on Monday and killed four people. "
        "A magnitude 6 quake can cause severe damage."
    )
    assert red_marks(left, right) == []


def test_two_magnitudes_for_this_quake_are_still_a_conflict() -> None:
    left = "Quake hits Keros\n\nA 6.1 magnitude quake struck Keros on Monday, killing four people."
    right = "Keros quake\n\nA 5.4 magnitude quake struck Keros on Monday, killing four people."
    pairs = red_marks(left, right)
    assert any("6.1" in a and "5.4" in b for a, b in pairs), pairs


# --- what is counted ------------------------------------------------------------------------


def test_two_women_and_a_man_are_the_three_dead() -> None:
    left = (
        "Fire at bank kills three\n\n"
        "Three bank workers died on Wednesday when a petrol bomb set their branch on fire in "
        "Lerida, police said."
    )
    right = (
        "Bank fire in Lerida\n\n"
        "A petrol bomb thrown into a bank branch in Lerida on Wednesday killed two women and a "
        "man who were trapped inside, police said."
    )
    assert red_marks(left, right) == []


def test_the_worst_hit_villages_are_a_writers_pick_not_a_count() -> None:
    left = (
        "Quake hits Keros\n\n"
        "The quake killed four people in Lindos, one of the 12 worst-hit villages, officials said."
    )
    right = (
        "Keros quake\n\n"
        "The quake killed four people. Red Cross workers said the four hardest-hit villages "
        "were Lindos, Arta, Pefki and Milos."
    )
    assert red_marks(left, right) == []


def test_more_than_a_hundred_thousand_allows_about_two_hundred_thousand() -> None:
    left = (
        "Quake hits Keros\n\n"
        "A quake struck Keros on Monday, killing four people. The island has about 200,000 "
        "residents."
    )
    right = (
        "Keros quake\n\n"
        "A quake hit Keros on Monday and killed four people. Keros has a population of more "
        "than 100,000."
    )
    assert red_marks(left, right) == []


def test_the_bullets_in_the_gun_are_not_the_bullets_that_hit_the_boy() -> None:
    left = (
        "Teen shot by police\n\n"
        "Police shot and killed a 16-year-old boy in Eastfield on Saturday night. An autopsy "
        "showed the boy was hit by seven bullets."
    )
    right = (
        "Police kill teen in Eastfield\n\n"
        "Police shot and killed a 16-year-old boy in Eastfield on Saturday night. Police said "
        "the boy's gun was loaded with four bullets."
    )
    assert red_marks(left, right) == []


def test_two_counts_of_the_bullets_in_the_gun_are_still_a_conflict() -> None:
    left = (
        "Teen shot by police\n\n"
        "Police shot and killed a 16-year-old boy in Eastfield on Saturday night. Police said "
        "the boy's gun was loaded with six bullets."
    )
    right = (
        "Police kill teen in Eastfield\n\n"
        "Police shot and killed a 16-year-old boy in Eastfield on Saturday night. Police said "
        "the boy's gun was loaded with four bullets."
    )
    pairs = red_marks(left, right)
    assert any("six" in a and "four" in b for a, b in pairs), pairs


# --- a day of the story's history -----------------------------------------------------------


def test_the_day_a_coach_joined_years_ago_is_not_the_day_he_was_fired() -> None:
    left = (
        "Hawks fire Reyes\n\n"
        "The Hawks fired coach Tom Reyes on March 2 after nearly four seasons with the team."
    )
    right = (
        "Reyes out as Hawks coach\n\n"
        "The Hawks fired Tom Reyes. He joined the Hawks on June 27, 2001, after seven seasons "
        "as an assistant coach."
    )
    assert quoted(conflicts(compare_texts(left, right, "2008-03-03"))) == []


def test_two_days_for_the_firing_are_still_a_conflict() -> None:
    left = "Hawks fire Reyes\n\nThe Hawks fired coach Tom Reyes on March 2 after four seasons."
    right = (
        "Reyes out as Hawks coach\n\nThe Hawks fired coach Tom Reyes on March 4 after four seasons."
    )
    pairs = quoted(conflicts(compare_texts(left, right, "2008-03-05")))
    assert any("March 2" in a and "March 4" in b for a, b in pairs), pairs


def test_another_protest_on_wednesday_is_not_the_night_of_the_shooting() -> None:
    left = (
        "Riots after killing\n\nPolice shot and killed a teenager in Eastfield on Saturday night."
    )
    right = (
        "Eastfield unrest\n\n"
        "A riot broke out after the police killing of a teenager; a second protest the next "
        "night; and another on Wednesday night."
    )
    assert red_marks(left, right) == []


# --- records and stretches of a season ----------------------------------------------------------


def test_this_seasons_record_and_an_old_seasons_record_are_two_records() -> None:
    left = (
        "Sixers at 9-14 fire coach\n\n"
        "The Sixers, with a record of 9-14, fired coach Mo Banks on Monday."
    )
    right = (
        "Banks out in Philadelphia\n\n"
        "The Sixers fired Mo Banks on Monday. In 2005 the team reached the playoffs after "
        "starting the year with an 18-30 record."
    )
    assert red_marks(left, right) == []


def test_the_first_two_games_and_the_next_23_are_stretches_not_counts() -> None:
    left = (
        "Sixers fire coach\n\n"
        "The Sixers, who took the first two games from the Pistons, fired coach Mo Banks."
    )
    right = (
        "Banks out in Philadelphia\n\n"
        "The Sixers fired Mo Banks. The team went on to win 18 of their next 23 games."
    )
    assert red_marks(left, right) == []


def test_the_eleventh_hour_is_no_clock_time() -> None:
    left = (
        "Species rule\n\n"
        "By rolling back this 11th hour regulation, we are ensuring that species receive "
        "protection, Salazar said."
    )
    right = (
        "Rule rescinded\n\n"
        "By rolling back this eleventh-hour regulation, we are ensuring that species receive "
        "protection, Salazar said."
    )
    assert red_marks(left, right) == []


# --- whose figure -----------------------------------------------------------------------------


def test_the_fall_of_two_different_markets_is_no_conflict() -> None:
    left = (
        "Stocks fall\n\n"
        "Greek stocks plunged 5.4 percent on Wednesday as protests turned deadly. In Lisbon, "
        "shares closed down 3.1 percent."
    )
    right = (
        "Markets slide\n\n"
        "Greek stocks plunged 5.4 percent on Wednesday as protests turned deadly. Spanish shares "
        "fell 2.9 percent."
    )
    assert red_marks(left, right) == []


def test_two_falls_given_for_the_same_market_are_still_a_conflict() -> None:
    left = "Stocks fall\n\nGreek stocks plunged 5.4 percent on Wednesday as protests turned deadly."
    right = (
        "Markets slide\n\nGreek stocks plunged 4.1 percent on Wednesday as protests turned deadly."
    )
    pairs = red_marks(left, right)
    assert any("5.4 percent" in a and "4.1 percent" in b for a, b in pairs), pairs


# --- quotes -----------------------------------------------------------------------------------


def test_a_quote_printing_6_pm_for_6_00_pm_is_no_misquote() -> None:
    left = (
        'Man arrested\n\nA man was arrested on Elm Street on Monday. "Police locked down the '
        "neighborhood and negotiated with the suspect, who gave himself up just after 6:00 p.m.,"
        '" Chief Ann Fanning said in a statement.'
    )
    right = (
        "Suspect surrenders\n\nA man was arrested on Elm Street on Monday. \"Police 'locked down' "
        "the neighborhood and negotiated with the suspect, who gave himself up just after 6 p.m.,"
        '" Chief Ann Fanning said in a statement.'
    )
    assert red_marks(left, right) == []


def test_a_quote_giving_another_time_is_still_a_misquote() -> None:
    left = (
        'Man arrested\n\nA man was arrested on Elm Street on Monday. "The suspect gave himself '
        'up just after 6:00 p.m.," Chief Ann Fanning said in a statement.'
    )
    right = (
        'Suspect surrenders\n\nA man was arrested on Elm Street on Monday. "The suspect gave '
        'himself up just after 6:30 p.m.," Chief Ann Fanning said in a statement.'
    )
    assert red_marks(left, right) != []


def test_the_day_parliament_is_due_to_debate_and_vote_is_not_the_day_of_the_air_raid() -> None:
    left = (
        "Parliament to vote on troops\n\n"
        "Parliament is due to debate and vote on a bill on Thursday after the government asked "
        "for troops to be sent to Tarvia."
    )
    right = (
        "Air raid kills three in Tarvia\n\n"
        "Three civilians were killed on Wednesday in an air raid on a town in Tarvia, a "
        "government spokesman said."
    )
    assert red_marks(left, right) == []


def test_the_day_he_returns_to_court_is_not_the_day_the_jury_recommended_death() -> None:
    left = (
        "Jury recommends death for Orsini\n\n"
        "A jury recommended on April 3 that Leo Orsini be executed for the killing of a deputy."
    )
    right = (
        "Orsini lawyers to seek mistrial\n\n"
        "When Leo Orsini returns to court on May 3, his lawyers will argue for a mistrial in the "
        "killing of a deputy."
    )
    assert red_marks(left, right) == []


def test_a_year_qualifying_the_subject_of_a_future_sentence_still_clashes() -> None:
    # "performances of 2008" says which performances; it dates no step still to come.
    left = (
        "Jackman to host Oscars\n\nHugh Jackman will host the Academy Awards, producers said on "
        "Friday.\nOscar nominations for the best movies and performances of 2008 will be "
        "announced in January.\nThe awards will be handed out on February 22."
    )
    report = compare_texts(left, left.replace("of 2008", "of 2007"), "2008-12-13")
    assert quoted(conflicts(report)) == [({"2008"}, {"2007"})], quoted(conflicts(report))
