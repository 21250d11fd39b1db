"""A count of people set against the people the other article lists one by one for the same
deed: "three others have already been treated and released" / "A 25-year-old female and a
21-year-old male were treated and released".

A subject of single people joined by "and" ("a woman and a man") counts them as a numeral
would: two. When one article counts the people of a deed ("were treated and released", the same
participles) and the other lists them, and the listing article tells that deed of no one else,
the list is its whole count: a list of two against "three" is a conflict, against "two" an
agreement. A deed the listing article tells again elsewhere ("were shot", told of the victims
in every paragraph) may list some of a larger group, and is set against nothing; so is a count
with a bound ("at least three").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import may_hold_case_blind_in
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import questions
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon.people import COUNT_WORDS
from desktop.core.lexicon.victims import (
    COUNT_NOUNS,
    DEED_ADVERBS,
    IRREGULAR_DEED_PARTICIPLES,
    LISTED_GROUP_NOUNS,
    LISTED_OPENERS,
    LISTED_PERSON_NOUNS,
)
from desktop.core.model import FindingKind, MentionType

_AUXILIARY = r"(?:were|are|(?:have|had)\s+(?:(?:{adv})\s+)*been)"
_ADVERBS = "|".join(sorted(DEED_ADVERBS))
_AUX = _AUXILIARY.format(adv=_ADVERBS)
# The deed: one participle, or two joined by "and" ("treated and released"); a regular one or
# one of the irregular participles news copy tells victims with ("were shot", "were hurt").
_PARTICIPLE = rf"(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_DEED_PARTICIPLES))})"
_DEED = rf"(?:(?:{_ADVERBS})\s+)*(?P<deed>{_PARTICIPLE}(?:\s+and\s+{_PARTICIPLE})?)\b"
_COUNT_WORD = rf"(?:\d{{1,2}}|{'|'.join(sorted(COUNT_WORDS))})"
_PERSON = (
    rf"(?:(?:{'|'.join(sorted(LISTED_OPENERS))})\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(LISTED_PERSON_NOUNS))})"
    rf"|{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(LISTED_GROUP_NOUNS))}))"
)
_LIST = re.compile(
    rf"(?P<list>{_PERSON}(?:\s*,\s*{_PERSON})*\s*,?\s+and\s+{_PERSON})\s+{_AUX}\s+{_DEED}", re.I
)
_COUNT = re.compile(
    rf"\b(?P<bound>at\s+least\s+|more\s+than\s+|about\s+|nearly\s+)?"
    rf"(?P<count>\d{{1,2}}|{'|'.join(sorted(COUNT_WORDS))})\s+"
    rf"(?:(?:{'|'.join(sorted(COUNT_NOUNS))})\s+){{0,2}}{_AUX}\s+{_DEED}",
    re.I,
)
_PERSON_START = re.compile(
    rf"(?:^|,\s*|\s+and\s+)(?={_PERSON})(?:(?P<group>{_COUNT_WORD})\s)?", re.I
)
# Every list and count holds its auxiliary between spaces: a sentence without one is not
# searched (the two patterns, tried at every character of every sentence, cost 17 ms on two
# 15,000-word articles).
_AUX_CUE = re.compile(r"\s(?:were|are|been)\s")


@dataclass(frozen=True, slots=True)
class _Told:
    deed: tuple[str, ...]  # the participles, in order: ("treated", "released")
    people: int
    fact: Fact
    bounded: bool = False


def listed_counts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts: list[Draft] = []
    for count_side, list_side, flipped in ((left, right, False), (right, left, True)):
        lists = _lists(list_side)
        for counted in _counts(count_side):
            listed = lists.get(counted.deed)
            if listed is None or counted.bounded or _counted_twice(count_side, counted):
                continue
            pair = (listed.fact, counted.fact) if flipped else (counted.fact, listed.fact)
            if not ledger.take("listed counts", *pair):
                continue
            drafts.append(_draft(counted, listed, pair, flipped))
    return drafts


def _draft(counted: _Told, listed: _Told, pair: tuple[Fact, Fact], flipped: bool) -> Draft:
    deed = " and ".join(counted.deed)
    sides = ("right", "left") if flipped else ("left", "right")
    if counted.people == listed.people:
        return Draft(
            FindingKind.AGREE,
            MentionType.NUMBER,
            [pair[0]],
            [pair[1]],
            f"Both articles tell {counted.people} people {deed}: the {sides[0]} counts them, "
            f"the {sides[1]} lists them one by one ({listed.fact.text!r}).",
            tuning.LISTED_COUNT_AGREE_CONFIDENCE,
        )
    return Draft(
        FindingKind.CONFLICT,
        MentionType.NUMBER,
        [pair[0]],
        [pair[1]],
        f"Different numbers of people {deed}: the {sides[0]} counts {counted.fact.text!r}, the "
        f"{sides[1]} lists {listed.people} ({listed.fact.text!r}).",
        tuning.LISTED_COUNT_CONFIDENCE,
    )


def _sentences(analysis: Analysis) -> list[tuple[int, int, int]]:
    """(sentence, start, end) of each sentence the story tells of its own happening."""
    skipped = questions(analysis) | other_incident_sentences(analysis)
    return [
        (i, tokens[0].start, tokens[-1].end)
        for i, tokens in enumerate(analysis.sentence_tokens)
        if tokens and i not in skipped
    ]


def _lists(analysis: Analysis) -> dict[tuple[str, ...], _Told]:
    """Each deed the article tells of a list of people and of no one else, with that list."""
    text = analysis.document.text
    found: dict[tuple[str, ...], _Told] = {}
    for sentence, start, end in _sentences(analysis):
        if not may_hold_case_blind_in(_AUX_CUE, text, start, end):
            continue
        for match in _LIST.finditer(text, start, end):
            deed = _deed(match)
            people = sum(
                _people(start["group"]) for start in _PERSON_START.finditer(match.group("list"))
            )
            fact = _fact(match, "list", sentence, people)
            if deed not in found and _told_once(analysis, deed[0]):
                found[deed] = _Told(deed, people, fact)
    return found


def _counts(analysis: Analysis) -> list[_Told]:
    text = analysis.document.text
    told = []
    for sentence, start, end in _sentences(analysis):
        if not may_hold_case_blind_in(_AUX_CUE, text, start, end):
            continue
        listed = [m.span("list") for m in _LIST.finditer(text, start, end)]
        for match in _COUNT.finditer(text, start, end):
            if any(start < match.start() < end for start, end in listed):
                continue  # "three men and two women were shot": a member of a list, no count
            people = _people(match.group("count"))
            fact = _engine_fact(analysis, match) or _fact(match, "count", sentence, people)
            told.append(_Told(_deed(match), people, fact, bool(match.group("bound"))))
    return told


def _counted_twice(analysis: Analysis, counted: _Told) -> bool:
    """The article counts the deed's people twice ("two were treated ... three more were
    treated"): which count the list meets is anyone's guess."""
    return sum(1 for c in _counts(analysis) if c.deed == counted.deed) > 1


