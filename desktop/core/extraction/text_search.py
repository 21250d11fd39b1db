"""Searching a whole article for a phrase that must stand on its own ("Bush", not "Bushes").

A pattern that opens with a lookbehind (``(?<!\\w)Bush``) is tried at every character of the
text; without it, the regular expression engine jumps from one occurrence of the phrase's first
letters to the next, some twenty times faster on a 90,000-character article. So the phrase is
searched alone and the lookbehind checked where it is found: the same matches, in the same order.

A case-blind pattern (``re.I``) has no letters the engine can jump between: it too is tried at
every character. Its matches are found by their opening letters in the lower-cased text instead
(``iter_case_blind_after``), where that text meets a case-blind search character for character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import cast

NO_WORD_BEFORE = re.compile(r"(?<!\w)")
# A pattern that opens with ``\b`` is, like a lookbehind, tried at every character: ``\b`` is
# checked where the rest is found instead (``search_after(WORD_BOUNDARY, ...)``).
WORD_BOUNDARY = re.compile(r"\b")
NO_WORD_OR_HYPHEN_BEFORE = re.compile(r"(?<![\w-])")


def any_of(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of ``phrases`` as written, the longest first: "a third"
    is tried before "a", so a match never stops at a shorter phrase a longer one begins with."""
    return "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))


def search_after(
    before: re.Pattern[str], pattern: re.Pattern[str], text: str
) -> re.Match[str] | None:
    """What ``re.search(before.pattern + pattern.pattern, text)`` finds, when ``before`` is a
    lookbehind: the first match of ``pattern`` at whose start ``before`` holds."""
    return next(iter_after(before, pattern, text), None)


