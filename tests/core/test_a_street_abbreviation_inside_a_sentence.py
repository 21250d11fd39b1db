"""A street's abbreviated type keeps its sentence: "on Martin Luther King Jr. Blvd. near 5th Street"
is one sentence, as a reader reads it, while a street that closes a sentence still ends it."""

from __future__ import annotations

import pytest

from desktop.core.extraction.pipeline import load_pipeline


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot on Martin Luther King Jr. Blvd. near 5th Street on Friday.",
        "The car crashed on Harbor Ave. outside the station late Sunday.",
        "Two men were stopped on Old Mill Rd. after a chase.",
    ],
)
def test_a_street_abbreviation_before_a_lowercase_word_keeps_the_sentence_whole(
    text: str,
) -> None:
    doc = load_pipeline().nlp(text)

    assert [s.text for s in doc.sents] == [text]


def test_a_street_abbreviation_closing_a_sentence_still_ends_it() -> None:
    doc = load_pipeline().nlp("The bakery stood on Sunset Blvd. Police said it closed in May.")

    assert [s.text for s in doc.sents] == [
        "The bakery stood on Sunset Blvd.",
        "Police said it closed in May.",
    ]
