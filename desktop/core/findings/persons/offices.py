"""An office one person holds at a time, named in the same words on both sides: "Team president
Ed Stefanski" / "Team president Billy King", "Qeshm Gov. Heidar Alishvandi" / "Qeshm Gov. Ali
Rezaei". Both may be speaking for the story, yet the two names answer one question (who holds the
office), so they are not two sources but two versions of one fact.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.titles import ONE_HOLDER_OFFICES, SHARED_OFFICE_WORDS

# The office as the words right before the name: the office noun and the word that says whose
# office it is ("team president", "qeshm gov", "police chief").
_OFFICE_WORDS = 2


def office(analysis: Analysis, fact: Fact) -> tuple[str, ...]:
    """The words of a one-holder office written right before the name, or () for none."""
    before = [t for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start][
        -_OFFICE_WORDS:
    ]
    words = tuple(t.lower.strip(".") for t in before)
    if len(words) < _OFFICE_WORDS or not all(t.content for t in before):
        return ()
    if words[-1] not in ONE_HOLDER_OFFICES or words[0] in SHARED_OFFICE_WORDS:
        return ()
    if words[-1] == "executive" and words[0] != "chief":
        return ()  # "company executive": one of many
    return words


def one_office(a: tuple[Analysis, Fact], b: tuple[Analysis, Fact]) -> bool:
    """Both names are given the same one-holder office in the same words."""
    office_a = office(*a)
    return bool(office_a) and office_a == office(*b)
