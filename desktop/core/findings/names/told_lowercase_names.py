"""A name of several words the other article writes in lower case, word for word: "a new AMD
unit called Data Center Server Solutions" / "AMD's newly created data-center server solutions
business". A reporter who does not capitalise a unit's or a programme's name still gives it;
the yellow mark would say the other article never mentions what it plainly does. A hyphen joins
what a space separates ("data-center"). Every word must stand, in order, with nothing between:
"server solutions" alone does not tell "Data Center Server Solutions". A word with a capital
inside joins two ("SkyLink Calling" / "sky link calling", "skylink calling"). Never a person, whose
name in lower case would be some other word ("rose", "wood").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_OR_HYPHEN_BEFORE, search_after
from desktop.core.model import MentionType

# The fewest words of a name read this way: one capitalised word may be a common word's
# capital at a sentence's start ("Vodka"; told_common_words), two in a row are a name's.
_NAME_WORDS = 2
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# The words a name written as one word joins with a capital inside: "SkyLink", "DataCenter".
_CAPITALS_INSIDE = re.compile(r"[A-Z][a-z'’]+")


def name_written_in_lower_case(fact: Fact, theirs: Analysis) -> bool:
    """The other article writes this name's words, in order, in lower case."""
    if fact.type is MentionType.PERSON:
        return False
    words = _WORD.findall(re.sub(r"^(?:the|a|an)\s+", "", fact.text.strip(), flags=re.I))
    parts = [_CAPITALS_INSIDE.findall(w) or [w] for w in words]
    if sum(map(len, parts)) < _NAME_WORDS or not all(w[0].isupper() for w in words):
        return False
    text = theirs.document.text
    if any(p.lower() not in text for ps in parts for p in ps):
        return False  # a word missing anywhere: no need to build and run the pattern
    # "SkyLink" is "sky link", "sky-link" or "skylink"; two words of the name stand apart.
    joined = (r"[\s-]?".join(re.escape(p.lower()) for p in ps) for ps in parts)
    pattern = compiled(r"[\s-]+".join(joined) + r"(?![\w-])")
    return search_after(NO_WORD_OR_HYPHEN_BEFORE, pattern, text) is not None
