"""A car's model year ("his 2013 Toyota Camry") names which car, not when anything happened: no
yellow mark when the other article leaves it out, and still a conflict when it differs."""

from __future__ import annotations

from tests.factories import compare_texts, conflicts, yellow

_LEFT = (
    "Woman killed by hit-and-run driver\n\nA woman was struck and killed on 117th Street on "
    "Friday night by a grey Toyota Camry, which then fled the scene."
)


def test_the_model_year_of_the_car_is_no_yellow_date() -> None:
    report = compare_texts(
        _LEFT,
        "Woman killed by hit-and-run driver\n\nA woman was struck and killed on 117th Street on "
        "Friday night by a driver in his 2013 Toyota Camry, police said.",
        "2024-05-11",
    )
    assert "2013" not in yellow(report), yellow(report)


def test_a_year_before_the_maker_as_subject_is_still_a_date() -> None:
    report = compare_texts(
        "Carmaker recalls sedans\n\nThe carmaker recalled 40,000 sedans on Monday, officials said.",
        "Carmaker recalls sedans\n\nThe carmaker recalled 40,000 sedans on Monday, officials said. "
        "In 2013 Toyota recalled more cars than any other maker.",
        "2024-05-11",
    )
    assert "2013" in yellow(report), yellow(report)


def test_two_model_years_of_one_car_still_clash() -> None:
    report = compare_texts(
        "Woman killed by hit-and-run driver\n\nA woman was struck and killed on 117th Street on "
        "Friday night by a driver in his 2011 Toyota Camry, police said.",
        "Woman killed by hit-and-run driver\n\nA woman was struck and killed on 117th Street on "
        "Friday night by a driver in his 2013 Toyota Camry, police said.",
        "2024-05-11",
    )
    assert conflicts(report), [f.reason for f in report.findings]
