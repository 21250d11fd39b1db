"""An hour told by its part of the day with a hedge before it ("about 3 in the morning") is a
clock time, as "around 3 a.m." is: the tagger reads "about 3" as a figure and leaves the rest, so
the two never met. The same hour agrees; an hour two away conflicts."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts, yellow

_FIRE = "The fire broke out {when} on Sunday at an apartment block in Lyon. Eight people were hurt."


def test_about_three_in_the_morning_is_around_3_am() -> None:
    report = compare_texts(
        _FIRE.format(when="around 3 a.m."), _FIRE.format(when="at about 3 in the morning")
    )
    assert ({"around 3 a.m."}, {"about 3 in the morning"}) in agreed_texts(report)
    assert not yellow(report)


def test_about_seven_in_the_morning_is_not_around_10_am() -> None:
    report = compare_texts(
        _FIRE.format(when="at about seven in the morning"), _FIRE.format(when="around 10 a.m.")
    )
    assert ({"about seven in the morning"}, {"around 10 a.m."}) in conflict_texts(report)
