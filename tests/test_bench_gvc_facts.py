"""The GVC bench judges a conflict right only when one side states the archive's fact and the other
contradicts it: these hand-made cases pin that rule."""

from __future__ import annotations

from bench.gvc_facts import RIGHT, UNVERIFIABLE, WRONG, Incident, judge
from tests.factories import finding

RECORD = Incident.from_record(
    {
        "date": "2016-06-03",  # a Friday
        "num_killed": 1,
        "num_injured": 2,
        "participants": [
            {"name": "Christian Bandemer", "age": 16},
            {"name": "Dennis Warren", "age": 13},
        ],
    }
)


def test_an_early_toll_against_the_archives_toll_is_a_right_conflict() -> None:
    texts = ("Two people were killed on Friday.", "One man was killed on Friday.")
    toll = finding(texts, "c", "conflict", "number", ["Two"], ["One"])
    assert judge(toll, texts, RECORD) == RIGHT


def test_the_ages_of_two_different_people_set_against_each_other_are_a_wrong_conflict() -> None:
    texts = ("Bandemer, a 16-year-old boy, died.", "Warren, 13, was arrested.")
    ages = finding(texts, "c", "conflict", "number", ["16-year-old"], ["13"])
    assert judge(ages, texts, RECORD) == WRONG


def test_a_misspelt_participant_is_right_and_a_pronoun_read_as_a_name_is_wrong() -> None:
    texts = ("Christian Bandemer was shot.", "Christian Bandemir was shot. He ran.")
    spelling = finding(
        texts, "c", "conflict", "person", ["Christian Bandemer"], ["Christian Bandemir"]
    )
    pronoun = finding(texts, "p", "conflict", "person", ["Christian Bandemer"], ["He"])
    assert judge(spelling, texts, RECORD) == RIGHT
    assert judge(pronoun, texts, RECORD) == WRONG


def test_the_incidents_weekday_against_another_is_right_and_the_same_weekday_is_wrong() -> None:
    texts = ("It happened Friday morning.", "It happened Saturday morning. On Friday, police came.")
    other = finding(texts, "c", "conflict", "date", ["Friday"], ["Saturday"])
    same = finding(texts, "s", "conflict", "date", ["Friday"], ["Friday"])
    assert judge(other, texts, RECORD) == RIGHT
    assert judge(same, texts, RECORD) == WRONG


# The record below gives one city, one state and each named participant's age, so a conflict on
# any of them can be settled; a clock time cannot.
TOWN = Incident.from_record(
    {
        "date": "2015-09-28",  # a Monday
        "city": "Horn Lake",
        "state": "Mississippi",
        "address": "3100 block of Cool Springs Drive",
        "num_killed": 2,
        "num_injured": 1,
        "participants": [
            {"name": "Antian Hardmon", "age": 25},
            {"name": "Tyrone Spikes", "age": 28},
            {"name": None, "age": 24},
        ],
    }
)


def test_a_named_victims_age_is_checked_against_that_victim_not_anyone_in_the_record() -> None:
    texts = (
        "Police identified the 25-year-old as Antian Hardmon.",
        "Antian Hardmon, 24, was shot in the back.",
    )
    ages = finding(texts, "a", "conflict", "number", ["25-year-old"], ["24"])
    assert judge(ages, texts, TOWN) == RIGHT


def test_a_phone_or_block_number_against_a_toll_is_a_wrong_conflict() -> None:
    texts = (
        "Two people were killed. Call police at 662-393-6182 with tips.",
        "Three people were killed in the 3100 block of Cool Springs Drive.",
    )
    phone = finding(texts, "p", "conflict", "number", ["6182"], ["Three"])
    block = finding(texts, "b", "conflict", "number", ["Two"], ["3100"])
    assert judge(phone, texts, TOWN) == WRONG
    assert judge(block, texts, TOWN) == WRONG


def test_two_tolls_that_differ_are_right_when_either_misses_the_record() -> None:
    texts = (
        "A shooting on Monday killing three and wounding one, police said.",
        "Two were killed, police said. Five people were shot.",
    )
    toll = finding(texts, "t", "conflict", "number", ["three"], ["Two"])
    both_wrong = finding(texts, "w", "conflict", "number", ["three"], ["Five"])
    same = finding(texts, "s", "conflict", "number", ["one"], ["Two"])
    assert judge(toll, texts, TOWN) == RIGHT
    assert judge(both_wrong, texts, TOWN) == RIGHT  # 3 dead or 5 hit: the record says 2 + 1 hit
    assert judge(same, texts, TOWN) == WRONG  # one injured, two killed: both true, two facts


def test_the_incidents_town_against_another_states_city_is_right_but_a_neighbour_is_not() -> None:
    texts = (
        "The shooting happened in Horn Lake late Monday.",
        "The shooting happened in Memphis late Monday. Police in Southaven helped.",
    )
    other_state = finding(texts, "o", "conflict", "place", ["Horn Lake"], ["Memphis"])
    neighbour = finding(texts, "n", "conflict", "place", ["Horn Lake"], ["Southaven"])
    assert judge(other_state, texts, TOWN) == RIGHT  # Memphis lies in Tennessee
    assert judge(neighbour, texts, TOWN) == UNVERIFIABLE


def test_a_date_is_read_at_the_precision_it_gives_and_a_clock_time_is_unverifiable() -> None:
    texts = (
        "It happened on Sept. 28 at 10:40 p.m.",
        "It happened on Sept. 27 at 9:30 p.m. in September 2015.",
    )
    day = finding(texts, "d", "conflict", "date", ["Sept. 28"], ["Sept. 27"])
    month_year = finding(texts, "m", "conflict", "date", ["Sept. 28"], ["September 2015"])
    clock = finding(texts, "c", "conflict", "time", ["10:40 p.m."], ["9:30 p.m."])
    assert judge(day, texts, TOWN) == RIGHT
    assert judge(month_year, texts, TOWN) == WRONG  # both agree with the record
    assert judge(clock, texts, TOWN) == UNVERIFIABLE


def test_the_article_the_read_as_a_name_is_a_wrong_conflict() -> None:
    texts = ("The Police said Tyrone Spikes fled.", "Tyrone Spikes fled, police said.")
    article = finding(texts, "t", "conflict", "person", ["The"], ["Tyrone Spikes"])
    assert judge(article, texts, TOWN) == WRONG
