"""British papers set a story's first word in capitals ("FIRE crews from Tiverton were called",
"POLICE are hunting"): an ordinary word in a typographic kicker, never a name. An acronym that
opens a paragraph ("NATO forces", "ABC will broadcast") keeps its capitals."""

from __future__ import annotations

from desktop.core.extraction.kickers import kickers_cased
from desktop.core.model import MentionType
from tests.factories import compare_texts

_NAMES = (MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE)


def test_a_kicker_fire_is_not_the_fire_service_named_by_the_other_article() -> None:
    left = (
        "Supermarket roof destroyed in blaze\n\nFIRE crews from Tiverton and Cullompton were "
        "called to a blaze at the Waitrose supermarket in Wellington on Sunday. The fire "
        "destroyed part of the roof."
    )
    right = (
        "Waitrose store damaged by fire\n\nCrews from Devon and Somerset Fire and Rescue were "
        "called to a blaze at the Waitrose supermarket in Wellington on Sunday. The fire "
        "damaged the roof."
    )
    report = compare_texts(left, right, "2013-07-22")
    named = [s.text for f in report.findings if f.type in _NAMES for s in f.left]
    assert "FIRE" not in named, named


def test_kicker_words_take_ordinary_case_and_acronyms_keep_theirs() -> None:
    text = (
        "Police hunt robber\n\nPOLICE are hunting a man who robbed a bank; police said he ran.\n"
        "A LARGE crowd gathered, a large crowd.\nNATO forces said NATO would stay.\n"
        "ABC will broadcast it."
    )
    cased = kickers_cased(text)
    assert cased.split("\n")[2:] == [
        "Police are hunting a man who robbed a bank; police said he ran.",
        "A large crowd gathered, a large crowd.",
        "NATO forces said NATO would stay.",
        "ABC will broadcast it.",
    ]
    assert len(cased) == len(text)
