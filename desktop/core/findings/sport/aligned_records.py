"""Two different standings in two matching sentences: "The Pirates finished the season 10-6" /
"Pittsburgh ended its season with a 9-7 record", "fired after a 2-13 start" / "with the team at
3-12".

A standing is a team's or a fighter's wins and losses as they stand: a record written after a
verb of standing ("finished 10-6", "improved to 11-4", "is 58-20", "at 2-13"), before a noun of
one ("a 9-7 record", "a 2-13 start") or set off after a name ("The Jazz, 58-20,"). Two matching
sentences that each give one standing tell the same team's, and two records over the same
number of games contradict each other; records one game apart may be the standing before and
after the game the story tells (as bracketed_records.py allows), and records of other lengths
may count other stretches (a season, a career). A score beside a word of a result ("beat
United 3-1") is a game's result, compared by aligned_scores.py; a sentence with several records
may give several teams'. Nor do two records clash when either article gives the other's too
anywhere ("went 21-44 with the team" / "after a 2-13 start"): both tell both stretches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, aligned_clash
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.games import (
    RESULT_WORDS,
    STANDING_AFTER,
    STANDING_BEFORE,
    STANDING_TO_VERBS,
)
from desktop.core.model import MentionType, Side

# Wins-losses(-draws), not inside a longer figure or a year's span ("2012-13").
_RECORD = re.compile(
    r"(?<![\d.,\-\u2013$])(\d{1,3})[-\u2013](\d{1,3})(?:[-\u2013](\d{1,3}))?(?![\d.,]?\d|[-\u2013]\d)"
)
# How far a word of a result may stand before a score it gives, and after it (as aligned_scores).
_RESULT_BEFORE, _RESULT_AFTER = 4, 2


def aligned_records(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    lefts, rights = standings(left), standings(right)
    told = ({r for s in lefts.values() for r in s}, {r for s in rights.values() for r in s})
    drafts = []
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        mine, theirs = lefts.get(pair.left, {}), rights.get(pair.right, {})
        if len(mine) != 1 or len(theirs) != 1:
            continue
        (wins_a, a), (wins_b, b) = next(iter(mine.items())), next(iter(theirs.items()))
        if wins_a == wins_b or sum(wins_a) != sum(wins_b) or wins_a in told[1]:
            continue
        if wins_b in told[0] or ledger.judged(Side.LEFT, a) or ledger.judged(Side.RIGHT, b):
            continue
        ledger.judge("aligned records", [a], [b])
        how = f"the left gives the record {a.text!r} and the right {b.text!r}."
        drafts.append(aligned_clash(MentionType.NUMBER, [a], [b], how, pair.score))
    return drafts


def standings(analysis: Analysis) -> dict[int, dict[tuple[int, ...], Fact]]:
    """Each sentence's standings, record by record (new facts on each call: two passes ask)."""
    found: dict[int, dict[tuple[int, ...], Fact]] = {}
    for sentence, wins, match in analysis.derived("aligned_records.standings", _standings):
        found.setdefault(sentence, {})[wins] = _fact(match, sentence, wins)
    return found


def _standings(analysis: Analysis) -> list[tuple[int, tuple[int, ...], re.Match[str]]]:
    """(sentence, wins, match) of each standing, read once per article. The record pattern opens
    with a lookbehind, tried at every character: only sentences holding a dashed pair of digits
    (``_DASHED``, which every record holds) are searched."""
    text = analysis.document.text
    found = []
    for sentence, tokens in enumerate(analysis.sentence_tokens):
        if not tokens or _DASHED.search(text, tokens[0].start, tokens[-1].end) is None:
            continue
        for match in _RECORD.finditer(text, tokens[0].start, tokens[-1].end):
            wins = tuple(int(g) for g in match.groups() if g is not None)
            if _a_standing(text, tokens, match.start(), match.end()):
                found.append((sentence, wins, match))
    return found


_DASHED = re.compile(r"\d[-\u2013]\d")


def _a_standing(text: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """The record is a standing: after a verb or a preposition of standing, before a noun of
    one, or set off by commas after a name; not a score beside a word of a result."""
    before = [t for t in tokens if t.end <= start]
    after = [t for t in tokens if t.start >= end]
    if before and before[-1].lower in ("(", "-"):
        return False  # "(9-14)": a bracketed record (bracketed_records.py)
    words = [t.lower for t in before if t.lower not in ("a", "an")]
    if len(words) >= 2 and words[-1] == "to" and words[-2] in STANDING_TO_VERBS:
        return True  # "improved to 11-4", "fell to 25-3"
    near = [t.lower for t in before[-_RESULT_BEFORE:] + after[:_RESULT_AFTER]]
    if any(w in RESULT_WORDS for w in near):
        return False  # "beat United 3-1", "a 27-20 win": a game's result
    if after and after[0].noun and after[0].lower not in STANDING_AFTER:
        return False  # "is 10-15 miles away": a range of what the noun counts
    if len(words) >= 2 and words[-1] == "of" and words[-2] in STANDING_AFTER:
        return True  # "a record of 21-44"
    if words and words[-1] in STANDING_BEFORE:
        return True
    if after and after[0].lower in STANDING_AFTER:
        return True
    # "The Jazz, 58-20, have": set off after a name
    return (
        len(before) >= 2
        and before[-1].lower == ","
        and text[before[-2].start : before[-2].start + 1].isupper()
        and bool(after)
        and after[0].lower == ","
    )


def _fact(match: re.Match[str], sentence: int, wins: tuple[int, ...]) -> Fact:
    fact = Fact(match.start(), match.end(), match.group(), MentionType.NUMBER, "", sentence)
    fact.number = NumberValue(wins[0], wins[0])
    fact.value, fact.key = match.group(), f"record:{match.group()}"
    fact.slot = {"record": 1.0}
    return fact
