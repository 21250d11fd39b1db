"""Names the other article gives in a form of its own style, so that no yellow mark says it does
not. A name is reported all the same when the other side writes it

* with its street type spelled out or shortened ("117th Street" / "117th St.", "97th Ave." /
  "97th Avenue"): a place told at the same precision in postal style;
* with another generic word closing a body's name ("Palmer Fire & Rescue" / "Palmer Fire
  Department", "Bayside Clinic" / "Bayside Center"): what goes before that word names the body;
* as the field of an office title in another order or case ("Secretary of the Interior" / "the
  interior secretary", "Commerce Department" / "the commerce secretary");
* with an attributive noun in the other number ("Central Election Commission" / "Central
  Elections Commission"): a noun before the head says what the body deals with, in either
  number; and without the country it is named with ("... Commission of Moldova"), where the
  other side names that country;
* with a place of two words by its initials, or initials spelled out, inside a longer name
  ("Los Angeles County" / "L.A. County", "L.A. County Sheriff" / "LA County Sheriff");
* by a town's official name ("the City of Palmer" / "Palmer");
* as a common word written in capitals for emphasis ("A FIRE-BOMB attack" / "a fire-bomb");
* as a country's institution by its common noun ("the Greek Parliament" / "parliament", where
  the other side names Greece), and a body named by nothing but its kind by that kind ("the
  Police Department" / "police said").

People are never told these ways ("John Adam" is not "John Adams"). A person named in full is
told by the surname alone where the other side writes it as a person's ("Wolfe said", "Riva,
47,") and gives no one else that surname.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import (
    NO_WORD_BEFORE,
    NO_WORD_OR_HYPHEN_BEFORE,
    search_after,
)
from desktop.core.lexicon import INSTITUTION_NOUNS
from desktop.core.lexicon.name_forms import BODY_WORDS, MUNICIPAL_WORDS, OFFICE_HEADS, STREET_TYPES
from desktop.core.locations.places import is_known_place
from desktop.core.locations.street_forms import street_form
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, nationality_country

_HEADS = "|".join(sorted(OFFICE_HEADS, key=len, reverse=True))
_BODIES = "|".join(sorted(BODY_WORDS, key=len, reverse=True))


def told_in_another_form(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """The other article writes this name in its own style (see the module's list)."""
    if fact.type is MentionType.PERSON:
        return False
    text = theirs.document.text
    return (
        _street_type(fact, text)
        or (fact.type is MentionType.PLACE and _street_in_other_style(fact, theirs))
        or (fact.type is MentionType.ORGANISATION and _other_body_word(fact, text))
        or (fact.type is MentionType.ORGANISATION and _office_field(fact, mine, text))
        or _attributive_number(fact, text)
        or _place_by_initials(fact, text)
        or _municipality(fact, text)
        or _shouted_word(fact, text)
        or (fact.type is MentionType.ORGANISATION and _national_institution(fact, text))
        or (fact.type is MentionType.ORGANISATION and _institution_by_kind(fact, text))
    )


def _street_in_other_style(fact: Fact, theirs: Analysis) -> bool:
    """ "5th Street" where the other side writes "Fifth St.", "West Madison Street" where it
    writes "W. Madison St." (street_forms.py)."""
    form = street_form(fact.text)
    return form is not None and form in theirs.derived("told_forms.streets", _street_forms)


def _street_forms(analysis: Analysis) -> frozenset[tuple[str, ...] | None]:
    """The street form of each place the article names, read once, not per place asked (a
    fact's text and type never change after ``analyse``)."""
    return frozenset(street_form(f.text) for f in analysis.facts if f.type is MentionType.PLACE)


def _national_institution(fact: Fact, their_text: str) -> bool:
    """ "the Greek Parliament" where the other side writes "parliament" and names Greece (or the
    Greeks): a country has one parliament, one army, one navy."""
    words = _words(fact)
    if len(words) != 2 or words[1].lower() not in INSTITUTION_NOUNS:
        return False
    country = nationality_country(words[0])
    if country is None:
        return False
    lowered = their_text.lower()
    return re.search(rf"\b{words[1].lower()}\b", lowered) is not None and (
        re.search(rf"\b(?:{re.escape(country)}|{re.escape(words[0].lower())})\b", lowered)
        is not None
    )


def _institution_by_kind(fact: Fact, their_text: str) -> bool:
    """ "the Police Department" where the other side writes "police said" or "Police Chief
    Scott Russell": a body named by nothing but its kind (an institution noun and the generic
    word closing it) names the story's police, army or council, whichever way it is written."""
    words = [w.lower() for w in _words(fact)]
    if len(words) < 2 or words[0] not in INSTITUTION_NOUNS:
        return False
    if not all(w in BODY_WORDS for w in words[1:]):
        return False
    return re.search(rf"\b{re.escape(words[0])}\b", their_text, re.I) is not None


_MUNICIPAL = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(sorted(MUNICIPAL_WORDS)) + r")\s+of\s+(.+)$", re.I
)


