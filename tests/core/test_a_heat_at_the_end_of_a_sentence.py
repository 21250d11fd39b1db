"""A heat told on a named scale at the very end of a sentence ("Temperatures reached 45C.") keeps
its scale: the full stop the tokenizer leaves on the scale letter ends the sentence, so 45C and
113F are one heat there as anywhere else, and a hotter day still conflicts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def test_forty_five_celsius_ending_a_sentence_is_a_hundred_and_thirteen_fahrenheit() -> None:
    report = compare_texts(
        "The heatwave scorched the region. Temperatures reached 45C.",
        "The heatwave scorched the region. Temperatures hit 113F.",
    )
    assert conflict_texts(report) == []


def test_a_hotter_day_ending_a_sentence_still_conflicts() -> None:
    report = compare_texts(
        "The heatwave scorched the region. Temperatures reached 45C.",
        "The heatwave scorched the region. Temperatures hit 122F.",
    )
    assert conflict_texts(report) == [({"45C."}, {"122F."})]
