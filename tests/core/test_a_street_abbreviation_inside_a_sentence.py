"""A street's abbreviated type keeps its sentence: "on Martin Luther King Jr. Blvd. near 5th Street"
is one sentence, as a reader reads it, while a street that closes a sentence still ends it."""

from __future__ import annotations

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_stories


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot on Martin Luther King Jr. Blvd. near 5th Street on Friday.",
        "The car crashed on Harbor Ave. outside the station late Sunday.",
        "Two men were stopped on Old Mill Rd. after a chase.",
        "A cyclist was struck by a white van heading south on 44th Ave. at about 9 p.m.",
        "A woman was hit by a gray sedan heading east on 112th St. near 31st Ave. about 9 p.m.",
    ],
)
def test_a_street_abbreviation_before_a_lowercase_word_keeps_the_sentence_whole(
    text: str,
) -> None:
    doc = load_pipeline().nlp(text)

    assert [s.text for s in doc.sents] == [text]


@pytest.mark.parametrize("street", ["Sunset Blvd.", "44th Ave."])
def test_a_street_abbreviation_closing_a_sentence_still_ends_it(street: str) -> None:
    doc = load_pipeline().nlp(f"The bakery stood on {street} Police said it closed in May.")

    assert [s.text for s in doc.sents] == [
        f"The bakery stood on {street}",
        "Police said it closed in May.",
    ]


def test_the_time_after_a_numbered_street_is_the_crash_time_both_reports_give() -> None:
    """Cut after "44th Ave.", the clock time stood alone beside "police said" and read as the
    time the police spoke: the two reports' one crash time had no verdict at all."""
    left = (
        "Cyclist killed in hit-and-run\n\n"
        "Officers say 41-year-old Dana Reyes was hit while riding her bike on Pine Street at "
        "about 9 p.m. on Friday. The driver fled."
    )
    right = (
        "Driver held after cyclist dies\n\n"
        "Dana Reyes, 41, was riding home from work when she was struck by a white van heading "
        "south on Pine Street near 44th Ave. about 9 p.m., police said. The driver was "
        "arrested on Saturday."
    )
    report = compare_stories(left, right)
    assert ({"about 9 p.m."}, {"about 9 p.m."}) in agreed_texts(report, MentionType.TIME)
