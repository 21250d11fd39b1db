"""Two ordinals do not clash when an article names the other's too, before the same words: a
company's results give "the third quarter" just past and "the fourth quarter" forecast, and an
article that tells both in another order sets the two side by side, not two values of one."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Chipmaker's sales jump on AI demand\n\n"
    "Silicon Peak said on Wednesday its revenue rose 34 percent in the third quarter to $6.2 "
    "billion, driven by demand for chips used in artificial intelligence.\n\n"
    "The company expects revenue of about $7 billion in the fourth quarter. Its shares rose 8 "
    "percent after the announcement.\n"
)
RIGHT = (
    "Silicon Peak shares jump 8 percent\n\n"
    "Shares in Silicon Peak climbed 8 percent on Wednesday after the chipmaker forecast revenue "
    "of about $7 billion for the fourth quarter.\n\n"
    "Third-quarter revenue reached $6.2 billion, a rise of 34 percent on a year earlier.\n"
)


def test_a_forecast_for_the_next_quarter_never_clashes_with_the_quarter_reported() -> None:
    assert conflict_texts(compare_stories(LEFT, RIGHT)) == []


def test_a_changed_growth_of_the_quarter_is_still_a_conflict() -> None:
    right = RIGHT.replace("a rise of 34 percent", "a rise of 29 percent")
    assert ({"34 percent"}, {"29 percent"}) in conflict_texts(compare_stories(LEFT, right))
