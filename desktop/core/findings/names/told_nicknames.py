"""A person named with a nickname between the given names and the surname, so that no yellow
mark says the other article does not name them.

Reporters write a name the person goes by inside the full name, in brackets or quotes:
"Deputy Luis Gerardo (Jerry) Ortiz", "William "Bill" Lane". The other article may give either
form: "Jerry Ortiz" is that person, and so is "Luis Gerardo Ortiz". A parser often cuts the
full form at the bracket ("Luis Gerardo"), which is the same person again.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after

_OPEN, _CLOSE = "(\"“'‘", ")\"”'’"
# What follows a given name cut at the nickname: " (Jerry) Ortiz", ' "Bill" Lane'.
_NICKNAME_AFTER = re.compile(
    rf"\s*[{_OPEN}](?P<nick>[A-Z][a-z]+)[{_CLOSE}]\s+(?P<last>[A-Z][\w'’-]+)"
)
_NICKNAME_IN_NAME = re.compile(
    rf"[{_OPEN}](?P<nick>[A-Z][a-z]+)[{_CLOSE}]\s+(?P<last>[A-Z][\w'’-]*[\w])"
)
_NICKNAME_REACH = 40  # characters after a name in which its nickname and surname stand


def nickname_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The person is named with a nickname on one side and by it, or by the full name, on
    the other."""
    their_text = theirs.document.text
    words = fact.text.split()
    after = _NICKNAME_AFTER.match(mine.document.text, fact.end, fact.end + _NICKNAME_REACH)
    if after is not None:
        forms = [f"{after['nick']} {after['last']}", f"{fact.text} {after['last']}"]
        return any(_written(form, their_text) for form in forms)
    if len(words) < 2:
        return False
    return (words[0], words[-1]) in theirs.derived("told_nicknames.pairs", _nicknamed)


def _nicknamed(analysis: Analysis) -> frozenset[tuple[str, str]]:
    """Every (nickname, surname) the article writes inside a full name, read once."""
    found = _NICKNAME_IN_NAME.finditer(analysis.document.text)
    return frozenset((m["nick"], m["last"]) for m in found)


def _written(form: str, text: str) -> bool:
    pattern = re.compile(r"\s+".join(map(re.escape, form.split())) + r"(?![\w'’-])")
    return search_after(NO_WORD_BEFORE, pattern, text) is not None
