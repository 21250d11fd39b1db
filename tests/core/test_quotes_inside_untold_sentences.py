"""A sentence only one article tells, holding a quote, is more than the quote when it says more
than the quote and who said it: the quote finding marks the diagnosis told after the quoted
words too (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts as compare

HEADLINE = "Pin-up legend Jane Doe dies at 85\n\n"
DIED = "Pin-up legend Jane Doe died on Thursday in Los Angeles at the age of 85.\n\n"
LEFT = HEADLINE + DIED + "She later became a born-again Christian and worked for a church ministry."


def _right_only_marks(right: str) -> dict[MentionType, list[str]]:
    marks: dict[MentionType, list[str]] = {}
    for f in compare(LEFT, right).findings:
        if f.kind is FindingKind.RIGHT_ONLY:
            marks.setdefault(f.type, []).extend(s.text for s in f.right)
    return marks


def test_a_diagnosis_told_after_a_quote_is_marked_beside_the_quote() -> None:
    right = (
        HEADLINE + DIED + 'Doe went through "some mental instability and violent mood swings" and '
        "was eventually diagnosed as a paranoid schizophrenic, according to her biography."
    )
    quote = _right_only_marks(right)[MentionType.QUOTE]
    assert quote[0] == "some mental instability and violent mood swings"
    assert any("paranoid schizophrenic" in s for s in quote[1:])


def test_a_sentence_of_a_quote_and_its_speaker_is_the_quote_finding_alone() -> None:
    right = (
        HEADLINE + DIED + '"She was a remarkable lady and a true icon of her time," her agent '
        "Mark Roesler said."
    )
    marks = _right_only_marks(right)
    assert MentionType.STATEMENT not in marks
    assert not any("said" in s for s in marks[MentionType.QUOTE])
