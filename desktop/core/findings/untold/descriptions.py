"""What one article says a name is, and the other never does: "Mr Berdymukhamedov, a former
dentist", "Qeshm ... is a free-trade zone", "the Red Sox were the frontrunners" (read off the parse
by ``core/naming/descriptions.py``).

The sentence holding such a description is often one both articles tell (the president's reforms,
the island's size), so no sentence mark shows it; the role, trade or kind it gives the name is a
fact of its own, and the other article lacking it is what a yellow mark says. The other article
lacks it only when it never uses the head noun ("dentist") nor a word of the same meaning
("physician" for "doctor", "employee" for "worker": close in the sentence model's table), so a
description it gives in its own words is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.embed import default_table
from desktop.core.alignment.similarity import similarities
from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import only_finding
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span
from desktop.core.naming.descriptions import Description
from desktop.core.naming.names import fold

# Quotation marks: a description inside someone's words is the quote's, judged with the quote.
_QUOTE_MARKS = frozenset('"“”')


def untold_descriptions(
    left: Analysis, right: Analysis, findings: Sequence[Finding]
) -> list[Finding]:
    out = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        if not mine.descriptions:
            continue
        shown = [s for f in findings if f.kind is FindingKind.only(side) for s in f.spans(side)]
        their_text = theirs.document.text.lower()
        text = mine.document.text
        for d in mine.descriptions:
            if (
                d.head in their_text
                or _quoted(mine, d)
                or any(s.start < d.end and d.start < s.end for s in shown)
                or _said_otherwise(d.head, theirs)
                or _described_there(mine, d, theirs)
            ):
                continue
            name = text[d.name[0] : d.name[1]]
            phrase = text[d.start : d.end]
            span = [Span(d.start, d.end, phrase)]
            reason = (
                f"Only the {side.value} article describes {name} as {phrase!r}; "
                f"the {side.other.value} never does."
            )
            out.append(
                only_finding(side, span, MentionType.OTHER, reason, tuning.DESCRIPTION_CONFIDENCE)
            )
    return out


def _described_there(analysis: Analysis, d: Description, theirs: Analysis) -> bool:
    """The other article says what the same name is in words of this description too
    ("TallGrass Distribution Ltd., a natural health product supplier" / "..., a wholesaler of
    natural health products"): two wordings of one predication, read side by side, not a fact
    only one article gives. Another predication of the name ("the largest island" / "a
    free-trade zone") shares no word and is left to the tests above."""
    text = analysis.document.text
    name = fold(text[d.name[0] : d.name[1]]).split()
    words = {w.rstrip("s") for w in fold(_with_complement(text, d.start, d.end)).split()}
    words = {w for w in words if len(w) > _SHORT} - {d.head}
    their_text = theirs.document.text
    for other in theirs.descriptions:
        their_name = fold(their_text[other.name[0] : other.name[1]]).split()
        if not (name and their_name and name[-1] == their_name[-1]):
            continue
        told = fold(_with_complement(their_text, other.start, other.end)).split()
        if words & {w.rstrip("s") for w in told}:
            return True
    return False


def _with_complement(text: str, start: int, end: int) -> str:
    """The description with the of-phrase completing its noun: "a wholesaler of natural health
    products" (up to the next punctuation), not the rest of the sentence."""
    match = _OF_PHRASE.match(text, end)
    return text[start : match.end() if match else end]


# Words of three letters or fewer ("a", "the", "its") say nothing of what a name is. Common usage.
_SHORT = 3
_OF_PHRASE = re.compile(r"\s+of\s+[^,.;:()]{1,60}")


def _quoted(analysis: Analysis, d: Description) -> bool:
    """An odd number of quotation marks before the description in its sentence: it is inside
    someone's quoted words."""
    sentence = analysis.sentences[d.sentence]
    before = analysis.document.text[sentence.start : d.start]
    return sum(c in _QUOTE_MARKS for c in before) % 2 == 1


def _said_otherwise(head: str, theirs: Analysis) -> bool:
    """The other article uses a noun of the same meaning as ``head`` somewhere."""
    table = default_table()
    if table is None:
        return False  # no table: the word itself is the only test
    nouns = theirs.derived("descriptions.nouns", _noun_vectors)
    if nouns.size == 0:
        return False
    vectors = table.sentence_vectors([head])
    return bool(similarities(nouns, vectors).max() >= tuning.DESCRIPTION_SYNONYM)


def _noun_vectors(analysis: Analysis) -> np.ndarray:
    table = default_table()
    words = sorted(
        {t.content for tokens in analysis.sentence_tokens for t in tokens if t.noun and t.content}
    )
    if table is None or not words:
        return np.zeros((0, 0), dtype=np.float32)
    return table.sentence_vectors(words)
