"""What a death was caused by, told in two matching sentences: "died of pneumonia" / "died of a
heart attack". A death has the cause its reporters name; two different named causes, neither of
which the other article mentions anywhere, are two versions of one fact. A cause in general
words ("his injuries", "natural causes", "complications") may be a case of any named one.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.align import SentencePair
from desktop.core.extract import Analysis, Fact, Token
from desktop.core.findings.assembly import Draft, aligned_clash
from desktop.core.findings.ledger import Ledger
from desktop.core.lexicon.causes import (
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
        if tokens[at].lower in DIE_FORMS and tokens[at + 1].lower in CAUSE_PREPOSITIONS:
            words = _cause_words(tokens, at + 2)
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
    if a is None or b is None or a.slot.keys() & b.slot.keys():
        return []
    if mentions_cause(analyses[1], a) or mentions_cause(analyses[0], b):
        return []  # "had pneumonia ... died of a heart attack": both may be told
    if not ledger.take("aligned", a, b):
        return []
    return [
        aligned_clash(
            MentionType.OTHER,
            [a],
            [b],
            f"give different causes of death: the left says {a.text!r}, the right {b.text!r}.",
            pair.score,
        )
    ]


def mentions_cause(analysis: Analysis, cause: Fact) -> bool:
    """The article names any word of the cause anywhere ("pneumonia")."""
    words = set(cause.slot)
    return any(t.content in words for tokens in analysis.sentence_tokens for t in tokens)
