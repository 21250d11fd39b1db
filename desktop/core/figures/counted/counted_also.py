"""A count told as more of a harm the story already told: "A man was shot in the leg. Two women
were also shot." "Also" (or "too") on the verb adds these people to those its article told of
before with the same verb, so the figure counts some of the story's toll, never all of it. When
nobody was told of with that verb before ("Three people died. Five were also injured"), the
"also" adds another toll, and the figure is that toll's whole count.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import ADDING_WORDS

_COUNTED = frozenset({"nsubj", "nsubjpass", "dobj"})


def counts_more_of_a_told_harm(span: Any) -> bool:
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.dep_ not in _COUNTED:
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in ADDING_WORDS for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.pos_ == "VERB" for t in span.doc[: verb.sent.start])
