"""A mayor's statement printed by two outlets: one writes the clock time "6:41pm PST", the other
"18:41"; one prints "5%", the other "5 per cent"; one slips in an "of" or writes "this" for
"the". A journalist calls each the same quote, never a misquote. A changed hour, another time
zone, a preposition swapped for another, a changed noun or a dropped "not" still is one."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from desktop.core.quoting.quote_forms import clock_times, written_alike
from tests.factories import compare_stories


def _quote_kinds(report: Report) -> list[FindingKind]:
    return [f.kind for f in report.findings if f.type is MentionType.QUOTE]


def _story(quote: str) -> str:
    return (
        "Fire destroys Millbrook town hall\n\n"
        "A fire destroyed the town hall in Millbrook on Thursday. "
        f'"{quote}," Mayor Ellen Varga said in a statement.'
    )


CLOCK_LEFT = _story("The alarm reached our station at 6:41pm PST and the crews were there quickly")
SHARE_LEFT = _story("Our budget for the repairs went up by 5% and the council will vote on it")
OF_LEFT = _story("The damage the fire left behind is far worse than the damage the storm caused")
THE_LEFT = _story("Nothing in the plan stops the families from going back to their homes soon")


def _same_quote(left: str, right: str) -> None:
    report = compare_stories(left, right)
    assert FindingKind.CONFLICT not in _quote_kinds(report)
    assert FindingKind.AGREE in _quote_kinds(report)


def _misquote(left: str, right: str) -> None:
    assert FindingKind.CONFLICT in _quote_kinds(compare_stories(left, right))


def test_a_clock_time_written_two_ways_is_one_quote() -> None:
    _same_quote(
        CLOCK_LEFT,
        _story("The alarm reached our station at 18:41 and the crews were there quickly"),
    )


def test_another_hour_in_the_quote_is_still_a_misquote() -> None:
    _misquote(
        CLOCK_LEFT,
        _story("The alarm reached our station at 19:41 and the crews were there quickly"),
    )


def test_two_time_zones_are_two_times() -> None:
    assert not written_alike(["@18:41", "pst"], ["@18:41", "est"])
    assert written_alike(["@18:41", "pst"], ["@18:41"])


def test_clock_times_read_as_one_token() -> None:
    text = "at 2:30 p.m. or 2.30pm, 14:30, 0230 GMT, 6:41 and 2.30 million"
    tokens = [c.token for c in clock_times(text, 0, len(text))]
    assert tokens == ["@14:30", "@14:30", "@14:30", "@02:30", "@~06:41"]


def test_a_share_as_a_sign_or_in_words_is_one_quote() -> None:
    _same_quote(
        SHARE_LEFT,
        _story("Our budget for the repairs went up by 5 per cent and the council will vote on it"),
    )


def test_another_share_is_still_a_misquote() -> None:
    _misquote(
        SHARE_LEFT,
        _story("Our budget for the repairs went up by 15 per cent and the council will vote on it"),
    )


def test_an_of_one_outlet_slips_in_is_one_quote() -> None:
    _same_quote(
        OF_LEFT,
        _story("The damage the fire left behind is far worse than the damage of the storm caused"),
    )


def test_a_preposition_swapped_for_another_is_still_a_misquote() -> None:
    assert not written_alike(["to"], ["from"])
    _misquote(
        OF_LEFT,
        _story("The damage the fire left behind is far worse than the damage the flood caused"),
    )


def test_this_for_the_is_one_quote() -> None:
    _same_quote(
        THE_LEFT,
        _story("Nothing in this plan stops the families from going back to their homes soon"),
    )


def test_a_dropped_not_or_a_quantifier_for_the_is_still_a_misquote() -> None:
    assert not written_alike(["not"], [])
    assert not written_alike(["the"], ["no"])
    _misquote(
        THE_LEFT,
        _story("Nothing in all plan stops the families from going back to their homes soon"),
    )
