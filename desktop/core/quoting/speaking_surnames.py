"""A surname standing alone as the one who speaks: "Wolfe said the families requested privacy".

The subject of a verb of saying is someone who speaks, and a lone capitalised word there is a
person's surname; but the tagger tags a lone surname only when the article gave the full name
first, and an article that cut the introduction leaves "Wolfe" untagged. Where the other article
names a person whose surname this word writes, in these letters or spelt a letter or two apart
("Ilene Wolff, a spokeswoman for the hospital"), the word is that person's surname as this
article spells it: a person, so that the two spellings meet as one person, spelt apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.mentions import sentence_at
from desktop.core.model import MentionType
from desktop.core.naming.name_spellings import spelt_alike
from desktop.core.naming.names import fold
from desktop.core.quoting.attribution import REPORTING_VERBS

# Surnames shorter than this ("Li", "Ng") are too often another word, or another transliteration.
SHORTEST_SURNAME = 4


def speaking_surnames(
    spacy_doc: Any,
    text: str,
    facts: Sequence[Fact],
    others: Sequence[Fact],
    sentence_starts: list[int],
) -> list[Fact]:
    """Person facts for the untagged lone surnames that speak and that the other article's
    people bear (``others``: the other article's facts)."""
    surnames = other_surnames(others)
    if not surnames:
        return []
    covered = bytearray(len(text) + 1)
    for fact in facts:
        covered[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
    found = []
    for token in _untagged_proper_subjects(spacy_doc):
        if not _lone_speaker(token) or any(covered[token.idx : token.idx + len(token.text)]):
            continue
        written = text[token.idx : token.idx + len(token.text)]
        if not bears_surname(fold(written), surnames):
            continue
        found.append(surname_person(token.idx, token.idx + len(written), written, sentence_starts))
    return found


def other_surnames(others: Sequence[Fact]) -> set[str]:
    """The surnames the other article's people bear, long enough to read as surnames."""
    return {
        f.last
        for f in others
        if f.type is MentionType.PERSON and f.last and len(f.last) >= SHORTEST_SURNAME
    }


def bears_surname(folded: str, surnames: set[str]) -> bool:
    """A folded word is one of ``surnames``, in these letters or spelt a letter or two apart."""
    return any(s == folded or spelt_alike(s, folded) for s in surnames)


def surname_person(start: int, end: int, written: str, sentence_starts: list[int]) -> Fact:
    """A lone surname read as the person who bears it."""
    folded = fold(written)
    return Fact(
        start,
        end,
        written,
        MentionType.PERSON,
        "PERSON",
        sentence_at(sentence_starts, start),
        key=f"person:{folded}",
        value=written,
        last=folded,
    )


def speaks(token: Any) -> bool:
    """A capitalised word of its own, the subject of a verb of saying: "Wolfe said"."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and not any(True for _ in token.children)
        and head.pos_ == "VERB"
        and head.lemma_.lower() in REPORTING_VERBS
    )


def _untagged_proper_subjects(spacy_doc: Any) -> list[Any]:
    """The untagged proper nouns that are subjects, picked from the parse's arrays: asking each
    of a long article's tokens for its tags one by one costs more than the rest of this pass."""
    if not len(spacy_doc):
        return []
    strings = spacy_doc.vocab.strings
    rows = spacy_doc.to_array(["POS", "DEP", "ENT_TYPE"])
    wanted = (rows[:, 0] == strings["PROPN"]) & (rows[:, 1] == strings["nsubj"]) & (rows[:, 2] == 0)
    return [spacy_doc[int(i)] for i in wanted.nonzero()[0]]


def _lone_speaker(token: Any) -> bool:
    """A proper noun of its own, untagged, that speaks."""
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and len(token.text) >= SHORTEST_SURNAME
        and speaks(token)
    )
