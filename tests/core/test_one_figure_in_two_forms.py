"""One figure written in two forms is one fact: a made-of-tried tally ("28-of-41") holds the
count the other side gives alone ("completed 28 passes"), a hedge that rounds both ways leaves a
sum the figure stated ("around $5.4 billion" / "about $5.4 billion"), and the digit of a
standard's name ("3G networks") counts nothing. Different figures stay apart."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories, conflict_texts, yellow

_PASSED = "Smith {} for 329 yards in the win on Sunday."
_TALLIED = _PASSED.format("finished 28-of-41")


def test_a_made_of_tried_tally_agrees_with_the_same_count_given_alone() -> None:
    report = compare_stories(_TALLIED, _PASSED.format("completed 28 passes"))
    assert "28" not in yellow(report), report.findings
    assert ({"28"}, {"28"}) in agreed_texts(report, MentionType.NUMBER)


def test_a_made_of_tried_tally_still_clashes_with_another_count() -> None:
    report = compare_stories(_TALLIED, _PASSED.format("completed 27 passes"))
    assert ({"28"}, {"27"}) in conflict_texts(report), report.findings


_DEAL_LEFT = "Acme has agreed to buy Widgetco, a maker of chips, for {} in cash.\n\n" + (
    "The deal was announced on Monday."
)
_DEAL_RIGHT = "Widgetco shares jumped on Monday.\n\n" + (
    "Acme is paying {} in the largest deal in its history."
)


def test_a_sum_hedged_two_ways_agrees_with_the_same_sum_hedged_otherwise() -> None:
    report = compare_stories(
        _DEAL_LEFT.format("around $5.4 billion"), _DEAL_RIGHT.format("about $5.4 billion")
    )
    assert ({"around $5.4 billion"}, {"about $5.4 billion"}) in agreed_texts(
        report, MentionType.MONEY
    ), report.findings


def test_a_hedged_sum_does_not_agree_with_another_hedged_sum() -> None:
    report = compare_stories(
        _DEAL_LEFT.format("around $5.4 billion"), _DEAL_RIGHT.format("about $5.9 billion")
    )
    assert not agreed_texts(report, MentionType.MONEY)
    assert {"around $5.4 billion", "about $5.9 billion"} <= set(yellow(report))


def test_a_sum_told_as_a_bound_is_not_agreed_with_the_sum_rounded() -> None:
    report = compare_stories(
        _DEAL_LEFT.format("nearly $5.4 billion"), _DEAL_RIGHT.format("about $5.4 billion")
    )
    assert not agreed_texts(report, MentionType.MONEY), report.findings


_MUSIC = "Subscribers can now download songs over WiFi{} on the phone, the company said Monday."


def test_the_digit_of_a_network_standard_is_no_figure_the_other_side_lacks() -> None:
    report = compare_stories(_MUSIC.format(" and 3G networks"), _MUSIC.format(""))
    assert not any(mark.startswith("3") for mark in yellow(report)), yellow(report)


def test_a_count_of_networks_is_still_a_figure_the_other_side_lacks() -> None:
    report = compare_stories(_MUSIC.format(" and three networks"), _MUSIC.format(""))
    assert "three" in yellow(report), report.findings
