"""One article says deputies found "more than 20" rifle bullets and "more than ten" shotgun shells
in a barn, the other lists 24 rifle bullets and 12 shotgun shells among what they found: both
tell the find and its size, one at a bound and one as a figure inside it, so no count is yellow.
Where the other article lists 8 bullets and 9 shells, below both bounds, no count is one both
articles give, and the marks stay.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Weapons seized at ranch\n\n"
    "Deputies searching the ranch found three rifles, a shotgun, more than 20 rifle bullets and "
    "more than ten shotgun shells in a barn, the sheriff said."
)
_RIGHT = (
    "Rifles taken in ranch raid\n\n"
    "According to a sheriff's report, deputies found three rifles and a shotgun along with 24 "
    "rifle bullets, two scopes and 12 shotgun shells, a tent and a radio."
)


def test_bounds_and_the_figures_inside_them_are_one_count() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2018-09-12")
    for count in ("more than 20", "more than ten", "24", "12"):
        assert not marks(report, count), count


def test_figures_below_the_bounds_tell_nothing_of_them() -> None:
    right = _RIGHT.replace("24 rifle", "8 rifle").replace("12 shotgun", "9 shotgun")
    report = compare_texts(_LEFT, right, "2018-09-12")
    for count in ("more than 20", "more than ten", "8", "9"):
        assert marks(report, count), count
