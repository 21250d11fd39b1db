"""Quoted words a naming participle introduces are a title, not anyone's words: 'A film called
"The Long Lonely Road" was released in 2005, which told the singer's story' names a film, so a
sister's "She walked the long road alone" is no misquote of it; two wordings of the sister's
quote still are (hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType, Report

_OPENING = (
    "Mae Cole, the singer, died on Monday at her home in Elmdale. She was 84. "
    'A film called "The Long Lonely Road" was released in 2005, which told the singer\'s story '
    "between the 1950s and the 1970s."
)
_SISTER = (
    '"She walked the long road alone, which became part of the story," her sister Ann Cole said.'
)


def _quote_conflicts(left: str, right: str) -> list[str]:
    report: Report = compare_documents(
        Document(source="left.txt", text="Singer remembered\n\n" + left, date="2024-05-07"),
        Document(source="right.txt", text="Elmdale singer dies\n\n" + right, date="2024-05-07"),
    )
    return [
        f.reason
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.QUOTE
    ]


def test_a_film_called_by_its_title_is_no_misquote_of_a_sisters_words() -> None:
    right = "Mae Cole, the singer, died on Monday at her home in Elmdale. She was 84. " + _SISTER

    assert _quote_conflicts(_OPENING, right) == []


def test_two_wordings_of_the_sisters_quote_are_still_a_misquote() -> None:
    right = "Mae Cole, the singer, died on Monday at her home in Elmdale. She was 84. " + (
        _SISTER.replace("part of the story", "the heart of the story")
    )

    assert _quote_conflicts(_OPENING + " " + _SISTER, right), "a changed quote stays a conflict"
