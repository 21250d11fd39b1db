"""A thing named after someone or by its trademark is no name the other article must write:
"threw Molotov cocktails" is told by "threw petrol bombs", "used a Taser to subdue him" by "he
was tased", so neither "Molotov" nor "Taser" gets a yellow "only the right names it" mark. A
person called Molotov and the firm Taser International are names, and keep their marks
(hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "Rioters threw petrol bombs at a bank in the city centre on Tuesday night.\n"
    "The man who led them was tased by police and arrested."
)


def _right_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.RIGHT_ONLY for s in f.right}


def test_an_eponym_or_a_trademark_names_no_one() -> None:
    right = (
        "Rioters threw Molotov cocktails at a bank in the city centre on Tuesday night.\n"
        "Officers used a Taser to subdue the man who led them, and arrested him."
    )
    marks = _right_only(compare_stories(_LEFT, right))
    assert not any("Molotov" in m or "Taser" in m for m in marks)


def test_a_person_or_a_firm_of_that_name_keeps_its_mark() -> None:
    right = (
        "Rioters threw stones at a bank in the city centre on Tuesday night, spokesman Ivan "
        "Molotov said.\nThe man who led them was tased by police with a stun gun made by Taser "
        "International and arrested."
    )
    marks = _right_only(compare_stories(_LEFT, right))
    assert any("Molotov" in m for m in marks)
    assert any("Taser International" in m for m in marks)
