"""Figures in the same frame of words in sentences that align only loosely: "opened fire at an
office party Friday, killing one man" / "opened fire at an office party yesterday, killing four
people" is a conflict on the dead, though each reporter tells the shooting in other words, and
"his 2013 Toyota Camry" / "a grey 2012 Toyota Camry" on the car; a count after another verb is
not (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts as compare

LEFT = (
    "Man charged in office party shooting\n\n"
    "Police allege Eric Kirkpatrick, 61, opened fire at a Vancouver office Christmas party "
    "Friday, killing one man. He was charged with first-degree murder. Colleagues described "
    "him as quiet."
)


def count_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_killing_one_man_and_killing_four_people_in_loosely_told_leads_are_a_conflict() -> None:
    right = (
        "Fired worker opens fire at office party\n\n"
        "A former employee recently let go from his job opened fire at an office Christmas party "
        "yesterday, killing four people. Officers arrested him at the scene. The company said it "
        "was shocked."
    )
    assert ({"one"}, {"four"}) in count_conflicts(compare(LEFT, right))


def test_four_people_hurt_is_no_count_of_the_dead() -> None:
    right = (
        "Fired worker opens fire at office party\n\n"
        "A former employee recently let go from his job opened fire at an office Christmas party "
        "yesterday, injuring four people. Officers arrested him at the scene. The company said it "
        "was shocked."
    )
    assert not [c for c in count_conflicts(compare(LEFT, right)) if c[1] == {"four"}]


def test_a_2013_camry_and_a_2012_camry_in_loosely_told_sentences_are_a_conflict() -> None:
    left = (
        "Pedestrian killed in Queens hit-and-run\n\n"
        "A man was killed crossing a street in Queens last night. Police said the driver fled. "
        "Neighbours said the corner is dangerous. At about 7 p.m. a 23-year-old driver, Ravi "
        "Singh, struck Chohan with his 2013 Toyota Camry while heading north."
    )
    right = (
        "Driver arrested after fatal crash\n\n"
        "A driver was arrested after a man died in Queens. The victim's family asked for privacy. "
        "The city plans a new crossing. The driver took off after the crash, but witnesses "
        "identified the car as a grey 2012 Toyota Camry, police said."
    )
    assert ({"2013"}, {"2012"}) in count_conflicts(compare(left, right))
