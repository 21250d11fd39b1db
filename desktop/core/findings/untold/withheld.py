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

from desktop.core.extraction.extract import Analysis, Token
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
from desktop.core.quoting.attribution import REPORTING_VERBS

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


def withheld_pairs(left: Analysis, right: Analysis) -> list[tuple[str, int, int]]:
    """The sentences of the two articles that say alike that one kind of thing is not made
    known, as (kind, left sentence, right sentence): a cause or a motive still open, said in
    each article, is the one open cause of the story both report, however many times either
    says it; information held back only where the two speak of the same thing (``_topic``),
    unless each article says it once."""
    found: list[tuple[str, int, int]] = []
    for kind in _KINDS:
        own, other = _withheld(left)[kind], _withheld(right)[kind]
        if not own or not other:
            continue
        alone = kind != "information" and (len(own) == 1 or len(other) == 1)
        for i in own:
            for j in other:
                if (
                    alone
                    or (len(own) == 1 and len(other) == 1)
                    or _topic(left, i) & _topic(right, j)
                ):
                    found.append((kind, i, j))
    return found


def withheld_phrase(analysis: Analysis, kind: str, i: int) -> tuple[int, int]:
    """The characters of sentence ``i`` that say the thing is not made known."""
    return _withheld(analysis)[kind][i]


def _withheld(analysis: Analysis) -> dict[str, dict[int, tuple[int, int]]]:
    return analysis.derived("withheld.sentences", _build)


def _build(analysis: Analysis) -> dict[str, dict[int, tuple[int, int]]]:
    found: dict[str, dict[int, tuple[int, int]]] = {}
    for kind, says in _KINDS.items():
        found[kind] = {}
        for i, tokens in enumerate(analysis.sentence_tokens):
            phrase = says(tokens)
            if phrase is not None:
                found[kind][i] = (tokens[phrase[0]].start, tokens[phrase[1]].end)
    return found


def _within(span: int, *at: int) -> tuple[int, int] | None:
    """The first and last of the tokens ``at``, when they lie within ``span`` tokens."""
    return (min(at), max(at)) if max(at) - min(at) < span else None


def _holds_back(tokens: list[Token]) -> tuple[int, int] | None:
    """A negation, a verb of making known and a noun of information, all three within
    WITHHELD_SPAN tokens of each other: the first and last of the three."""
    span = tuning.WITHHELD_SPAN
    for k, token in enumerate(tokens):
        if token.lower not in WITHHOLDING_NEGATIONS:
            continue
        start = max(0, k - span + 1)
        near = tokens[start : k + span]
        verbs = [n + start for n, t in enumerate(near) if t.lower in DISCLOSING_FORMS]
        nouns = [n + start for n, t in enumerate(near) if t.noun and t.lower in INFORMATION_NOUNS]
        for v in verbs:
            for n in nouns:
                if (phrase := _within(span, k, v, n)) is not None:
                    return phrase
    return None


def _open(nouns: frozenset[str]) -> Callable[[list[Token]], tuple[int, int] | None]:
    """A reader of the noun (a cause, a motive) with a word that leaves it open ("an
    investigation into the cause", "the cause is unknown") or a word of knowing or making known
    beside a negation ("too early to confirm the cause", "the motive was not immediately clear",
    "police have not released a motive"), all within WITHHELD_SPAN tokens: the first and last
    of them."""

    def says(tokens: list[Token]) -> tuple[int, int] | None:
        span = tuning.WITHHELD_SPAN
        for k, token in enumerate(tokens):
            if not (token.noun and token.lower in nouns):
                continue
            start = max(0, k - span + 1)
            near = list(enumerate(tokens[start : k + span], start))
            for n, t in near:
                if t.lower in OPEN_CAUSE_WORDS and (phrase := _within(span, k, n)) is not None:
                    return phrase
            knowing = [n for n, t in near if t.lower in _KNOWING_OR_TELLING]
            negations = [n for n, t in near if t.lower in OPEN_NEGATIONS]
            for v in knowing:
                for n in negations:
                    if (phrase := _within(span, k, v, n)) is not None:
                        return phrase
        return None

    return says


_KNOWING_OR_TELLING = KNOWING_WORDS | DISCLOSING_FORMS


_KINDS: dict[str, Callable[[list[Token]], tuple[int, int] | None]] = {
    "information": _holds_back,
    "cause": _open(CAUSE_NOUNS),
    "motive": _open(MOTIVE_NOUNS),
}
