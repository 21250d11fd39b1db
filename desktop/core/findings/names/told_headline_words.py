"""A headline's common words read as a name, told by the other article in plain words.

A headline set in title case capitalises every word, and the parser may read a run of them as a
name: "Inmate Pulls Gun On And Handcuffs Guards" gives an organisation "Handcuffs Guards". The
capitals are no evidence of a name there. Where the article never writes those words with
capitals inside a sentence, and the other article writes each of them in lower case, in any
inflection ("handcuffed them", "two guards"), the other article tells the same words: no name
is one-sided. One word alone is ``told_names``' business (its plural only: "Riot" / "riots").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.lexicon import ENGLISH_FUNCTION_WORDS

_WORD = re.compile(r"[A-Za-z]+")
_LONGER = re.compile(r"[A-Za-z][\w'’-]{4,}")  # "with", "from" stay small in titles
# Endings of the inflections a headline's verb or noun may take: "handcuffs" / "handcuffed".
_ENDINGS = ("ing", "ed", "es", "s")


def headline_words_told(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This name is a run of a title-case headline's words the other article writes in lower
    case (see the module)."""
    words = [w for w in _WORD.findall(fact.text) if w.lower() not in ENGLISH_FUNCTION_WORDS]
    if len(words) < 2 or not all(w[0].isupper() and w[1:].islower() for w in words):
        return False
    stems = theirs.derived("told_headline_words.stems", _lower_stems)
    if not all(_stem(w.lower()) in stems for w in words):
        return False
    text = mine.document.text
    return all(
        _in_title_case_line(m.start(), text) for m in compiled(re.escape(fact.text)).finditer(text)
    )


def _in_title_case_line(start: int, text: str) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    longer = _LONGER.findall(line)
    return len(longer) >= 3 and all(w[0].isupper() for w in longer)


def _lower_stems(analysis: Analysis) -> frozenset[str]:
    """The stems of every word the article writes in lower case, made once per article."""
    # Each distinct word stemmed once: a word recurs many times in an article.
    return frozenset(_stem(w) for w in set(_WORD.findall(analysis.document.text)) if w.islower())


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
