"""Which named entity in the left article is which in the right one.

Keys are compared, not strings: "Aliyev" and "Ilham Aliyev" already share a key inside each
article. Across articles a surname may be spelt differently ("Raite"/"Rait"), an organisation may
be abbreviated ("USGS") or partly named ("the Defense Ministry"), a place may be qualified
("southern Iran"), and a nationality points at its country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from desktop.core.extraction.facts import Fact
from desktop.core.lexicon import GENERIC_NAME_WORDS, GIVEN_NAME_FORMS
from desktop.core.lexicon.name_forms import BODY_HEADS
from desktop.core.lexicon.titles import ROLE_TITLES
from desktop.core.locations.places import is_known_place
from desktop.core.locations.street_addresses import on_its_street
from desktop.core.locations.street_forms import other_compass
from desktop.core.model import MentionType
from desktop.core.naming.body_forms import one_body
from desktop.core.naming.compound_heads import called_by_head
from desktop.core.naming.contained_names import names_one_thing
from desktop.core.naming.link_pairs import Candidate, pair_best_first, second_forms
from desktop.core.naming.name_spellings import romanised_alike
from desktop.core.naming.names import acronym, fold
from desktop.core.naming.word_heads import cut_alike

NAME_TYPES = frozenset(
    {
        MentionType.PERSON,
        MentionType.ORGANISATION,
        MentionType.PLACE,
        MentionType.NATIONALITY,
        MentionType.EVENT,
    }
)


# Under one surname, given names that open alike may be one name and a short form of it that no
# table lists ("Alexandros" / "Alexis", "Mike" / "Michael"); only names that part at once
# ("Jose" / "Elizabeth") say two people. Not fitted: a short form keeps the first syllable.
SHORT_FORM_LETTERS = 2

# Two names of one kind are linked from this ``_match`` score up: a surname with a letter's slip or
# a body named by part of its name (0.86-0.9) is one name; looser spellings are not. The floor
# the greedy loop used before stop 58, kept as it was (not refitted).
NAME_LINK = 0.85


@dataclass(frozen=True)
class NamePairs:
    """The names of two articles paired the same way in either order: one partner each, and the
    names left over that are a second form of a paired name of their own article."""

    links: dict[str, str]  # left key -> right key, one-to-one
    left_forms: dict[str, str]  # left key -> the paired left key it is another form of
    right_forms: dict[str, str]  # right key -> the paired right key it is another form of


def link_names(left: Iterable[Fact], right: Iterable[Fact]) -> dict[str, str]:
    """Map each left name key to the right key it names, where there is one: a left name's
    second form maps to its partner's right key (the facts are not merged here)."""
    pairs = pair_names(left, right)
    return {**{k: pairs.links[v] for k, v in pairs.left_forms.items()}, **pairs.links}


def pair_names(left: Iterable[Fact], right: Iterable[Fact]) -> NamePairs:
    """Pair the two articles' name keys one-to-one, best first, and find each side's second forms
    (``link_pairs.second_forms``): the same rule read from either side, so the swapped articles
    give the same pairs and forms, mirrored."""
    left_keys = _keys(left)
    right_keys = _keys(right)
    links: dict[str, str] = {}
    right_set = set(right_keys)
    bearers = _bearers(left_keys), _bearers(right_keys)
    for key in left_keys:
        if (
            key in right_set
            and _may_be_one(left_keys[key], right_keys[key])
            and not _two_bearers(key, bearers)
        ):
            links[key] = key
    exact = set(links.values())
    # Each key's bearers read once, not once per key of the other side it is matched with.
    right_by_kind: dict[str, list[tuple[str, list[Fact]]]] = {}
    for other, other_facts in right_keys.items():
        right_by_kind.setdefault(other.partition(":")[0], []).append(
            (other, _bearers_of(other_facts))
        )
    # Every left x right candidate but two names each linked exactly: a name paired exactly may
    # still be what a name left over on the other side names ("CSB" / "Coastal Shipping Board").
    candidates: list[Candidate] = []
    for key, facts in left_keys.items():
        mine = _bearers_of(facts)
        for other, theirs in right_by_kind.get(key.partition(":")[0], ()):
            if other == key or (key in links and other in exact):
                continue  # the same surname that says two people, or two names paired exactly
            score = max(_either_way(key, a, other, b) for a in mine for b in theirs)
            if score >= NAME_LINK:
                candidates.append((key, other, score))
    links.update(pair_best_first(c for c in candidates if c[0] not in links and c[1] not in exact))
    left_forms, right_forms = second_forms(links, candidates)
    _link_across_labels(left_keys, right_keys, links, bearers, (set(left_forms), set(right_forms)))
    return NamePairs(links, left_forms, right_forms)


