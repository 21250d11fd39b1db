"""General reasons two figures of one kind in aligned sentences are about two things, as a
linguist would state them: another happening or time ("40 deaths last year" / "killed 12"),
a rate against a total ("$5 a day" / "$5,000"), a part against its group ("three of them were
children" / "killed 12"), two holders ("Smith scored 20" / "Jones had 14"), and the size of a
change against a state ("profit rose 5%" / "a margin of 5%").

Each predicate reads the figure's clause (``sentences/clauses.py``) on both sides, and sets the
two apart only when one clause carries the reason and the other does not: two clauses that both
say "last year" may well tell the same last year.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings.sentences.clauses import clauses
from desktop.core.lexicon.claims_apart import (
    CHANGE_BEFORE,
    CHANGE_END_WORDS,
    CHANGE_LEMMAS,
    OTHER_TIME_PHRASES,
    PART_AFTER,
    PART_BEFORE,
    RATE_PERIODS,
    RATE_WORDS,
)
from desktop.core.model import MentionType


@dataclass(frozen=True, slots=True)
class Told:
    """A figure in its clause: the clause's words, and the words right around the figure."""

    fact: Fact
    words: tuple[Token, ...]  # the clause's tokens, in order
    text: str  # the clause, lowercased, with single spaces
    before: tuple[str, ...]  # the clause's words before the figure, lowercased
    after: tuple[str, ...]  # ... and after it
    possessor: str  # the key of a name in the possessive just before the figure: "Smith's 20"


def told(analysis: Analysis, fact: Fact) -> Told:
    """The figure's clause, read once."""
    span = next(
        (c for c in clauses(analysis, fact.sentence) if c[0] <= fact.start < c[1]),
        (analysis.sentences[fact.sentence].start, analysis.sentences[fact.sentence].end),
    )
    words = tuple(
        t for t in analysis.sentence_tokens[fact.sentence] if span[0] <= t.start < span[1]
    )
    text = " ".join(analysis.document.text[span[0] : span[1]].lower().split())
    text_all = analysis.document.text
    possessor = next(
        (
            f.key
            for f in analysis.facts
            if f.sentence == fact.sentence
            and f.type in _HOLDERS
            and f.key
            and span[0] <= f.start
            and f.end < fact.start
            and _POSSESSIVE.match(text_all, f.end)
            and len(text_all[f.end : fact.start].split()) <= _POSSESSOR_WORDS
        ),
        "",
    )
    return Told(
        fact,
        words,
        text,
        tuple(t.lower for t in words if t.end <= fact.start),
        tuple(t.lower for t in words if t.start >= fact.end),
        possessor,
    )


_HOLDERS = frozenset({MentionType.PERSON, MentionType.ORGANISATION})
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
# "Acme's $4 million", "Smith's career-high 20": the possessive stands within a few words.
_POSSESSOR_WORDS = 3


def _phrase_in(phrase: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text) is not None


def _years(t: Told) -> set[str]:
    """Years the clause names apart from the figure itself: "in 2004", "the 1998 record"."""
    return {w for w in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", t.text)} - {t.fact.text.strip()}


def another_happening(a: Told, b: Told) -> bool:
    """One clause ties its figure to another time ("in 2004", "last year", "the previous
    record", "since", "earlier") and the other clause does not share that tie."""
    if _years(a) ^ _years(b):
        return True
    marks_a = {p for p in OTHER_TIME_PHRASES if _phrase_in(p, a.text)}
    marks_b = {p for p in OTHER_TIME_PHRASES if _phrase_in(p, b.text)}
    return bool(marks_a ^ marks_b)


def _rate(t: Told) -> bool:
    near = t.after[:_RATE_REACH]
    if any(w in RATE_WORDS for w in t.before[-2:] + near):
        return True  # "an annual $5 million", "$5 per share", "$3 million each"
    pairs = itertools.pairwise(near)
    return any(w in ("a", "an", "every") and n in RATE_PERIODS for w, n in pairs)


# "500 tonnes of steel a day": the period follows the figure's noun phrase within a few words.
_RATE_REACH = 5


def another_period(a: Told, b: Told) -> bool:
    """A rate against a total: "$5 a day", "2,000 per year", "an annual fee" on one side only."""
    return _rate(a) != _rate(b)


def _part(t: Told) -> bool:
    after = " ".join(t.after[:2])
    before = " ".join(t.before[-3:])
    return (
        t.fact.part
        or any(after == p or after.startswith(p + " ") for p in PART_AFTER)
        or any(before.endswith(p) for p in PART_BEFORE)
    )


def part_and_whole(a: Told, b: Told) -> bool:
    """A part of a group against the group: "three of them", "including four children",
    "among them 12" on one side only. Shares ("52 percent of the vote") are shares of a whole on
    both sides, whatever the words, and never set apart here."""
    if all(t.fact.type is MentionType.PERCENT for t in (a, b)):
        return False
    return _part(a) != _part(b)


def _holder(t: Told, links: dict[str, str]) -> str:
    """Whose figure the clause says it is: the figure's own subject, acting body or owner as the
    extraction read them, or a name in the possessive just before it ("Smith's 20 points",
    "Acme's $4 million offer")."""
    fact = t.fact
    # The nearest word of whose it is first: "the Hawks won behind Smith's 14 points" are Smith's.
    named = fact.owner or t.possessor
    own = links.get(named, named) if named else ""
    key = own or (f"subject:{fact.subject}" if fact.subject else "")
    key = key or (f"party:{fact.party}" if fact.party else "")
    # "person:jane smith", "subject:smith", "party:smith": one holder, by the last word of the name
    return key.split(":")[-1].split()[-1] if key.strip(": ") else ""


def different_holders(a: Told, b: Told, links: dict[str, str]) -> bool:
    """Each figure is said to be someone's, and not the same one's: "Smith's 20 points" /
    "Jones's 20 points". A figure said of no one says nothing of whose it is."""
    mine, theirs = _holder(a, links), _holder(b, {})
    return bool(mine) and bool(theirs) and mine != theirs


def _change(t: Told) -> bool:
    if t.before and t.before[-1] in CHANGE_END_WORDS:
        return False  # "rose to 50", "down from $499": the figure is where the change stood
    if t.before and t.before[-1] in CHANGE_BEFORE:
        return True  # "cut by 5%", "up 12 percent"
    return any(
        w.content in CHANGE_LEMMAS or w.lower in CHANGE_LEMMAS
        for w in t.words
        if w.end <= t.fact.start or w.start >= t.fact.end
    )


def change_against_state(a: Told, b: Told) -> bool:
    """The size of a change against a state: "sales rose 5%" / "a 5% share" on one side only."""
    return _change(a) != _change(b)


Apart = Callable[[Told, Told], bool]
# The reasons in the order a reader would give them; the first that holds is the reason.
REASONS: Sequence[Apart] = (another_happening, another_period, part_and_whole, change_against_state)


def set_apart(a: Told, b: Told, links: dict[str, str]) -> bool:
    """Any general reason sets the two figures apart."""
    return different_holders(a, b, links) or any(reason(a, b) for reason in REASONS)
