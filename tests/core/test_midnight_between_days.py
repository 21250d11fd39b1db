"""A truce that starts "at midnight on Saturday" in one article and "at 0000 local time on
Sunday" in the other starts at one moment, where Saturday turns into Sunday: an agreement, not a
conflict on the day. Midnight against a day two days on, or 6 a.m. on two days, still conflicts
(hand-written texts)."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, day_conflicts

LEFT = (
    "A ceasefire in eastern Ukraine came into force at midnight on Saturday. The truce requires "
    "both sides to withdraw heavy weapons within two weeks. The army said two soldiers were "
    "killed in the hours before it took effect."
)


def _right(moment: str) -> str:
    return (
        f"The ceasefire in the east of Ukraine took effect at 0000 local time on {moment}. Under "
        "the deal, heavy weapons must "
        "be pulled back within 14 days. Kiev said two of its soldiers died in the hours before "
        "the truce."
    )


def test_midnight_on_saturday_is_the_start_of_sunday() -> None:
    report = compare_stories(LEFT, _right("Sunday"))
    assert not day_conflicts(report)
    assert ({"Saturday"}, {"Sunday"}) in agreed_texts(report)


def test_midnight_two_days_apart_still_conflicts() -> None:
    assert day_conflicts(compare_stories(LEFT, _right("Monday")))


def test_a_morning_hour_on_two_days_still_conflicts() -> None:
    left = LEFT.replace("at midnight on Saturday", "at 6 a.m. on Saturday")
    right = _right("Sunday").replace("at 0000 local time", "at 0600 local time")
    assert day_conflicts(compare_stories(left, right))
