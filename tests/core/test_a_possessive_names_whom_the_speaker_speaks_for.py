"""A name in the possessive says whom a speaker speaks for, not who speaks: "Hale's rep" and "the
actress's rep Tom Ward" may be one person, so the same words under the two are no misattribution;
two reps of two named people still are (hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType

_QUOTE = '"Ann Hale has checked herself into a treatment center in Malibu and asks for privacy,"'


def _quote_kinds(left_speaker: str, right_speaker: str) -> list[FindingKind]:
    report = compare_documents(
        Document(
            source="left.txt",
            text=f"Actress in rehab\n\n{_QUOTE} {left_speaker} told reporters on Monday.",
            date="2024-05-07",
        ),
        Document(
            source="right.txt",
            text=f"Hale checks into rehab\n\n{_QUOTE} {right_speaker} said on Monday.",
            date="2024-05-07",
        ),
    )
    return [f.kind for f in report.findings if f.type is MentionType.QUOTE]


def test_a_rep_named_by_whom_she_speaks_for_may_be_the_rep_named_by_name() -> None:
    assert FindingKind.CONFLICT not in _quote_kinds("Hale's rep", "the actress's rep Tom Ward")


def test_the_reps_of_two_named_people_are_two_speakers() -> None:
    assert FindingKind.CONFLICT in _quote_kinds("Hale's rep", "Jo Moss's rep")