def iter_after(
    before: re.Pattern[str],
    pattern: re.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """What ``re.finditer(before.pattern + pattern.pattern, text)`` yields (over
    ``text[start:end]``, as ``finditer``'s own bounds), when ``before`` is a lookbehind and
    ``pattern`` never matches the empty string."""
    pos, end = start, len(text) if end is None else end
    while (match := pattern.search(text, pos, end)) is not None:
        if before.match(text, match.start()) is None:
            pos = match.start() + 1  # the lookbehind failed here: the next start is the next try
            continue
        yield match
        pos = match.end()


# The letters outside ASCII that a case-blind pattern matches to ASCII ones: the Kelvin sign
# ("k"), the long s ("s"), the dotted capital I and the dotless small i ("i").
_ASCII_CASE_PARTNERS = re.compile("[\u212a\u017f\u0130\u0131]")


@lru_cache(maxsize=8)
def ascii_lowered(text: str) -> str | None:
    """``text`` lower-cased, where each character of it is the lower case of the text's
    character at the same place and no letter outside ASCII meets an ASCII one in a case-blind
    search; None where either fails (lower-casing "İ" gives two characters)."""
    lowered = text.lower()
    if len(lowered) != len(text) or _ASCII_CASE_PARTNERS.search(text) is not None:
        return None
    return lowered


def may_hold_case_blind(text: str, phrase: str) -> bool:
    """False only where no case-blind pattern that must match ``phrase`` somewhere can match in
    ``text``: the lower-cased text lacks it (a quick look before a pattern tried everywhere)."""
    lowered = ascii_lowered(text) if phrase.isascii() else None
    return lowered is None or phrase.lower() in lowered


def iter_case_blind(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, for a case-blind pattern (``re.I``) that writes no
    capital letter and never matches the empty string. The regular expression engine folds the
    case of each character it compares under ``re.I``: the pattern is run without it over the
    lower-cased text (two to three times faster on a long article), where it matches at the same
    places, and each match is read again from the text there (its groups as written)."""
    if len(text) < _LONG_TEXT:
        return pattern.finditer(text)  # a fact's words: not worth a place among the kept texts
    lowered = ascii_lowered(text)
    twin = _lower_case_twin(pattern)
    if lowered is None or twin is None:
        return pattern.finditer(text)
    spans = [m.span() for m in twin.finditer(lowered)]
    matches = [pattern.match(text, start) for start, _ in spans]
    if any(m is None or m.span() != span for m, span in zip(matches, spans, strict=True)):
        return pattern.finditer(text)  # never met: a pattern that reads case after all
    return iter(cast(list[re.Match[str]], matches))


def search_case_blind(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """What ``pattern.search(text)`` finds, for a pattern ``iter_case_blind`` takes: the first
    match, found in the lower-cased text."""
    lowered = ascii_lowered(text) if len(text) >= _LONG_TEXT else None
    twin = _lower_case_twin(pattern) if lowered is not None else None
    if lowered is None or twin is None:
        return pattern.search(text)
    found = twin.search(lowered)
    if found is None:
        return None
    match = pattern.match(text, found.start())
    if match is None or match.span() != found.span():
        return pattern.search(text)  # never met: a pattern that reads case after all
    return match


# Characters from which a text is an article's (``ascii_lowered`` keeps the last eight).
_LONG_TEXT = 2_000


@lru_cache(maxsize=256)
def _lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without ``re.I``: the same search on lower-cased text when the pattern is
    case-blind and names no capital letter (escapes such as ``\\S`` and group names aside)."""
    source = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", pattern.pattern)
    if (
        not pattern.flags & re.IGNORECASE
        or source != source.lower()
        or _INLINE_FLAGS.search(source)
    ):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")  # "(?-i:...)" reads case inside a case-blind pattern


def may_hold_case_blind_in(cue: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """False only where no case-blind pattern each of whose matches holds a match of ``cue``
    inside ``text[start:end]`` can match there: ``cue`` (lower-case ASCII words, no case to fold)
    is searched in the lower-cased text, a quick look before a pattern tried at every character
    of a sentence. It rules nothing out where the text has letters outside ASCII that a
    case-blind search may match to ASCII ones."""
    lowered = ascii_lowered(text)
    return lowered is None or cue.search(lowered, start, end) is not None


def iter_case_blind_after(
    before: re.Pattern[str], pattern: re.Pattern[str], text: str, opening: str
) -> Iterator[re.Match[str]]:
    """What ``iter_after(before, pattern, text)`` yields, for a case-blind ``pattern`` each of
    whose matches opens with the characters ``opening`` in some case: the places where those
    stand are found in the lower-cased text, and the pattern is tried there alone."""
    lowered = ascii_lowered(text) if opening and opening.isascii() else None
    if lowered is None:
        yield from iter_after(before, pattern, text)
        return
    key, pos = opening.lower(), 0
    while (at := lowered.find(key, pos)) != -1:
        match = pattern.match(text, at) if before.match(text, at) is not None else None
        if match is None:
            pos = at + 1
            continue
        yield match
        pos = match.end()


@lru_cache(maxsize=1024)
def written_alone(phrase: str, text: str) -> bool:
    """``phrase`` stands in ``text`` on its own: "Bush" in "Bush said", not in "Bushes". Cached:
    some passes ask it for every pair of people, with the one article's text each time."""
    return search_after(NO_WORD_BEFORE, re.compile(re.escape(phrase) + r"(?!\w)"), text) is not None


# How far back a word's opening of its sentence is looked for, past the quotes, brackets and
# spaces that may stand before it: a bounded look, where slicing all the text before each word
# cost time linear in the article's length.
_LOOK_BACK = 40


def opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence (or the text): what stands before it, past quotes
    and brackets, ends a sentence or a line ("3 DEAD ... at Bank" is a headline's capital)."""
    before = text[max(0, start - _LOOK_BACK) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def iter_in_cued_lines(
    pattern: re.Pattern[str], cue: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, for a pattern whose every match lies inside one
    line and holds a match of ``cue``: the pattern is tried only on the lines where the cue
    stands (its ``^`` still meets a line's start, its lookbehinds and ``\\b`` the characters
    before it, and the line's end is a line break to ``$`` and ``\\b`` alike)."""
    pos = 0
    while (found := cue.search(text, pos)) is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.start())
        end = len(text) if end < 0 else end
        yield from pattern.finditer(text, start, end)
        pos = end + 1
