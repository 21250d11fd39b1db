"""A hospital the other article calls by its kind: "was rushed to Harlow Medical Center in critical
condition" / "was flown to the hospital in critical condition".

A police report says where a victim was taken; one paper names the hospital, the other writes "the
hospital", "a local hospital" or "was hospitalized" in the sentence that tells the same step: one
aligned with the name's, or one sharing a word of what befell whom ("later died after surgery at
Harlow Medical Center" / "He later died at the hospital"). That noun refers to the hospital the
story is about, so the name is no place the other article "does not mention". It holds only when the
other article names no hospital at all: one naming a hospital of its own may mean another one (two
victims taken to two hospitals), and the mark stays; so does a name no sentence telling the same
step calls a hospital ("The boy underwent surgery at Harlow Medical Center" / "The girl was rushed
to a hospital").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon import GENERIC_SLOT_WORDS
from desktop.core.lexicon.name_heads import HOSPITAL_HEADS
from desktop.core.model import MentionType
from desktop.core.quoting.attribution import REPORTING_VERBS

Partners = dict[int, list[tuple[int, float]]]  # sentence -> aligned sentences of the other side

_HEADS = "|".join(r"\s+".join(map(re.escape, h.split())) for h in sorted(HOSPITAL_HEADS))
_NAME_HEAD = re.compile(rf"(?:{_HEADS})\s*$", re.I)
# A hospital written with a capitalised name before its kind: "Grady Memorial Hospital".
_TITLED = "|".join(r"\s+".join(w.title() for w in h.split()) for h in sorted(HOSPITAL_HEADS))
_NAMED_HOSPITAL = re.compile(rf"\b[A-Z][\w.'’-]*\s+(?:{_TITLED})\b")
# The common noun, or the verb made of it ("was hospitalized in stable condition").
_HOSPITAL_WORD = re.compile(r"\b(?:hospital|hospitals|hospitali[sz]ed)\b")
# Words every sentence of a shooting story may say: they tie no two sentences to one step.
_NOT_STEP_WORDS = (
    REPORTING_VERBS
    | GENERIC_SLOT_WORDS
    | frozenset(["hospital", "hospitals", "hospitalize", "police", "officer", "shooting", "shoot"])
)


def hospital_told_by_its_kind(
    fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners
) -> bool:
    """This name is a hospital's; the other article names none and writes "hospital" in lower
    case in a sentence telling the same step."""
    if fact.type not in (MentionType.ORGANISATION, MentionType.PLACE):
        return False
    if _NAME_HEAD.search(fact.text) is None or _names_a_hospital(theirs):
        return False
    text = theirs.document.text
    near = {j for j, _ in aligned.get(fact.sentence, [])}
    own = _step_words(mine, fact.sentence) - set(fact.text.lower().split())
    for j, sentence in enumerate(theirs.sentences):
        if not _HOSPITAL_WORD.search(text[sentence.start : sentence.end]):
            continue
        if j in near or own & _step_words(theirs, j):
            return True
    return False


def _step_words(analysis: Analysis, i: int) -> set[str]:
    """What a sentence says of the step besides the hospital and the saying: "the child died",
    "his mother", "underwent surgery"; a sentence of the other article sharing one of them
    speaks of the same victim's care, if the aligner did not pair the two."""
    return set(analysis.sentence_words[i]) - _NOT_STEP_WORDS


def _names_a_hospital(analysis: Analysis) -> bool:
    return analysis.derived("told_hospitals.named", _named)


def _named(analysis: Analysis) -> bool:
    return _NAMED_HOSPITAL.search(analysis.document.text) is not None
