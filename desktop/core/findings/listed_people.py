"""A count of people against the people the aligned sentence lists one by one under the same
verb: "three others were treated and released" / "A 25-year-old female and a 21-year-old male
were treated and released" tells two, not three.

A list of people joined by commas and "and", standing as the whole subject of a passive verb,
counts them as plainly as a numeral: each item naming one person with a determiner ("a
25-year-old woman", "her son") counts one, an item opened by a count ("two children") counts
that many. Set against a count that is the subject of the same verb (or the same two verbs,
"treated and released") in the sentence telling the same thing, the two agree, told
differently, or clash. Articles about one shooting are written hours apart, so a clash may be a
toll that changed, and the reason says so.

Only a list that is a clause's whole subject counts: "Two people, a man and a woman, were shot"
counts with its numeral, and "a man and his sons" counts no one exactly. A count of a part
("two of the victims") counts those the verb tells of, as a list does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.align import SentencePair, strongest_first
from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.assembly import Draft
from desktop.core.findings.claims import claimable, is_age
from desktop.core.findings.ledger import Ledger
from desktop.core.lexicon.listed_people import (
    IRREGULAR_PARTICIPLES,
    ITEM_COUNTS,
    LIST_LEADS,
    ONE_LISTED_NOUNS,
    ONE_PERSON_DETERMINERS,
    PASSIVE_AUXILIARIES,
    PLURAL_PERSON_NOUNS,
    PREDICATE_FILLERS,
)
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.values import NumberValue, numbers_compatible


def _alternatives(words: frozenset[str] | dict[str, int] | tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ONE = _alternatives(ONE_LISTED_NOUNS)
_MANY = _alternatives(PLURAL_PERSON_NOUNS)
_DET = _alternatives(ONE_PERSON_DETERMINERS)
_COUNT = rf"(?:\d{{1,2}}|{_alternatives(ITEM_COUNTS)})"
# A word that describes the person: "25-year-old", "wounded", "unidentified"; never a count
# or a joining word.
_MOD = rf"(?!(?:and|or|{_COUNT})\s)(?:\d{{1,3}}-year-old|[a-z][a-z'-]*)"
_ITEM = rf"(?:(?:{_DET}|{_COUNT})\s+)?(?:{_MOD}\s+){{0,3}}?(?:{_ONE}|{_MANY})\b"
_FILL = _alternatives(PREDICATE_FILLERS)
_PARTICIPLE = rf"(?:[a-z]+(?:ed|en)|{_alternatives(IRREGULAR_PARTICIPLES)})"
# "were", "have already been": a filler may stand inside the auxiliary too.
_AUX = "|".join(a.replace(" ", rf"\s+(?:(?:{_FILL})\s+)*") for a in PASSIVE_AUXILIARIES)
# The passive predicate: its verb and a second verb joined to it ("treated and released").
_PREDICATE = rf",?\s+(?:{_AUX})\s+(?:(?:{_FILL})\s+)*(?P<verb>{_PARTICIPLE})(?:\s+and\s+(?P<verb2>{_PARTICIPLE}))?\b"
_LIST = re.compile(rf"(?P<list>{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM}){_PREDICATE}", re.I)
_ITEM_SPLIT = re.compile(r",\s+and\s+|,\s+|\s+and\s+", re.I)
_LEAD = re.compile(
    rf"(?:^\s*|[;:]\s+|[,;]\s+(?:and|but)\s+|\b(?:{_alternatives(LIST_LEADS)})\s+)$", re.I
)
# A counted group with a comma after it: "Two people, a man and a woman": the items after it
# restate the count, they add no one to it.
_RESTATED = re.compile(rf"\b{_COUNT}\s+(?:{_MOD}\s+){{0,3}}?(?:{_MANY}),", re.I)
# After a count, the predicate it is the subject of: "three others have already been treated",
# "Two of the victims were listed".
_COUNT_PREDICATE = re.compile(
    rf"^(?:\s+(?:other\s+)?(?:{_MOD}\s+)?(?:{_MANY}))?"
    rf"(?:\s+of\s+(?:the|them|those)(?:\s+(?:{_MOD}\s+)?(?:{_MANY}))?)?{_PREDICATE}",
    re.I,
)
# Words before a count that make it the object or a part of something else: "two of the
# three people were shot" counts two.
_NOT_SUBJECT = re.compile(r"\b(?:of|the|than|with|to|among)\s+$", re.I)


@dataclass(frozen=True)
class Listing:
    """A list of people standing as a verb's subject: its words, how many, and its verbs."""

    start: int
    end: int
    text: str
    sentence: int
    people: int
    verbs: tuple[str, str]
    inner: tuple[Fact, ...]  # the counts the list's items open with ("two children")


