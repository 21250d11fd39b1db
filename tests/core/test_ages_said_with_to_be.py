"""A figure said of a person with "to be" is their age: "She was 91." agrees with "died at the
age of 91", and "The toll was 91." stays a count."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts


def _age_agreements(left: str, right: str) -> list[str]:
    report = compare_texts(left, right, "2024-05-11")
    return [
        s.text
        for f in report.findings
        if f.kind is FindingKind.AGREE and "age" in f.reason
        for s in f.right
    ]


def test_she_was_91_agrees_with_died_at_the_age_of_91() -> None:
    found = _age_agreements(
        "Swimming star dies\n\nThe swimmer and actress died in her sleep on Thursday at the "
        "age of 91, her spokesman said.",
        "Swimming star dies\n\nThe swimmer and actress died peacefully on Thursday, her "
        "publicist said. She was 91.",
    )
    assert "91" in found, found


def test_a_toll_that_was_91_is_no_age() -> None:
    found = _age_agreements(
        "Flood in the valley\n\nThe oldest victim of the flood died on Thursday at the age of "
        "91, officials said.",
        "Flood in the valley\n\nThe flood struck the valley on Thursday, officials said. The "
        "toll was 91.",
    )
    assert not found, found
