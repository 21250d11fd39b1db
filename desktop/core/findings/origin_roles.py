"""A person's name against the country or place that qualifies their office: "Chancellor Olaf
Brandt met ..." / "The German chancellor met ...", "Governor Jim Hale" / "the Texas governor".

A nationality or a place before a noun of office or occupation says whom the holder serves or
where they come from; it is not a name put in the person's place. The two sentences tell one
person, once by name and once by origin and role, never two people. Two names, or two origins
("the German chancellor" / "the French chancellor"), stay two answers to one question.
"""

from __future__ import annotations

from desktop.core.extract import Analysis, Fact
from desktop.core.lexicon.titles import OCCUPATION_NOUNS, PERSON_ROLE_NOUNS
from desktop.core.model import MentionType

_ORIGINS = (MentionType.NATIONALITY, MentionType.PLACE)
_ROLE_NOUNS = OCCUPATION_NOUNS | PERSON_ROLE_NOUNS
# "the German chancellor", "the Swedish chief executive", "the Texas state senator": the office
# noun comes within two words of the origin.
_ROLE_REACH = 2


def origin_of_role(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """One side names a person, the other an origin that qualifies an office or occupation."""
    return any(
        x.type is MentionType.PERSON and y.type in _ORIGINS and _qualifies_role(theirs, y)
        for x, (theirs, y) in ((fa, (right, fb)), (fb, (left, fa)))
    )


def _qualifies_role(analysis: Analysis, fact: Fact) -> bool:
    after = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    return any(word in _ROLE_NOUNS for word in after[:_ROLE_REACH])
