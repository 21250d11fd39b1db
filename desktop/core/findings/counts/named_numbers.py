"""Numerals that name a thing and count nothing: a number dialled and a firearm's bore.

"A neighbour called 911" / "a neighbour heard four gunshots": 911 is the number the neighbour
dialled, so it never stands against the four. "Crime Stoppers at 1-800-SPEAK-UP" is a telephone
number spelled in letters. "Shot with a .45 caliber pistol" / "with two pistols": .45 is the
pistol's bore, a kind of gun, not how many there were; "9mm", "9-mm", "12-gauge" and
"38-caliber" likewise. A journalist reads all of these as names of things, as a linguist would:
the numeral is the head's label ("a 911 call", "a .40-caliber handgun"), not its quantifier.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extraction.text_search import NO_WORD_OR_HYPHEN_BEFORE, any_of, iter_after
from desktop.core.findings import tuning
from desktop.core.lexicon.dialling import (
    CALIBRE_WORDS,
    CALL_NOUNS,
    CALLING_VERBS,
    EMERGENCY_NUMBERS,
)

# "1-800-SPEAK-UP", "1-866-4WANTED", "(800) 222-TIPS": a toll-free or vanity number, two groups
# of digits and then letters. One group is not enough: "100-YEAR-OLD" in a headline set in
# capitals is an age. Each opens where no word or hyphen stands before it (NO_WORD_OR_HYPHEN_BEFORE,
# checked where the rest is found: a pattern opening with a lookbehind is tried at every character).
_VANITY = re.compile(
    r"(?:1-\d{3}-|\(\d{3}\)\s*\d{3}-|\d{3}-\d{3}-)(?=[\dA-Z-]*[A-Z])"
    r"[\dA-Z]{2,}(?:-[\dA-Z]{2,})*\b"
)
# The emergency number and the word after it: "called 911", "a 911 call", "call police at 911";
# where no word, point or hyphen stands before it (``_NO_WORD_POINT_OR_HYPHEN_BEFORE``).
_NO_WORD_POINT_OR_HYPHEN_BEFORE = re.compile(r"(?<![\w.-])")
_EMERGENCY = re.compile(
    r"(?P<num>" + any_of(EMERGENCY_NUMBERS) + r")(?![\w-]|[.,]\d)[\s-]*(?P<after>[A-Za-z-]+)?"
)
_WORD = re.compile(r"[A-Za-z]+")
# A bore: ".45 caliber", ".40-caliber", "9mm", "9 mm", "9-millimeter", "12-gauge", ".357 Magnum",
# and a bore written with its leading point alone before a weapon (".380 handgun", ".22 rifle").
# Three digits without their point are a bore only before a word that names one ("a 357 caliber
# revolver", "a 357 Magnum"): "300 rounds" counts rounds.
_CALIBRE = re.compile(
    r"(?<![\d.])(?P<num>\.\d{2,3}|\d{1,2}(?:\.\d{1,2})?"
    r"|\d{3}(?=[\s-]?(?i:caliber|calibre|cal|magnum)\b))"
    r"[\s-]?(?P<word>[A-Za-z]+)\b(?! of\b)"
)
_BORE_WEAPONS = frozenset(
    ["handgun", "handguns", "pistol", "pistols", "revolver", "revolvers", "rifle", "rifles",
     "shotgun", "shotguns", "gun", "guns", "semiautomatic", "semi-automatic", "automatic",
     "bullet", "bullets", "round", "rounds", "shell", "shells", "casing", "casings", "ammunition"]
)  # fmt: skip


def dialled_numbers(text: str) -> list[tuple[int, int]]:
    """Where telephone numbers the extractor may read as figures stand: vanity numbers, and the
    emergency number where the words around it say it is dialled (a verb of calling at most
    three words before it, or a noun of calls right after it)."""
    return list(_dialled(text))


# Asked for the page's furniture and for its labels, of the same two texts: read once per text.
@lru_cache(maxsize=16)
def _dialled(text: str) -> tuple[tuple[int, int], ...]:
    spans = [m.span() for m in iter_after(NO_WORD_OR_HYPHEN_BEFORE, _VANITY, text)]
    for m in iter_after(_NO_WORD_POINT_OR_HYPHEN_BEFORE, _EMERGENCY, text):
        before = _WORD.findall(text[max(0, m.start() - 40) : m.start()])[-tuning.CALL_REACH_WORDS :]
        after = (m.group("after") or "").lower()
        if after in CALL_NOUNS or any(w.lower() in CALLING_VERBS for w in before):
            spans.append(m.span("num"))
    return tuple(spans)


def gauges(text: str) -> list[tuple[int, int]]:
    """Where the numerals of shotguns' gauges stand: a gauge counts balls to the pound, a width
    ("9mm", ".45") measures the bore, so the two are never one figure told twice."""
    return [span for span, word in _bores(text) if word == "gauge"]


def calibres(text: str) -> list[tuple[int, int]]:
    """Where the numerals of firearms' bores stand (the numeral's own characters)."""
    return [span for span, _ in _bores(text)]


# Asked sentence pair by sentence pair of the two articles being compared: read once per text.
@lru_cache(maxsize=16)
def _bores(text: str) -> tuple[tuple[tuple[int, int], str], ...]:
    """Each bore's numeral span with the word after it, lower-cased."""
    spans = []
    for m in _CALIBRE.finditer(text):
        word = m.group("word").lower()
        if word in CALIBRE_WORDS or (m.group("num")[0] == "." and word in _BORE_WEAPONS):
            spans.append((m.span("num"), word))
    return tuple(spans)
