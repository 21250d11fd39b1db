"""A span of years is told by the year that ends it, for the same person.

One obituary says "the first marriage to Navy man Billy Neal lasted from 1943 to 1947", the other
that "she divorced Neal in 1947". The marriage that lasted until 1947 is the one that ended in
divorce in 1947: the second article tells the span at the precision it gives, so no yellow mark
says it lacks it. A divorce in 1948 ends no span of 1943 to 1947, and the span stays marked.
"""

from __future__ import annotations

from tests.factories import compare_stories, marks_of

_SPAN = (
    "Pin-up icon dies at 85\n\n"
    "Bettie Page, the pin-up model of the 1950s, died Thursday in Los Angeles.\n\n"
    "Page married twice; the first marriage to Navy man Billy Neal lasted from 1943 to 1947.\n\n"
    "She later lived quietly in California."
)
_END = (
    "Bettie Page dead at 85\n\n"
    "Bettie Page, whose photographs defined the pin-up era, died Thursday in Los Angeles.\n\n"
    "Her modeling career began after she divorced Neal in 1947 and met a photographer.\n\n"
    "She spent her last years in California."
)


def test_a_marriage_lasting_to_1947_is_told_by_the_divorce_in_1947() -> None:
    assert not marks_of(compare_stories(_SPAN, _END), "1943 to 1947")


def test_a_divorce_in_another_year_does_not_tell_the_span() -> None:
    assert marks_of(compare_stories(_SPAN, _END.replace("1947", "1948")), "1943 to 1947")


def test_the_year_of_another_persons_doing_does_not_tell_the_span() -> None:
    other = _END.replace("divorced Neal", "met Hugh Hefner")
    assert marks_of(compare_stories(_SPAN, other), "1943 to 1947")
