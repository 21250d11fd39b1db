""" "Hamilton finished third" / "Hamilton took fourth place": an ordinal after a verb of
finishing is a finishing place, as "fourth place" is, and the two clash; "came in third" is
third place too. An ordinal that follows no such verb still ranks nothing."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = "Race\n\nLewis Hamilton finished third in the Monaco Grand Prix on Sunday.\n"


def test_finished_third_is_not_fourth_place() -> None:
    report = compare_stories(
        LEFT, "Race\n\nHamilton took fourth place at the Monaco Grand Prix on Sunday.\n"
    )
    assert ({"third"}, {"fourth place"}) in conflict_texts(report)


def test_came_in_third_is_third_place() -> None:
    report = compare_stories(
        "Race\n\nLewis Hamilton came in third at the Monaco Grand Prix on Sunday.\n",
        "Race\n\nHamilton took third place at the Monaco Grand Prix on Sunday.\n",
    )
    assert conflict_texts(report) == []
    report = compare_stories(
        "Race\n\nLewis Hamilton came in fifth at the Monaco Grand Prix on Sunday.\n",
        "Race\n\nHamilton took third place at the Monaco Grand Prix on Sunday.\n",
    )
    assert ({"fifth"}, {"third place"}) in conflict_texts(report)


def test_finished_third_is_not_finished_second() -> None:
    report = compare_stories(
        "Race\n\nThompson, who finished third in Bern on Saturday, said little afterwards.\n",
        "Race\n\nThompson, who finished second in Bern on Saturday, said little afterwards.\n",
    )
    assert ({"third"}, {"second"}) in conflict_texts(report)
