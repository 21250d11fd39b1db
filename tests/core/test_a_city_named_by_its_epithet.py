"""One sports page says the manager had two losing seasons "in the Windy City", the other that
"the Chicago club" fired him: the Windy City is Chicago, named another way, so no yellow mark
says the second article never names the place. Where the other article's club is in Boston, it
never names Chicago, and the epithet keeps its mark.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Manager fired after slow start\n\n"
    "Tom Keller was fired on Sunday after two losing seasons as manager in the Windy City, "
    "the club said."
)
_RIGHT = (
    "Club dismisses Keller\n\n"
    "The Chicago club fired manager Tom Keller on Sunday after two losing seasons, it said in a "
    "statement."
)


def test_the_windy_city_is_chicago() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2014-06-02")
    assert not marks(report, "Windy City")


def test_the_windy_city_is_not_boston() -> None:
    report = compare_texts(_LEFT, _RIGHT.replace("Chicago", "Boston"), "2014-06-02")
    assert marks(report, "Windy City")
