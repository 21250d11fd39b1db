"""A lone name the tagger took for a body that speaks of itself as "I": "Heffner told the AP on
Thursday, "I think that she was a remarkable lady"".

A body speaks as "we" or in the third person ("the company said it would"); only a person says
"I". So one capitalised word, the subject of a verb of saying, whose quote in the same sentence
speaks in the first person singular, names a person, whatever the small model tagged it. It is
read as a person only where the other article names a person who bears that surname, in these
letters or spelt a letter or two apart ("Playboy founder Hugh Hefner said"): then the two
spellings meet as one person, spelt apart, and the comparison shows them, as it does for a lone
surname the tagger left untagged (``quoting.speaking_surnames``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from desktop.core.extraction.facts import Fact
from desktop.core.lexicon.first_person import FIRST_PERSON_SINGULAR
from desktop.core.model import MentionType
from desktop.core.naming.names import fold
from desktop.core.quoting.quotes import quoted_stretches
from desktop.core.quoting.speaking_surnames import (
    SHORTEST_SURNAME,
    bears_surname,
    other_surnames,
    speaks,
    surname_person,
)

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def first_person_speakers(
    spacy_doc: Any,
    text: str,
    facts: Sequence[Fact],
    others: Sequence[Fact],
    sentence_starts: list[int],
) -> list[tuple[Fact, Fact]]:
    """(the body fact, the person fact that replaces it) for each one-word body that speaks in
    the first person singular and whose word a person of the other article bears as surname."""
    surnames = other_surnames(others)
    bodies = [
        f
        for f in facts
        if f.type is MentionType.ORGANISATION
        and " " not in f.text
        and len(f.text) >= SHORTEST_SURNAME
    ]
    if not surnames or not bodies:
        return []
    stretches = quoted_stretches(text)
    swapped = []
    for body in bodies:
        # The speaker and its quote first: a long article names hundreds of bodies, and
        # comparing each with every surname by its spelling is what would cost.
        token = _token_at(spacy_doc, body.start)
        if token is None or not speaks(token):
            continue
        sent_end = token.sent.end_char
        if not any(
            body.end <= r.start < sent_end and _first_person(text[r.start : r.end])
            for r in stretches
        ):
            continue
        if not bears_surname(fold(body.text), surnames):
            continue
        swapped.append((body, surname_person(body.start, body.end, body.text, sentence_starts)))
    return swapped


def _token_at(spacy_doc: Any, start: int) -> Any:
    token = spacy_doc.char_span(start, start + 1, alignment_mode="expand")
    return token[0] if token is not None and len(token) else None


def _first_person(quote: str) -> bool:
    """The quote speaks of its speaker alone: "I think", "told me", "my"."""
    return any(w.lower() in FIRST_PERSON_SINGULAR and w != "i" for w in _WORD.findall(quote))
