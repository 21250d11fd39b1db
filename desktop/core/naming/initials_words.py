"""Initials among a sentence's words read as the name they stand for: "HP will pay $12 billion"
shares "Hewlett" and "Packard" with "Hewlett-Packard's $13.2 billion acquisition".

Sentences are paired by the words they share; a body called by its initials in one article and
by its name in the other shares no word for it, and two sentences telling one deal may fall
short of a pair. Initials the other article never writes are the words of the body they spell:
the one the article itself names in full, else the one body of those initials the other article
names. An article that names another body of those initials ("Hindustan Petroleum") keeps its
own reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extraction.facts import Fact
from desktop.core.model import MentionType
from desktop.core.naming.names import acronym, fold
from desktop.core.naming.party_bodies import body_names, spelled_by

# Two to five capitals: a body's initials ("HP", "AMD", "RBS").
_INITIALS = re.compile(r"[A-Z]{2,5}")


def spell_out_initials(
    words: list[list[str]], facts: Sequence[Fact], others: Sequence[Fact]
) -> None:
    """Replace, in each sentence's content words, initials by the words of the name they spell."""
    own, other = body_names(facts), body_names(others)
    # Initials both articles write already pair their sentences: read as the name's several
    # words they would weigh the body above the rest of every sentence that names it.
    shared = {f.text for f in others if _INITIALS.fullmatch(f.text)}
    for fact in facts:
        if (
            fact.type is not MentionType.ORGANISATION
            or not _INITIALS.fullmatch(fact.text)
            or fact.text in shared
        ):
            continue
        short = fold(fact.text)
        ours = [name for name in own if acronym(name) == short]
        name = spelled_by(short, own) if ours else spelled_by(short, other)
        if not name or not 0 <= fact.sentence < len(words):
            continue
        sentence = words[fact.sentence]
        if short in sentence:
            at = sentence.index(short)
            sentence[at : at + 1] = name.split()
