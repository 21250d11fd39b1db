""" "Hugh" on both sides is no agreement when one article's Hugh is Hugh Jackman and the other's
Hugh Moreau: a name written alone stands for the person its article names in full with it."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_LEFT = (
    "Oscars host\n\nHugh Jackman will host the Oscars, the academy said on Friday. "
    "Hugh said he was thrilled.\n"
)


def _agreed_names(left: str, right: str) -> list[str]:
    report = compare_stories(left, right)
    return [
        s.text
        for f in report.findings
        if f.kind is FindingKind.AGREE and not f.is_statement
        for s in f.left
    ]


def test_two_different_hughs_are_not_shown_as_one_person_agreed() -> None:
    agreed = _agreed_names(
        _LEFT,
        "Oscars host\n\nProducer Hugh Moreau said a star would host the Oscars. "
        "Hugh said the choice was made on Friday.\n",
    )
    assert "Hugh" not in agreed, agreed


def test_the_same_hugh_on_both_sides_still_agrees() -> None:
    agreed = _agreed_names(
        _LEFT, "Oscars host\n\nHugh Jackman will host the Oscars. Hugh said he was thrilled.\n"
    )
    assert "Hugh Jackman" in agreed, agreed
