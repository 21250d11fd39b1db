"""A body's name with its field before or after the head word, so that no yellow mark says the
other article does not name it.

English names a body either way: the field after the head in an "of" or "for" phrase ("the
Department of Justice", "the Central Commission for Elections") or before it as a noun
("the Justice Department", "the Central Election Commission"), the field noun then in either
number. Only where the head is a word that names a kind of body (``BODY_HEADS``): "the Bank of
America" is no "America Bank". A field that is a known place names where the body is, not
what it deals with, and is left to the rules about places ("Commission of Moldova").
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Fact
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after
from desktop.core.lexicon.name_forms import BODY_HEADS
from desktop.core.locations.places import is_known_place
from desktop.core.model import MentionType

_LINKS = ("of", "for")


def field_in_other_order(fact: Fact, their_text: str) -> bool:
    """The other article writes this body's name with its field on the other side of the head:
    "Central Commission for Elections" / "Central Election Commission", and back."""
    if fact.type is MentionType.PERSON:
        return False
    words = _words(fact.text)
    pattern = _after_head(words) or _before_head(words)
    return pattern is not None and search_after(NO_WORD_BEFORE, pattern, their_text) is not None


def _after_head(words: list[str]) -> re.Pattern[str] | None:
    """ "Central Commission for Elections" -> "Central Election(s) Commission"."""
    cut = next((i for i, w in enumerate(words) if w.lower() in _LINKS), None)
    if cut is None or cut == 0 or words[cut - 1].lower() not in BODY_HEADS:
        return None
    field = words[cut + 1 :]
    if field and field[0].lower() == "the":
        field = field[1:]
    if not 1 <= len(field) <= 2 or not _capitalised(field) or is_known_place(" ".join(field)):
        return None
    before, head = words[: cut - 1], words[cut - 1]
    pieces = [re.escape(w) for w in before] + [_either_number(w) for w in field]
    return re.compile(r"(?i:" + r"\s+".join([*pieces, _either_number(head)]) + r")(?![\w-])")


def _before_head(words: list[str]) -> re.Pattern[str] | None:
    """ "Central Election Commission" -> "Central Commission for Election(s)"; "Justice
    Department" -> "Department of (the) Justice"."""
    if len(words) < 2 or words[-1].lower() not in BODY_HEADS or not _capitalised(words[-2:]):
        return None
    if is_known_place(words[-2]):
        return None
    before, field, head = words[:-2], words[-2], words[-1]
    pieces = [re.escape(w) for w in before] + [_either_number(head)]
    link = r"(?:of|for)\s+(?:the\s+)?"
    return re.compile(
        r"(?i:" + r"\s+".join(pieces) + r"\s+" + link + _either_number(field) + r")(?![\w-])"
    )


def _words(text: str) -> list[str]:
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"['’]s$", "", text).split()


def _capitalised(words: list[str]) -> bool:
    return all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)


def _either_number(word: str) -> str:
    """A noun in the singular or the plural: "Election" / "Elections", "Ministry" /
    "Ministries"."""
    lower = word.lower()
    if lower.endswith("ies"):
        base = lower[:-3]
        return re.escape(base) + "(?:y|ies)"
    if lower.endswith("y"):
        return re.escape(lower[:-1]) + "(?:y|ies)"
    base = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    return re.escape(base) + "s?"
