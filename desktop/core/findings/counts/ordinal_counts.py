"""How many times against which time: "Page married twice" / "after her third marriage failed".

An ordinal of an act ("her third marriage", "his second wife") says the act was done at least
that many times; a count of times ("married twice", "had been married three times") says how
many times it was done in all. When both are told of the same person, a higher ordinal than the
count is a contradiction, wherever in the articles the two are told: one article's count of a
life's marriages is the other article's too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import person_facts
from desktop.core.findings.counts.how_often import counts_of_times
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.acts import (
    AUXILIARIES,
    ELIDED_ORDINAL_DETERMINERS,
    MIN_STEM,
    NOT_ELIDED_AFTER,
    NOUN_ACTS,
    NOUN_ENDINGS,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    STATE_VERBS,
    SUBJECT_PRONOUNS,
)
from desktop.core.model import FindingKind, MentionType, Side


@dataclass(frozen=True, slots=True)
class Told:
    """A count of an act's times, or an ordinal of one of them, with whose act it is."""

    who: str  # the person's surname, lowercase
    act: str  # the act's stem: "marri" for "married" and "marriage"
    number: int
    start: int
    end: int
    sentence: int
    words: str  # "third marriage": what the ordinal says, for the reason
    passive: bool = False  # "Smith was shot twice": the act done to the person, not by them


def act_stem(word: str, *, noun: bool = False) -> str:
    """One stem for a verb and the noun made of it: "marry" and "marriage" give "marri"."""
    word = NOUN_ACTS.get(word, word) if noun else word
    if noun:
        for ending in NOUN_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
    if word.endswith("e"):
        word = word[:-1]
    return word[:-1] + "i" if word.endswith("y") else word


def _person_at(analysis: Analysis, token: Token) -> str:
    """The surname of the person a word names, or a pronoun stands for: the person named last
    before it, or the one a "who" follows."""
    people = person_facts(analysis)
    if token.lower == "who":
        # "Smith, who was married three times": the name the clause hangs on, before its comma.
        text = analysis.document.text
        named = [f for f in people if text[f.end : token.start].strip() == ","]
        return _surname(named[0]) if named else ""
    if token.lower in SUBJECT_PRONOUNS or token.lower in POSSESSIVES:
        before = [f for f in people if f.end <= token.start]
        return _surname(max(before, key=lambda f: f.end)) if before else ""
    covering = [f for f in people if f.start <= token.start < f.end]
    return _surname(covering[0]) if covering else ""


def _surname(fact: Fact) -> str:
    words = fact.value.split()
    return (fact.last or (words[-1] if words else "")).lower()


def counts_told(analysis: Analysis) -> list[Told]:
    """Each "<person> (was) married twice" of the article."""
    found = []
    for sentence, tokens in enumerate(analysis.sentence_tokens):
        for times in counts_of_times(analysis, sentence):
            number = times.number
            if number.bound or not number.exact or number.low != number.high:
                continue  # "at least three times" bounds the count from below only
            at = max(
                (i for i, t in enumerate(tokens) if t.end <= times.start and t.content),
                default=-1,
            )
            if at < 0 or tokens[at].content != times.verb:
                continue
            first = at - 1
            while first >= 0 and tokens[first].lower in AUXILIARIES:
                first -= 1
            if first < 0:
                continue
            who = _person_at(analysis, tokens[first])
            passive = times.verb not in STATE_VERBS and any(
                t.lower in PASSIVE_AUXILIARIES for t in tokens[first + 1 : at]
            )
            if who:
                start = _name_start(analysis, tokens[first])
                act = act_stem(times.verb)
                number_told = int(number.low)
                found.append(Told(who, act, number_told, start, times.end, sentence, "", passive))
    return found


def _name_start(analysis: Analysis, token: Token) -> int:
    """Where the subject's words begin: the whole name, or the pronoun."""
    for fact in analysis.facts:
        if fact.type is MentionType.PERSON and fact.start <= token.start < fact.end:
            return fact.start
    return token.start


