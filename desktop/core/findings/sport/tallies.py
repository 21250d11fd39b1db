"""A tally, how many of a run: "have lost eight of 10", "eight losses in their last 10 games",
"won 18 of its last 20".

The two numbers make one claim: "eight" alone is a part too vague to report (``Fact.weak``) and
"10" a whole that counts nothing by itself, so the figure passes leave both alone. Two related
sentences giving the same part of the same whole tell the same tally, however they word it.
"""

from __future__ import annotations

import re

import numpy as np

from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.text_search import ascii_lowered
from desktop.core.figures.numbers.spelled_numbers import COUNTING_VALUES
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import finding
from desktop.core.model import Finding, FindingKind, MentionType, Span

_WORDS = {w: v for w, v in COUNTING_VALUES.items() if 2 <= v <= 20}  # "two" to "twenty"
_NUMBER = r"(\d{1,3}|" + "|".join(_WORDS) + r")"
_WHOSE = r"(?:(?:its|their|his|her|the)\s+)"
_RUN = r"(?:(?:last|past|first|previous)\s+)"
# "eight of 10", "18 of its last 20"; "eight losses in their last 10 games".
_PATTERNS = (
    re.compile(rf"\b{_NUMBER}\s+of\s+{_WHOSE}?{_RUN}?{_NUMBER}\b", re.IGNORECASE),
    re.compile(
        rf"\b{_NUMBER}\s+(?:[a-z-]+\s+){{1,2}}in\s+{_WHOSE}{_RUN}{_NUMBER}\b", re.IGNORECASE
    ),
)

# The same patterns for lower-cased text: their words are all in lower case.
_LOWER_PATTERNS = tuple(re.compile(p.pattern) for p in _PATTERNS)

_Tally = tuple[int, int, Span, Span, str]  # part, whole, their spans, the words as written


def tally_findings(left: Analysis, right: Analysis, scores: np.ndarray) -> list[Finding]:
    out = []
    rights = _tallies(right)  # read once, not once per tally on the left
    for i, a in _tallies(left):
        for j, b in rights:
            if a[:2] != b[:2] or not scores.size or scores[i, j] < tuning.TALLY_RELATED:
                continue
            out.append(
                finding(
                    FindingKind.AGREE,
                    MentionType.NUMBER,
                    [a[2], a[3]],
                    [b[2], b[3]],
                    f"Both give the same tally, each in its own words: {a[4]!r} / {b[4]!r}.",
                    tuning.TALLY_CONFIDENCE,
                )
            )
    return out


def _tallies(analysis: Analysis) -> list[tuple[int, _Tally]]:
    text = analysis.document.text
    # Looked for in the lower-cased text where it meets the case-blind patterns character for
    # character (the engine jumps between letters there), the words taken from the text itself.
    lowered = ascii_lowered(text)
    patterns, seen = (_PATTERNS, text) if lowered is None else (_LOWER_PATTERNS, lowered)
    found = []
    for i, sentence in enumerate(analysis.sentences):
        line = text[sentence.start : sentence.end]
        for pattern in patterns:
            for m in pattern.finditer(seen[sentence.start : sentence.end]):
                first, second = line[m.start(1) : m.end(1)], line[m.start(2) : m.end(2)]
                part, whole = _value(first), _value(second)
                if not 0 < part < whole:
                    continue  # "one of the" is no tally; "10 of 8" no part of a whole
                start = sentence.start
                spans = (
                    Span(start + m.start(1), start + m.end(1), first),
                    Span(start + m.start(2), start + m.end(2), second),
                )
                found.append((i, (part, whole, *spans, line[m.start() : m.end()])))
    return found


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word.lower()]
