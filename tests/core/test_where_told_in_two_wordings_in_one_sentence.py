"""Two sentences telling one happening, each saying where in its own words ("at Wembley Stadium" /
"in London", or a dateline "LEEDS, England -" / "at Elland Road"), tell the same where: neither place is shown as one the other article lacks. A
figure in the other sentence ("before 40,000 fans") says no where, a sentence with no place at
all leaves the place one-sided, and a senator's state ("Utah Senator Bob Dane", "Ann Cole,
R-Ohio") says whom, not where anything happened."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_HEAD = "Klein keeps his title\n\n"
_LEFT = (
    _HEAD
    + "Tomas Klein stopped Ray Duval in the seventh round at Wembley Stadium on Saturday night.\n"
)


def test_a_venue_and_a_city_in_one_told_sentence_are_no_yellow_marks() -> None:
    right = (
        _HEAD + "Tomas Klein stopped Ray Duval in the seventh round in London on Saturday night.\n"
    )
    marks = yellow(compare_stories(_LEFT, right))
    assert "Wembley Stadium" not in marks and "London" not in marks, marks


def test_a_crowd_figure_against_a_venue_leaves_both_one_sided() -> None:
    right = (
        _HEAD + "Tomas Klein stopped Ray Duval in the seventh round before 40,000 fans on Saturday "
        "night.\n"
    )
    marks = yellow(compare_stories(_LEFT, right))
    assert "Wembley Stadium" in marks and "40,000" in marks, marks


def test_a_venue_the_other_sentence_never_places_stays_one_sided() -> None:
    right = _HEAD + "Tomas Klein stopped Ray Duval in the seventh round on Saturday night.\n"
    assert "Wembley Stadium" in yellow(compare_stories(_LEFT, right))


def test_two_senators_states_say_whom_not_where() -> None:
    marks = yellow(
        compare_stories(
            "Senator Ann Cole, R-Ohio, tested positive for the virus on Sunday.\n",
            "Utah Senator Bob Dane will self-quarantine after Senator Ann Cole tested positive for "
            "the virus on Sunday.\n",
        )
    )
    assert "Ohio" in marks and "Utah" in marks, marks


def test_a_venue_against_the_other_articles_dateline_is_no_yellow_mark() -> None:
    left = (
        _HEAD + "LEEDS, England - Tomas Klein stopped Ray Duval in the seventh round on Saturday "
        "night.\n"
    )
    right = (
        _HEAD
        + "Tomas Klein stopped Ray Duval in the seventh round at Elland Road on Saturday night.\n"
    )
    marks = yellow(compare_stories(left, right))
    assert "Elland Road" not in marks and "England" not in marks, marks