def _either_way(key_a: str, a: Fact, key_b: str, b: Fact) -> float:
    """``_match`` asked in one fixed order of the two keys, not in the order of the articles:
    the score of a pair of names must not hang on which article is on the left."""
    if key_a <= key_b:
        return _match(key_a, a, key_b, b)
    return _match(key_b, b, key_a, a)


def _bearers_of(facts: list[Fact]) -> list[Fact]:
    """The first mention of each person a key holds: a surname is a family's, and the one its
    article names first ("Michael Holzworth, a 3-year-old") need not be the one the other article
    names ("Jon Holzwarth", the boy's father). Other kinds of name are one thing a key."""
    first: dict[str, Fact] = {}
    for fact in facts:
        if fact.type is MentionType.PERSON and fact.first:
            first.setdefault(fact.first, fact)
    return list(first.values()) or facts[:1]


def _bearers(keys: dict[str, list[Fact]]) -> dict[str, set[str]]:
    """Given name -> the surnames of the people the article names in full with it."""
    out: dict[str, set[str]] = {}
    for facts in keys.values():
        for fact in facts:
            if fact.type is MentionType.PERSON and fact.first and fact.last:
                out.setdefault(fact.first, set()).add(fact.last)
    return out


def _two_bearers(key: str, bearers: tuple[dict[str, set[str]], dict[str, set[str]]]) -> bool:
    """ "Hugh" on both sides, where one article's Hugh is "Hugh Jackman" and the other's "Hugh
    Moreau": a name written alone stands for the person its article names in full with it as a
    given name, and two different people are no agreement."""
    kind, _, word = key.partition(":")
    if kind != "person" or " " in word:
        return False
    left, right = bearers[0].get(word, set()), bearers[1].get(word, set())
    return bool(left) and bool(right) and not left & right


def shared_surnames(left: Iterable[Fact], right: Iterable[Fact]) -> dict[str, str]:
    """Each person key (a surname) both articles write, mapped to itself, whatever given names
    go with it: the people cards tell a family's members apart by given name themselves."""
    keys = {f.key for f in left if f.type is MentionType.PERSON}
    return {f.key: f.key for f in right if f.type is MentionType.PERSON and f.key in keys}


_RETYPED = ("person", "org", "place")


def _link_across_labels(
    left_keys: dict[str, list[Fact]],
    right_keys: dict[str, list[Fact]],
    links: dict[str, str],
    bearers: tuple[dict[str, set[str]], dict[str, set[str]]],
    forms: tuple[set[str], set[str]],
) -> None:
    """The same name typed differently on each side ("Tyrone Brown" a person here, an
    organisation there) is still one name: linked when the very words are written on both sides.
    Every left x right pair that writes the same words is a candidate, paired as the fuzzy links
    are (``pair_best_first``), so neither article's order of names decides."""
    taken = set(links.values()) | forms[1]
    right_surfaces: dict[str, set[str]] = {}
    for key, facts in right_keys.items():
        if key in taken or key.partition(":")[0] not in _RETYPED or _two_bearers(key, bearers):
            continue
        for fact in facts:
            right_surfaces.setdefault(fold(fact.text), set()).add(key)
    candidates: set[Candidate] = set()
    for key, facts in left_keys.items():
        if key in links or key in forms[0]:
            continue
        if key.partition(":")[0] not in _RETYPED or _two_bearers(key, bearers):
            continue
        for fact in facts:
            surface = fold(fact.text)
            if len(surface) > 3:
                candidates.update((key, other, 1.0) for other in right_surfaces.get(surface, ()))
    links.update(pair_best_first(candidates))


