"""A figure is its subject's: two people's years at a plant are not two accounts of one figure."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts as compare


def conflicts(report: Report) -> list[str]:
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_a_coworkers_years_at_the_plant_are_not_the_shooters() -> None:
    report = compare(
        "Hiller shot three co-workers at the plant. Dough mixer Andy Ryan, who has worked at "
        "the plant for nearly 30 years, said he heard the shots.",
        "Hiller shot three co-workers at the plant. Hiller has worked at the plant for about 15 "
        "years, and had argued with co-workers, police said.",
    )
    assert not [r for r in conflicts(report) if "years" in r]


def test_the_same_persons_years_told_differently_still_conflict() -> None:
    report = compare(
        "Hiller shot three co-workers at the plant. Hiller had worked at the plant for 30 years.",
        "Hiller shot three co-workers at the plant. Hiller had worked at the plant for 15 years.",
    )
    assert [r for r in conflicts(report) if "15" in r and "30" in r]


def test_a_headline_without_a_verb_gives_a_figure_no_subject() -> None:
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.figures.owners.figure_subjects import named_subject

    doc = load_pipeline().nlp("Quake toll: 10 dead, 80 hurt")
    figure = doc[3:4]
    assert figure.text == "10"
    assert named_subject(figure) == ""


def test_a_headlines_deal_belongs_to_whom_the_story_says_it_is_about() -> None:
    report = compare(
        "Hawks keep Kessler\n\n"
        "Coach Tom Kessler just finished the first year of a three-year deal that paid him about "
        "$4 million a year, the Hawks said on Monday.",
        "Hawks to sign Moreau to six-year deal\n\n"
        "Samuel Moreau agreed to a six-year deal with the Hawks on Monday. Coach Tom Kessler was "
        "never a Moreau fan, the center's agent said.",
    )
    assert not [r for r in conflicts(report) if "year" in r], conflicts(report)