def _municipality(fact: Fact, their_text: str) -> bool:
    """ "the City of Palmer" where the other side writes "Palmer": a town by its official name."""
    match = _MUNICIPAL.match(fact.text.strip())
    if match is None:
        return False
    name = re.compile(_phrase(match.group(1).split()) + r"\b")
    return search_after(NO_WORD_BEFORE, name, their_text) is not None


def _shouted_word(fact: Fact, their_text: str) -> bool:
    """ "A FIRE-BOMB attack", "FIRE crews": one word in capitals the tagger took for a body or a
    place, which the other side writes in lower case as the common word it is. An acronym
    ("NATO", "FBI") is written in capitals on both sides."""
    word = re.sub(r"^(?:the|a|an)\s+", "", fact.text.strip(), flags=re.I)
    if not re.fullmatch(r"[A-Z]{3,}(?:-[A-Z]{2,})*", word):
        return False
    pattern = compiled(rf"{re.escape(word.lower())}(?![\w-])")
    return search_after(NO_WORD_OR_HYPHEN_BEFORE, pattern, their_text) is not None


def _words(fact: Fact) -> list[str]:
    text = re.sub(r"^(the|a|an)\s+", "", fact.text.strip(), flags=re.I)
    return re.sub(r"['’]s$", "", text).split()


def _phrase(words: list[str]) -> str:
    """The words as a pattern; a hyphen inside a word may be a space there ("Mat-Su" / "Mat
    Su")."""
    return r"\s+".join(re.escape(w).replace(r"\-", r"[-\s]") for w in words)


def _street_type(fact: Fact, their_text: str) -> bool:
    """ "117th Street" where the other side writes "117th St.", and the other way round; the
    street type only as the last word of a name of two words or more."""
    words = _words(fact)
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".").lower()
    full = STREET_TYPES.get(last, last)
    if full not in STREET_TYPES.values():
        return False
    forms = [re.escape(full)] + [
        re.escape(a) + r"\.?" for a, f in STREET_TYPES.items() if f == full
    ]
    pattern = re.compile(_phrase(words[:-1]) + rf"\s+(?i:{'|'.join(forms)})(?![\w])")
    return search_after(NO_WORD_BEFORE, pattern, their_text) is not None


def _other_body_word(fact: Fact, their_text: str) -> bool:
    """ "Palmer Fire & Rescue" where the other side writes "Palmer Fire Department": the words
    before the generic closing words, two or more and not a bare place (any town has its
    department), closed there by a generic word too."""
    words = _words(fact)
    core = list(words)
    while core and (fold(core[-1]) in BODY_WORDS or core[-1] in ("&", "and")):
        core.pop()
    if len(core) == len(words) or len(core) < 2 or is_known_place(" ".join(core)):
        return False
    # The service's noun may go in lower case before a plural head ("Palmer and Mat-Su Central
    # fire departments"): the place still names which service.
    service = rf"(?i:{re.escape(core[-1])})"
    pattern = re.compile(
        _phrase(core[:-1]) + rf"\s+{service}(?:\s+(?:&|and))?\s+(?i:{_BODIES})s?\b"
    )
    return search_after(NO_WORD_BEFORE, pattern, their_text) is not None


def _office_field(fact: Fact, mine: Analysis, their_text: str) -> bool:
    """ "Interior" in "Secretary of the Interior" where the other side writes "the interior
    secretary": one word naming a department's field, standing in an office title here, and in
    one there, in either order and any case."""
    words = _words(fact)
    if len(words) != 1 or not re.fullmatch(r"[A-Z][a-z]{3,}", words[0]):
        return False
    text = mine.document.text
    before = text[max(0, fact.start - 30) : fact.start]
    after = text[fact.end : fact.end + 20]
    titled = re.search(rf"\b(?i:{_HEADS})\s+of\s+(?:the\s+)?$", before) or re.match(
        rf"\s+(?i:{_HEADS})\b", after
    )
    if not titled:
        return False
    field = re.escape(words[0])
    pattern = re.compile(
        rf"(?i)\b{field}\s+(?:{_HEADS})\b|\b(?:{_HEADS})\s+of\s+(?:the\s+)?{field}\b"
    )
    return pattern.search(their_text) is not None


def _attributive_number(fact: Fact, their_text: str) -> bool:
    """ "Central Election Commission" where the other side writes "Central Elections
    Commission": a capitalised noun before the name's last word, singular or plural. The last
    word keeps its number: "the Tiger" is no team of "Tigers". A body named with its country
    ("Central Election Commission of Moldova") is named without it where the other side names
    the country too."""
    return any(
        _in_either_number(words, their_text, exact=words != _words(fact))
        for words in _with_and_without_country(_words(fact), their_text)
    )


def _with_and_without_country(words: list[str], their_text: str) -> list[list[str]]:
    cut = next((i for i, w in enumerate(words) if w == "of"), None)
    if cut is None or cut < 2:
        return [words]
    place = " ".join(words[cut + 1 :])
    if not is_known_place(place) or not re.search(rf"\b{re.escape(place)}\b", their_text):
        return [words]
    return [words, words[:cut]]


