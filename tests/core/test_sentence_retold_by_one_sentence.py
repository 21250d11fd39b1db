"""A sentence that one sentence of the other article mostly holds is retold there: no yellow over
all of it; what the other never writes (a figure, a name) is what stays marked."""

from __future__ import annotations

from desktop.core.findings.sentences.retold_names import told_by_one, unwritten_parts
from desktop.core.model import FindingKind, MentionType, Report, Span
from tests.factories import compare_texts

_LEAD = (
    "Floods hit northern town\n\nHeavy rain flooded the northern town of Millbrook on Tuesday, "
    "forcing hundreds of families from their homes. "
)
_LEFT = (
    _LEAD + "Volunteers filled sandbags along the high street through the night. "
    "The National Weather Service put the rainfall at 210 millimetres."
)
_RIGHT = (
    _LEAD + "The river burst its banks near the old mill, the National Weather Service said. "
    "Volunteers filled sandbags along the high street through the night."
)


def _left_marks(report: Report) -> list[tuple[MentionType, str]]:
    return [
        (f.type, s.text) for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left
    ]


def test_the_weather_service_sentence_is_retold_and_only_its_rainfall_is_one_sided() -> None:
    """The right article also reports what the National Weather Service said of this flood; the
    210 millimetres is what it never gives, and the figure keeps its own mark."""
    marks = _left_marks(compare_texts(_LEFT, _RIGHT, "2024-05-11"))
    sentence = "The National Weather Service put the rainfall at 210 millimetres."
    assert (MentionType.STATEMENT, sentence) not in marks, marks
    assert any(text == "210 millimetres" for _, text in marks), marks


def test_words_gathered_from_two_sentences_are_not_one_sentence_retelling() -> None:
    mine = ["subryan", "flee", "scene", "arrest", "nearby", "persaud"]
    two = [frozenset({"car", "flee", "scene"}), frozenset({"police", "arrest", "nearby"})]
    assert not told_by_one(mine, two, range(2))
    one = [frozenset({"subryan", "flee", "scene", "car"}), frozenset({"police", "arrest"})]
    assert told_by_one(mine, one, range(2))


def test_a_retold_sentence_marks_its_unwritten_names_once_and_without_quotes() -> None:
    text = "The director cannot commit to the 'Harbour Song' shoot of Northgate Films"
    song = text.index("Song'")
    studio = text.index("Northgate")
    found = [(song, song + len("Song'")), (studio, len(text)), (studio, studio + 9)]
    already = [Span(studio, studio + 9, "Northgate")]  # marked one-sided on its own
    assert unwritten_parts(text, found, already) == [Span(song, song + 4, "Song")]
    assert unwritten_parts(text, found, []) == [
        Span(song, song + 4, "Song"),
        Span(studio, len(text), "Northgate Films"),
    ]
