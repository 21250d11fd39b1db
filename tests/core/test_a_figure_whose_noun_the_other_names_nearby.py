"""A reporter's season line against another's: "two touchdown rushing and caught 29 passes" /
"two touchdowns ... 29 catches". The parser hangs each figure on another noun ("rushing",
"pass"), but the words around one figure name what the other counts, so neither figure is
shown as only in one article. Belts and hooks still count apart
(test_a_figure_counting_another_thing.py)."""

from tests.factories import compare_stories, yellow


def test_two_touchdowns_and_29_catches_are_told_in_other_words() -> None:
    report = compare_stories(
        "Thomas finished the season with 269 yards and two touchdown rushing and caught 29 "
        "passes for 201 yards.",
        "Thomas had only 269 yards and two touchdowns on 83 carries and another 201 yards on 29 "
        "catches this season.",
    )
    marks = yellow(report)
    assert "two" not in marks and "29" not in marks, marks
    assert "83" in marks  # the carries only the right counts
