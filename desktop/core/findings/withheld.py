"""Information held back, told in other words: "The details of the Boston bid have not been
reported" / "No dollar figures have been released with the offer"; "could not provide more
details" / "the hospital would not release any details"; "the experts would not be making any
public statements" / "They are not expected to give any formal assessment". And a cause still
open: "An investigation is taking place into the cause of the fire" / "it is too early to
confirm the cause".

That nothing was made known is itself what such a sentence reports, and reporters word it with
the negation, the verb of making known and the noun of information each of their own. When each
article says so (a negation, a verb of making known and a noun naming information itself, within
one phrase of WITHHELD_SPAN tokens) once, or in sentences sharing what they speak of ("the
hospital"), the two sentences tell one withholding: neither is a sentence nothing on the other
side tells. So with the noun "cause" beside a word that leaves it open (an investigation,
"unknown", "too early to confirm"): a cause is paired only with a cause, information only with
information. Whoever held it back, if the other article never names them, stays marked (the
names-only mark of ``statements``). An article saying it of several things (the victim's
details, the company's figures) says nothing of which one the other retells unless they share a
word; and a name held back ("would not release the victim's name") is no noun of information: it
is what the other may well give.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.attribution import REPORTING_VERBS
from desktop.core.extract import Analysis, Token
from desktop.core.findings import tuning
from desktop.core.lexicon.withheld import (
    CAUSE_NOUNS,
    DISCLOSING_FORMS,
    INFORMATION_NOUNS,
    KNOWING_WORDS,
    MOTIVE_NOUNS,
    OPEN_CAUSE_WORDS,
    OPEN_NEGATIONS,
    WITHHOLDING_NEGATIONS,
)

# Words of withholding themselves, left out of what a sentence speaks of.
_WITHHOLDING_WORDS = (
    DISCLOSING_FORMS
    | INFORMATION_NOUNS
    | WITHHOLDING_NEGATIONS
    | CAUSE_NOUNS
    | MOTIVE_NOUNS
    | OPEN_CAUSE_WORDS
    | KNOWING_WORDS
    | OPEN_NEGATIONS
)


def told_withheld(mine: Analysis, theirs: Analysis) -> set[int]:
    """The sentences of ``mine`` saying something is not made known (information held back, a
    cause still open) that a sentence of the other article saying the same kind of thing
    retells: the one of each article, or one sharing a content word with it besides the words
    of withholding ("the hospital ... could not provide more details" / "the hospital would not
    release any details")."""
    told: set[int] = set()
    for kind in _KINDS:
        own, other = _withheld(mine)[kind], _withheld(theirs)[kind]
        if not own or not other:
            continue
        if len(own) == 1 and len(other) == 1:
            told.update(own)
            continue
        their_words = [_topic(theirs, j) for j in other]
        told.update(i for i in own if any(_topic(mine, i) & words for words in their_words))
    return told


def _topic(analysis: Analysis, i: int) -> set[str]:
    """What the sentence speaks of besides the withholding and the saying."""
    return {
        t.content
        for t in analysis.sentence_tokens[i]
        if t.content and t.content not in REPORTING_VERBS and t.lower not in _WITHHOLDING_WORDS
    }


def _withheld(analysis: Analysis) -> dict[str, list[int]]:
    return analysis.derived("withheld.sentences", _build)


def _build(analysis: Analysis) -> dict[str, list[int]]:
    return {
        kind: [i for i, tokens in enumerate(analysis.sentence_tokens) if says(tokens)]
        for kind, says in _KINDS.items()
    }


def _holds_back(tokens: list[Token]) -> bool:
    """A negation, a verb of making known and a noun of information, all three within
    WITHHELD_SPAN tokens of each other."""
    span = tuning.WITHHELD_SPAN
    for k, token in enumerate(tokens):
        if token.lower not in WITHHOLDING_NEGATIONS:
            continue
        near = tokens[max(0, k - span + 1) : k + span]
        verbs = [n for n, t in enumerate(near) if t.lower in DISCLOSING_FORMS]
        nouns = [n for n, t in enumerate(near) if t.noun and t.lower in INFORMATION_NOUNS]
        at = k - max(0, k - span + 1)
        for v in verbs:
            for n in nouns:
                if max(at, v, n) - min(at, v, n) < span:
                    return True
    return False


def _open(nouns: frozenset[str]) -> Callable[[list[Token]], bool]:
    """A reader of the noun (a cause, a motive) with a word that leaves it open ("an
    investigation into the cause", "the cause is unknown") or a word of knowing or making known
    beside a negation ("too early to confirm the cause", "the motive was not immediately clear",
    "police have not released a motive"), all within WITHHELD_SPAN tokens."""

    def says(tokens: list[Token]) -> bool:
        span = tuning.WITHHELD_SPAN
        for k, token in enumerate(tokens):
            if not (token.noun and token.lower in nouns):
                continue
            start = max(0, k - span + 1)
            near = tokens[start : k + span]
            at = k - start
            opening = [n for n, t in enumerate(near) if t.lower in OPEN_CAUSE_WORDS]
            if any(abs(n - at) < span for n in opening):
                return True
            knowing = [n for n, t in enumerate(near) if t.lower in _KNOWING_OR_TELLING]
            negations = [n for n, t in enumerate(near) if t.lower in OPEN_NEGATIONS]
            if any(max(at, v, n) - min(at, v, n) < span for v in knowing for n in negations):
                return True
        return False

    return says


_KNOWING_OR_TELLING = KNOWING_WORDS | DISCLOSING_FORMS


_KINDS: dict[str, Callable[[list[Token]], bool]] = {
    "information": _holds_back,
    "cause": _open(CAUSE_NOUNS),
    "motive": _open(MOTIVE_NOUNS),
}
