"""A fact one article tells in another form is not "only in one article": a weekday told by the
holiday that always falls on it ("Thursday afternoon" / "Thanksgiving Day"), a unit of a body
told where the other article names the body by its initials ("the Dunmore Metro Police
Department Homicide Unit" / "DMPD detectives"), a month an undated article tells as "last month"
against the month the other names ("last month's vote" / "the December vote"). Another weekday, a
body the other article never names, or a day finer than "last month" keeps its mark."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, yellow

_DAY = "2025-11-28"


def _parade(their_day: str) -> Report:
    return compare_texts(
        "Parade float crash\n\nA float struck four spectators at Harlow Park Thursday "
        "afternoon, the organisers said.",
        f"Parade float crash\n\nFour spectators were hurt when a float struck them {their_day} "
        "at Harlow Park, the organisers said.",
        None,
    )


def test_a_float_crash_on_thursday_afternoon_and_on_thanksgiving_day_is_one_day() -> None:
    marks = yellow(_parade("on Thanksgiving Day"))
    assert not any("Thursday" in m or "Thanksgiving" in m for m in marks), marks


def test_a_float_crash_on_thursday_afternoon_and_on_good_friday_is_not_one_day() -> None:
    report = _parade("on Good Friday")
    held = yellow(report) + [
        s.text for f in report.findings if f.kind is FindingKind.CONFLICT for s in f.left
    ]
    assert "Thursday afternoon" in held, report.findings


def _death(their_detectives: str) -> list[str]:
    return yellow(
        compare_texts(
            "Man found dead in flat\n\nA man was found dead in a flat on Monday. Detectives from "
            "the Dunmore Metro Police Department Homicide Unit are investigating his death.",
            "Man found dead in flat\n\nA man was found dead in a flat on Monday. "
            f"{their_detectives} are investigating his death.",
            _DAY,
        )
    )


def test_a_homicide_unit_of_a_police_department_named_by_its_initials_is_told() -> None:
    marks = _death("DMPD detectives")
    assert not any("Homicide Unit" in m for m in marks), marks


def test_a_homicide_unit_whose_department_the_other_article_never_names_keeps_its_mark() -> None:
    marks = _death("Detectives")
    assert any("Homicide Unit" in m for m in marks), marks


def _budget(their_vote: str) -> list[str]:
    return yellow(
        compare_texts(
            "Budget rejected\n\nSenators rejected the city budget in last month's vote, the clerk "
            "said.",
            f"Budget rejected\n\nSenators rejected the city budget {their_vote}, the clerk said.",
            None,
        )
    )


def test_last_months_vote_in_an_undated_article_and_the_december_vote_are_one_month() -> None:
    marks = _budget("in the December vote")
    assert "last month" not in marks and "December" not in marks, marks


def test_a_day_of_the_month_stays_marked_against_an_undated_last_month() -> None:
    marks = _budget("in the vote on December 7")
    assert "December 7" in marks and "last month" not in marks, marks


def _shooting(their_place: str) -> list[str]:
    return yellow(
        compare_texts(
            "Teenager shot dead\n\nA 17-year-old was shot dead on Friday in the Bushwick "
            "neighborhood in Brooklyn, police said.",
            f"Teenager shot dead\n\nA 17-year-old was shot dead on Friday {their_place}, police "
            "said.",
            "2024-03-09",
        )
    )


def test_a_neighborhood_written_with_its_borough_is_told_by_the_borough_there() -> None:
    marks = _shooting("in his Brooklyn neighborhood")
    assert "Bushwick" not in marks, marks


def test_a_neighborhood_stays_marked_where_the_other_article_names_no_place() -> None:
    marks = _shooting("near his home")
    assert "Bushwick" in marks, marks
