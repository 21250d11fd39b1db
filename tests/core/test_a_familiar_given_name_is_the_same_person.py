"""One article names a dead officer "state Senior Trooper William Calloway", the other "bomb
technician Bill Calloway": Bill is what a William is called, so one man is named two ways, and no
yellow mark on either side says the other article never names him (the tagger keeps the rank in
the first name, so the surname alone does not join them). Where the other article names "Richard
Calloway" instead, that is another given name, and the marks stay.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Two officers killed in bank blast\n\n"
    "Police Capt. Ray Dunmore and state Senior Trooper William Calloway, both 49, died at the "
    "scene of the explosion on Friday."
)
_RIGHT = (
    "Bomb kills officers at bank\n\n"
    "A police captain, Ray Dunmore, and state police bomb technician Bill Calloway were killed "
    "in the blast on Friday."
)


def test_bill_calloway_is_william_calloway() -> None:
    report = compare_texts(_LEFT, _RIGHT, "2008-12-14")
    assert not marks(report, "William Calloway")
    assert not marks(report, "Bill Calloway")


def test_richard_calloway_is_not_william_calloway() -> None:
    right = _RIGHT.replace("Bill Calloway", "Richard Calloway")
    report = compare_texts(_LEFT, right, "2008-12-14")
    assert marks(report, "William Calloway")
    assert marks(report, "Richard Calloway")
