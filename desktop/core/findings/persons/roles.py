"""Two names, each given with its own role: "The victim's mother, Angela Brown, said ..." / "The
victim's aunt, Tasha Moore, said ...". A mother and an aunt are two people; the sentence tells
what each said, not two versions of one person's name. The same role with another name ("coach
Sean Miller" / "coach Sean Parker") stays a conflict.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.people import DESCRIPTION_NOUNS, GENDERED_WORDS, KIN_NOUNS

# Nouns that say who a person is to the story, written right before the name or before its
# comma: kin, a description, or one of the roles a local story quotes people in.
_ROLE_NOUNS = (
    KIN_NOUNS
    | DESCRIPTION_NOUNS
    | frozenset(GENDERED_WORDS)
    | frozenset(["neighbor", "neighbour", "friend", "cousin", "witness", "pastor", "classmate",
                 "coworker", "co-worker", "roommate", "landlord", "employee", "owner", "manager"])
)  # fmt: skip


def two_roles(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """Each name follows a role noun, and the two roles differ."""
    roles = _role(left, fa), _role(right, fb)
    return all(roles) and roles[0] != roles[1]


def _role(analysis: Analysis, fact: Fact) -> str:
    """ "mother, Angela Brown", "his aunt Tasha Moore", "neighbor Carla Diaz": the role noun."""
    text = analysis.document.text
    before = [t for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start][-2:]
    if before and before[-1].lower == ",":
        before = before[:-1]
    if not before:
        return ""
    word = before[-1]
    written = text[word.start : word.end]
    if not written.islower():
        return ""  # "Sgt. Ann Cole": a title, read elsewhere
    noun = word.lower.rstrip("s") if word.lower.rstrip("s") in _ROLE_NOUNS else word.lower
    return noun if noun in _ROLE_NOUNS else ""
