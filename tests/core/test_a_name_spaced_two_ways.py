"""A name taken into English from another script, spaced two ways: "a factory in Kirti Nagar" /
"a factory in Kirtinagar". The same letters in the same order name the same place, so neither
side carries a yellow "only one names it" mark; a place with other letters ("Mangolpuri") keeps
the mark (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, one_sided_texts

_LEFT = (
    "Five people were hurt when a fire broke out in a shoe factory early on Thursday.\n"
    "Seven fire engines were sent to the spot.\n"
    "Shop owners in Kirti Nagar said the lane is too narrow for fire engines."
)


def _right(place: str) -> str:
    return (
        f"A fire broke out in a shoe factory in {place} early on Thursday, injuring five"
        " people.\n"
        "Seven fire engines were rushed to the spot."
    )


def test_a_place_closed_up_into_one_word_is_named_on_both_sides() -> None:
    marks = one_sided_texts(compare_stories(_LEFT, _right("Kirtinagar")))
    assert "Kirti Nagar" not in marks and "Kirtinagar" not in marks


def test_a_place_with_other_letters_keeps_its_mark() -> None:
    report = compare_stories(_LEFT, _right("Mangolpuri"))
    marks = one_sided_texts(report)
    assert ("Kirti Nagar" in marks and "Mangolpuri" in marks) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )
