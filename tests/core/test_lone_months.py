"""A day in one article and its month in the other are one date told at two precisions, when
each article names only that one date in that month."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, marks_of

LEFT = (
    "Courthouse gunman gets life\n\n"
    "A judge sentenced Brian Nichols to life without parole on Saturday. "
    "Nichols was on trial for rape when on March 11, 2005 he overpowered a guard and seized "
    "her gun, killing a judge and a court reporter."
)
RIGHT = (
    "Courthouse gunman gets life\n\n"
    "A judge sentenced Brian Nichols to life without parole on Saturday. "
    "Nichols, 37, was found guilty of murder for the March 2005 rampage that started in a "
    "downtown courthouse."
)


def _dates_agreed(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type.value == "date"
    ]


def test_the_day_of_a_rampage_agrees_with_the_month_the_other_article_gives_it() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert ({"March 11, 2005"}, {"March 2005"}) in _dates_agreed(report)
    assert not marks_of(report, "2005")


def test_a_month_is_not_paired_with_one_of_two_days_the_other_article_gives_in_it() -> None:
    left = LEFT + " He was captured the next morning, March 12, 2005, in a suburban county."
    report = compare_texts(left, RIGHT)
    assert not any("March 2005" in right for _, right in _dates_agreed(report))


OSCARS_LEFT = (
    "DeGeneres to host the Oscars\n\n"
    "Ellen DeGeneres just tweeted she will be hosting the Oscars. "
    "She first hosted the ceremony in 2007. "
    "The Academy Awards will be broadcast live on Oscar Sunday, March 2, 2014, on ABC."
)
OSCARS_RIGHT = (
    "Ellen DeGeneres picked to host 2014 Oscars\n\n"
    "Comedian Ellen DeGeneres will host the Academy Awards for a second time, organizers said. "
    "She first hosted the Oscars in 2007."
)


def test_the_year_of_the_oscars_agrees_with_the_one_day_the_other_article_gives_in_it() -> None:
    report = compare_texts(OSCARS_LEFT, OSCARS_RIGHT, "2013-08-02")
    assert ({"Oscar Sunday, March 2, 2014"}, {"2014"}) in _dates_agreed(report)


def test_a_speakers_in_2008_is_no_dating_of_the_riots_day() -> None:
    left = (
        "Riots in Athens\n\n"
        '"It is unacceptable that in 2008, in a country of the EU, police shoot a boy," a '
        "protester said. Riots spread to other cities."
    )
    right = (
        "Riots in Athens\n\n"
        "Fresh riots were reported in Athens on Saturday December 13 2008 after police shot a "
        "boy. Riots spread to other cities."
    )
    report = compare_texts(left, right)
    assert not any("2008" in " ".join(mine) for mine, _ in _dates_agreed(report))
