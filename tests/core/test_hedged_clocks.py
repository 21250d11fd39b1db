"""A reporter who reckons the time on the 24-hour clock ("at about 2045 GMT", "around 1100 hrs",
"at around 2045 hrs") still gives a time of day, never a figure of some two thousand: it meets
the other article's "20:45 GMT" or "shortly before 9pm" at the precision both give. "for about
1500 hours" is a length of time and stays no clock."""

from __future__ import annotations

from desktop.core.datetimes.clock import clock_24_spans
from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

_QUAKE = (
    "Quake hits Sumatra\n\nA strong earthquake struck the Indonesian island of Sumatra {} on "
    "Sunday, officials said. The quake killed 12 people."
)


def _clocks(left: str, right: str) -> list[tuple[FindingKind, MentionType, set[str], set[str]]]:
    report = compare_texts(_QUAKE.format(left), _QUAKE.format(right), "2024-05-13")
    return [
        (f.kind, f.type, {s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.type in (MentionType.TIME, MentionType.NUMBER)
        and "12" not in {s.text for s in f.left + f.right}
    ]


def test_at_about_2045_gmt_is_the_time_the_other_gives_as_20_45_gmt() -> None:
    # The tagger reads "about 2045" here as a figure of some two thousand.
    story = "Quake hits Sumatra\n\nThe quake struck at {} on Sunday. It killed 12 people."
    report = compare_texts(story.format("about 2045 GMT"), story.format("20:45 GMT"), "2024-05-13")
    found = [
        (f.kind, f.type, {s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if any("20" in s.text for s in f.left + f.right) and f.type is not MentionType.STATEMENT
    ]
    assert found == [(FindingKind.AGREE, MentionType.TIME, {"about 2045 GMT"}, {"20:45 GMT"})], (
        found
    )


def test_around_1100_hrs_is_a_time_that_agrees_with_11_am() -> None:
    found = _clocks("around 1100 hrs", "11 a.m.")
    assert found == [(FindingKind.AGREE, MentionType.TIME, {"around 1100 hrs"}, {"11 a.m."})], found


def test_around_1100_hrs_clashes_with_3_pm_as_a_time_not_a_figure() -> None:
    found = _clocks("around 1100 hrs", "at 3 p.m.")
    assert [(kind, type_) for kind, type_, _, _ in found] == [
        (FindingKind.CONFLICT, MentionType.TIME)
    ], found


def test_at_around_2045_hrs_meets_shortly_before_9pm() -> None:
    found = _clocks("at around 2045 hrs", "shortly before 9pm")
    assert [(kind, type_) for kind, type_, _, _ in found] == [
        (FindingKind.AGREE, MentionType.TIME)
    ], found


def test_the_zone_after_a_clock_in_hours_is_the_clocks_own_not_a_page_stamp() -> None:
    found = _clocks("about 1100 hrs IST", "around 11 a.m.")
    assert found == [
        (FindingKind.AGREE, MentionType.TIME, {"about 1100 hrs IST"}, {"around 11 a.m."})
    ], found


def test_a_hedged_length_of_hours_is_no_clock() -> None:
    for text in (
        "He was sentenced to about 1500 hours of community service.",
        "Crews worked for about 1500 hours on the roof.",
    ):
        assert clock_24_spans(text) == [], text
