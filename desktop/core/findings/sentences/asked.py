"""Where a sentence asks rather than tells.

"Should the Yankees go higher than $25 million?" asserts no figure: the whole sentence asks. But
"She hosted the Emmys in 2001, lightening the mood by asking, "What would bug the Taliban
more?"" tells of 2001 and quotes a question at its end: only the quotation asks. The words
before the quotation are the reporter's own statement, and their facts are claims like any other.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis

# An opening quotation mark: a curly one, or a straight one after a space, a colon or a dash and
# before a letter or digit (a straight mark before a space closes a quotation).
_OPENING = re.compile(r"[“‘]|(?:(?<=[\s:—–-])[\"'](?=[\w(]))")
# A question mark at the sentence's end, inside closing quotes or brackets too.
_TRAILING = " \n\"'\u201d\u2019)"


def asked_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text that asks: a whole question, or the quoted question
    ending a sentence that told something before it."""
    return analysis.derived("asked.spans", _asked_spans)


def _asked_spans(analysis: Analysis) -> list[tuple[int, int]]:
    text = analysis.document.text
    spans = []
    for s in analysis.sentences:
        sentence = text[s.start : s.end]
        stripped = sentence.rstrip(_TRAILING)
        if not stripped.endswith("?"):
            continue
        spans.append((s.start + _question_start(sentence, stripped), s.end))
    return spans


def _question_start(sentence: str, stripped: str) -> int:
    """Where the question begins: the last quotation opened before the question mark, when the
    sentence ends in one (a closing quote after the mark) and words stand before it; else the
    sentence's start."""
    if len(stripped) == len(sentence.rstrip()):
        return 0  # no closing quote after the question mark: the sentence itself asks
    openings = [m.start() for m in _OPENING.finditer(stripped)]
    if not openings or not stripped[: openings[-1]].strip(" \"'“‘"):
        return 0
    return openings[-1]
