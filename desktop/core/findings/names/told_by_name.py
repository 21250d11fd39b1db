"""Whether the other article tells a name, so that no yellow mark says it does not.

A name is told when the other side writes it in the very same words, whatever its parser typed
it as ("Houston Fire Department" read as a person on one side); holds it inside a longer name
("Boston Red Sox" / "Red Sox"); names a party by its members ("the Democratic Party" / "the
Democrats"); or names an institution by its place and its kind ("Houston Police" / "police in
Houston"). ``told`` asks these for the names among the facts of one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.facts import VALUE_TYPES
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import (
    NO_WORD_BEFORE,
    iter_after,
    iter_case_blind_after,
    search_after,
)
from desktop.core.lexicon import INSTITUTION_HEADS, POLICE_WORDS
from desktop.core.model import MentionType
from desktop.core.naming.names import fold

# A product's model in two characters, a capital and a digit ("the T9", "an X5"): as much a name
# as a longer one, where shorter names ("US", "Jr") are too easily written for something else.
_MODEL_CODE = re.compile(r"[A-Z]\d")


def name_written(fact: Fact, theirs: Analysis) -> bool:
    """The other article writes this very name ("Toronto Police" / "Toronto police"), whatever
    its parser made of it. A one-word name must keep its capitals ("Bush", not "bush"; a place
    set all in capitals, "DETROIT", is read as "Detroit") and must not stand there as a date or a
    figure ("May" the person is not "in May")."""
    words = fact.text.strip()
    words = re.sub(r"^(the|a|an)\s+", "", words, flags=re.I)
    words = re.sub(r"['’]s$|(?<=s)['’]$", "", words)  # "Red Sox's", "the Sixers'"
    if len(words) < 3 and not _MODEL_CODE.fullmatch(words):
        return False
    if fact.type is MentionType.PLACE and words.isupper() and " " not in words:
        # "JACKSONVILLE, Fla. --": a dateline sets its town in capitals, a matter of type, not
        # of spelling; the other article writes the town as a name does ("Jacksonville").
        words = words.title()
    several = len(words.split()) > 1
    if several and not _may_stand_in(theirs, words):
        return False
    if not several and not all(w in theirs.document.text for w in words.split()):
        return False  # one word, case kept: a match holds its very characters
    pattern = compiled(re.escape(words).replace(r"\ ", r"\s+") + r"(?!\w)", re.I if several else 0)
    text = theirs.document.text
    found = (
        iter_case_blind_after(NO_WORD_BEFORE, pattern, text, words.split(" ")[0])
        if several
        else iter_after(NO_WORD_BEFORE, pattern, text)
    )
    for match in found:
        if several or not theirs.derived("told.figure_cover", _figure_cover)[match.start()]:
            return True
    return False


def _figure_cover(analysis: Analysis) -> bytearray:
    """1 at each character of a date or a figure (places and types never change after analyse)."""
    cover = bytearray(max([len(analysis.document.text), *(f.end for f in analysis.facts)]) + 1)
    for f in (f for f in analysis.facts if f.type in _NOT_NAMES and f.start < f.end):
        cover[f.start : f.end] = b"\x01" * (f.end - f.start)
    return cover


def _may_stand_in(theirs: Analysis, words: str) -> bool:
    """False when a name in ASCII cannot stand in the other article in any case: one of its
    words is nowhere in the lower-cased text. A quick look that spares the slow case-blind
    search; it rules nothing out when the text has letters outside ASCII ("İ", "ſ"), which that
    search may match to ASCII ones."""
    lowered = theirs.derived("told.lowered", _lowered_when_ascii_letters)
    if lowered is None or not words.isascii():
        return True
    return all(piece.lower() in lowered for piece in words.split(" "))


def _lowered_when_ascii_letters(analysis: Analysis) -> str | None:
    text = analysis.document.text
    foreign = {c for c in set(text) if not c.isascii()}
    return None if any(c.lower() != c or c.upper() != c for c in foreign) else text.lower()


_NOT_NAMES = VALUE_TYPES | {MentionType.DATE, MentionType.TIME}


def holds_one_of(fact: Fact, names: dict[MentionType, set[str]]) -> bool:
    """A name of several words the other side gives (``longer_names``), inside this one: "Boston
    Red Sox" / "Red Sox", a person's full name in a span the parser ran on ("American Hasim
    Rahman"). Of the same type, or a person: "New York" says nothing of the "New York Mets"."""
    mine = f" {fold(fact.text)} "
    return any(
        f" {words} " in mine
        for kind in {fact.type, MentionType.PERSON}
        for words in names.get(kind, ())
    )


