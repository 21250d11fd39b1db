"""A share told as a fraction in one sentence and as a percentage in the sentence that tells the
same thing: "accounting for half of the company's sales" / "about 60 percent of its revenue".

A fraction word is a percentage (lexicon ``FRACTION_WORDS``: "half" is 50 percent, "a third" 33),
with the slack a reporter's round fraction allows (``tuning.FRACTION_SLACK``, twice that after a
hedge: "about half"). Each sentence must give its one share of a whole (the fraction or the
percentage before "of"), so that the two can only be the same share. Inside the slack they agree
("half" / "50 percent"); outside it they are a conflict that says both may be true, as any
estimate is that does not hold the other figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of, search_case_blind
from desktop.core.figures.changes.fraction_shares import read_as_share, told_as_ratio
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import claimable, number_relation
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.shares import FRACTION_WORDS
from desktop.core.model import MentionType, Side

_FRACTIONS = any_of(FRACTION_WORDS)
# "half of the company's sales", "about a third of its members": a fraction taken of a whole.
# Not "the second half of the year" (a part of a time) nor "half an hour": the "of" and nothing
# that makes the fraction a noun of its own ("the", "a second") before it.
_FRACTION_OF = re.compile(
    rf"(?<![\w-])(?<!the )(?<!first )(?<!second )(?<!other )"
    rf"((?:(?:about|around|nearly|almost|roughly|some)\s+)?(?:{_FRACTIONS}))\s+of\b",
    re.I,
)
_OF = re.compile(r"\s+of\b")


def fraction_pairs(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Each well-aligned pair where one sentence gives its share as a fraction in words and the
    other as a percentage, compared as two percentages."""
    drafts: list[Draft] = []
    refs = (left.reference_date, right.reference_date)
    shares = (_percent_shares(left), _percent_shares(right))
    # Two fractions in words are looked for only when each article has one somewhere.
    any_fraction = all(search_case_blind(_FRACTION_OF, a.document.text) for a in (left, right))
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        for side, percents, words_in in (
            (Side.LEFT, shares[0].get(pair.left, []), (right, pair.right)),
            (Side.RIGHT, shares[1].get(pair.right, []), (left, pair.left)),
        ):
            other, sentence = words_in
            if len(percents) != 1 or (shares[side is Side.LEFT]).get(sentence):
                continue
            fraction = _lone_fraction(other, sentence)
            if fraction is None:
                continue
            percent = percents[0]
            if ledger.judged(side, percent) or ledger.judged(side.other, fraction):
                continue
            assert percent.number is not None and fraction.number is not None
            rel = number_relation(percent.number, fraction.number)
            if rel is None:
                continue
            a, b = (percent, fraction) if side is Side.LEFT else (fraction, percent)
            ledger.judge("fraction", [a], [b])
            drafts.append(value_draft(rel, a, b, "", refs, 0.6 + pair.score / 2))
        if not shares[0].get(pair.left) and not shares[1].get(pair.right) and any_fraction:
            draft = _two_fractions(left, right, pair, ledger)
            if draft is not None:
                drafts.append(draft)
    return drafts


def _two_fractions(
    left: Analysis, right: Analysis, pair: SentencePair, ledger: Ledger
) -> Draft | None:
    """ "A third of the town's homes" / "Half of the homes": both sentences give their one share in
    words, of a whole they name alike, compared as two percentages."""
    a, b = _lone_fraction(left, pair.left), _lone_fraction(right, pair.right)
    if a is None or b is None or ledger.judged(Side.LEFT, a) or ledger.judged(Side.RIGHT, b):
        return None
    if not _whole_words(left, a) & _whole_words(right, b):
        return None  # "half of its sales" / "a third of its staff": shares of two wholes
    assert a.number is not None and b.number is not None
    rel = number_relation(a.number, b.number)
    if rel is None:
        return None
    ledger.judge("fraction", [a], [b])
    refs = (left.reference_date, right.reference_date)
    return value_draft(rel, a, b, "", refs, 0.6 + pair.score / 2)


def _whole_words(analysis: Analysis, fraction: Fact) -> set[str]:
    """The words naming the whole a fraction is taken of: "town's", "homes" in "of the town's
    homes were"."""
    bounds = analysis.sentences[fraction.sentence]
    after = analysis.document.text[fraction.end : bounds.end]
    words = _WORD.findall(after.lower())[1 : 1 + _WHOLE_WORDS]  # after "of"
    return {w for w in words if w not in _NOT_THE_WHOLE}


_WORD = re.compile(r"[a-z][a-z'-]*")
# How many words after "of" may name the whole ("the town's damaged homes").
_WHOLE_WORDS = 4
_NOT_THE_WHOLE = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "all", "were", "was", "are", "is",
     "have", "had", "been", "those", "these", "them", "in", "of", "and", "who", "that"}
)  # fmt: skip


def _percent_shares(analysis: Analysis) -> dict[int, list[Fact]]:
    """The percentages of a whole ("60 percent of its revenue"), by sentence."""
    out: dict[int, list[Fact]] = {}
    text = analysis.document.text
    for fact in claimable(analysis):
        # "60 percent of its revenue", "1 in 10 workers": a share of the whole named after it
        shares_a_whole = _OF.match(text, fact.end) is not None or told_as_ratio(fact.text)
        if fact.type is MentionType.PERCENT and shares_a_whole and not fact.other_event:
            out.setdefault(fact.sentence, []).append(fact)
    return out


def _lone_fraction(analysis: Analysis, sentence: int) -> Fact | None:
    """The sentence's one fraction of a whole in words, read as a percentage."""
    bounds = analysis.sentences[sentence]
    found = list(_FRACTION_OF.finditer(analysis.document.text, bounds.start, bounds.end))
    if len(found) != 1:
        return None
    match = found[0]
    words = match.group(1)
    share = read_as_share(words, _UNREAD)
    if share is _UNREAD:
        return None
    fact = Fact(match.start(1), match.end(1), words, MentionType.PERCENT, "", sentence)
    fact.number, fact.value, fact.key = share, share.display(), f"percent:{share.display()}"
    return fact


# Stands for a figure the number reader gave no value: ``read_as_share`` returns it unchanged
# when the words are no fraction.
_UNREAD = NumberValue(0.0, 0.0)
