"""Ages of two different people in two sentences told alike: never one age told two ways.

"A 24-year-old man was shot in the leg and a 31-year-old man in the arm" / "A 31-year-old man
was shot in the leg and a 24-year-old man in the arm": both sentences age the same two people,
in another order; what differs is who was hit where, not anyone's age. "One victim, 24, was
taken to Stroger Hospital" / "The other victim, 31, was taken to Stroger Hospital": "the other"
says the right's victim is not the left's, so 24 and 31 are two people's ages; so does "also"
right after the person ("A 20-year-old man was also charged": someone besides the one charged
before, perhaps the left's 19-year-old). An age given
beside the same name on both sides ("Smith, 24" / "Smith, 31") is one person's, and a clash.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.events.tolls import is_age
from desktop.core.lexicon.others import OTHER_PERSON_WORDS

_WORD = re.compile(r"[A-Za-z]+")
# "... 20-year-old man was also charged", "The woman, 20, was also hurt": the person's verb says
# it befell them besides someone else.
_ALSO_AFTER = re.compile(
    r"[\w-]*(?:[\s,]+[A-Za-z-]+){0,2}?[\s,]+(?:was|were|is|are|has|have|had)\s+also\b", re.I
)


def ages_of_others(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """``fa`` and ``fb`` are ages of two different people."""
    if not (is_age(fa) and is_age(fb)) or fa.number is None or fb.number is None:
        return False
    if fa.owner and fa.owner == fb.owner:
        return False
    traded = _ages(left, fa)
    if len(traded) > 1 and traded == _ages(right, fb):
        return True
    return _set_apart(left, fa) != _set_apart(right, fb)


def _ages(analysis: Analysis, fact: Fact) -> list[str]:
    return sorted(
        f.number.display() for f in facts_of(analysis, fact.sentence) if f.number and is_age(f)
    )


def _set_apart(analysis: Analysis, fact: Fact) -> bool:
    """The words just before the age, or "also" right after its person, say its person is
    another one than someone told before."""
    start = analysis.sentences[fact.sentence].start
    text = analysis.document.text
    before = _WORD.findall(text[max(start, fact.start - 60) : fact.start])
    near = [w.lower() for w in before[-tuning.OTHER_PERSON_REACH_WORDS :]]
    for i, word in enumerate(near):
        if word in _PRONOUN_ONLY and i < len(near) - 1:
            continue  # "The former president, 77,": an ex-president, not the first of two people
        if word in OTHER_PERSON_WORDS:
            return True
    return _ALSO_AFTER.match(text, fact.end, analysis.sentences[fact.sentence].end) is not None


# Words that set a person apart only standing alone ("the latter, 31,"); before a noun they say
# what post someone held ("the former president").
_PRONOUN_ONLY = frozenset({"former", "latter"})
