"""A name the other article writes with a slip of the pen: "Ethopian" / "Ethiopian",
"Massachusets" / "Massachusetts", "Hormozgan Province" / "the Hormuzgan province" (one word
slipped, the rest written). One letter dropped, added or changed inside a long word is a
typing slip; a change in the word's ending is another word ("Indian" / "Indiana", "Caroline" /
"Carolina"), and a short word has too many neighbours one letter away ("Iran" / "Iraq"), so
neither counts. People are left to the linker, which allows a letter's slip in a surname already;
but a surname the parser typed a body or a place on one side ("Heffner told the AP") is read
against the other side's people too ("Hugh Hefner"), since the linker joins only like types,
and so is a person's surname against such a name there ("Hugh Hefner" / "Heffner told the AP"),
and a one-word place the parser typed a person ("the Hormuzgan province") against the other
side's places and bodies.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.model import MentionType
from desktop.core.naming.link import NAME_TYPES
from desktop.core.naming.names import bare_name, fold


def slip_of_the_pen(fact: Fact, theirs: Analysis) -> bool:
    """The other article names a place, a body or a people in the same word but for one letter
    inside it."""
    mine = fold(bare_name(fact.text))
    # A slip keeps the first letter (``_slip``): only the words that open with it are tried.
    words = theirs.derived("told_slips.words", lambda a: _by_initial(_name_words(a)))
    surnames = theirs.derived("told_slips.surnames", lambda a: _by_initial(_surnames(a)))
    if " " in mine:
        # "Hormozgan Province" / "the Hormuzgan province": one word slipped, the rest written.
        if fact.type is MentionType.PERSON:
            return _surname_retyped_there(fact, theirs)
        return _slip_in_a_word(mine.split(), theirs, (words, surnames))
    if len(mine) < tuning.SLIP_MIN_LETTERS:
        return False
    if fact.type is MentionType.PERSON:
        # A place the parser typed a person here ("the Hormuzgan province"), a place there.
        return any(_slip(mine, word) for word in words.get(mine[0], ()))
    return any(_slip(mine, word) for word in words.get(mine[0], ())) or (
        fact.type in _RETYPABLE and any(_slip(mine, word) for word in surnames.get(mine[0], ()))
    )


def _by_initial(words: frozenset[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for word in words:
        index.setdefault(word[:1], []).append(word)
    return index


def _slip_in_a_word(
    words: list[str], theirs: Analysis, candidates: tuple[dict[str, list[str]], ...]
) -> bool:
    slipped = [
        w
        for w in words
        if len(w) >= tuning.SLIP_MIN_LETTERS
        and any(_slip(w, c) for index in candidates for c in index.get(w[0], ()))
    ]
    if not slipped:
        return False
    written = theirs.derived(
        "told_slips.all_words", lambda a: frozenset(fold(a.document.text).split())
    )
    return all(w in slipped or w in written for w in words)


def _name_words(analysis: Analysis) -> frozenset[str]:
    """Every word of the article's names but people's, folded."""
    return frozenset(
        word
        for f in analysis.facts
        if f.type in NAME_TYPES and f.type is not MentionType.PERSON
        for word in fold(bare_name(f.text)).split()
        if len(word) >= tuning.SLIP_MIN_LETTERS - 1
    )


def _surnames(analysis: Analysis) -> frozenset[str]:
    """The surnames of the article's people, folded: a one-word name the parser typed a body or
    a place on the other side may be one of them, misspelled ("Heffner" / "Hugh Hefner")."""
    return frozenset(
        f.last
        for f in analysis.facts
        if f.type is MentionType.PERSON and len(f.last) >= tuning.SLIP_MIN_LETTERS - 1
    )


_RETYPABLE = frozenset({MentionType.ORGANISATION, MentionType.PLACE})


def _surname_retyped_there(fact: Fact, theirs: Analysis) -> bool:
    """A person named in full here whose surname the other article writes with a slip as a
    one-word name the parser typed a body or a place ("Hugh Hefner" / "Heffner told the AP")."""
    surname = fold(fact.last)
    if len(surname) < tuning.SLIP_MIN_LETTERS - 1:
        return False
    retyped = theirs.derived("told_slips.retyped", lambda a: _by_initial(_retyped_words(a)))
    return any(_slip(surname, word) for word in retyped.get(surname[:1], ()))


def _retyped_words(analysis: Analysis) -> frozenset[str]:
    """The one-word names of bodies and places the article gives, folded: each may be a
    person's surname the parser typed otherwise."""
    return frozenset(
        word
        for f in analysis.facts
        if f.type in _RETYPABLE
        and " " not in (word := fold(bare_name(f.text)))
        and len(word) >= tuning.SLIP_MIN_LETTERS - 1
    )


def _slip(a: str, b: str) -> bool:
    if a == b or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if a[-tuning.SLIP_ENDING_LETTERS :] != b[-tuning.SLIP_ENDING_LETTERS :]:
        return False
    return Levenshtein.distance(a, b, score_cutoff=1) == 1