def listed_people(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Each count against the list of people in its aligned sentence told with the same verbs."""
    drafts: list[Draft] = []
    analyses = (left, right)
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        for side in (Side.LEFT, Side.RIGHT):
            mine, theirs = analyses if side is Side.LEFT else analyses[::-1]
            at, other_at = (pair.left, pair.right) if side is Side.LEFT else (pair.right, pair.left)
            for listing in listings(mine):
                if listing.sentence != at or any(ledger.judged(side, f) for f in listing.inner):
                    continue
                count = _count_of(theirs, other_at, listing.verbs, side.other, ledger)
                if count is None:
                    continue
                stand_in = _stand_in(listing)
                a, b = (stand_in, count) if side is Side.LEFT else (count, stand_in)
                if side is Side.LEFT:
                    ledger.judge("listed people", listing.inner, [count])
                else:
                    ledger.judge("listed people", [count], listing.inner)
                drafts.append(_draft(a, b, side, listing, count))
    return drafts


def listings(analysis: Analysis) -> list[Listing]:
    """The lists of people standing as a passive verb's whole subject, sentence by sentence."""
    return analysis.derived("listed_people.listings", _listings)


def _listings(analysis: Analysis) -> list[Listing]:
    text = analysis.document.text
    found: list[Listing] = []
    for index, sentence in enumerate(analysis.sentences):
        chunk = text[sentence.start : sentence.end]
        for match in _LIST.finditer(chunk):
            if not _LEAD.search(chunk[: match.start()]) or _RESTATED.search(match.group("list")):
                continue
            start, end = sentence.start + match.start("list"), sentence.start + match.end("list")
            people = _people(match.group("list"))
            inner = tuple(
                f
                for f in analysis.facts
                if start <= f.start < end and f.number is not None and not is_age(f)
            )
            verbs = _verbs(match)
            if people and verbs[0]:
                found.append(Listing(start, end, text[start:end], index, people, verbs, inner))
    return found


def _people(words: str) -> int:
    """How many people the items of a list count, or 0 when an item counts no one exactly."""
    total = 0
    for at, item in enumerate(_ITEM_SPLIT.split(words)):
        first, *rest = item.lower().split()
        noun = (rest or [first])[-1]
        if first in ITEM_COUNTS or first.isdigit():
            if noun not in PLURAL_PERSON_NOUNS or noun == "others":
                return 0
            total += ITEM_COUNTS.get(first) or int(first)
        elif noun in ONE_LISTED_NOUNS and (first in ONE_PERSON_DETERMINERS or at > 0):
            total += 1  # "a 23-year-old male and 23-year-old female": the article carries over
        else:
            return 0
    return total


def _verbs(match: re.Match[str]) -> tuple[str, str]:
    """The predicate's participles as written: "wounded" and "hurt" may tell two tolls' worth of
    people ("hurt" may take in those shaken), so only the same participle tells the same people."""
    return match.group("verb").lower(), (match.group("verb2") or "").lower()


def _count_of(
    analysis: Analysis, index: int, verbs: tuple[str, str], side: Side, ledger: Ledger
) -> Fact | None:
    """The count in the sentence that is the subject of the same verbs, not yet judged."""
    for fact, told in subject_counts(analysis, index):
        if told == verbs and not ledger.judged(side, fact):
            return fact
    return None


def subject_counts(analysis: Analysis, index: int) -> list[tuple[Fact, tuple[str, str]]]:
    """The counts of people in a sentence that are the subject of a passive verb, each with its
    verbs as written ("three others have already been treated and released": treated,
    released); never a count inside a list of people, nor one after "of" or "than"."""
    text = analysis.document.text
    sentence = analysis.sentences[index]
    inside = [(x.start, x.end) for x in listings(analysis) if x.sentence == index]
    found = []
    for fact in claimable(analysis):
        number = fact.number
        if fact.sentence != index or number is None or fact.date is not None or is_age(fact):
            continue
        if number.dimension or not number.exact or not 2 <= number.high <= _MOST_COUNTED:
            continue
        if fact.other_event or fact.generic or any(s <= fact.start < e for s, e in inside):
            continue
        if _NOT_SUBJECT.search(text, sentence.start, fact.start):
            continue
        match = _COUNT_PREDICATE.match(text[fact.end : sentence.end])
        if match is not None:
            found.append((fact, _verbs(match)))
    return found


# The most people a report lists one by one rather than counts.
_MOST_COUNTED = 12


def _stand_in(listing: Listing) -> Fact:
    fact = Fact(listing.start, listing.end, listing.text, MentionType.NUMBER, "", listing.sentence)
    fact.number = NumberValue(float(listing.people), float(listing.people))
    fact.value, fact.key = str(listing.people), f"number:{listing.people}"
    fact.slot = {listing.verbs[0]: 1.0}
    return fact


def _draft(a: Fact, b: Fact, listed_side: Side, listing: Listing, count: Fact) -> Draft:
    assert count.number is not None
    counted, listed = listed_side.other.value, listed_side.value
    verbs = " and ".join(v for v in listing.verbs if v)
    told = (
        f"The {counted} article counts {count.text!r} ({verbs}); the {listed} lists them one by "
        f"one, {listing.people} in all: {listing.text!r}."
    )
    if numbers_compatible(NumberValue(float(listing.people), float(listing.people)), count.number):
        return Draft(
            FindingKind.AGREE,
            MentionType.NUMBER,
            [a],
            [b],
            told,
            tuning.LISTED_PEOPLE_CONFIDENCE,
        )
    return Draft(
        FindingKind.CONFLICT,
        MentionType.NUMBER,
        [a],
        [b],
        f"{told} Both cannot be true, unless the count changed between the two reports.",
        tuning.LISTED_PEOPLE_CONFIDENCE,
    )
