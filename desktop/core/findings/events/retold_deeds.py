"""A deed each article tells once, in words of its own: "The man had been dismissed last week" /
"He was fired a week ago", "Police later caught the suspect" / "He was arrested nearby".

Reporters tell one step of a story with other verbs, and a sentence telling it shares few words
with the other's. When each article tells a deed of one kind (``lexicon.deeds.RETOLD_DEEDS``:
dismissing, arresting, resigning, charging ...) in one sentence only, and the two sentences share
at least one more content word, they tell the same happening: neither is a sentence nothing on
the other side tells. A deed an article tells in several sentences (an arrest in a story of many)
says nothing of which of them the other retells, so it counts for none of them; and sharing the
deed alone is not enough, since two deeds of one kind in one story may be two happenings.
"""

from __future__ import annotations

from collections import Counter

from desktop.core.extraction.extract import Analysis, Token
from desktop.core.lexicon.deeds import DEED_IDIOM_OBJECTS, RETOLD_DEEDS, VERB_ONLY_DEEDS
from desktop.core.quoting.attribution import REPORTING_VERBS


def retold_deeds(mine: Analysis, theirs: Analysis) -> set[int]:
    """Sentences of ``mine`` whose one deed of its kind the other article tells in one sentence
    sharing another content word with it."""
    mine_once = _once(mine)
    theirs_once = _once(theirs)
    told = set()
    for deed, (i, deed_words) in mine_once.items():
        if deed not in theirs_once:
            continue
        j, their_deed_words = theirs_once[deed]
        others = set(mine.sentence_words[i]) - deed_words - REPORTING_VERBS
        if not others.isdisjoint(set(theirs.sentence_words[j]) - their_deed_words):
            told.add(i)
    return told


def _once(analysis: Analysis) -> dict[str, tuple[int, frozenset[str]]]:
    """Each deed the article tells in exactly one sentence: that sentence and the words telling
    the deed there."""
    return analysis.derived("retold_deeds.once", _build_once)


def _build_once(analysis: Analysis) -> dict[str, tuple[int, frozenset[str]]]:
    found: dict[str, dict[int, set[str]]] = {}
    for i, tokens in enumerate(analysis.sentence_tokens):
        for k, token in enumerate(tokens):
            deed = _deed(token, tokens[k + 1] if k + 1 < len(tokens) else None)
            if deed:
                found.setdefault(deed, {}).setdefault(i, set()).add(token.content)
    sentences = Counter(deed for deed in found for _ in found[deed])
    return {
        deed: (i, frozenset(words))
        for deed, where in found.items()
        if sentences[deed] == 1
        for i, words in where.items()
    }


def _deed(token: Token, following: Token | None) -> str:
    """The deed a word names, "" for none: a verb-only deed word used as a noun ("the fire") or
    followed by what makes it another act ("caught fire", "fired at") names none."""
    deed = RETOLD_DEEDS.get(token.content, "")
    if not deed or token.content not in VERB_ONLY_DEEDS:
        return deed
    if token.noun or (following is not None and following.lower in DEED_IDIOM_OBJECTS):
        return ""
    if following is not None and following.lower[:1].isdigit():
        return ""
    return deed
