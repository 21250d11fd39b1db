"""A unit named inside its body, told where the other article names the body: "Sgt. Ada Crane of the
Dunmore Metro Police Department Homicide Unit" / "DMPD detectives".

A yellow mark quotes the whole name and says the other article never mentions it. A unit's name is
its body's name with the unit's own words after it (``lexicon/body_units``); an article that names
the body, in the same words or by its initials, reports the body the unit belongs to. The mark
would tell the journalist the other article never names the police department, which it does; the
unit ("Homicide Unit") is a finer detail, as a street is beside its town. A unit whose body the
other article does not name keeps its mark, and so does a bare unit ("the Homicide Unit"): with no
body in it, its name is the unit's alone.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.body_units import UNIT_WORDS
from desktop.core.lexicon.name_forms import BODY_WORDS
from desktop.core.model import MentionType
from desktop.core.naming.body_initials import INITIALS_MIN
from desktop.core.naming.names import acronym, fold

# "the Surrey Police Major Crimes Unit": a police force is named "X Police", with no body word.
_BODY_ENDS = BODY_WORDS | {"police"}


def unit_told_by_its_body(fact: Fact, theirs: Analysis) -> bool:
    """This organisation is a unit named inside its body, and the other article names the body
    in the same words or by its initials."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    body = _body_of_unit(fact.text)
    if body is None:
        return False
    text = theirs.document.text
    words = r"\s+".join(re.escape(w) for w in body.split())
    if re.search(rf"\b{words}\b", text, re.I):
        return True
    initials = acronym(body).upper()
    return len(initials) >= INITIALS_MIN and re.search(rf"\b{initials}\b", text) is not None


def _body_of_unit(name: str) -> str | None:
    """ "Dunmore Metro Police Department Homicide Unit" -> "Dunmore Metro Police Department":
    the words up to the last body word, where a unit word closes the name and a
    name of two words or more stands before it."""
    words = name.split()
    if len(words) < 4 or fold(words[-1]) not in UNIT_WORDS:
        return None
    ends = [i for i, w in enumerate(words[:-1]) if fold(w) in _BODY_ENDS]
    if not ends or ends[-1] < 1 or ends[-1] == len(words) - 2:
        return None  # "Police Unit": no body before it; "Police Department Unit": no unit words
    return " ".join(words[: ends[-1] + 1])