def longer_names(analysis: Analysis) -> dict[MentionType, set[str]]:
    return _names_by_type(analysis.facts)


def _names_by_type(facts: Iterable[Fact]) -> dict[MentionType, set[str]]:
    """Names of two words or more, folded, by type."""
    out: dict[MentionType, set[str]] = {}
    for fact in facts:
        words = fold(fact.text)
        if len(words.split()) >= 2:
            out.setdefault(fact.type, set()).add(words)
    return out


def party_by_members(fact: Fact, theirs: Analysis) -> bool:
    """ "The Democratic Party" where the other side writes "the Democrats", "the Conservative
    Party" / "the Conservatives", and the other way round: a party is told by the name of its
    members."""
    members = _members(fact.text)
    if fact.type is MentionType.ORGANISATION and members:
        text = theirs.document.text
        return any(
            search_after(NO_WORD_BEFORE, re.compile(rf"{re.escape(m)}(?!\w)"), text)
            for m in members
        )
    word = fact.text.strip()
    if word in theirs.derived("told.party_members", _party_members):
        return True
    # "Congressional Democrats" / "other Democratic leaders": the party's members and its
    # adjective ("Democrat" + "ic") are one party, as "Republicans" and "Republican" are.
    groups = theirs.derived("told.group_words", _group_words)
    if word.endswith("ic"):
        return word.removesuffix("ic") + "s" in groups
    return word.endswith("s") and word.removesuffix("s") + "ic" in groups


def _group_words(analysis: Analysis) -> set[str]:
    """The groups and bodies an article names, as written ("Democrats", "Democratic")."""
    return {
        f.text.strip()
        for f in analysis.facts
        if f.type in (MentionType.NATIONALITY, MentionType.ORGANISATION)
    }


def _party_members(analysis: Analysis) -> set[str]:
    """The names of the members of every party the article names ("Democrats")."""
    return {
        member
        for other in analysis.facts
        if other.type is MentionType.ORGANISATION
        for member in _members(other.text)
    }


def _members(party: str) -> set[str]:
    """ "Democratic Party" -> {"Democratic", "Democratics", "Democrats"}; else nothing."""
    words = party.split()
    if len(words) != 2 or fold(words[1]) != "party":
        return set()
    name = words[0]
    return {name, name + "s", name.removesuffix("ic") + "s"}


def _places_by_name(analysis: Analysis) -> dict[str, list[Fact]]:
    """The article's places by their folded name, in its order: read once, not every fact of
    the article for each institution of the other (a fact's type never changes after
    ``analyse``)."""
    places: dict[str, list[Fact]] = {}
    for fact in analysis.facts:
        if fact.type is MentionType.PLACE:
            places.setdefault(fold(fact.text), []).append(fact)
    return places


def institution_told(fact: Fact, theirs: Analysis) -> bool:
    """ "Houston Police" where the other side writes "police in Houston": an institution named
    by its place and its kind, both of which the other side names."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = fold(fact.text).split()
    heads = [w for w in words if w in INSTITUTION_HEADS]
    place = " ".join(w for w in words if w not in INSTITUTION_HEADS)
    if not heads or not place:
        return False
    # "Toronto Police Service" / "police in Toronto": the kind of body, in any of its words,
    # in a sentence naming the place; a place's police also as its officers or authorities
    # ("authorities in Houston said"). Police named elsewhere may be another town's.
    kinds = set(heads) | (POLICE_WORDS if POLICE_WORDS & set(heads) else set())
    text = theirs.document.text
    for other in theirs.derived("told_by_name.places", _places_by_name).get(place, ()):
        sentence = theirs.sentences[other.sentence]
        said = text[sentence.start : sentence.end].lower()
        if any(re.search(rf"\b{re.escape(k)}\b", said) for k in kinds):
            return True
    return False
