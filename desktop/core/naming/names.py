"""Names as reporters write them: titles and ranks, surnames, acronyms, nationalities.

"President Ilham Aliyev", "Aliyev" and "Azerbaijan's president" name one person; "Russian" points
at Russia; "U.S. Geological Survey" and "USGS" are one organisation. These helpers turn surface
forms into keys that can be compared within and across articles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from desktop.core.lexicon import SPELLING_VARIANTS
from desktop.core.lexicon.aliases import ALIASES
from desktop.core.lexicon.compass_places import COMPASS_NAMED_PLACES, DIRECTION_WORDS
from desktop.core.lexicon.demonyms import DEMONYMS
from desktop.core.lexicon.name_parts import NAME_PARTICLES
from desktop.core.lexicon.people import GENERATIONS
from desktop.core.lexicon.titles import FALSE_TITLES, NAME_TITLES

_FILLER = frozenset(["the", "of", "and", "&", "a", "an", "for", "in", "on", "at"])
_CORP_SUFFIXES = frozenset(
    ["inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "co", "co.", "plc", "group"]
)


@lru_cache(maxsize=16384)
def bare_name(text: str) -> str:
    """A name as the article writes it, less the article before it and the possessive after it:
    "the Labour Party's" -> "Labour Party"."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"['’]s?$", "", text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents and punctuation (keeping hyphens in words), collapse spaces.
    Cached: the same names are folded tens of thousands of times in one comparison."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").lower()
    text = re.sub(r"'s\b|'\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"(?<!\w)-|-(?!\w)", " ", text)
    return " ".join(text.split())


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """("Major", "Ivan", "Petrov") -> (["Major"], ["Ivan", "Petrov"]); so too an occupation
    written before the name ("Comedian Ellen DeGeneres")."""
    i = 0
    while i < len(words) - 1 and words[i].lower().rstrip(".") in NAME_TITLES | FALSE_TITLES:
        i += 1
    return words[:i], words[i:]


def name_within(a: str, b: str) -> bool:
    """ "Luis Gerardo" within "Luis Gerardo 'Jerry' Ortiz", "Hawaiian" within "Hawaiian Gardens":
    a name the parser cut short (at a nickname, a bracket) is that name, not another one."""
    small, large = sorted((fold(a).split(), fold(b).split()), key=len)
    return bool(small) and all(word in large for word in small)


def spelled_alike(a: str, b: str) -> bool:
    """ "Gordon Advisers" / "Gordon Advisors", "Trade Centre" / "Trade Center": the same words,
    one of them in another accepted spelling."""
    words_a, words_b = fold(a).split(), fold(b).split()
    if words_a == words_b or len(words_a) != len(words_b):
        return False
    # "St. Petersburg" / "Saint Petersburg", "Mt. Vernon" / "Mount Vernon": a place's first word
    # abbreviated (a last "St." is a street, so only the first).
    words_a[0], words_b[0] = (_FIRST_WORDS.get(w, w) for w in (words_a[0], words_b[0]))
    return all(
        x == y or bool(_spellings(x) & _spellings(y)) for x, y in zip(words_a, words_b, strict=True)
    )


_FIRST_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def initials_of(short: str, full: str) -> bool:
    """ "L.A." / "Los Angeles", "UN" / "United Nations", "D.C." / "District of Columbia": the
    short name is the capitals that open the long one's words, small words ("of", "and") left
    out, with dots or without."""
    if not _INITIALISM.fullmatch(short.strip()):
        return False
    letters = re.sub(r"[.\s]", "", short)
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", full) if w.lower() not in _SMALL_WORDS]
    return len(words) == len(letters) and all(
        w[0] == c for w, c in zip(words, letters, strict=True)
    )


# Two to five capitals, dotted ("L.A.", "U. S.") or not ("UN", "NYPD").
_INITIALISM = re.compile(r"(?:[A-Z]\.\s?){2,5}|[A-Z]{2,5}")
_SMALL_WORDS = frozenset(["of", "and", "the", "for", "&"])


def _spellings(word: str) -> set[str]:
    """The word and its other accepted spellings ("centre" -> "center")."""
    stem, plural = (word[:-1], "s") if word.endswith("s") and len(word) > 3 else (word, "")
    return {word} | {
        stem[: -len(first)] + second + plural
        for first, second in SPELLING_VARIANTS
        if stem.endswith(first)
    }


@lru_cache(maxsize=4096)
def person_key(name: str) -> tuple[str, str]:
    """A person's (first, last) name, folded; titles, initials' dots and suffixes dropped."""
    words = [w for w in fold(name).split() if w not in GENERATIONS]
    _, words = split_title(words)
    if not words:
        return "", ""
    if len(words) == 1:
        return "", words[0]
    return words[0], words[-1]


@lru_cache(maxsize=4096)
@lru_cache(maxsize=65536)  # asked tens of thousands of times a comparison, of a few hundred names
def place_key(name: str) -> str:
    """A place's key: "southern Iran" -> "iran", "the U.S." -> "united states", "Russian" ->
    "russia"."""
    folded = fold(name)
    if folded in DEMONYMS:
        return DEMONYMS[folded]
    named = folded.split()
    while named and named[0] in _FILLER:
        named = named[1:]
    if " ".join(named) in COMPASS_NAMED_PLACES:
        return " ".join(named)
    words = [w for w in folded.split() if w not in DIRECTION_WORDS]
    while words and words[0] in _FILLER:
        words = words[1:]
    key = " ".join(words) or folded
    return ALIASES.get(key, key)


@lru_cache(maxsize=4096)
def org_key(name: str) -> str:
    folded = fold(name)
    words = [w for w in folded.split() if w not in _CORP_SUFFIXES]
    while words and words[0] in _FILLER:
        words = words[1:]
    key = " ".join(words) or folded
    key = re.sub(r"^u s\b", "united states", key)
    return ALIASES.get(key, key)


@lru_cache(maxsize=16384)  # linking asks it of each name against every other (11,000 calls)
def acronym(name: str) -> str:
    """Initials of a multi-word name: "United States Geological Survey" -> "usgs"; else "".
    A hyphen joins two words of the name as a space does: "Hewlett-Packard" -> "hp"."""
    words = [w for w in fold(name).replace("-", " ").split() if w not in _FILLER]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words)


