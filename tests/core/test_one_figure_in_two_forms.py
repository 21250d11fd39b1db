"""One figure written in two forms is one fact: a made-of-tried tally ("28-of-41") holds the
count the other side gives alone ("completed 28 passes"), a unit spelled out is the unit
abbreviated ("9-millimeter" / "9 mm"), and the digit of a standard's name ("3G networks") counts
nothing. Different figures stay apart."""

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


_MUSIC = "Subscribers can now download songs over WiFi{} on the phone, the company said Monday."


def test_the_digit_of_a_network_standard_is_no_figure_the_other_side_lacks() -> None:
    report = compare_stories(_MUSIC.format(" and 3G networks"), _MUSIC.format(""))
    assert not any(mark.startswith("3") for mark in yellow(report)), yellow(report)


def test_a_count_of_networks_is_still_a_figure_the_other_side_lacks() -> None:
    report = compare_stories(_MUSIC.format(" and three networks"), _MUSIC.format(""))
    assert "three" in yellow(report), report.findings


_MAGAZINES = "Police found a backpack with bullets and {} magazines in the car on Tuesday."


def test_a_calibre_spelled_out_is_the_calibre_abbreviated() -> None:
    report = compare_stories(_MAGAZINES.format("two 9-millimeter"), _MAGAZINES.format("9 mm"))
    assert not {"9", "9-millimeter", "9 mm"} & set(yellow(report)), yellow(report)


def test_a_calibre_spelled_out_is_still_a_figure_the_other_side_lacks() -> None:
    report = compare_stories(_MAGAZINES.format("two 9-millimeter"), _MAGAZINES.format("two"))
    assert "9-millimeter" in yellow(report), report.findings
