"""bench.yellow_causes classes each yellow mark inside a gold agreement by the structure around
it: these hand-made reports pin the classes."""

from __future__ import annotations

from dataclasses import replace

from bench.yellow_causes import (
    ABSENT,
    SAME_TYPE_ALIGNED,
    SELF_CONTRADICTION,
    SENTENCE_UNALIGNED,
    cause_of,
)
from desktop.core.model import (
    AlignedPair,
    Finding,
    Mention,
    MentionType,
    Report,
    Sentence,
    Side,
    TextRange,
)
from tests.factories import finding, report

TEXTS = (
    "The ferry sank off Bali on Sunday. Divers searched the hull.",
    "The ferry went down near Lombok on Monday. Rescuers are still searching.",
)


def _mention(text: str, phrase: str, type_: MentionType) -> Mention:
    start = text.index(phrase)
    return Mention(start, start + len(phrase), phrase, type_, phrase, f"e:{phrase}")


def _sentences(text: str) -> tuple[Sentence, ...]:
    cut = text.index(". ") + 1
    return (Sentence(0, cut), Sentence(cut + 1, len(text)))


def _report(findings: list[Finding], aligned: bool) -> Report:
    base = report(TEXTS, findings)
    left = replace(
        base.left,
        sentences=_sentences(TEXTS[0]),
        mentions=(
            _mention(TEXTS[0], "Bali", MentionType.PLACE),
            _mention(TEXTS[0], "Sunday", MentionType.DATE),
        ),
    )
    right = replace(
        base.right,
        sentences=_sentences(TEXTS[1]),
        mentions=(_mention(TEXTS[1], "Monday", MentionType.DATE),),
    )
    first = (TextRange(0, TEXTS[0].index(". ") + 1), TextRange(0, TEXTS[1].index(". ") + 1))
    alignment = (AlignedPair(first[0], first[1], 0.7),) if aligned else ()
    return replace(base, left=left, right=right, alignment=alignment)


def _cause(mark: Finding, others: list[Finding], aligned: bool = True) -> str:
    return cause_of(_report([mark, *others], aligned), mark, Side.LEFT, mark.left)


def test_a_mark_under_an_agree_finding_contradicts_it() -> None:
    mark = finding(TEXTS, "y", "left_only", "date", left=["Sunday"])
    agree = finding(TEXTS, "a", "agree", "statement", ["The ferry sank off Bali on Sunday."])
    assert _cause(mark, [agree]) == SELF_CONTRADICTION


def test_a_date_against_a_date_in_the_aligned_sentence_is_told_there() -> None:
    mark = finding(TEXTS, "y", "left_only", "date", left=["Sunday"])
    assert _cause(mark, []) == SAME_TYPE_ALIGNED
    assert _cause(mark, [], aligned=False) == ABSENT


def test_a_place_the_aligned_sentence_has_no_place_for_is_absent() -> None:
    mark = finding(TEXTS, "y", "left_only", "place", left=["Bali"])
    assert _cause(mark, []) == ABSENT


def test_a_whole_sentence_nothing_aligns_with() -> None:
    mark = finding(TEXTS, "y", "left_only", "statement", left=["Divers searched the hull."])
    assert _cause(mark, []) == SENTENCE_UNALIGNED
