"""Initials an article defines in brackets after a name it gives in full, when the other article
gives that name: "the Fundamentalist Church of Jesus Christ of Latter-day Saints (FLDS)".

The writer says there that the initials stand for the name, even when they are not its plain
initials (FLDS, CREEP), so every later "FLDS" names what the other article names in full: no
yellow mark on the initials. Nor on the initials misprinted with two neighbouring letters swapped
("FDLS" in an article that defined "FLDS"): a slip of the keys, the same body.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.names.told_body_forms import body_told_in_another_form
from desktop.core.findings.untold.told import told_elsewhere
from desktop.core.model import MentionType
from desktop.core.naming.names import fold

# Two to six capitals (a small letter inside, as in "FLDs", is no initialism).
_INITIALS = re.compile(r"[A-Z][A-Z&]{1,5}")
_NAME_TYPES = frozenset({MentionType.ORGANISATION, MentionType.PLACE, MentionType.OTHER})
# The brackets right after the name, or after up to two capitalised words the tagger left out of
# it ("... of Latter-day" tagged, "Saints (FLDS)" after it).
_BRACKETED = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s*\((?:the\s+)?([A-Z][A-Z&]{1,5})\)")
_REACH = 40  # characters: two words and the brackets


def initials_told_by_full_name(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """These initials stand, by this article's own brackets, for a name the other article gives."""
    if fact.type not in _NAME_TYPES or not _INITIALS.fullmatch(fact.text):
        return False
    defined = mine.derived("told_bracketed_initials.defined", _defined)
    full = next((defined[k] for k in _read_as(fact.text) if k in defined), None)
    return full is not None and (
        told_elsewhere(full, theirs)
        or body_told_in_another_form(full, theirs)
        or fold(full.text) in fold(theirs.document.text)
    )


def _defined(analysis: Analysis) -> dict[str, Fact]:
    """Initials -> the name they follow in brackets: "Committee to Re-Elect the President
    (CREEP)"."""
    text = analysis.document.text
    out: dict[str, Fact] = {}
    for fact in analysis.facts:
        if fact.type not in _NAME_TYPES or len(fact.text.split()) < 2:
            continue
        found = _BRACKETED.match(text, fact.end, fact.end + _REACH)
        if found:
            out.setdefault(found.group(1), fact)
    return out


def _read_as(initials: str) -> list[str]:
    """The initials as written, then each reading with two neighbouring letters swapped back."""
    swaps = [
        initials[:i] + initials[i + 1] + initials[i] + initials[i + 2 :]
        for i in range(len(initials) - 1)
        if initials[i] != initials[i + 1]
    ]
    return [initials, *swaps]
