"""A reporter compares two stories of one happening and sees a red mark only where the two
articles tell the same happening two ways. A day or a count belongs to the happening its clause
tells: the day an actress left one clinic is not the day she checked into another, a suspect's
arrest is not his sentencing in court, last year's quake is not this one, and a suspect's age is
not his victim's (``findings/events/two_happenings.py``; hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.events.two_happenings import deed_family
from desktop.core.model import Document
from tests.factories import compare_stories, conflict_texts

_ORDERED = "A judge had ordered her to spend 90 days in treatment."
_CHECKED_IN_FRIDAY = (
    "Actress checks into Betty Ford. The actress checked into the Betty Ford Center in Rancho "
    f"Mirage early on Friday morning. {_ORDERED}"
)


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    docs = [Document(source="a.txt", text=text), Document(source="b.txt", text="Other\n\nNo.\n")]
    parsed = list(nlp.pipe([nlp_view(d.text) for d in docs]))
    return analyse(docs, parsed)[0]


def _fact(analysis: Analysis, value: str) -> Fact:
    return next(f for f in analysis.facts if f.text == value)


def test_the_day_she_left_one_clinic_is_not_set_against_the_day_she_checked_into_another() -> None:
    left = (
        "Actress moves to a second clinic. The actress left a rehab clinic in Newport Beach on "
        f"Thursday, less than an hour after arriving there. {_ORDERED}"
    )
    assert conflict_texts(compare_stories(left, _CHECKED_IN_FRIDAY)) == []


def test_two_days_of_her_checking_into_one_clinic_are_still_a_conflict() -> None:
    left = (
        "Actress moves to a second clinic. The actress checked into the Betty Ford Center in "
        f"Rancho Mirage on Thursday. {_ORDERED}"
    )
    assert ({"Thursday"}, {"Friday morning"}) in conflict_texts(
        compare_stories(left, _CHECKED_IN_FRIDAY)
    )


def test_an_arrest_and_a_sentencing_are_two_kinds_of_happening() -> None:
    text = (
        "Man charged\n\nPolice arrested the suspect on Monday. He was sentenced on Friday. "
        "He checked into a motel on Sunday. Officers checked the car on Saturday.\n"
    )
    analysis = _analysis(text)
    assert deed_family(analysis, _fact(analysis, "Monday")) == "custody"
    assert deed_family(analysis, _fact(analysis, "Friday")) == "court"
    assert deed_family(analysis, _fact(analysis, "Sunday")) == "enter"
    # "checked" without "in" or "into" examines: no kind of happening is read off it
    assert deed_family(analysis, _fact(analysis, "Saturday")) == ""


def test_the_toll_of_last_years_quake_is_not_set_against_this_quakes_toll() -> None:
    left = (
        "Quake kills 40 in the hills. A strong earthquake killed 40 people in the hill towns on "
        "Sunday, officials said. Last year's quake in the same region killed 300 people."
    )
    right = (
        "Strong quake hits hill towns. The earthquake that struck the hill towns on Sunday "
        "killed 40 people, officials said."
    )
    assert not any("300" in a for a, _ in conflict_texts(compare_stories(left, right)))


def test_the_suspects_age_is_not_set_against_the_victims_age() -> None:
    left = (
        "Man held after shop killing. A man was arrested after a shopkeeper was shot dead on "
        "Main Street on Tuesday. Police said the suspect, 19, knew the victim."
    )
    right = (
        "Shopkeeper shot dead. A shopkeeper, 64, was shot dead on Main Street on Tuesday. A man "
        "was later arrested."
    )
    assert conflict_texts(compare_stories(left, right)) == []
