"""A quote one article prints in double marks is reported by the other when it quotes part of
the same words between single marks, the British house style ('..., ' said the neighbour): the
sentences it reports lose their one-sided mark, the ones it never gives keep it. Apostrophes in
the other's own narrative quote nothing (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, TextRange
from desktop.core.quoting.quote_told import sentence_pieces
from desktop.core.quoting.single_quotes import single_quoted_stretches
from tests.factories import compare_texts as compare

HEADLINE = "Two found dead in a terraced house in Kendal\n\n"
LEAD = "Police found the bodies of two women in a terraced house in Kendal on Sunday.\n\n"
QUOTE = (
    '"I heard shouting late at night. It sounded like someone arguing over a broken window," '
    "a neighbour said.\n\n"
)


def _one_sided_quotes(left: str, right: str) -> list[str]:
    return [
        s.text
        for f in compare(left, right).findings
        if f.type is MentionType.QUOTE and f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in (*f.left, *f.right)[:1]
    ]


def test_a_quote_the_other_gives_between_single_marks_is_not_one_sided() -> None:
    left = (
        HEADLINE + LEAD + '"It sounded like someone arguing over a broken window," '
        "a neighbour said.\n\n"
    )
    right = (
        HEADLINE + LEAD + "'It sounded like someone arguing over a broken window,' said the "
        "neighbour, who did not call the police.\n\n"
    )
    assert _one_sided_quotes(left, right) == []


def test_only_the_sentence_of_a_quote_the_other_never_gives_keeps_its_mark() -> None:
    left = HEADLINE + LEAD + QUOTE
    right = (
        HEADLINE + LEAD + "'It sounded like someone arguing over a broken window,' said the "
        "neighbour, who did not call the police.\n\n"
    )
    assert _one_sided_quotes(left, right) == ["I heard shouting late at night."]


def test_the_same_words_between_apostrophes_of_the_others_narrative_report_no_quote() -> None:
    left = HEADLINE + LEAD + QUOTE
    right = (
        HEADLINE + LEAD + "The neighbours' windows were broken, and someone arguing over a "
        "broken window was heard at the Smiths' door.\n\n"
    )
    assert len(_one_sided_quotes(left, right)) == 1


def test_single_marks_open_and_close_only_where_words_begin_and_end() -> None:
    text = (
        "The twins' mother said 'we will rebuild the shop ourselves,' and Kelly's brother "
        "called the dog 'Rex'. Rock 'n' roll played."
    )
    assert [text[r.start : r.end] for r in single_quoted_stretches(text)] == [
        "we will rebuild the shop ourselves,"
    ]


def test_a_quotes_sentences_end_at_stops_not_at_a_title_or_an_initial() -> None:
    text = (
        "Never trust Mr. Holt again. He left at 3 a.m. and J. R. Ames saw him! "
        "She asked, 'Why did he go?'"
    )
    pieces = sentence_pieces([TextRange(0, len(text))], text)
    assert [text[p.start : p.end] for p in pieces] == [
        "Never trust Mr. Holt again.",
        "He left at 3 a.m. and J. R. Ames saw him!",
        "She asked, 'Why did he go?'",
    ]
