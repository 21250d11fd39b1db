"""A game's score the tagger did not take for a figure: in "Manchester City beat Liverpool 3-1",
"3-1" is tagged a product, or nothing, and the result the sentence reports is lost.

Two figures joined by a hyphen, a few words after a word of a result ("beat Liverpool 3-1", "lost
3-2 to") or just before one ("a 3-1 win"), are the game's score whatever the tagger made of them;
they are taken as a figure when the sentence writes no other score (a tennis match's sets, "6-3,
6-4, 6-2", are no one result), which the score passes (``findings.sport.aligned_scores``,
``findings.sport.final_scores``) then read.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.facts import RawEntity, entity_at
from desktop.core.lexicon.games import RESULT_WORDS

# Two figures joined by a hyphen or a dash, not part of a longer figure: "3-1", "38-35".
_SCORE = re.compile(r"(?<![\d.,\-\u2013])\d{1,3}[-\u2013]\d{1,3}(?![\d.,]?\d|[-\u2013]\d)")
_DASHED = re.compile(r"\d[-\u2013]\d")  # what every score holds
# How many words before a score its result word may stand ("beat Manchester United 3-1": the beaten
# side's name between) and after it ("a 3-1 win"): as ``findings.sport.aligned_scores`` reads.
_BEFORE, _AFTER = 4, 2


def missed_scores(
    spacy_doc: Any, text: str, sent_index: dict[int, int], found: list[RawEntity]
) -> list[RawEntity]:
    """Scores beside a word of a result that no figure found so far covers."""
    taken = [(r.start, r.end) for r in found]
    out = []
    for sent in spacy_doc.sents:
        if _DASHED.search(text, sent.start_char, sent.end_char) is None:
            continue  # no score: the pattern, tried at every character, is spared
        matches = list(_SCORE.finditer(text, sent.start_char, sent.end_char))
        if len(matches) != 1:
            continue  # "won 6-3, 6-4, 6-2": a match's sets, no one result of a game
        for match in matches:
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            raw = entity_at(spacy_doc, text, sent_index, (start, end), "CARDINAL")
            if raw is not None and _beside_a_result(raw.span):
                out.append(raw)
    return out


def _beside_a_result(span: Any) -> bool:
    sent = span.sent
    near = list(span.doc[max(sent.start, span.start - _BEFORE) : span.start]) + list(
        span.doc[span.end : min(sent.end, span.end + _AFTER)]
    )
    return any(t.lower_ in RESULT_WORDS for t in near) and not (
        span.start > sent.start and span.doc[span.start - 1].lower_ == "at"
    )
