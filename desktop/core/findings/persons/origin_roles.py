"""A person's or a body's name against the country or place that qualifies their office or kind:
"Chancellor Olaf Brandt met ..." / "The German chancellor met ...", "Governor Jim Hale" / "the
Texas governor", "AC Milan sacked ..." / "The Italian club sacked ...".

A nationality or a place before a noun of office or occupation says whom the holder serves or
where they come from, and before a noun of a kind of body ("club", "carmaker", "bank") whose body
it is; it is not a name put in the person's or the body's place. The two sentences tell one
holder, once by name and once by origin and kind, never two. Two names, or two origins ("the
German chancellor" / "the French chancellor"), stay two answers to one question.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.bodies import BODY_DESCRIPTION_NOUNS
from desktop.core.lexicon.titles import OCCUPATION_NOUNS, PERSON_ROLE_NOUNS
from desktop.core.model import MentionType

_ORIGINS = (MentionType.NATIONALITY, MentionType.PLACE)
_ROLE_NOUNS = OCCUPATION_NOUNS | PERSON_ROLE_NOUNS
# A sports body is called by its kind too: "the Italian club", "the Dutch side" is not a name.
_BODY_NOUNS = BODY_DESCRIPTION_NOUNS | frozenset(["club", "team", "carmaker", "automaker"])
# "the German chancellor", "the Swedish chief executive", "the Texas state senator": the office
# noun comes within two words of the origin.
_ROLE_REACH = 2


def origin_of_role(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """One side names a person (or a body), the other an origin that qualifies an office or
    occupation (or a kind of body)."""
    return any(
        y.type in _ORIGINS and _qualifies(theirs, y, _KINDS_OF[x.type])
        for x, (theirs, y) in ((fa, (right, fb)), (fb, (left, fa)))
        if x.type in _KINDS_OF
    )


def _qualifies(analysis: Analysis, fact: Fact, nouns: frozenset[str]) -> bool:
    after = [t.lower for t in analysis.sentence_tokens[fact.sentence] if t.start >= fact.end]
    return any(word in nouns for word in after[:_ROLE_REACH])


_KINDS_OF = {MentionType.PERSON: _ROLE_NOUNS, MentionType.ORGANISATION: _BODY_NOUNS}
