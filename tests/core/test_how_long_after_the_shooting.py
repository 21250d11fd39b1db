"""How long after the shooting each article says a death or an arrest came: "died two hours
later" / "died the next day" is a conflict, "90 minutes later" / "an hour and a half later"
agree, two victims' lapses are never set against each other, and a lapse counted from the
arrival at a hospital is no lapse from the shooting (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts

OPENING_L = "A man was shot outside a store on Vine Street in Toledo on Friday night. "
OPENING_R = "Police in Toledo said a man was shot outside a store on Vine Street Friday night. "
CLOSING_L = " Police are searching for the shooter. The store was closed on Saturday."
CLOSING_R = " Officers are looking for the gunman. The store stayed closed Saturday."


def story(left: str, right: str) -> tuple[list[tuple[set[str], set[str]]], list[tuple[str, str]]]:
    report = compare_stories(OPENING_L + left + CLOSING_L, OPENING_R + right + CLOSING_R)
    agreed = [
        (f.left[0].text, f.right[0].text)
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.TIME and "later" in f.reason
    ]
    return conflict_texts(report), agreed


def test_died_hours_later_against_died_days_later_is_a_conflict() -> None:
    conflicts, _ = story(
        "Carl Webb, 36, was taken to a hospital, where he died hours later.",
        "Carl Webb, 36, was taken to a hospital and died three days later.",
    )
    assert conflicts == [({"hours later"}, {"three days later"})]


def test_died_two_hours_later_against_the_next_day_is_a_conflict_that_minds_the_night() -> None:
    report = compare_stories(
        OPENING_L
        + "Carl Webb, 36, was taken to a hospital, where he died two hours later."
        + CLOSING_L,
        OPENING_R + "Carl Webb, 36, was taken to a hospital and died the next day." + CLOSING_R,
    )
    conflict = next(f for f in report.findings if f.kind is FindingKind.CONFLICT)
    assert {s.text for s in conflict.right} == {"the next day"}
    assert "late at night" in conflict.reason


def test_ninety_minutes_agrees_with_an_hour_and_a_half() -> None:
    conflicts, agreed = story(
        "Carl Webb, 36, was taken to a hospital, where he died 90 minutes later.",
        "Carl Webb, 36, was taken to a hospital, where he died an hour and a half later.",
    )
    assert not conflicts
    assert agreed == [("90 minutes later", "an hour and a half later")]


def test_an_arrest_half_an_hour_later_agrees_with_thirty_minutes() -> None:
    conflicts, agreed = story(
        "Police arrested a suspect 30 minutes later a few blocks away.",
        "A suspect was arrested half an hour later nearby.",
    )
    assert not conflicts
    assert agreed == [("30 minutes later", "half an hour later")]


def test_two_victims_lapses_are_two_peoples() -> None:
    conflicts, _ = story(
        "One man, 23, died two hours later. The other, 26, died the next day.",
        "A 23-year-old died two hours after the shooting. A 26-year-old man died the "
        "following day.",
    )
    assert not conflicts


def test_a_lapse_from_the_arrival_at_a_hospital_is_not_read() -> None:
    conflicts, _ = story(
        "He died shortly after arriving at the hospital.",
        "He died three days later at the hospital.",
    )
    assert not conflicts


def test_a_surrender_hours_later_against_ninety_minutes_later_is_a_conflict() -> None:
    conflicts, _ = story(
        "The gunman barricaded himself in a house. Hours later, he gave himself up.",
        "The gunman barricaded himself in a house. About 90 minutes later, he surrendered.",
    )
    assert conflicts == [({"Hours later"}, {"About 90 minutes later"})]


def test_a_surrender_hours_later_agrees_with_several_hours_later() -> None:
    conflicts, agreed = story(
        "The gunman barricaded himself in a house. Hours later, he gave himself up.",
        "The gunman barricaded himself in a house. Several hours later, he turned himself in.",
    )
    assert not conflicts
    assert agreed == [("Hours later", "Several hours later")]
