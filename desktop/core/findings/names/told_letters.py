"""Names the other article writes in the same words with other letters, so that no yellow mark
says it does not. A name of several words is told where the other side writes

* its last word in the other number, with the same capitals ("Academy Award hosts" / "the
  Academy Awards"), as the plural of a one-word name is (told_names.py);
* every word in lower case ("Marine Commandos" / "marine commandoes", "Heavyweight Champion" /
  "the heavyweight champion"): the capitals make a title of common words, and the other side
  names the same unit or title in plain words;
* with other punctuation between its letters ("M/S Columbus" / "MS Columbus"): the very same
  letters, one ship, one body;
* closed up into one word, or one word written apart ("Peera Garhi" / "Peeragarhi"): a name
  taken into English from another script is spaced as each writer hears it, and the same
  letters in the same order are the same place or person;
* with its place after "in" or before it ("High Street in Banstead" / "Banstead High Street",
  "Banstead's High Street"): the same street or body, located the other way round.

A name of one word is told where the other side writes it in capitals throughout ("Marfin" /
"a MARFIN bank branch"): a word set in capitals for emphasis or by a wire's style.

A one-word name in lower case is another matter (a capital says nothing at a sentence's head:
told_names.py), and so is a name whose words the other side writes apart.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, search_after
from desktop.core.model import MentionType
from desktop.core.naming.link import NAME_TYPES
from desktop.core.naming.names import bare_name

_WORD = re.compile(r"[A-Za-z][a-z'’-]+")
_MARK = re.compile(r"\w[./-]\w|\w/")  # a mark between letters: "M/S", "M.S", "Al-Qaeda"


def told_in_other_letters(fact: Fact, theirs: Analysis) -> bool:
    """The other article writes this name of several words in another number, case or
    punctuation (see the module's list)."""
    words = bare_name(fact.text).split()
    if len(words) < 2:
        return _same_letters(fact, theirs) or _in_capitals(words, theirs)
    return (
        (fact.type is not MentionType.PERSON and _last_in_other_number(words, theirs))
        or (fact.type is not MentionType.PERSON and _in_lower_case(words, theirs))
        or (fact.type is not MentionType.PERSON and _place_the_other_way(words, theirs))
        or _same_letters(fact, theirs)
    )


def _in_capitals(words: list[str], theirs: Analysis) -> bool:
    word = words[0] if words else ""
    if not re.fullmatch(r"[A-Z][a-z]{3,}", word):
        return False
    return word.upper() in theirs.derived("told_letters.capitals", _capitalised_words)


def _capitalised_words(analysis: Analysis) -> frozenset[str]:
    """The words the article sets in capitals throughout ("MARFIN"), read once."""
    return frozenset(re.findall(r"(?<![\w'’-])[A-Z]{4,}(?![\w'’-])", analysis.document.text))


def _all_written(words: list[str], theirs: Analysis) -> bool:
    """Every word stands somewhere in the other text, in any case: a cheap look before the
    phrase is searched for."""
    lowered = theirs.derived("told_letters.lowered", lambda a: a.document.text.lower())
    return all(w.lower() in lowered for w in words)


def _place_the_other_way(words: list[str], theirs: Analysis) -> bool:
    """ "High Street in Banstead" / "Banstead High Street" or "Banstead's High Street", and the
    other way round."""
    if not all(w[:1].isupper() or w == "in" for w in words) or not _all_written(words, theirs):
        return False
    if "in" in words:
        cut = words.index("in")
        named, place = words[:cut], words[cut + 1 :]
        if not named or not place or "in" in place:
            return False
        forms = [_phrase(place) + r"(?:['’]s)?\s+" + _phrase(named)]
    else:
        forms = [
            _phrase(words[k:]) + r"\s+in\s+" + _phrase(words[:k]) for k in range(1, len(words))
        ]
    pattern = compiled(r"(?:" + "|".join(forms) + r")(?![\w'’-])")
    return search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None


def _last_in_other_number(words: list[str], theirs: Analysis) -> bool:
    last = words[-1]
    if not re.fullmatch(r"[A-Z][a-z]{2,}", last):
        return False
    other = last.removesuffix("s") if last.endswith("s") else last + "s"
    if not _all_written([*words[:-1], other], theirs):
        return False
    pattern = compiled(_phrase([*words[:-1], other]) + r"(?![\w'’-])")
    return search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None


def _in_lower_case(words: list[str], theirs: Analysis) -> bool:
    if not all(_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return False
    lower = [w.lower() for w in words]
    *head, last = lower
    if not _all_written([*head, last.removesuffix("s")], theirs):
        return False
    pattern = compiled(
        _phrase(head) + r"\s+" + re.escape(last.removesuffix("s")) + r"(?:s|es)?(?![\w'’-])"
    )
    return search_after(NO_WORD_BEFORE, pattern, theirs.document.text) is not None


def _same_letters(fact: Fact, theirs: Analysis) -> bool:
    """ "M/S Columbus" / "MS Columbus": a name with a mark between its letters, which the other
    side writes with the same letters in the same order, as a name; and "Peera Garhi" /
    "Peeragarhi", a name of several words the other side closes up into one, or the other way
    round, of at least ``_CLOSED_UP_LETTERS`` letters."""
    mine = _letters(fact.text)
    if len(mine) < 4:
        return False
    if _MARK.search(fact.text):
        return mine in _their_letters(theirs)
    if mine in _their_marked(theirs):
        return True
    if len(mine) < _CLOSED_UP_LETTERS:
        return False
    several = len(bare_name(fact.text).split()) > 1
    return mine in _their_spacings(theirs)[0 if several else 1]


# "Peera Garhi" / "Peeragarhi": long enough that two names are not spelt alike by chance.
_CLOSED_UP_LETTERS = 8


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", bare_name(text)).lower()


def _their_letters(theirs: Analysis) -> frozenset[str]:
    """The letters of every name the other article gives, without spaces or marks."""
    return theirs.derived(
        "told_letters.letters",
        lambda a: frozenset(_letters(f.text) for f in a.facts if f.type in NAME_TYPES),
    )


def _their_marked(theirs: Analysis) -> frozenset[str]:
    """... of those the other article writes with a mark between letters ("M/S Columbus")."""
    return theirs.derived(
        "told_letters.marked",
        lambda a: frozenset(
            _letters(f.text) for f in a.facts if f.type in NAME_TYPES and _MARK.search(f.text)
        ),
    )


def _their_spacings(theirs: Analysis) -> tuple[frozenset[str], frozenset[str]]:
    """... the letters of the other article's one-word names, and of its names of several words
    (their capitals all on word starts: "Peera Garhi", not "McDonald")."""

    def build(article: Analysis) -> tuple[frozenset[str], frozenset[str]]:
        names = [bare_name(f.text) for f in article.facts if f.type in NAME_TYPES]
        plain = [n for n in names if re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", n)]
        one = frozenset(_letters(n) for n in plain if len(n.split()) == 1)
        several = frozenset(_letters(n) for n in plain if len(n.split()) > 1)
        return one, several

    return theirs.derived("told_letters.spacings", build)


def _phrase(words: list[str]) -> str:
    return r"\s+".join(re.escape(w) for w in words)
