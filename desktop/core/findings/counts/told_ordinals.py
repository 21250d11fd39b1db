"""A count told as an ordinal: "stopped him in six rounds" and "stopped him in the sixth round"
say one thing, as do "wins in six" and "in the 6th round", and "in seven rounds" and "a
seventh-round stoppage" (the ordinal hyphened to its noun). And an ordinal spelled out or in
figures, hyphened or not, is written alike: "the eleventh-hour rules" / "the 11th hour rules".

Only inside a sentence shown as one statement with the other side's: elsewhere "three
children" and "the third child" are two facts. The ordinal must count the same thing, or the
count must stand without a noun of its own ("wins in six"), or the ordinal must leave its
noun to the context ("reach 500 goals" / "the 500th of her career"). Such a milestone
may stand in a sentence aligned only loosely with the count's, told in other words, when both
sentences name the same person: whose count it is.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.model import MentionType

_ORDINAL = re.compile(
    r"\b(?:(?P<digits>\d{1,3}(?:,\d{3})*)(?:st|nd|rd|th)|(?P<word>"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"))\b(?:[\s-]+(?P<noun>[a-z]+))?",  # "the sixth round", "a seventh-round stoppage"
    re.I,
)


def ordinal_told(
    fact: Fact, mine: Analysis, theirs: Analysis, partners: dict[int, list[tuple[int, float]]]
) -> bool:
    """The sentence shown as one statement with this one gives this count as an ordinal of the
    same thing, or an aligned sentence naming the same person gives it as a milestone."""
    number = fact.number
    if number is None or number.low != number.high or number.bound or number.dimension:
        return False
    noun = _noun_after(mine.document.text, fact.end)
    text = theirs.document.text
    people = _people(mine, fact.sentence)
    for j, score in partners.get(fact.sentence, ()):
        sentence = theirs.sentences[j]
        # A milestone ("the 500th of her career") may sit in a sentence told in other words,
        # aligned loosely: the same person named on both sides says whose count it is.
        loose = score < tuning.STATEMENT_AGREE
        if loose and not people & _people(theirs, j):
            continue
        for match in _ORDINAL.finditer(text, sentence.start, sentence.end):
            value = (
                int(match.group("digits").replace(",", ""))
                if match.group("digits")
                else ORDINAL_WORDS[match.group("word").lower()]
            )
            if value != number.low:
                continue
            if _elided(text, match):
                return True
            theirs_noun = (match.group("noun") or "").lower()
            if not loose and (noun is None or _singular(noun) == _singular(theirs_noun)):
                return True
    return False


def _people(analysis: Analysis, sentence: int) -> frozenset[str]:
    """The people a sentence names, by their keys."""
    return frozenset(
        f.key for f in facts_of(analysis, sentence) if f.type is MentionType.PERSON and f.last
    )


def _elided(text: str, match: re.Match[str]) -> bool:
    """ "scoring the 500th of her career": an ordinal followed by "of" and a lower-case word
    stands as the head of its phrase and leaves its noun to the context, so it may count the
    same thing as the partner's count. "the sixth of May" names a day, not an elided noun."""
    if (match.group("noun") or "").lower() != "of":
        return False
    rest = re.match(r"\s+([A-Za-z]+)", text[match.end() : match.end() + 30])
    return rest is not None and rest.group(1)[0].islower()


def _noun_after(text: str, end: int) -> str | None:
    """The word the count counts ("rounds" in "six rounds"); None when none follows ("in six")."""
    match = re.match(r"[ \t]+([a-z]+)", text[end : end + 30])
    return match.group(1) if match else None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def spelled_alike(fact: Fact, theirs: Analysis) -> bool:
    """The other article writes the same words with its ordinals in figures or in letters and
    with or without hyphens ("eleventh-hour" / "11th hour")."""
    mine = _plain(fact.text)
    if not re.search(r"\d(?:st|nd|rd|th)\b", mine):
        return False  # no ordinal: nothing to write another way
    text = theirs.derived("told_ordinals.plain", lambda a: _plain(a.document.text))
    return re.search(rf"(?<![\w]){re.escape(mine)}(?![\w])", text) is not None


def _plain(text: str) -> str:
    """Lower case, ordinals in figures, hyphens as spaces."""
    lowered = re.sub(r"[-‐–]", " ", text.lower())
    return _ORDINAL_WORD.sub(lambda m: _as_figure(ORDINAL_WORDS[m.group(0)]), lowered)


_ORDINAL_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b"
)


def _as_figure(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal_values(text: str, start: int, end: int) -> list[int]:
    """The values of the ordinals written between ``start`` and ``end`` ("the eighth", "61st")."""
    return [
        int(m.group("digits").replace(",", ""))
        if m.group("digits")
        else ORDINAL_WORDS[m.group("word").lower()]
        for m in _ORDINAL.finditer(text, start, end)
    ]
