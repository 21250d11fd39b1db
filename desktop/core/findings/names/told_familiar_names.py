"""A person the other article names by the familiar form of the given name under the same
surname: "Senior Trooper William Calloway" / "technician Bill Calloway".

"Bill" is what a William is called, "Bob" a Robert (``lexicon.GIVEN_NAME_FORMS``, the table
the name linker reads too): one person
named two ways, so no yellow mark says the other article never names him. The given name is the
word before the surname, so a rank the tagger keeps in the name ("Trooper William") does not
hide it. Another given name under the surname ("Richard Calloway") is another person, and the mark
stays.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after
from desktop.core.lexicon import GIVEN_NAME_FORMS
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name

# Each full name with its familiar forms ("william": bill, billy, will, willie), the table turned
# round so a full name finds its forms as a form finds its full name.
_FORMS: dict[str, frozenset[str]] = {}
for _form, _full in GIVEN_NAME_FORMS.items():
    _FORMS[_full] = _FORMS.get(_full, frozenset()) | {_form}


def familiar_name_told(fact: Fact, theirs: Analysis) -> bool:
    """The other article writes this person's surname after the given name's familiar form,
    or after the full name its familiar form is short for."""
    if fact.type is not MentionType.PERSON:
        return False
    words = bare_name(fact.text).split()
    if len(words) < 2:
        return False
    given, surname = words[-2].lower(), words[-1]
    others = _FORMS.get(given, frozenset()) | (
        {GIVEN_NAME_FORMS[given]} if given in GIVEN_NAME_FORMS else frozenset()
    )
    for other in others:
        pattern = compiled(rf"{re.escape(other.capitalize())}\s+{re.escape(surname)}(?![\w'’-])")
        if search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None:
            return True
    return False
