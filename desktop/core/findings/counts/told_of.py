"""Whose figure a sentence tells, read off the names around it: "Chris Sale pitched seven innings
and lowered his ERA to 3.12", "Sale went seven innings, and his earned run average is 3.41",
"The right-hander was 18-4 with a 2.15 earned run average" after a sentence naming Verlander.

A player's rate or a person's tally of prizes is told of the people its sentence names before
it, or of the sentence's subject where the tagger missed the name ("Sale went seven innings"),
or, when the sentence names no one or says "he" or "his", of those the sentences before name,
back to the last that names a person (two at most).
Two figures are of one person only when these names meet (findings/sport/sport_rates.py,
findings/counts/prize_tallies.py).
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis
from desktop.core.model import MentionType

# A pronoun that hands the figure to the person the sentence before names.
_PRONOUNS = frozenset(["he", "his", "she", "her"])
_POSSESSIVES = frozenset(["'s", "\u2019s"])
# How many sentences back a pronoun's person may be named.
_LOOK_BACK = 2
_NOT_NAMES = frozenset(["the", "a", "an", "he", "his", "she", "her", "it", "its", "they"])


def told_of(analysis: Analysis, sentence: int, at: int) -> frozenset[str]:
    """The names what is told at ``at`` may be of: the people the sentence names before it, or
    the sentence before's as well when the tagger found no person there ("The Hall of Famer had
    a 3.62 career earned run average") or a pronoun stands for the person ("He is now hitting
    .307")."""
    tokens = [t for t in analysis.sentence_tokens[sentence] if t.end <= at]
    people, subject = _names(analysis, sentence, at)
    names = people | subject
    if people and not any(t.lower in _PRONOUNS for t in tokens):
        return names
    # Back to the last sentence that names a person: "Novak Djokovic claimed ... The Serbian beat
    # Medvedev ... It was his third U.S. Open title."
    for earlier in range(sentence - 1, max(-1, sentence - 1 - _LOOK_BACK), -1):
        previous = analysis.sentence_tokens[earlier]
        people, subject = _names(analysis, earlier, previous[-1].end if previous else 0)
        names |= people | subject
        if people:
            break
    return names


def _names(analysis: Analysis, sentence: int, before: int) -> tuple[frozenset[str], frozenset[str]]:
    """The surnames of the people a sentence names before an offset, and the last of the
    capitalised words that open it as its subject, where the tagger may miss a player ("Sale
    went seven innings")."""
    text = analysis.document.text
    people = frozenset(
        f.text.split()[-1].lower()
        for f in analysis.facts
        if f.sentence == sentence and f.type is MentionType.PERSON and f.end <= before
    )
    subject = []
    for token in analysis.sentence_tokens[sentence]:
        if token.lower in _POSSESSIVES:
            continue  # "Houston's Justin Verlander claimed ..."
        if token.end > before or not text[token.start : token.start + 1].isupper():
            break
        subject.append(token.lower)
    if subject and subject[0] in _NOT_NAMES:
        subject = subject[1:]
    return people, frozenset(subject[-1:])
