"""One group's ages listed two ways: "Two men, ages 19 and 22, were shot" / "Two men, 19 and 23,
were shot".

A count of people followed by a list of ages set off by commas gives each of those people's age,
one per person (told_by_listed_ages.py reads the same apposition). When two aligned sentences count
the same number of people and each lists that many ages, the lists are the same people's ages: the
ages both give are matched off, and what is left on each side is one person's age told two ways.
A list of another length than its count, two lists in one sentence, or two counts that differ are
left alone (which person is which cannot be told).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.told_by_listed_ages import MOST_LISTED
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon import PERSON_NOUNS
from desktop.core.lexicon.lone_ages import KINDS_OF_PERSON, PLAIN_KINDS
from desktop.core.model import FindingKind, MentionType, Side

# After the count: one noun for people, then the ages between commas: "men, ages 19 and 22",
# "teens, 15, 16 and 17", "women, aged 30 and 41".
_LISTED = re.compile(
    r"\s+(?P<noun>[a-z-]+),\s+(?P<list>(?:ages?\s+|aged\s+)?\d{1,3}(?:,\s*\d{1,3})*,?\s+and\s+"
    r"\d{1,3})\b(?![.,]?\d|-)"
)
_AGE = re.compile(r"\d{1,3}")


@dataclass(frozen=True)
class _Listed:
    """A counted group's list of ages, as written, with each age's place in the text."""

    count: int
    noun: str  # "men"
    group: str  # "two men"
    words: str  # "ages 19 and 22"
    ages: tuple[tuple[int, int, int], ...]  # (start, end, age) in the article's text


def listed_age_clashes(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    mine, theirs = _lists(left), _lists(right)
    if not mine or not theirs:
        return []
    drafts: list[Draft] = []
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        ours, others = mine.get(pair.left, []), theirs.get(pair.right, [])
        if len(ours) != 1 or len(others) != 1 or ours[0].count != others[0].count:
            continue  # two lists in a sentence, or two counts: which group is which is not told
        a, b = ours[0], others[0]
        if not _one_group(a.noun, b.noun):
            continue  # "two men" / "two women", "two victims" / "two suspects": two groups
        left_ages, right_ages = Counter(x for *_, x in a.ages), Counter(x for *_, x in b.ages)
        if left_ages == right_ages:
            continue
        facts_a = _facts(left, pair.left, a, left_ages - right_ages)
        facts_b = _facts(right, pair.right, b, right_ages - left_ages)
        if any(ledger.judged(Side.LEFT, f) for f in facts_a) or any(
            ledger.judged(Side.RIGHT, f) for f in facts_b
        ):
            continue
        ledger.judge("listed ages", facts_a, facts_b)
        why = (
            f"The left gives the ages of {a.group!r} as {a.words!r}, the right those of "
            f"{b.group!r} as {b.words!r}: one group's ages, not the same on both sides."
        )
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.NUMBER,
                facts_a,
                facts_b,
                why,
                tuning.LISTED_AGES_CLASH_CONFIDENCE,
            )
        )
    return drafts


def _one_group(a: str, b: str) -> bool:
    """Two nouns that may name the same people: the same noun, two of one kind ("men" /
    "males"), or a noun of no kind ("victims", "people") and a plain person's ("men", "teens").
    A role ("suspects", "officers") names only the people of that role."""
    if a == b:
        return True
    kinds = _kind(a), _kind(b)
    if kinds[0] is None or kinds[1] is None:
        return False
    if kinds[0] == kinds[1]:
        return True
    return "" in kinds and any(k in PLAIN_KINDS for k in kinds)


def _kind(noun: str) -> str | None:
    """The kind of person a plural noun names ("men": "male"), None for a role."""
    for form in (noun, noun.removesuffix("s")):
        if form in KINDS_OF_PERSON:
            return KINDS_OF_PERSON[form]
    return None


def _facts(
    analysis: Analysis, sentence: int, listed: _Listed, left_over: Counter[int]
) -> list[Fact]:
    """The ages of the list that the other list does not give, as facts: the article's own fact
    for the numeral when it read one, else a figure made for it."""
    text, wanted, facts = analysis.document.text, Counter(left_over), []
    for start, end, age in listed.ages:
        if wanted[age] <= 0:
            continue
        wanted[age] -= 1
        fact = next((f for f in analysis.facts if f.start == start and f.end == end), None)
        if fact is None:
            fact = Fact(start, end, text[start:end], MentionType.NUMBER, "", sentence)
            fact.number = parse_number(text[start:end])
            fact.key, fact.value = f"age:{age}", str(age)
        facts.append(fact)
    return facts


def _lists(analysis: Analysis) -> dict[int, list[_Listed]]:
    """Each sentence's counted groups listed by age, read once per article."""
    return analysis.derived("listed_age_clashes.lists", _read)


def _read(analysis: Analysis) -> dict[int, list[_Listed]]:
    text, elsewhere = analysis.document.text, other_incident_sentences(analysis)
    out: dict[int, list[_Listed]] = {}
    for fact in analysis.facts:
        number = fact.number
        if fact.type is not MentionType.NUMBER or number is None or not number.exact:
            continue
        if number.dimension or not number.low.is_integer() or fact.sentence in elsewhere:
            continue
        if not 2 <= number.low <= MOST_LISTED:
            continue
        match = _LISTED.match(text, fact.end)
        if match is None or match.group("noun") not in PERSON_NOUNS:
            continue
        start = match.start("list")
        ages = tuple(
            (start + m.start(), start + m.end(), int(m.group()))
            for m in _AGE.finditer(match.group("list"))
        )
        if len(ages) != int(number.low):
            continue  # "Two men, 19 and 22 and 30": not one age a person
        group = f"{fact.text} {match.group('noun')}"
        listed = _Listed(int(number.low), match.group("noun"), group, match.group("list"), ages)
        out.setdefault(fact.sentence, []).append(listed)
    return out
