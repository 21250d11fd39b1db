"""A sentence that goes on telling another event by a pronoun: "The last major quake to hit
southern Iran was in February ... It killed 612 people and injured more than 1,400."

"It" opening a sentence as its subject stands for the subject of the sentence before; when that
subject is an incident the article marks as another ("the last major quake", "an earlier
attack"), the figures "it" is given are that incident's, compared only with values about it.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon import INCIDENT_NOUNS, OTHER_EVENT_CUES, OTHER_INCIDENT_MARKERS

_OTHER = OTHER_EVENT_CUES | OTHER_INCIDENT_MARKERS
_SUBJECTS = ("nsubj", "nsubjpass")


def continues_another_incident(span: Any) -> bool:
    """The figure stands in a sentence whose opening "It" is another incident of the sentence
    before."""
    sent = span.sent
    opener = sent[0]
    if opener.lower_ != "it" or opener.dep_ not in _SUBJECTS or sent.start == 0:
        return False
    before = span.doc[sent.start - 1].sent
    subject = next((t for t in before if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.lemma_.lower() not in INCIDENT_NOUNS:
        return False
    return any(c.dep_ in ("amod", "det") and c.lower_ in _OTHER for c in subject.children)
