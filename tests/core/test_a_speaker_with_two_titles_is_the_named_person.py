"""A speaker given two titles before the name ("Nokia president and chief executive Ellen Park")
is the person named, read with the name: a quote only one article prints then marks its words,
not a name the other article gives too (quote_findings._named_there). With an article before the
first title, "the mayor and Sheriff Tom Jones" are two people (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.quoting.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(load_pipeline().nlp(text))]


def test_a_speaker_with_two_titles_is_read_up_to_the_name() -> None:
    text = (
        "Nokia president and chief executive Ellen Park also addressed the purchase in a "
        "statement, saying that it would speed up \"Nokia's change into a nimble maker of chips "
        'for every kind of phone."'
    )
    assert _speakers(text) == ["Nokia president and chief executive Ellen Park"]


def test_the_mayor_and_a_named_sheriff_are_two_speakers() -> None:
    text = (
        "The mayor and Sheriff Tom Jones said in a statement that the town would "
        '"rebuild every home the storm destroyed this week."'
    )
    assert _speakers(text) == ["The mayor"]
