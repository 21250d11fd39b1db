"""The hurt told by the ordinal one past the dead: "killing two co-workers and critically
injuring a third" / "killing two workers and wounding two others".

After a count of the dead, "a third" (or "a fourth" after three) is one more person: the one hurt.
So a frame "killing N ... and wounding a N+1-th" counts one hurt, and the other article's frame
"killing N ... and wounding M others" with the same dead and M not one says otherwise: a conflict
on how many were hurt. Read only where each article tells the one frame of the dead and the hurt,
and both give the same dead: two frames, or two counts of the dead, may be two shootings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.people import COUNT_WORDS
from desktop.core.model import FindingKind, MentionType, Side

_COUNT = r"(?:\d{1,2}|" + "|".join(sorted([*COUNT_WORDS, "one"], key=len, reverse=True)) + ")"
_ORDINAL = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
# "killing two co-workers and critically injuring a third", "killed 3 people and wounded two
# others": the dead, up to three words of what they were, "and", the verb of hurt and the hurt.
_FRAME = re.compile(
    rf"\bkill(?:ing|ed|s)\s+(?P<dead>{_COUNT})\b(?:\s+[\w-]+){{0,3}}?\s+and\s+(?:\w+ly\s+)?"
    rf"(?:injur|wound|hurt)\w*\s+(?P<hurt>(?:an?\s+(?:{_ORDINAL}))|{_COUNT})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Frame:
    dead: int
    hurt: int
    fact: Fact  # the words that count the hurt: "a third", "two"


def ordinal_victim_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    a, b = _one_frame(left), _one_frame(right)
    if a is None or b is None or a.dead != b.dead or a.hurt == b.hurt:
        return []
    if not _ordinal(a.fact) and not _ordinal(b.fact):
        return []  # two counts in words: the count passes compare them
    if ledger.judged(Side.LEFT, a.fact) or ledger.judged(Side.RIGHT, b.fact):
        return []
    ledger.judge("ordinal victims", [a.fact], [b.fact])
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.NUMBER,
            [a.fact],
            [b.fact],
            f"Both articles count {a.dead} dead, but not the same hurt: the left says "
            f"{a.fact.text!r} ({_people(a.hurt)}), the right {b.fact.text!r} ({_people(b.hurt)}).",
            tuning.ORDINAL_VICTIM_CONFIDENCE,
        )
    ]


def _one_frame(analysis: Analysis) -> _Frame | None:
    """The article's one frame of the dead and the hurt, when it tells the same one throughout."""
    text = analysis.document.text
    frames = []
    for match in _FRAME.finditer(text):
        dead = _value(match.group("dead"))
        hurt_words = match.group("hurt")
        ordinal = hurt_words.split()[-1].lower()
        if ordinal in ORDINAL_WORDS:
            if ORDINAL_WORDS[ordinal] != dead + 1:
                return None  # "killing two and wounding a fifth": no count of one
            hurt = 1
        else:
            hurt = _value(hurt_words)
        start, end = match.span("hurt")
        fact = Fact(start, end, text[start:end], MentionType.NUMBER, "", _sentence(analysis, start))
        frames.append(_Frame(dead, hurt, fact))
    if not frames or len({(f.dead, f.hurt) for f in frames}) != 1:
        return None
    return frames[0]


def _value(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else 1 if word == "one" else COUNT_WORDS[word]


def _ordinal(fact: Fact) -> bool:
    return fact.text.split()[-1].lower() in ORDINAL_WORDS


def _sentence(analysis: Analysis, offset: int) -> int:
    for i, sentence in enumerate(analysis.sentences):
        if sentence.start <= offset < sentence.end:
            return i
    return 0


def _people(count: int) -> str:
    return "one person" if count == 1 else f"{count} people"
