"""The deed a verdict idiom names: "Tate was found guilty on March 16" dates a conviction, as
"a jury convicted Tate on March 14" does. "Find" with a verdict for its complement is the
court's one act, which English also says with one verb ("convict", "acquit"); read as "find",
the figure's slot would share no word with the one-verb telling of the same verdict."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop.core.lexicon.steps import (
    FINDING_VERBS,
    VERDICT,
    VERDICT_DEEDS,
    VERDICT_GIVING_VERBS,
)

# How a verdict hangs on "find": "was found guilty" (oprd), "found him guilty" (ccomp, or acomp
# in some parses).
_VERDICT_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def verdict_deed(word: Any) -> tuple[str, Any, Any] | None:
    """For the verb "find" or its verdict word, the deed they name together with the two tokens
    ("convict", found, guilty); None for any other word."""
    if word.lemma_.lower() in FINDING_VERBS:
        finding = word
        verdict = next(
            (c for c in word.children if c.dep_ in _VERDICT_DEPS and c.lower_ in VERDICT_DEEDS),
            None,
        )
    elif word.lower_ in VERDICT_DEEDS and word.dep_ in _VERDICT_DEPS:
        finding, verdict = word.head, word
        if finding.lemma_.lower() not in FINDING_VERBS:
            return None
    else:
        return None
    if verdict is None:
        return None
    negated = any(c.dep_ == "neg" for t in (finding, verdict) for c in t.children)
    written, opposite = VERDICT_DEEDS[verdict.lower_]
    return (opposite if negated else written), finding, verdict


def with_verdict_deeds(
    words: dict[str, float], chain: Iterable[Any], slot_word: Callable[[str], str]
) -> None:
    """Put the deed a verdict idiom of ``chain`` names at the head of a slot's ``words``: "found
    guilty on March 16" dates a conviction. The verdict word stays beside it, as it tells a court's
    step (findings/datetimes/days/steps.py); "find" goes, as it says nothing the deed does not."""
    for verb in chain:
        if _gives_a_verdict(verb):
            # "returned its verdict on Wednesday": the verdict is the deed the day dates.
            words.pop(slot_word(verb.lemma_), None)
            words[VERDICT] = 1.0
        deed = verdict_deed(verb)
        if deed is not None:
            words.pop(slot_word(deed[1].lemma_), None)
            words[slot_word(deed[2].lemma_)] = 0.5
            words[slot_word(deed[0])] = 1.0


def _gives_a_verdict(verb: Any) -> bool:
    """ "The jury returned its verdict", "reached a verdict": a verdict given, either way."""
    return verb.lemma_.lower() in VERDICT_GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == VERDICT for c in verb.children
    )
