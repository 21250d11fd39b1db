"""A Canadian province as Canadian datelines abbreviate it ("Waterloo, Ont.") is the province
the other article writes in full ("Waterloo, Ontario"): no person, no yellow mark. A province
the other article never names keeps its mark (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import left_only_types

DEAL = "A chip maker agreed on Monday to buy a software firm for $3 billion.\n\n"


def test_an_abbreviated_province_is_told_by_its_full_name() -> None:
    left = DEAL + "The firm, based in Waterloo, Ont., employs 900 people.\n\n"
    right = DEAL + "The firm has its headquarters in Waterloo, Ontario, with 900 staff.\n\n"
    assert left_only_types(left, right, "Ont") == set()


def test_an_abbreviated_province_the_other_never_names_keeps_its_mark() -> None:
    left = DEAL + "The firm, based in Waterloo, Ont., employs 900 people.\n\n"
    right = DEAL + "The firm employs 900 people.\n\n"
    assert left_only_types(left, right, "Ont") == {MentionType.PLACE}