def _in_either_number(words: list[str], their_text: str, *, exact: bool) -> bool:
    """The words written there with a noun before the last one in either number; ``exact``:
    in the very same number too (the name cut of its country)."""
    if len(words) < 2 or words[-1] not in their_text:
        return False  # the last word keeps its very characters: no pattern to build without it
    pieces = [_either_number(w) for w in words[:-1]] + [re.escape(words[-1])]
    if not exact and all(p == re.escape(w) for p, w in zip(pieces, words, strict=True)):
        return False
    pattern = compiled(r"\s+".join(pieces) + r"(?![\w])")
    return search_after(NO_WORD_BEFORE, pattern, their_text) is not None


def _either_number(word: str) -> str:
    if not re.fullmatch(r"[A-Z][a-z]{3,}", word):
        return re.escape(word)
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return re.escape(base) + "s?"


def _place_by_initials(fact: Fact, their_text: str) -> bool:
    """ "Los Angeles County" where the other side writes "L.A. County", "L.A. County Sheriff" /
    "LA County Sheriff" / "Los Angeles County Sheriff": inside a name of two words or more, a
    place of two words or more stands for its initials, dotted or not, and initials for any
    capitalised words they open, the words around them saying which place is meant ("L.A.
    County" / "Los Angeles County"); a place is never told by any two words that merely open
    with its initials."""
    words = _words(fact)
    if len(words) < 2:
        return False
    pieces: list[str] = []
    read_otherwise = False
    i = 0
    while i < len(words):
        end = _place_end(words, i)
        if re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2}", words[i]):
            letters = words[i].replace(".", "")
            spelled = r"\s+".join(rf"{c}[a-z]+" for c in letters)
            pieces.append(f"(?:{_initials(letters, _phrase(words[i : i + 1]))}|{spelled})")
            read_otherwise, i = True, i + 1
        elif end:
            letters = "".join(w[0] for w in words[i:end])
            # A place alone goes by its dotted initials only: "LA" alone may be Louisiana's.
            alone = end - i == len(words)
            pieces.append(_initials(letters, _phrase(words[i:end]), dotted_only=alone))
            read_otherwise, i = True, end
        else:
            pieces.append(re.escape(words[i]))
            i += 1
    if not read_otherwise:
        return False
    pattern = compiled(r"\s+".join(pieces) + r"(?![\w])")
    return search_after(NO_WORD_BEFORE, pattern, their_text) is not None


def _place_end(words: list[str], start: int) -> int:
    """Where a known place of two words or more, opening at ``start``, ends; else 0."""
    for end in range(len(words), start + 1, -1):
        run = words[start:end]
        if all(w[:1].isupper() for w in run) and is_known_place(" ".join(run)):
            return end
    return 0


def _initials(letters: str, written: str, *, dotted_only: bool = False) -> str:
    """The words as written, or their initials with dots or without ("L.A.", "LA")."""
    dotted = r"\.\s?".join(letters) + r"\."
    return f"(?:{written}|{dotted})" if dotted_only else f"(?:{written}|{dotted}|{letters})"


# A surname standing as a person's: before a reporting verb or an age ("Wolfe said", "Riva, 47,"),
# or before an apposition that says who the person is ("Smith, the police chief, said").
_AS_A_PERSON = (
    r"(?=\s*(?:,\s*\d{1,3}\s*,|,?\s*(?:said|says|told|added)\b"
    r"|,\s*(?:the|a|an|his|her)\s[^,.;:\"“”]{1,60},))"
)


def surname_told(fact: Fact, theirs: Analysis, standing: str = _AS_A_PERSON) -> bool:
    """ "Ilene Wolfe" where the other side writes only "Wolfe said": the surname of a person
    named in full, standing there as a person's (``standing``: a lookahead after the surname),
    with no other person of that surname there."""
    words = _words(fact)
    if fact.type is not MentionType.PERSON or len(words) < 2:
        return False
    surname = words[-1]
    if not re.fullmatch(r"[A-Z][\w'’-]{2,}", surname) or surname not in theirs.document.text:
        return False
    first, last = fold(words[0]), fold(surname)
    if any(
        their_last == last and their_first != first
        for their_last, their_first in theirs.derived("told_forms.full_names", _full_names)
    ):
        return False  # "Paul Wolfe" there: the surname alone may be his
    # The surname found by its letters, and what stands around it checked there: the long
    # lookahead, compiled once, would cost a millisecond to compile into a pattern per name.
    text = theirs.document.text
    alone, after = compiled(re.escape(surname) + r"(?![\w])"), _lookahead(standing)
    pos = 0
    while (match := alone.search(text, pos)) is not None:
        at = match.start()
        if NO_WORD_BEFORE.match(text, at) is not None and after.match(text, match.end()):
            return True
        pos = at + 1
    return False


@cache
def _lookahead(standing: str) -> re.Pattern[str]:
    return re.compile(standing)


def _full_names(analysis: Analysis) -> list[tuple[str, str]]:
    """(surname, given name), folded, of each person the article names in two words or more
    (a fact's text and type never change after ``analyse``): read once, not per name asked."""
    return [
        (fold(words[-1]), fold(words[0]))
        for f in analysis.facts
        if f.type is MentionType.PERSON and len(words := f.text.split()) > 1
    ]
