"""A name with a word written all in capitals, in a sentence set in ordinary case, is no person's:
"EYP MCF", "NRP Northfield" are a firm's initials, however the small model tags them.

A given name or surname is written with one capital ("Mark Hurd"); three capitals or more in a
row spell initials ("IBM", "MCF"). Two capitals stay a possible given name ("AJ Green", "JR
Smith"), and so do the numerals of a suffix ("Anthony LaCalamita III"). A person conflict needs
two names that can both be people's: "NRP KLT" / "NRP Northfield" is one firm called by its
initials and by its name, not two people in one role. A headline or paragraph set wholly in
capitals says nothing this way, so its names are left alone.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.model import FindingKind, MentionType

# Three capitals or more: the initials of a body, never a person's given name or surname.
_INITIALS = re.compile(r"[A-Z]{3,}")
# The numerals of a suffix ("III", "VIII"): a person's, written in capitals.
_ROMAN = re.compile(r"[IVXL]+")
# A word in ordinary case: a sentence holding one is not set wholly in capitals.
_LOWER_WORD = re.compile(r"\b[A-Za-z]?[a-z]{2,}\b")


def without_acronym_people(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but person conflicts where either side's name spells a body's initials."""
    return [d for d in drafts if not _initials_as_person(d, left, right)]


def _initials_as_person(draft: Draft, left: Analysis, right: Analysis) -> bool:
    if draft.kind is not FindingKind.CONFLICT or draft.type is not MentionType.PERSON:
        return False
    return any(spells_initials(f, left) for f in draft.left) or any(
        spells_initials(f, right) for f in draft.right
    )


def spells_initials(fact: Fact, analysis: Analysis) -> bool:
    """A word of the name is three capitals or more, and the sentence around it is in ordinary
    case: "NRP KLT has 240 employees", not "NRP KLT SAYS" nor "Anthony LaCalamita III"."""
    words = re.findall(r"[A-Za-z]+", fact.text)
    if not any(_INITIALS.fullmatch(w) and not _ROMAN.fullmatch(w) for w in words):
        return False
    sentence = analysis.sentences[fact.sentence]
    text = analysis.document.text
    around = text[sentence.start : fact.start] + " " + text[fact.end : sentence.end]
    return _LOWER_WORD.search(around) is not None
