"""A whole sentence of one article printed word for word inside a longer sentence of the other:
the journalist sees the copy agreed and only what the longer sentence adds marked yellow, not
the whole sentence as "nothing in the other article reports this"."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts, untold_sentences

LEAD_LEFT = "Fire swept through a furniture warehouse in Leeds on Tuesday night, police said. "
LEAD_RIGHT = "A blaze destroyed a furniture warehouse in Leeds on Tuesday night, police said. "
LONGER = (
    "They all looked out for each other after the owner sold the family farm to a developer "
    "in 2019."
)


def test_the_copied_words_are_agreed_and_only_what_the_longer_sentence_adds_is_yellow() -> None:
    report = compare_stories(LEAD_LEFT + LONGER, LEAD_RIGHT + "They all looked out for each other.")
    assert untold_sentences(report) == [
        "after the owner sold the family farm to a developer in 2019."
    ]
    assert "They all looked out for each other" in statement_texts(report, FindingKind.AGREE)


def test_a_sentence_sharing_only_its_opening_words_stays_yellow_whole() -> None:
    # The same opening words, another statement: nothing on the right says they looked out for
    # each other.
    report = compare_stories(LEAD_LEFT + LONGER, LEAD_RIGHT + "They all looked out for the dogs.")
    assert LONGER in untold_sentences(report)
