"""Reasons name a sentence's source as the article wrote it."""

from __future__ import annotations

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.quoting.attribution import sentence_attribution


def _source(text: str) -> str | None:
    doc = load_pipeline().nlp(text)
    return sentence_attribution(next(iter(doc.sents)))[0]


def test_a_hyphenated_source_is_quoted_as_written_not_split_into_tokens() -> None:
    source = _source("A pro-war channel named Rybar claims that two soldiers were inside.")
    assert source == "A pro-war channel named Rybar"


def test_a_source_opening_the_sentence_reads_lower_case_inside_a_reason() -> None:
    assert _source("The Kremlin said the investigation is underway.") == "the Kremlin"


def test_it_is_no_source() -> None:
    assert _source("It said nothing more about the attack.") is None


def test_a_pronoun_is_no_source_so_no_report_says_according_to_he() -> None:
    assert _source("He said the quake struck at dawn.") is None
    assert _source("Five people said they heard the blast.") is None
