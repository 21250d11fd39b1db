"""bench.quotes grades the findings beside a planted quote edit as a journalist reads them: these
hand-made sentences pin which of them are right and which are new."""

from __future__ import annotations

from bench.quote_grading import lost_fact, planted_speaker, speaker_planted, swap_shown
from desktop.core.model import TextRange
from tests.factories import finding

ORIGINAL = (
    'The navy has patrolled the gulf since October 23 to "protect trade," said Admiral Rao. '
    "Rao said the patrols would go on."
)
# The quote's sentence deleted: the copy keeps only the second sentence.
COPY = "Rao said the patrols would go on."
DELETED = TextRange(0, ORIGINAL.index("Rao said"))


def test_a_date_the_copy_lost_with_the_deleted_quote_is_right() -> None:
    lost = finding((ORIGINAL, COPY), "f1", "left_only", "date", left=["October 23"])
    assert lost_fact(lost, DELETED, COPY)


def test_a_speaker_the_copy_still_names_by_surname_is_new() -> None:
    named = finding((ORIGINAL, COPY), "f2", "left_only", "person", left=["Admiral Rao"])
    assert not lost_fact(named, DELETED, COPY)


def test_a_fact_outside_the_deleted_sentences_is_new() -> None:
    kept = finding((ORIGINAL, COPY), "f3", "left_only", "person", left=["Rao said the patrols"])
    assert not lost_fact(kept, DELETED, COPY)


def test_a_planted_speaker_takes_the_closing_comma_of_the_apposition_with_it() -> None:
    text = '"It was not random," the Troy police chief, Charles Craft, said.'
    start = text.index("the Troy")
    end = text.index(", said")
    assert planted_speaker(text, start, end, "Tom Ward") == '"It was not random," Tom Ward said.'
    plain = '"It was not random," Charles Craft said.'
    at = plain.index("Charles")
    assert planted_speaker(plain, at, at + len("Charles Craft"), "Tom Ward") == (
        '"It was not random," Tom Ward said.'
    )


def test_the_planted_speaker_is_found_wherever_the_parse_starts_the_name() -> None:
    # "the Rev. Sarah Palin said": the parse reads "Palin", six characters into the planted name.
    assert speaker_planted(TextRange(26, 31), 20, "Sarah Palin")
    assert not speaker_planted(TextRange(40, 45), 20, "Sarah Palin")
    assert not speaker_planted(None, 20, "Sarah Palin")


def test_a_swapped_speaker_shown_as_a_changed_name_is_right_but_another_name_is_new() -> None:
    left = '"Never easy," general manager Ed Stefanski said in Philadelphia.'
    right = '"Never easy," general manager Maurice Cheeks said in Boston.'
    replaced = TextRange(left.index("Ed"), left.index(" said"))
    planted = TextRange(right.index("Maurice"), right.index(" said"))
    shown = finding((left, right), "f4", "conflict", "person", ["Ed Stefanski"], ["Maurice Cheeks"])
    assert swap_shown(shown, replaced, planted)
    place = finding((left, right), "f5", "conflict", "place", ["Philadelphia"], ["Boston"])
    assert not swap_shown(place, replaced, planted)
