"""A count of named things the other article tells by listing their names: "five villages had
been badly hit" / "The most affected villages were Gabardin, Tonban, Karvan, Tourian and
Khaldin".

Writing out the names of the things a count counts gives that count: a list of exactly that
many names, in a sentence that speaks of the same noun ("villages"), tells "five villages".
The names need not be typed alike, nor as places: a tagger reads unknown village names as
people, bodies and peoples at random. Only a list a reporter writes out (``told_by_naming``'s
longest) and only beside the counted noun, so five names in a sentence about something else
tell no count; the names themselves stay facts of their own.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact

# The longest list of names a report writes out for a count (as told_by_naming's people).
_MOST_LISTED = 6
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*"
# "Gabardin, Tonban, Karvan, Tourian and Khaldin": names joined by commas and a last "and".
_LIST = re.compile(rf"{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}")
_ITEM = re.compile(_NAME)


def count_told_by_listing(fact: Fact, theirs: Analysis) -> bool:
    """The other article lists exactly this many names in a sentence about the counted noun."""
    number = fact.number
    if number is None or not number.exact or number.dimension or fact.other_event:
        return False
    if not fact.counted or not number.low.is_integer() or not 2 <= number.low <= _MOST_LISTED:
        return False
    wanted = int(number.low)
    text = theirs.document.text
    for j, sentence in enumerate(theirs.sentences):
        if fact.counted not in theirs.sentence_words[j]:
            continue
        line = text[sentence.start : sentence.end]
        if any(_items(m.group(0)) == wanted for m in _LIST.finditer(line)):
            return True
    return False


def _items(listed: str) -> int:
    return len(_ITEM.findall(listed))
