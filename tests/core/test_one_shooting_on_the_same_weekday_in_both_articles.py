"""Two articles that give one shooting the same weekday show that day as agreed, in sentences
that need not align: "after a fatal shooting there Thursday evening" / "was fatally shot by a
police officer late Thursday".

At the precision both give: a part of the day each names must share an hour with the other's,
two different weekdays stay a conflict, and a day told of another happening (a hearing) is no
day of the shooting.
"""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import agreed_texts, compare_texts, conflict_texts


def _left(day: str) -> str:
    return (
        "Officer kills man in Selma\n\n"
        "The state bureau will review the case, standard procedure when an officer fires a "
        "weapon. The chief said the officer has been placed on administrative leave. "
        "Officers were called to the neighborhood for a disturbance involving a weapon and a "
        "woman who had been hurt. The mayor asked residents to stay calm and to let "
        "investigators complete their work on the case. Crime scene tape went up around a house "
        f"on King Street after a fatal shooting there {day}."
    )


def _right(day: str, hearing: str = "") -> str:
    return (
        "District attorney reviews police killing\n\n"
        "Neighbors gathered on the porch of the house where the children had been playing. "
        "The prosecutor told reporters that his office would present the findings to a grand "
        "jury soon. He asked for patience while the state investigators finish interviewing "
        "every witness on the street. The district attorney said Earnest Fells, who had just "
        f"shot his girlfriend, was fatally shot by a police officer {day} after he wounded the "
        f"officer.{hearing} Fells had fired at police when they arrived at the house."
    )


def _day_agreements(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_texts(_left(left), _right(right))
    return agreed_texts(report, MentionType.DATE) + agreed_texts(report, MentionType.TIME)


def test_thursday_evening_and_late_thursday_date_the_one_shooting_alike() -> None:
    assert ({"Thursday evening"}, {"late Thursday"}) in _day_agreements(
        "Thursday evening", "late Thursday"
    )


def test_thursday_and_friday_stay_a_conflict_on_the_shootings_day() -> None:
    report = compare_texts(_left("Thursday evening"), _right("late Friday"))
    assert ({"Thursday evening"}, {"late Friday"}) in conflict_texts(report)
    assert not any(
        f.kind is FindingKind.AGREE and any("Friday" in s.text for s in f.right)
        for f in report.findings
    )


def test_a_thursday_morning_and_a_thursday_night_are_two_moments_not_one() -> None:
    assert not _day_agreements("Thursday morning", "Thursday night")


def test_a_hearing_on_thursday_is_no_day_of_the_shooting() -> None:
    right = _right("", " A judge will hold a hearing on the case on Thursday.")
    report = compare_texts(_left("Thursday evening"), right)
    assert not agreed_texts(report, MentionType.DATE) + agreed_texts(report, MentionType.TIME)
