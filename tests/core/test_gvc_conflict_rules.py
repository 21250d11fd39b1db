"""Conflicts a journalist can trust on shootings nobody tuned for: a red mark only where both
articles speak of the same person, the same count or the same day.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from datetime import date

from desktop.core.compare import compare_documents
from desktop.core.extraction.facts import Fact
from desktop.core.figures.numbers.values import parse_date, parse_number
from desktop.core.findings.bookkeeping.claims import (
    ages_drift,
    dates_a_report,
    dates_a_telling,
    locates,
    relation,
)
from desktop.core.findings.bookkeeping.page_values import digits_in_a_code
from desktop.core.model import Document, Finding, FindingKind, MentionType, Report


def compare(left: str, right: str, dates: tuple[str, str] = ("2024-05-07", "2024-05-07")) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=dates[0]),
        Document(source="right.txt", text=right, date=dates[1]),
    )


def conflicts(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def quoted(found: list[Finding]) -> list[tuple[set[str], set[str]]]:
    return [({s.text for s in f.left}, {s.text for s in f.right}) for f in found]


def figure(text: str, slot: dict[str, float]) -> Fact:
    fact = Fact(0, len(text), text, MentionType.NUMBER, "CARDINAL", 0)
    fact.number = parse_number(text)
    fact.slot = slot
    return fact


def day(text: str, slot: dict[str, float], said_on: bool = False) -> Fact:
    fact = Fact(0, len(text), text, MentionType.DATE, "DATE", 0)
    fact.date = parse_date(text, None)
    fact.slot, fact.said_on = slot, said_on
    return fact


# --- ages -----------------------------------------------------------------------------------


def test_two_victims_ages_are_not_set_against_each_other() -> None:
    left = (
        "Three men shot outside a bar\n\n"
        "Three men were shot outside a bar on Elm Street late Monday, police said. "
        "A 25-year-old man was shot in the leg and a 36-year-old man was shot in the arm. "
        "A third man walked into a hospital with a graze wound."
    )
    right = (
        "Shooting outside Elm Street bar wounds three\n\n"
        "Three men were wounded in a shooting outside a bar on Elm Street late Monday, police "
        "said. A 29-year-old man was taken to a hospital in critical condition. "
        "The other two men were in good condition."
    )
    pairs = quoted(conflicts(compare(left, right)))
    assert not any(any("year-old" in w for w in a | b) for a, b in pairs), pairs


def test_a_victims_age_deep_in_one_article_is_not_the_suspects_age_in_the_other() -> None:
    left = (
        "Man killed in parking lot shooting\n\n"
        "A man was shot and killed in a parking lot on Oak Avenue on Sunday night, police said. "
        "Officers found the victim beside his car. Detectives said the victim, a 25-year-old "
        "man, had argued with someone inside the store."
    )
    right = (
        "Arrest made in parking lot killing\n\n"
        "A man was shot and killed in a parking lot on Oak Avenue on Sunday night, police said. "
        "Officers found the victim beside his car. On Tuesday police arrested a 31-year-old man "
        "in connection with the killing."
    )
    pairs = quoted(conflicts(compare(left, right)))
    assert not any("25-year-old" in a and "31-year-old" in b for a, b in pairs), pairs


def test_the_age_of_the_same_daughter_told_differently_is_still_a_conflict() -> None:
    left = (
        "Mother killed, daughter hurt in shooting\n\n"
        "A woman was shot dead outside her home in Millbrook on Sunday night. "
        "The woman and her 17-year-old daughter had just come home from a concert."
    )
    right = (
        "Man shoots ex-wife and daughter\n\n"
        "A man shot his 16-year-old daughter and killed her mother outside their home in "
        "Millbrook on Sunday night, police said."
    )
    pairs = quoted(conflicts(compare(left, right)))
    assert any("17-year-old" in a and "16-year-old" in b for a, b in pairs), pairs


def test_a_person_a_year_older_in_an_article_written_months_later_is_no_conflict() -> None:
    assert ages_drift((22, date(2013, 4, 8)), (23, date(2013, 12, 12)))
    assert ages_drift((23, date(2013, 12, 12)), (22, date(2013, 4, 8)))
    # Younger in the later article, two years in eight months, or two ages on one day: a clash.
    assert not ages_drift((23, date(2013, 4, 8)), (22, date(2013, 12, 12)))
    assert not ages_drift((22, date(2013, 4, 8)), (24, date(2013, 12, 12)))
    assert not ages_drift((22, date(2013, 4, 8)), (23, date(2013, 4, 8)))


def test_a_surviving_victims_age_at_the_trial_months_later_is_not_a_conflict() -> None:
    # A victim the earlier article tells killed does not grow older:
    # test_the_dead_do_not_grow_older.
    left = (
        "Soldier wounded in apartment shooting\n\n"
        "A soldier was shot and wounded in an apartment on Garden Lane early Sunday. Police "
        "identified him as Mark Dollin, 22, of Fort Ashby."
    )
    right = (
        "Man sentenced for shooting soldier\n\n"
        "A man was sentenced on Thursday for shooting Mark Dollin, 23, who survived his wounds "
        "in an apartment on Garden Lane in April."
    )
    later = quoted(conflicts(compare(left, right, ("2013-04-08", "2013-12-12"))))
    assert not any("22" in a and "23" in b for a, b in later), later
    same_day = quoted(conflicts(compare(left, right, ("2013-04-08", "2013-04-08"))))
    assert any("22" in a and "23" in b for a, b in same_day), same_day


# --- figures that are not counts --------------------------------------------------------------


def test_a_street_number_is_never_a_count() -> None:
    here = figure("2500", {"block": 1.0, "avenue": 0.5})
    there = figure("8400", {"block": 1.0})
    assert locates(here) and locates(there)
    assert relation(here, there, (None, None)) is None
    assert relation(here, figure("2500", {"block": 1.0}), (None, None)) is not None
    assert relation(here, figure("3", {"shoot": 1.0}), (None, None)) is None


def test_an_ordinal_ranks_and_never_counts() -> None:
    eleventh = parse_number("11th")
    assert eleventh is not None and eleventh.display() == "11th"
    rank = figure("11th", {"street": 0.5, "shoot": 1.0})
    count = figure("4", {"shoot": 1.0})
    assert relation(rank, count, (None, None)) is None
    assert relation(count, figure("5", {"shoot": 1.0}), (None, None)) is not None


def test_two_addresses_in_matching_sentences_are_not_a_figure_conflict() -> None:
    left = (
        "Man shot dead on South Side\n\n"
        "The medical examiner identified the man as a resident of the 2500 block of South "
        "Avenue, police said on Monday."
    )
    right = (
        "Man killed in South Side shooting\n\n"
        "The medical examiner identified the man as a resident of the 8400 block of South "
        "Avenue, police said on Monday."
    )
    pairs = quoted(conflicts(compare(left, right)))
    assert not any("2500" in a or "8400" in b for a, b in pairs), pairs


# --- names --------------------------------------------------------------------------------------


def test_he_in_place_of_a_name_is_not_another_person() -> None:
    left = (
        "Witness describes shooting\n\n"
        "Darnell Okafor told reporters the gunman ran toward a red car after the shots."
    )
    right = (
        "Witness describes shooting\n\n"
        "He told reporters the gunman ran toward a red car after the shots."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.PERSON for f in found), quoted(found)


def test_two_police_spokesmen_are_two_sources_not_a_conflict() -> None:
    left = (
        "Two wounded in drive-by\n\n"
        "Two men were wounded in a drive-by shooting on Maple Street on Friday night, Officer "
        "Jose Estrada said."
    )
    right = (
        "Drive-by wounds two\n\n"
        "Gunmen in a passing car opened fire on Maple Street on Friday night and wounded two "
        "men standing outside a store, Officer Michael Pacheco said."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.PERSON for f in found), quoted(found)


def test_two_names_for_the_victim_in_matching_sentences_stay_a_conflict() -> None:
    left = (
        "Man killed on Maple Street\n\n"
        "The man killed on Maple Street on Friday night was identified as Jose Estrada."
    )
    right = (
        "Maple Street victim named\n\n"
        "The man killed on Maple Street on Friday night was identified as Jose Pacheco."
    )
    found = conflicts(compare(left, right))
    assert any(f.type is MentionType.PERSON for f in found), quoted(found)


# --- days -------------------------------------------------------------------------------------


def test_the_day_of_a_story_or_a_statement_is_not_the_day_of_the_shooting() -> None:
    story = day("Aug. 10", {"story": 1.0})
    shooting = day("Aug. 8", {"shoot": 1.0})
    assert dates_a_report(story) and not dates_a_report(shooting)
    assert dates_a_telling(day("Sunday", {"say": 1.0}, said_on=True))
    assert not dates_a_telling(shooting)
    left = (
        "Eight dead in Houston home\n\n"
        "In a story on Aug. 10 about a shooting in a Houston home that left eight people dead, "
        "the agency misspelled the name of one victim."
    )
    right = (
        "Eight killed in Houston home\n\n"
        "A woman, her husband and six children were shot and killed inside their Houston home "
        "on Aug. 8."
    )
    found = conflicts(compare(left, right, ("2024-08-12", "2024-08-09")))
    assert not any(f.type is MentionType.DATE for f in found), quoted(found)


def test_a_day_both_articles_name_is_no_evidence_against_the_other_day() -> None:
    left = (
        "Three hurt near high school\n\n"
        "Three people were still in the hospital Wednesday night, recovering from Tuesday's "
        "shooting across from Lakeside High School."
    )
    right = (
        "Teen denied bond in school shooting\n\n"
        "A teen accused of shooting three people near Lakeside High School was denied bond "
        "during a court appearance on Wednesday."
    )
    found = conflicts(compare(left, right, ("2024-05-08", "2024-05-08")))
    pairs = quoted(found)
    assert not any("Tuesday" in a and "Wednesday" in b for a, b in pairs), pairs


def test_two_papers_a_witness_talked_to_are_two_sources_not_a_conflict() -> None:
    left = (
        "Neighbor heard shots\n\n"
        "A neighbor said she heard five shots before midnight and saw a car speed away, she "
        "told the Daily Herald."
    )
    right = (
        "Neighbor heard shots\n\n"
        "A neighbor said she heard five shots before midnight and saw a car speed away, she "
        "told the Morning Tribune."
    )
    assert not conflicts(compare(left, right)), quoted(conflicts(compare(left, right)))


def test_a_station_call_sign_is_a_source_not_a_changed_figure() -> None:
    left = (
        "Station report\n\n"
        "The shooting at the gas station was first reported by WSB-TV2 reporters on the scene, "
        "officers said."
    )
    right = (
        "Station report\n\n"
        "The shooting at the gas station was first reported by WSB-TV11 reporters on the "
        "scene, officers said."
    )
    assert not conflicts(compare(left, right)), quoted(conflicts(compare(left, right)))


def test_digits_in_a_clock_a_road_or_a_link_are_a_code_not_a_figure() -> None:
    for code in ("10:40", "I-75", "pic.twitter.com/x5", "@news4", "WSB2"):
        assert digits_in_a_code(code), code
    for figure_text in ("2008-09", "5,000", "11th", "12 people"):
        assert not digits_in_a_code(figure_text), figure_text


def test_late_saturday_night_and_just_after_midnight_sunday_are_one_night() -> None:
    night = day("late Saturday night", {"shoot": 1.0})
    small_hours = day("just after midnight Sunday", {"shoot": 1.0})
    assert relation(night, small_hours, (None, None)) is None
    assert relation(small_hours, night, (None, None)) is None
    # Two days apart, or a Sunday afternoon: a real clash.
    assert relation(night, day("early Monday", {"shoot": 1.0}), (None, None)) is not None
    assert relation(day("Saturday afternoon", {"shoot": 1.0}), small_hours, (None, None))


def test_two_lists_of_victims_ages_are_not_matched_one_against_the_other() -> None:
    left = (
        "Four shot on West Side\n\n"
        "A 24-year-old woman and a 36-year-old man were shot in their legs on Monday night "
        "near Pine Street, police said."
    )
    right = (
        "Four wounded on West Side\n\n"
        "A 29-year-old man and a 28-year-old woman were shot in their legs on Monday night "
        "near Pine Street, police said."
    )
    pairs = quoted(conflicts(compare(left, right)))
    assert not any(any("year-old" in w for w in a | b) for a, b in pairs), pairs


def test_two_embedded_posts_dates_are_two_posts() -> None:
    left = (
        "Family gathers after shooting\n\n"
        "Relatives gathered outside the apartment on Sunday. pic.twitter.com/abc — Jane Roe "
        "(@janeroe) February 5, 2017"
    )
    right = (
        "Family gathers after shooting\n\n"
        "Relatives gathered outside the apartment on Sunday. pic.twitter.com/xyz — Jane Roe "
        "(@janeroe) February 4, 2017"
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.DATE for f in found), quoted(found)


def test_two_pages_copyright_years_are_not_a_conflict() -> None:
    body = "Man shot\n\nA man was shot on Elm Street on Friday night, police said.\n\n"
    notice = "The Associated Press. All rights reserved. This material may not be published."
    found = conflicts(compare(body + "Copyright 2016 " + notice, body + "Copyright 2017 " + notice))
    assert not found, quoted(found)


def test_the_tip_line_numbers_two_outlets_print_are_not_counts() -> None:
    body = "Man shot\n\nA man was shot on Elm Street on Friday night, police said. "
    left = body + "Anyone with information is asked to call Crime Stoppers at 713-222-TIPS."
    right = body + "Anyone with information is asked to call Crime Stoppers at 404-577-8477."
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.NUMBER for f in found), quoted(found)


def test_a_changed_jersey_number_in_the_same_sentence_is_still_shown() -> None:
    body = "Man shot\n\nA man was shot on Elm Street on Friday night, police said. "
    left = body + "The suspect was wearing a No. 23 jersey."
    right = body + "The suspect was wearing a No. 32 jersey."
    assert conflicts(compare(left, right))


# --- places -------------------------------------------------------------------------------------


def test_a_town_and_metro_atlanta_are_one_place_at_two_precisions() -> None:
    left = (
        "Teen shot at party\n\n"
        "A teenager was shot and wounded at a house party in Decatur early Sunday, police said."
    )
    right = (
        "Teen wounded at party\n\n"
        "A 17-year-old was wounded when gunfire broke out at a house party in metro Atlanta "
        "early Sunday."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.PLACE for f in found), quoted(found)


def test_words_of_time_after_two_places_do_not_make_them_one_slot() -> None:
    left = (
        "Teen shot at party\n\n"
        "A teenager was shot and wounded at a house party in Decatur early Sunday, police said."
    )
    right = (
        "Teen wounded at party\n\n"
        "A 17-year-old was wounded when gunfire broke out at a house party near Atlanta early "
        "Sunday."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.PLACE for f in found), quoted(found)


# --- counts -------------------------------------------------------------------------------------


def test_a_weekend_round_up_is_not_the_toll_of_one_shooting() -> None:
    left = (
        "Man killed on Elm Street\n\n"
        "One man was killed and two were wounded on Elm Street on Friday night, police said."
    )
    right = (
        "Weekend violence\n\n"
        "At least six people were killed and 20 wounded in shootings across the city over the "
        "weekend, including a man shot dead on Elm Street on Friday night."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.NUMBER for f in found), quoted(found)


def test_two_tolls_of_the_one_shooting_still_clash() -> None:
    left = (
        "Two killed on Elm Street\n\n"
        "Two men were killed and three were wounded on Elm Street on Friday night, police said."
    )
    right = (
        "Three killed on Elm Street\n\n"
        "Three men were killed and three were wounded on Elm Street on Friday night, police said."
    )
    found = conflicts(compare(left, right))
    assert any(f.type is MentionType.NUMBER for f in found), quoted(found)


# --- people cards -------------------------------------------------------------------------------

HURT = (
    "Woman hurt in Elm Street shooting\n\n"
    "Angela Brooks was wounded in a shooting on Elm Street on Sunday night and was taken to a "
    "hospital in critical condition, police said."
)
DEAD = (
    "Woman dies after Elm Street shooting\n\n"
    "A woman died after a shooting on Elm Street on Sunday night. Police said Angela Brooks "
    "was killed outside her home."
)


def test_a_victim_hurt_in_the_first_report_and_dead_in_a_later_one_is_no_conflict() -> None:
    later = conflicts(compare(HURT, DEAD, ("2024-05-06", "2024-05-09")))
    assert not any(f.type is MentionType.PERSON for f in later), quoted(later)
    same_day = conflicts(compare(HURT, DEAD, ("2024-05-06", "2024-05-06")))
    assert any(f.type is MentionType.PERSON for f in same_day), quoted(same_day)


def test_the_towns_of_two_hospitals_are_not_the_place_of_the_shooting() -> None:
    left = (
        "Two shot at party\n\n"
        "One of the victims was taken to Westlake Medical Center in Oak Park after the shooting "
        "on Pine Street, police said."
    )
    right = (
        "Two wounded at party\n\n"
        "After the Pine Street shooting a wounded man was rushed by ambulance to a hospital in "
        "Oak Lawn, authorities said."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.PLACE for f in found), quoted(found)


def test_a_toll_of_a_shooting_last_summer_is_not_this_shootings_toll() -> None:
    left = (
        "Four hurt at party\n\n"
        "Four people were wounded when gunfire erupted at a party in Austin on Saturday, police "
        "said."
    )
    right = (
        "Second man charged\n\n"
        "A second man was charged on Saturday with a shooting that left two people dead and two "
        "more wounded at a park in Austin last summer."
    )
    found = conflicts(compare(left, right))
    assert not any(f.type is MentionType.NUMBER for f in found), quoted(found)
