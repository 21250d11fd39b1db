"""The one count each article gives of a counted noun, compared across the articles: "the three
victims" / "the six victims" in sentences that tell different things is a conflict; a bare noun
("three people" shot, "six people" evacuated) or an article that counts the noun twice is not
(hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts as compare

LEFT = (
    "Plant shooting trial begins\n\n"
    "The murder trial of a suspended factory employee starts Monday. Police say the shootings "
    "happened minutes after she was suspended following an altercation. She walked into the "
    "employee lounge where the three victims were and shot them."
)


def number_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_three_victims_and_six_victims_told_apart_are_a_conflict() -> None:
    right = (
        "Co-worker recalls plant shooting\n\n"
        "A worker who has been at the plant for 37 years said he worked on the third floor with "
        "the six victims and the alleged shooter. After the shootings, the shooter holed up in "
        "an office on the second floor."
    )
    assert ({"three"}, {"six"}) in number_conflicts(compare(LEFT, right))


def test_an_article_counting_victims_twice_tells_of_two_groups() -> None:
    right = (
        "Co-worker recalls plant shooting\n\n"
        "A worker who has been at the plant for 37 years said he worked on the third floor with "
        "the six victims and the alleged shooter. Two victims were still in hospital on Friday, "
        "and the shooter had held up in an office on the second floor."
    )
    assert ({"three"}, {"six"}) not in number_conflicts(compare(LEFT, right))


def test_people_counted_in_two_sentences_may_be_two_groups() -> None:
    left = (
        "Fire at apartment block\n\n"
        "Firefighters battled a blaze at an apartment block on Monday night. Three people were "
        "taken to hospital with burns. The cause is under investigation."
    )
    right = (
        "Blaze forces evacuation\n\n"
        "A fire broke out in an apartment block on Monday night, fire officials said. Residents "
        "fled into the street, and six people were evacuated from the top floor by ladder."
    )
    assert number_conflicts(compare(left, right)) == []
