"""Whether the other article names a quote's speaker: as a whole word, in any capitals."""

from __future__ import annotations

from desktop.core.quoting.quote_findings import _named_there

_OTHER = (
    "THE OBAMA ADMINISTRATION declined to comment. Officers told Sadeqi's family on Monday.\n"
    "A spokesman for Marksville police said nothing more."
)


def test_the_whole_phrase_in_other_capitals_names_the_speaker() -> None:
    assert _named_there("the Obama administration", _OTHER)


def test_a_speaker_by_name_is_named_by_the_surname_alone() -> None:
    assert _named_there("Sara Sadeqi", _OTHER)


def test_a_name_inside_a_longer_word_names_no_one() -> None:
    # "Mark" is inside "Marksville": neither the phrase nor the surname stands on its own.
    assert not _named_there("Mark", _OTHER)
    assert not _named_there("Police Marks", "the Marksville police")


def test_a_description_is_not_reduced_to_its_last_word() -> None:
    assert not _named_there("a 32-year-old protester", "the protester said")
