"""A hospital the other article calls by its kind: "was rushed to the Regional Medical Center in
critical condition" / "was flown to the hospital in critical condition".

A police report says where a victim was taken; one paper names the hospital, the other writes
"the hospital", "a local hospital" or "was hospitalized" in the sentence that tells the same
step. That noun refers to the hospital the story is about, so the name is no place the other
article "does not mention". It holds only when the other article names no hospital at all: one
naming a hospital of its own may mean another one (two victims taken to two hospitals), and the
mark stays; so does a name whose partner sentences say nothing of a hospital.
"""

from __future__ import annotations

import re

from desktop.core.extract import Analysis, Fact
from desktop.core.lexicon.name_heads import HOSPITAL_HEADS
from desktop.core.model import MentionType

Partners = dict[int, list[tuple[int, float]]]  # sentence -> aligned sentences of the other side

_HEADS = "|".join(r"\s+".join(map(re.escape, h.split())) for h in sorted(HOSPITAL_HEADS))
_NAME_HEAD = re.compile(rf"(?:{_HEADS})\s*$", re.I)
# A hospital written with a capitalised name before its kind: "Grady Memorial Hospital".
_TITLED = "|".join(r"\s+".join(w.title() for w in h.split()) for h in sorted(HOSPITAL_HEADS))
_NAMED_HOSPITAL = re.compile(rf"\b[A-Z][\w.'’-]*\s+(?:{_TITLED})\b")
# The common noun, or the verb made of it ("was hospitalized in stable condition").
_HOSPITAL_WORD = re.compile(r"\b(?:hospital|hospitals|hospitali[sz]ed)\b")


def hospital_told_by_its_kind(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """This name is a hospital's; the other article names none and writes "hospital" in lower
    case in a sentence aligned with this one."""
    if fact.type not in (MentionType.ORGANISATION, MentionType.PLACE):
        return False
    if _NAME_HEAD.search(fact.text) is None or _names_a_hospital(theirs):
        return False
    text = theirs.document.text
    for j, _ in aligned.get(fact.sentence, []):
        sentence = theirs.sentences[j]
        if _HOSPITAL_WORD.search(text[sentence.start : sentence.end]):
            return True
    return False


def _names_a_hospital(analysis: Analysis) -> bool:
    return analysis.derived("told_hospitals.named", _named)


def _named(analysis: Analysis) -> bool:
    return _NAMED_HOSPITAL.search(analysis.document.text) is not None
