"""Two sentences about one man, one with "persecution", the other with "persecuted": they share
what they say, not only his name, so the journalist sees no yellow "nothing in the other
article reports this" over either. A sentence sharing the name alone still is yellow."""

from __future__ import annotations

from tests.factories import compare_stories, untold_sentences

LEAD_LEFT = "A jury in Denver convicted a church leader of fraud on Tuesday, prosecutors said. "
LEAD_RIGHT = "A Denver church leader was found guilty of fraud on Tuesday, prosecutors said. "
NOUN = "Marlow said the trial was nothing but persecution of his religious community."


def test_persecution_and_persecuted_tell_one_statement() -> None:
    verb = "Marlow has argued that he and his followers were being persecuted."
    assert untold_sentences(compare_stories(LEAD_LEFT + NOUN, LEAD_RIGHT + verb)) == []


def test_a_sentence_sharing_only_the_name_stays_yellow() -> None:
    other = "Marlow has argued that he and his followers were being misled."
    untold = untold_sentences(compare_stories(LEAD_LEFT + NOUN, LEAD_RIGHT + other))
    assert NOUN in untold
    assert other in untold
