"""What a death was caused by, told in two matching sentences: "died of pneumonia" / "died of a
heart attack". A death has the cause its reporters name; two different named causes, neither of
which the other article mentions anywhere, are two versions of one fact. A cause in general
words ("his injuries", "natural causes", "complications") may be a case of any named one.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings.bookkeeping.assembly import Draft, taken_clash
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.causes import (
    CAUSE_GAP,
    CAUSE_GAP_WORDS,
    CAUSE_OPENERS,
    CAUSE_PREPOSITIONS,
    DIE_FORMS,
    GENERAL_CAUSES,
)
from desktop.core.model import MentionType


def cause_of_death(analysis: Analysis, sentence: int) -> Fact | None:
    """The one named cause "died of/from ..." gives in the sentence, as a fact of its words."""
    tokens = analysis.sentence_tokens[sentence]
    found = []
    for at in range(len(tokens) - 2):
        if tokens[at].lower not in DIE_FORMS:
            continue
        step = at + 1
        while (
            step < len(tokens) and step - at <= CAUSE_GAP and tokens[step].lower in CAUSE_GAP_WORDS
        ):
            step += 1  # "died Wednesday of pancreatic cancer", "died at his home of cancer"
        if step < len(tokens) and tokens[step].lower in CAUSE_PREPOSITIONS:
            words = _cause_words(tokens, step + 1)
            if words:
                found.append(words)
    if len(found) != 1:
        return None
    words = found[0]
    if any(t.content in GENERAL_CAUSES or t.lower in GENERAL_CAUSES for t in words):
        return None
    text = analysis.document.text[words[0].start : words[-1].end]
    fact = Fact(words[0].start, words[-1].end, text, MentionType.OTHER, "", sentence)
    fact.key, fact.value = f"cause:{text.lower()}", text
    fact.slot = {t.content: 1.0 for t in words}
    return fact


def _cause_words(tokens: Sequence[Token], at: int) -> list[Token]:
    """The content words of the cause's noun phrase, up to the first word that is none."""
    while at < len(tokens) and tokens[at].lower in CAUSE_OPENERS:
        at += 1
    words = []
    while at < len(tokens) and tokens[at].content and tokens[at].lower.isalpha():
        words.append(tokens[at])
        at += 1
    return words


def causes_in_pair(
    analyses: tuple[Analysis, Analysis], pair: SentencePair, ledger: Ledger
) -> list[Draft]:
    """Two named causes of death with no word in common, neither named by the other article."""
    a, b = cause_of_death(analyses[0], pair.left), cause_of_death(analyses[1], pair.right)
    if a is None or b is None:
        return []
    told = set(a.slot), set(b.slot)
    if told[0] & told[1]:
        # "lung cancer" / "pancreatic cancer": one illness, two kinds of it. "Cancer" alone may
        # be either kind, so only two kinds each named are two causes.
        kinds = _kinds(a), _kinds(b)
        if not (kinds[0] and kinds[1]) or kinds[0] & kinds[1] or _head(a) != _head(b):
            return []
        told = kinds
    if _mentions(analyses[1], told[0]) or _mentions(analyses[0], told[1]):
        return []  # "had pneumonia ... died of a heart attack": both may be told
    return taken_clash(ledger, a, b, "give different causes of death", pair.score)


def mentions_cause(analysis: Analysis, cause: Fact) -> bool:
    """The article names any word of the cause anywhere ("pneumonia")."""
    return _mentions(analysis, set(cause.slot))


def _mentions(analysis: Analysis, words: set[str]) -> bool:
    return any(t.content in words for tokens in analysis.sentence_tokens for t in tokens)


def _head(cause: Fact) -> str:
    """The illness a cause names, its last word: "cancer" of "pancreatic cancer"."""
    return cause.value.split()[-1].lower() if cause.value else ""


def _kinds(cause: Fact) -> set[str]:
    """The words that say which kind of the illness: "pancreatic" of "pancreatic cancer"."""
    head = _head(cause)
    return {word for word in cause.slot if word != head and not head.startswith(word)}