def ordinals_told(analysis: Analysis) -> list[Told]:
    """Each "her third marriage", "Page's second husband" of the article."""
    found = []
    for sentence, tokens in enumerate(analysis.sentence_tokens):
        for at in range(1, len(tokens) - 1):
            number = ORDINAL_WORDS.get(tokens[at].lower)
            noun = tokens[at + 1]
            if number is None or number < 2 or not noun.content:
                continue
            owner = tokens[at - 1]
            if owner.lower == "'s" and at >= 2:
                owner = tokens[at - 2]
            elif owner.lower not in POSSESSIVES:
                continue
            who = _person_at(analysis, owner)
            if who:
                start = owner.start if owner is tokens[at - 1] else _name_start(analysis, owner)
                words = analysis.document.text[tokens[at].start : noun.end]
                act = act_stem(noun.content, noun=True)
                told = Told(who, act, number, start, noun.end, sentence, words)
                found.append(told)
                found += _elided_ordinals(analysis, tokens, at + 2, told)
    return found


def _elided_ordinals(
    analysis: Analysis, tokens: Sequence[Token], after: int, told: Told
) -> list[Told]:
    """Each higher ordinal later in the sentence whose noun is left out: English drops a noun an
    ordinal has just said, so "Her second marriage also failed, as did a third" tells a third
    marriage of the same person. A fraction ("a third of her savings") or an ordinal with a
    noun of its own ("the third year") counts nothing here."""
    found = []
    for at in range(after + 1, len(tokens)):
        number = ORDINAL_WORDS.get(tokens[at].lower)
        if number is None or number <= told.number:
            continue
        if tokens[at - 1].lower not in ELIDED_ORDINAL_DETERMINERS:
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if following is not None and (following.noun or following.lower in NOT_ELIDED_AFTER):
            continue
        # The reason names the noun the article left out: "'a third (marriage)' means at least 3".
        said = analysis.document.text[tokens[at - 1].start : tokens[at].end]
        words = f"{said} ({told.words.split()[-1]})"
        found.append(
            Told(told.who, told.act, number, told.start, tokens[at].end, told.sentence, words)
        )
    return found


def ordinal_count_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """A count of one person's act in one article below an ordinal of it in the other, or
    another count of it ("married twice" / "was married three times")."""
    counts = counts_told(left), counts_told(right)
    ordinals = ordinals_told(left), ordinals_told(right)
    drafts = []
    for a in counts[0]:
        for b in counts[1]:
            if (a.who, a.act, a.passive) == (b.who, b.act, b.passive) and a.number != b.number:
                why = f"they count the same person's times differently ({a.number} and {b.number})."
                drafts += _draft((left, a), (right, b), why, ledger)
    for side, (count_side, ordinal_side) in ((Side.LEFT, (0, 1)), (Side.RIGHT, (1, 0))):
        for count in counts[count_side]:
            for ordinal in ordinals[ordinal_side]:
                if (ordinal.who, ordinal.act) != (count.who, count.act):
                    continue
                if ordinal.number <= count.number:
                    continue
                count_text = _text((left, right)[count_side], count)
                why = (
                    f"{ordinal.words!r} means at least {ordinal.number}, but {count_text!r} "
                    f"counts {count.number}."
                )
                pair = ((left, count), (right, ordinal))
                drafts += _draft(*(pair if side is Side.LEFT else pair[::-1]), why, ledger)
    return drafts


def _draft(
    left: tuple[Analysis, Told], right: tuple[Analysis, Told], why: str, ledger: Ledger
) -> list[Draft]:
    facts = _fact(*left), _fact(*right)
    if ledger.judged(Side.LEFT, facts[0]) or ledger.judged(Side.RIGHT, facts[1]):
        return []
    ledger.judge(
        "ordinal",
        [facts[0], *_inside(left[0], facts[0])],
        [facts[1], *_inside(right[0], facts[1])],
    )
    reason = f"The left says {facts[0].text!r}, the right {facts[1].text!r}: {why}"
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.NUMBER,
            [facts[0]],
            [facts[1]],
            reason,
            tuning.ORDINAL_COUNT_CONFIDENCE,
        )
    ]


def _text(analysis: Analysis, told: Told) -> str:
    return analysis.document.text[told.start : told.end]


def _inside(analysis: Analysis, fact: Fact) -> Sequence[Fact]:
    return [f for f in analysis.facts if fact.start <= f.start < fact.end]


def _fact(analysis: Analysis, told: Told) -> Fact:
    text = _text(analysis, told)
    fact = Fact(told.start, told.end, text, MentionType.NUMBER, "", told.sentence)
    fact.key, fact.value = f"times:{told.act}:{told.number}", text
    fact.slot = {told.act: 1.0}
    return fact