_COUNTRIES = frozenset(v for v in DEMONYMS.values() if " " not in v)


def nationality_country(text: str) -> str | None:
    folded = fold(text)
    if folded in DEMONYMS:
        return DEMONYMS[folded]
    if folded.endswith("s") and folded[:-1] in DEMONYMS:
        return DEMONYMS[folded[:-1]]
    compass, _, rest = folded.partition(" ")
    country = nationality_country(rest) if rest else None
    if country is not None and f"{compass} {country}" in COMPASS_NAMED_PLACES:
        return f"{compass} {country}"  # "South Sudanese", "North Korean": the compass is the name's
    return _demonym_of(folded)


def _demonym_of(folded: str) -> str | None:
    """A country's adjective formed by the usual suffixes when the list spells it otherwise:
    "Somalian" and "Somali" both say Somalia, "Kenyan" Kenya, "Iraqi" Iraq."""
    for suffix, ending in (("n", ""), ("an", ""), ("ian", ""), ("ian", "a"), ("i", "a"), ("i", "")):
        if folded.endswith(suffix) and len(folded) > len(suffix) + 3:
            stem = folded[: -len(suffix)] + ending
            if stem in _COUNTRIES:
                return stem
    return None


def name_words(tokens: list[Any]) -> list[Any]:
    """The words of a personal name the model read too far: a name ends at its first lower-case
    word that is no family-name particle ("Robert shot Carla" is "Robert"; "Ludwig van Beethoven"
    stays whole). The tokens are the parser's (a truecased copy of an ALL-CAPS article reads in
    ordinary case)."""
    for i, tok in enumerate(tokens):
        if i and tok.is_alpha and tok.text[0].islower() and tok.lower_ not in NAME_PARTICLES:
            return tokens[:i]
    return tokens
