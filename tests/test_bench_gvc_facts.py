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


def test_a_misspelt_participant_is_right_and_a_pronoun_is_unverifiable() -> None:
    texts = ("Christian Bandemer was shot.", "Christian Bandemir was shot. He ran.")
    spelling = finding(
        texts, "c", "conflict", "person", ["Christian Bandemer"], ["Christian Bandemir"]
    )
    pronoun = finding(texts, "p", "conflict", "person", ["Christian Bandemer"], ["He"])
    assert judge(spelling, texts, RECORD) == RIGHT
    assert judge(pronoun, texts, RECORD) == UNVERIFIABLE


def test_the_incidents_weekday_against_another_is_right_and_the_same_weekday_is_wrong() -> None:
    texts = ("It happened Friday morning.", "It happened Saturday morning. On Friday, police came.")
    other = finding(texts, "c", "conflict", "date", ["Friday"], ["Saturday"])
    same = finding(texts, "s", "conflict", "date", ["Friday"], ["Friday"])
    assert judge(other, texts, RECORD) == RIGHT
    assert judge(same, texts, RECORD) == WRONG