def _told_once(analysis: Analysis, participle: str) -> bool:
    """The participle stands in one sentence of the article only."""
    word = re.compile(rf"\b{re.escape(participle)}\b", re.I)
    text = analysis.document.text
    return sum(1 for _, start, end in _sentences(analysis) if word.search(text, start, end)) == 1


def _people(word: str | None) -> int:
    """How many people a member of a list counts: one, or its count word's ("two men")."""
    if word is None:
        return 1
    return int(word) if word.isdigit() else COUNT_WORDS[word.lower()]


def _deed(match: re.Match[str]) -> tuple[str, ...]:
    return tuple(w for w in match.group("deed").lower().split() if w != "and")


def _engine_fact(analysis: Analysis, match: re.Match[str]) -> Fact | None:
    """The engine's own fact of the count, so that no other pass gives it a second verdict."""
    start, end = match.span("count")
    return next(
        (f for f in analysis.facts if f.start == start and f.end == end and f.number is not None),
        None,
    )


def _fact(match: re.Match[str], group: str, sentence: int, people: int) -> Fact:
    start, end = match.span(group)
    text = match.string[start:end]
    fact = Fact(start, end, text, MentionType.NUMBER, "CARDINAL", sentence)
    fact.number = NumberValue(float(people), float(people))
    fact.key = fact.value = f"listed:{people}"
    return fact
