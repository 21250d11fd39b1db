"""An editor reads a finding that is itself a quotation: the report prints the article's own
quotation marks once, never “““ in front of the words."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.export import export_html
from desktop.core.export.quote_marks import has_own_marks, in_marks
from desktop.core.model import Report, Sentence
from tests.factories import finding, report

LEFT = (
    "Storm hits the coast\n\n“We will rebuild every house,” the mayor said on Monday. Roads closed."
)
RIGHT = "Mayor vows to rebuild\n\n“We will rebuild every home,” the mayor said on Tuesday. Schools shut."
TEXTS = (LEFT, RIGHT)


def _sentence(text: str, words: str) -> Sentence:
    start = text.index(words)
    return Sentence(start, start + len(words))


def _quoted_conflict_report() -> Report:
    said = ("the mayor said on Monday.", "the mayor said on Tuesday.")
    lead = tuple(
        text[text.index("“") : text.index(s) + len(s)] for text, s in zip(TEXTS, said, strict=True)
    )
    r = report(
        TEXTS,
        [finding(TEXTS, "f00", "conflict", "date", ["Monday"], ["Tuesday"], confidence=0.9)],
    )
    left = replace(r.left, sentences=(_sentence(LEFT, lead[0]),))
    right = replace(r.right, sentences=(_sentence(RIGHT, lead[1]),))
    return replace(r, left=left, right=right)


def test_a_conflict_in_a_quoted_sentence_is_printed_without_doubled_marks() -> None:
    html = export_html(_quoted_conflict_report())
    # The sentence is shown once, as the article wrote it, its own marks balanced.
    assert "“We will rebuild every house,” the mayor said on" in html
    assert "““We" not in html and "“““" not in html


def test_plain_wordings_still_get_their_quotation_marks() -> None:
    assert in_marks("Roads closed.", "Roads closed.") == "“Roads closed.”"


def test_marks_of_every_kind_at_either_end_are_the_texts_own() -> None:
    for text in ('"No," he said.', "'No,' he said.", "‘No.’", "He said: “no.”", "«Non»"):
        assert has_own_marks(text), text
        assert in_marks(text, text) == text
    assert not has_own_marks("He said no.")
    assert not has_own_marks("   ")