def _keys(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.type in NAME_TYPES:
            out.setdefault(fact.key, []).append(fact)
    return out


def _match(key_a: str, a: Fact, key_b: str, b: Fact) -> float:
    kind_a, _, name_a = key_a.partition(":")
    kind_b, _, name_b = key_b.partition(":")
    if kind_a != kind_b:
        return 0.0
    if cut_alike(a.text, b.text):
        return 0.9  # "JoMo" / "Josie Morrow", "Mat Maid" / "Matanuska Maid": one name, cut short
    if kind_a == "org" and (called_by_head(a.text, b.text) or called_by_head(b.text, a.text)):
        return 0.9  # "Portland Trailblazers" / "Blazers", "76ers" / "Sixers": a team by its head
    if kind_a == "person":
        return _person_match(a, b)
    if not name_a or not name_b:
        return 0.0
    if kind_a == "place" and on_its_street(name_a, name_b):
        return 0.9  # "212 N. Main St." on "North Main Street": one place, two precisions
    if _digits(name_a) != _digits(name_b):
        return 0.0  # "79th Academy Awards" and "85th Academy Awards" are two ceremonies
    if kind_a == "place" and other_compass(name_a, name_b):
        return 0.0  # "West Madison Street" and "East Madison Street" are two streets
    if kind_a == "org" and (acronym(name_a) == name_b.replace(" ", "") or
                            acronym(name_b) == name_a.replace(" ", "")):  # fmt: skip
        return 1.0
    if kind_a == "org" and one_body(name_a, name_b):
        return 1.0  # "Central Elections Commission" / "Central Election and Referendum Commission"
    if kind_a == "org" and (_part_of(name_a, name_b) or _part_of(name_b, name_a)):
        return 0.0
    words_a, words_b = set(name_a.split()), set(name_b.split())
    smaller, larger = sorted((words_a, words_b), key=len)
    if smaller <= larger and smaller - GENERIC_NAME_WORDS:
        short, long = sorted((name_a, name_b), key=lambda n: len(n.split()))
        if not names_one_thing(short, long):
            return 0.0  # "Dubai" in "Dubai Media City" names another thing
        # "Defense Ministry" within "Russian Defense Ministry": the same body, less precisely.
        return 0.9 if len(smaller) >= 2 or kind_a == "place" else 0.86
    if kind_a == "place" and is_known_place(name_a) and is_known_place(name_b):
        # "Iceland" / "Ireland": two places the gazetteer knows, not one misspelt; two spellings
        # of one town ("St. Louis" / "Saint Louis") are met later as places a few km apart.
        return 0.0
    return fuzz.ratio(name_a, name_b) / 100.0


def _part_of(whole: str, part: str) -> bool:
    """A body named by one word that opens a longer body's name with a field between them:
    "House" and "House Natural Resources Committee" are a chamber and one of its committees, not
    one body named twice ("Defense Ministry" within "Russian Defense Ministry" still is)."""
    words = part.split()
    return " " not in whole and len(words) >= 3 and words[0] == whole and words[-1] in BODY_HEADS


@lru_cache(maxsize=4096)  # each name is asked once per name of the other side
def _digits(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d+", name))


def _person_match(a: Fact, b: Fact) -> float:
    """Surnames must match (allowing a letter's slip); first names must not contradict."""
    if not a.last or not b.last:
        return 0.0
    surname = fuzz.ratio(a.last, b.last) / 100.0
    short, long = sorted((a.last, b.last), key=len)
    if surname < 0.8 or (len(short) < 5 and short != long and not long.startswith(short)):
        return 0.0
    if a.first and b.first and not _same_given_name(a, b):
        return 0.0
    if a.last != b.last and _two_roles(a, b):
        return 0.0
    return 0.5 + 0.5 * surname


def _two_roles(a: Fact, b: Fact) -> bool:
    """ "Detective Smith" / "Principal Smyth": surnames that only look alike, under titles that
    share no word, name two people in two roles, not one whose name an article misspelt. A
    courtesy title ("Mr.", "Dr.") says no role."""
    roles = [_roles(f) for f in (a, b)]
    return bool(roles[0]) and bool(roles[1]) and not roles[0] & roles[1]


def _roles(fact: Fact) -> set[str]:
    """The words of office before the surname, kept apart as a title or left inside the name
    by the tagger ("Detective Smith")."""
    words = fold(f"{fact.title} {fact.text}").replace(".", "").split()[:-1]
    return {w for w in words if w in ROLE_TITLES}


def _may_be_one(left: list[Fact], right: list[Fact]) -> bool:
    """Whether one name key on each side may be one bearer: not so when both articles give the
    given name and no form of it meets ("Jose Marin, a police spokesman" / "Elizabeth
    Marin, a friend of the victim" are two people who share a surname)."""
    if _other_quarters(left, right):
        return False
    left_given = [f for f in left if f.type is MentionType.PERSON and f.first]
    right_given = [f for f in right if f.type is MentionType.PERSON and f.first]
    if not left_given or not right_given:
        return True
    return any(
        _same_given_name(a, b) or a.first[:SHORT_FORM_LETTERS] == b.first[:SHORT_FORM_LETTERS]
        for a in left_given
        for b in right_given
    )


def _other_quarters(left: list[Fact], right: list[Fact]) -> bool:
    """A place each article names only by a quarter of it, two different quarters ("Northeast
    D.C." / "Northwest D.C."): the gazetteer gives both the city's key, yet they are two parts of
    it. An article that also names the whole city meets the other on that."""
    places = [
        (a, b)
        for a in left
        for b in right
        if a.type is MentionType.PLACE and b.type is MentionType.PLACE
    ]
    return bool(places) and all(other_compass(a.text, b.text) for a, b in places)


def one_given_name(a: Fact, b: Fact) -> bool:
    """Whether two mentions' given names may be one person's, as ``_may_be_one`` reads them, but
    with a nickname read from each mention's own words: a surname's key holds a whole family,
    and its value is the name of the bearer its article named first ("Kevin Marlowe" for his
    father "Dennis Marlowe" too)."""
    return (
        _same_given_name(a, b, _written_given_names)
        or a.first[:SHORT_FORM_LETTERS] == b.first[:SHORT_FORM_LETTERS]
    )


def _same_given_name(
    a: Fact, b: Fact, given_names: Callable[[Fact], set[str]] | None = None
) -> bool:
    """ "J." and "John", "Bill" and "William", "Chris" and "Christopher", "Earnest (Scoop)
    Fells" and "Scoop Fells": one given name the other article writes in another form."""
    x, y = a.first, b.first
    if x == y or GIVEN_NAME_FORMS.get(x, x) == GIVEN_NAME_FORMS.get(y, y):
        return True
    short, long = sorted((x, y), key=len)
    if len(short) == 1 or (len(short) >= 3 and long.startswith(short)):
        return short[0] == long[0]
    if x[0] == y[0] and fuzz.ratio(x, y) >= GIVEN_NAME_SPELLING:
        return True  # "Jon"/"John", "Brittany"/"Britany"
    if romanised_alike(x, y):
        return True  # "Mohammed"/"Muhammad": one name in two systems of romanisation
    # A nickname the other article gives between a first and a last name.
    names = given_names or _given_names
    return y in names(a) or x in names(b)


# Two spellings of one given name at least this alike ("Brittany"/"Britany"). Kept from v1's
# person matching (GVC tune: names linked 0.95 with it).
GIVEN_NAME_SPELLING = 80


def _given_names(fact: Fact) -> set[str]:
    return set(fold(fact.value).split()[:-1])


def _written_given_names(fact: Fact) -> set[str]:
    return set(re.findall(r"[a-z]+", fold(fact.text))[:-1])
