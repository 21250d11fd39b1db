"""A time hung on a noun of report dates the telling: in "said the fire chief at a briefing at 6
p.m.", 6 p.m. is when the chief spoke, so it is never set against the other article's "the search
was completed at 4 a.m." (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _crash(sentence: str) -> str:
    return (
        "Train derails near Harrow Junction\n\n"
        "A passenger train left the rails near Harrow Junction on Saturday, killing nine people. "
        f"{sentence}"
    )


RIGHT = _crash("Fire chief Ann Weller said the search of the wreckage was completed at 4 a.m.")


def test_a_briefings_time_is_no_time_of_the_search() -> None:
    left = _crash(
        '"We are still searching the last carriage," said fire chief Ann Weller at a briefing '
        "near the site at 6 p.m."
    )
    assert conflict_texts(compare(left, RIGHT)) == []


def test_two_times_of_the_search_still_clash() -> None:
    left = _crash("Fire chief Ann Weller said the search of the wreckage was completed at 6 a.m.")
    assert ({"6 a.m."}, {"4 a.m."}) in conflict_texts(compare(left, RIGHT))
