"""One article says a bank guard "fired at least one shot" at a fleeing robber, the other that
the guard drew his pistol and fired it: "at least one" gives no figure, it says the shot was
fired, and the other article says so too, so it carries no yellow mark. "At least one customer
was hurt" beside a sentence that tells the shot but no one hurt is a fact the other article does
not report, and keeps its mark.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Guard fires at bank robber\n\n"
    "A security guard at the Main Street branch drew his pistol on Tuesday and fired it at a "
    "robber running from the bank, police said."
)
_RIGHT = (
    "Shots fired in bank robbery\n\n"
    "A security guard at the Main Street branch fired at least one shot on Tuesday at a robber "
    "running from the bank, police said."
)


def test_at_least_one_shot_is_told_by_firing_the_pistol() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2019-03-06")
    assert not marks(report, "at least one")


def test_at_least_one_customer_hurt_is_not_told_by_the_shot() -> None:
    right = _RIGHT.replace(
        "fired at least one shot on Tuesday",
        "fired on Tuesday, and at least one customer was hurt,",
    )
    report = compare_texts(_LEFT, right, "2019-03-06")
    assert marks(report, "at least one")
