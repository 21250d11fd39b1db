"""One person given another surname in the other article, where the name is dressed differently:
an occupation written before it ("Comedian Ellen Hale"), or a verb of saying before it that
reports what the person did ("a publicist says Tara Quill has checked into rehab"). Neither is
the person's first name or makes the person a source (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare


def person_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def _names(found: list[tuple[set[str], set[str]]], left: str, right: str) -> bool:
    return any(any(left in t for t in a) and any(right in t for t in b) for a, b in found)


def test_an_occupation_before_the_name_is_not_the_first_name() -> None:
    left = (
        "Comedian Ellen Hale picked to host the awards\n\n"
        "Hale, the star of her own talk show, will host the music awards next spring, "
        "organizers said on Friday. She first hosted the show in 2009."
    )
    right = (
        "Why the academy picked Ellen Marsh as host\n\n"
        "The academy announced this morning that Marsh would return to the music awards "
        "as emcee, her second time in the job."
    )
    found = person_conflicts(compare(left, right))
    assert _names(found, "Hale", "Ellen Marsh"), found


def test_the_same_host_with_an_occupation_before_her_name_still_agrees() -> None:
    left = (
        "Comedian Ellen Hale picked to host the awards\n\n"
        "Comedian Ellen Hale will host the music awards next spring, organizers said."
    )
    right = (
        "Awards pick a host\n\n"
        "The academy announced that Ellen Hale would return to host the music awards next spring."
    )
    assert person_conflicts(compare(left, right)) == []


def test_a_name_reported_after_says_is_what_was_said_not_the_speaker() -> None:
    left = (
        "Actress enters rehab\n\n"
        "Tara Quill has entered a rehab program, her representative confirmed to a magazine on "
        "Friday. The actress starred in two teen comedies. In an interview last year, Quill "
        "told a magazine she was only a social drinker."
    )
    right = (
        "Star in rehab\n\n"
        "A publicist says Tara Brandt has checked herself into a rehab program. "
        "Brandt, 33, became known for her late nights out."
    )
    found = person_conflicts(compare(left, right))
    assert _names(found, "Quill", "Tara Brandt"), found


def test_two_people_reported_on_who_share_a_first_name_in_other_parts_stay_two() -> None:
    left = (
        "Mill fire\n\n"
        "Police say John Owen was driving the truck that hit the gate before the fire. "
        "The mill had stood empty for ten years."
    )
    right = (
        "Blaze destroys mill\n\n"
        "The mill burned for six hours. A neighbour says John Barlow has lived on the street "
        "for years and never saw anyone go in."
    )
    assert person_conflicts(compare(left, right)) == []
