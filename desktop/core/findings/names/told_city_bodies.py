"""A team or firm called by its city, so that no yellow mark says the other article lacks it.

English names a body after its city and then calls it by the city alone: "the Boston Red Sox" /
"the Boston bid", "the Washington Wizards' Eddie Jordan" / "Eddie Jordan (Washington)", "the
Los Angeles Angels of Anaheim". Such a city says which body, not where anything happened, so

* a city this article writes for a body it names in full is told where the other article names
  that body, with or without its city ("the Boston bid" / "the Red Sox offer"), and so is a city
  right before the own name of a body the other article names ("Dallas Cowboys" / "the
  Cowboys"), wherever the parser cut the two apart;
* a body named by its city and a name of its own is told where the sentence telling the same
  thing on the other side calls it by the city alone ("Toronto Raptors' Sam Mitchell" / "Sam
  Mitchell (Toronto)"), or where the other article, anywhere, meets the city alone as a side in
  a contest ("host the Washington Wizards" / "his coaching debut against Washington"): one
  plays against a side, not a place, when this article names one body after the city; or where
  the other article lists the city beside a body named the same way ("the Detroit Lions,
  Chicago and Tampa").

A city after a preposition ("in Boston", "the mayor of Boston") is a place and keeps its mark,
and so does a body whose name ends in the kind of body it is ("Toronto Police", "Boston
University"): "police in Toronto" is told by the institutions' own rule (told.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import ascii_lowered, may_hold_case_blind
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon.bodies import BODY_KINDS
from desktop.core.lexicon.city_bodies import OPPONENT_WORDS, PLACE_NOUNS, PLACE_PREPOSITIONS
from desktop.core.locations.places import is_known_place
from desktop.core.model import MentionType
from desktop.core.naming.names import bare_name, fold

Partners = dict[int, list[tuple[int, float]]]
_CITY_OR_BODY = frozenset({MentionType.PLACE, MentionType.ORGANISATION})


def city_for_its_body(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """This mention of a place is the city of a body this article names after it, standing for
    the body, and the other article names that body."""
    if fact.type is not MentionType.PLACE:
        return False
    city = fold(bare_name(fact.text))
    if not city:
        return False
    their_names = _names(theirs)
    for body in _bodies(mine):
        # "the Los Angeles Angels of Anaheim": the city written after the body's name is part of it.
        after_name = (
            0 <= fact.start - body.end <= len(" of ")
            and mine.document.text[body.end : fact.start].strip() == "of"
        )
        if not after_name and (_own_name(body, city) is None or _names_a_place(mine, fact)):
            continue
        if _forms(body) & their_names:
            return True
    own = _name_right_after(fact, mine)
    return own is not None and own in _body_names(theirs)


# The capitalised words right after a city: "Cowboys" in "Dallas Cowboys linebacker".
_NAME_AFTER = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def _name_right_after(fact: Fact, mine: Analysis) -> str | None:
    """The name (folded) a known city opens, read from the words right after it, where the
    parser cut the city from a body's own name ("Dallas" + "Cowboys"). None after a city
    the gazetteer does not know, or before the kind of body ("Toronto Police")."""
    if not is_known_place(fold(bare_name(fact.text))):
        return None
    m = _NAME_AFTER.match(mine.document.text, fact.end)
    if m is None:
        return None
    own = fold(m.group(1))
    return None if not own or own.rsplit(" ", 1)[-1] in BODY_KINDS else own


def _body_names(analysis: Analysis) -> frozenset[str]:
    """The bodies the article names, folded, with a plural's "s" and without ("Cowboys",
    "Cowboy")."""
    return analysis.derived(
        "told_city_bodies.body_names",
        lambda a: frozenset(
            form
            for f in a.facts
            if f.type is MentionType.ORGANISATION
            for name in (fold(bare_name(f.text)),)
            for form in (name, name.removesuffix("s"), name + "s")
        ),
    )


def body_by_its_city(fact: Fact, mine: Analysis, theirs: Analysis, aligned: Partners) -> bool:
    """A body named by its city and a name of its own, which a sentence aligned with this one
    on the other side calls by the city alone."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = fold(bare_name(fact.text)).split()
    if len(words) < 2 or words[-1] in BODY_KINDS:
        return False
    for j, score in aligned.get(fact.sentence, ()):
        if score < tuning.STATEMENT_AGREE:
            continue
        for other in facts_of(theirs, j):
            city = fold(bare_name(other.text))
            if (
                other.type in _CITY_OR_BODY
                and _own_name(fact, city) is not None
                and not _names_a_place(theirs, other)
            ):
                return True
    return False


