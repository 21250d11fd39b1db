"""A club named by its city on one side and by its nickname on the other is one club when either
article writes its full name: the same record bracketed after each half agrees, a different one
conflicts (invented games; the records stand in sentences that tell different moments, past the
lead, where no pass pairs two written scores)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Hawks edge Rivermen in overtime.\n"
    "The Denver Hawks beat the Rivermen 27-24 in overtime on Sunday.\n"
    "A field goal from 41 yards settled it after a long afternoon of punts.\n"
    "The crowd of 60,000 stayed to the end despite the cold.\n"
    "With a minute left in regulation, the rookie quarterback calmly marched Denver (9-6) down "
    "the field for the tying kick."
)


def _right(record: str, club: str = "Hawks") -> str:
    return (
        f"Overtime kick lifts the {club}.\n"
        f"The {club} needed overtime to see off a stubborn Rivermen side on Sunday.\n"
        "The kicker had missed twice earlier in the game.\n"
        "Coach Dana Moreno praised her defence after the game.\n"
        f"The {club} ({record}, 5-3 on the road) host the Pilots next week."
    )


def _record_agreements(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(left, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type is MentionType.NUMBER
    ]


def test_the_same_record_after_a_city_and_after_its_club_nickname_agrees() -> None:
    assert ({"9-6"}, {"9-6"}) in _record_agreements(LEFT, _right("9-6"))


def test_a_different_record_after_the_nickname_is_a_conflict() -> None:
    assert ({"9-6"}, {"10-5"}) in conflict_texts(compare_stories(LEFT, _right("10-5")))


def test_a_city_and_a_nickname_no_article_writes_together_are_not_one_club() -> None:
    left = LEFT.replace("The Denver Hawks", "The home side")
    assert ({"9-6"}, {"9-6"}) not in _record_agreements(left, _right("9-6", "Eagles"))
    assert not conflict_texts(compare_stories(left, _right("10-5", "Eagles")))
