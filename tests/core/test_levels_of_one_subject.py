"""A figure that gives the level of a subject ("turnout reached 93.87 percent", "turnout was
almost 90%") is compared with the other article's level of the same subject, however different
the words around the two."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2008-12-15")


def conflicts(left: str, right: str) -> list[str]:
    report = compare_documents(doc(left), doc(right))
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


LEFT = (
    "Turkmenistan holds its first parliamentary election under the new constitution.\n\n"
    "Authorities said turnout reached 93.87 percent in the election for the 125-seat "
    "parliament on Sunday."
)


def test_a_turnout_above_ninety_clashes_with_a_turnout_of_almost_ninety() -> None:
    right = (
        "Turkmenistan votes in a parliamentary election under the new constitution.\n\n"
        "The Central Election Commission said that turnout was almost 90%."
    )
    found = conflicts(LEFT, right)
    assert found and "93.87" in found[0] and "almost 90%" in found[0]


def test_the_same_turnout_in_other_words_is_no_conflict() -> None:
    right = (
        "Turkmenistan votes in a parliamentary election under the new constitution.\n\n"
        "The Central Election Commission said that turnout stood at 93.87 percent."
    )
    assert not conflicts(LEFT, right)


def test_a_level_of_another_subject_is_not_compared() -> None:
    right = (
        "Turkmenistan votes in a parliamentary election under the new constitution.\n\n"
        "The commission said that support for the president was almost 90%."
    )
    assert not conflicts(LEFT, right)