def body_listed_by_its_city(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """A body named by its city and a name of its own ("the Chicago Bears"), which the
    other article lists by the city alone beside a body named the same way ("the Detroit
    Lions, Chicago and Tampa"): a list of teams holds teams, not places."""
    if fact.type is not MentionType.ORGANISATION:
        return False
    words = bare_name(fact.text).split()
    cities = {
        city
        for k in range(1, len(words))
        if _own_name(fact, city := fold(" ".join(words[:k]))) is not None
    }
    if not cities:
        return False
    text = theirs.document.text
    for team in theirs.facts:
        if team.type is not MentionType.ORGANISATION or not _named_by_city(team):
            continue
        after = _LISTED.match(text, team.end)  # "the Detroit Lions, Chicago"
        if after is not None and _name_at(text, after.end()) in cities:
            return True
        # "Chicago and the Lions": the city right before the team.
        before = _LISTED_BEFORE.search(text, max(0, team.start - 60), team.start)
        if before is not None and fold(before.group(1)) in cities:
            return True
    return False


# What stands between two items of a list: "the Lions, Chicago", "Chicago and the Lions".
_LISTED = re.compile(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
_LISTED_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$"
)


def _name_at(text: str, start: int) -> str:
    """The name (folded) whose capitalised words open the text at ``start``: "chicago" in "Chicago
    and Tampa", "chicago bears" in "Chicago Bears"."""
    m = _NAME.match(text, start)
    return fold(m.group(0)) if m is not None else ""


def _named_by_city(body: Fact) -> bool:
    """A body whose name opens with a city the gazetteer knows and goes on with a name of its
    own ("Detroit Lions")."""
    words = bare_name(body.text).split()
    return any(_own_name(body, fold(" ".join(words[:k]))) is not None for k in range(1, len(words)))


def body_as_opponent(fact: Fact, mine: Analysis, theirs: Analysis) -> bool:
    """A body named by its city and a name of its own, the one body this article names after
    that city, which the other article meets by the city alone after a word of contest
    ("against Washington"), not followed by a name of another body ("against Washington
    State")."""
    return opponent_city(fact, mine, theirs) is not None


def opponent_city(fact: Fact, mine: Analysis, theirs: Analysis) -> str | None:
    """The city, in this article's words, by which the other article meets this body as a side
    in a contest (``body_as_opponent``); None when it does not."""
    if fact.type is not MentionType.ORGANISATION:
        return None
    words = bare_name(fact.text).split()
    for k in range(1, len(words)):
        city = " ".join(words[:k])
        if _own_name(fact, fold(city)) is None:
            continue
        namesakes = {fold(bare_name(b.text)) for b in _bodies(mine) if _own_name(b, fold(city))}
        if len(namesakes) != 1:
            return None  # "the Los Angeles Lakers" and "Clippers": which one plays is unsaid
        text = theirs.document.text
        if not may_hold_case_blind(text, city):
            return None
        found = next(opponent_mentions(city, text), None)
        return city if found is not None else None
    return None


def opponent_mention(city: str) -> re.Pattern[str]:
    """The city alone after a word of contest: "against Washington", not "against Washington
    State", but "against Washington tonight" (group 1 is the city; only the capital is cased)."""
    return compiled(
        r"\b(?:" + "|".join(OPPONENT_WORDS) + r")\s+(" + re.escape(city) + r")\b(?!\s+(?-i:[A-Z]))",
        re.I,
    )


def opponent_mentions(city: str, text: str) -> Iterator[re.Match[str]]:
    """What ``opponent_mention(city).finditer(text)`` yields. That pattern is tried at every
    character; each match ends in the city after a space, with the word of contest (no space
    in it, at most ``_OPENER_REACH`` characters) right before: the city is found in the
    lower-cased text, and the pattern tried only at those few places before each, in order."""
    pattern = opponent_mention(city)
    lowered = ascii_lowered(text) if city and city.isascii() else None
    if lowered is None:
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    key, at = city.lower(), lowered.find(city.lower())
    while at != -1:
        space = at
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space < at:
            starts.update(range(max(0, space - _OPENER_REACH), space))
        at = lowered.find(key, at + 1)
    pos = 0
    for start in sorted(starts):
        if start >= pos and (match := pattern.match(text, start)) is not None:
            yield match
            pos = match.end()


# The longest word of contest, as written in its pattern ("vs\.?" reaches three characters).
_OPENER_REACH = max(len(w) for w in OPPONENT_WORDS)


def _own_name(body: Fact, city: str) -> str | None:
    """ "Red Sox" for the "Boston Red Sox" and the city "boston" (folded); None when the body's
    name does not open with the city, or the city is no place the gazetteer knows, or what
    follows the city is the kind of body ("Boston University") or no name of its own."""
    words = bare_name(body.text).split()
    city_words = len(city.split())
    if len(words) <= city_words or fold(" ".join(words[:city_words])) != city:
        return None
    rest = words[city_words:]
    if not is_known_place(city) or fold(rest[-1]) in BODY_KINDS:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() for w in rest):
        return None
    return fold(" ".join(rest))


def _forms(body: Fact) -> set[str]:
    """The body's name, folded, with its city and without: "los angeles angels", "angels"."""
    words = bare_name(body.text).split()
    out = {fold(" ".join(words))}
    for k in range(1, len(words)):
        own = _own_name(body, fold(" ".join(words[:k])))
        if own is not None:
            out.add(own)
    return out


def _names_a_place(analysis: Analysis, fact: Fact) -> bool:
    """The city is named as a place: after a preposition ("in Boston", "the mayor of Boston"),
    or before a noun of place ("the Boston area"). After "the" it modifies the noun that
    follows ("the details of the Boston bid"), as no plain city name takes "the"."""
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t.lower for t in tokens if t.end <= fact.start][-1:]
    after = [t.lower for t in tokens if t.start >= fact.end][:1]
    if after and after[0] in PLACE_NOUNS:
        return True
    if before in (["the"], ["a"], ["an"]):
        return False
    return bool(before) and before[0] in PLACE_PREPOSITIONS


def _bodies(analysis: Analysis) -> list[Fact]:
    """The bodies of two words or more the article names: only these may bear a city's name."""
    return analysis.derived(
        "told_city_bodies.bodies",
        lambda a: [
            f
            for f in a.facts
            if f.type is MentionType.ORGANISATION and len(bare_name(f.text).split()) >= 2
        ],
    )


def _names(analysis: Analysis) -> frozenset[str]:
    """The bodies, places and people the article names, folded: "red sox", "boston red sox"."""
    return analysis.derived(
        "told_city_bodies.names",
        lambda a: frozenset(
            fold(bare_name(f.text))
            for f in a.facts
            if f.type in (MentionType.ORGANISATION, MentionType.PLACE, MentionType.PERSON)
        ),
    )
