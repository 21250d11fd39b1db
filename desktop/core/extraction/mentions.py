"""Facts of one article put in order: names the parser missed found again, overlaps resolved,
ages attached to people, and each person and organisation given one key."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from desktop.core.extraction.facts import NAME_LABELS, Fact
from desktop.core.extraction.kickers import kickers_cased
from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.split_decimals import mended_for_parser
from desktop.core.extraction.text_search import NO_WORD_BEFORE, iter_after, written_alone
from desktop.core.extraction.truecase import truecase
from desktop.core.figures.numbers.values import parse_date
from desktop.core.lexicon import COUNT_SLOTS, GIVEN_NAME_FORMS
from desktop.core.lexicon.titles import NAME_TITLES
from desktop.core.model import MentionType
from desktop.core.naming.names import acronym, fold


@lru_cache(maxsize=4)  # read by the parse and again by the name rescan, for both articles
def nlp_view(text: str) -> str:
    """The string spaCy reads: same length as the shown text so offsets carry over unchanged.

    Hashtags become plain words ("#Azerbaijan" -> " Azerbaijan"); curly apostrophes become straight
    ones, which the small model's tokenizer handles better; ALL-CAPS paragraphs are truecased;
    decimals a sentence splitter broke apart ("$2. 6 million") are whole again; a paragraph's
    kicker in capitals ("FIRE crews from ...") is in ordinary case; a scale's name hyphened to
    its figure ("magnitude-6.1") is read as the two words it stands for.
    """
    text = text.replace("#", " ").replace("\u2019", "'").replace("\u2018", "'")
    text = _SCALE_HYPHEN.sub(r"\1 ", text)
    return truecase(kickers_cased(mended_for_parser(text)))


# "The magnitude-6.1 earthquake", "a Category-4 hurricane": the tokenizer keeps such a pair as one
# word the tagger knows nothing of, while "magnitude 6.1" is a measure it reads.
_SCALE_HYPHEN = re.compile(r"\b(magnitude|category)-(?=\d)", re.IGNORECASE)


def rescan_known_names(
    text: str,
    facts: list[Fact],
    known: dict[str, str],
    sentence_starts: list[int],
    headline_end: int,
    borrowed: Sequence[Fact] = (),
) -> list[Fact]:
    """Find names the parser missed (a headline's "Putin-Aliyev", a second "Kremlin") by string,
    the article's own names and the ``borrowed`` full names of the other article."""
    covered = bytearray(len(text) + 1)
    for f in facts:
        covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    by_surface: dict[str, Fact] = {}
    for fact in [*facts, *borrowed]:
        if fact.label in NAME_LABELS and fact.text[:1].isupper():
            by_surface.setdefault(fact.text, fact)
    extra: list[Fact] = []
    if not by_surface:
        return extra
    names = sorted(by_surface, key=len, reverse=True)
    pattern = compiled("(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    for match in iter_after(NO_WORD_BEFORE, pattern, nlp_view(text)):
        start, end = match.span()
        if any(covered[start:end]):
            continue
        template = by_surface[match.group(1)]
        if template.type is MentionType.PERSON and _after_another_given_name(text, start, template):
            continue  # "Terrell Byrd" is not the "Lashonda Byrd" whose surname was looked for
        fact = Fact(
            start,
            end,
            text[start:end],
            template.type,
            template.label,
            sentence_at(sentence_starts, start),
            key=template.key,
            value=template.value,
            first=template.first,
            last=template.last,
            in_headline=start < headline_end,
        )
        covered[start:end] = b"\x01" * (end - start)
        extra.append(fact)
    return extra


def _after_another_given_name(text: str, start: int, template: Fact) -> bool:
    """A surname found by string right after a capitalised word that is no title, no common word
    and not the person's own given name: the parser missed a longer name, someone else of the
    family ("His mother, Lashonda Byrd" in one article, "Terrell Byrd, 15" in the other)."""
    if " " in template.text.strip():
        return False  # a full name found again is that person
    word = _WORD_BEFORE.search(text, max(0, start - _GIVEN_NAME_REACH), start)
    if word is None:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS  # the window shows before spaCy loads

    given = word.group(1)
    lower = given.lower()
    return (
        given[:1].isupper()
        and not given.isupper()
        and lower not in STOP_WORDS
        and lower not in NAME_TITLES
        and lower != (template.first or "").lower()
        and not lower.endswith(_WORD_ENDINGS)
        and parse_date(given, None) is None
        and not written_alone(lower, text)
    )


# Endings of verbs and adverbs capitalised at a sentence's start ("Choosing DeGeneres ..."),
# never of a given name; a word the article also writes in lower case is no name either.
_WORD_ENDINGS = ("ing", "ed", "ly")


# A capitalised word and one space right before a name: "Terrell Byrd". Given names are short;
# the reach only bounds the search.
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][a-z'’-]+) $")
_GIVEN_NAME_REACH = 30


def sentence_at(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def inherit_slots(facts: list[Fact]) -> None:
    """A figure with no context of its own borrows its neighbour's: "...put the magnitude at 5.9,
    but the USGS said it was 6.1" (6.1 is a magnitude too)."""
    previous: Fact | None = None
    for fact in facts:
        if fact.number is None:
            continue
        strong = any(w >= 1.0 for w in fact.slot.values())
        # "one of the five wounded people was also shot": a figure whose own words name its
        # toll ("wounded") counts that toll, whatever the figure beside it counts.
        tolled = any(word in COUNT_SLOTS for word in fact.slot)
        if (
            not strong
            and not tolled
            and previous is not None
            and previous.sentence == fact.sentence
            and previous.number is not None
            and previous.number.dimension == fact.number.dimension
        ):
            for word, weight in previous.slot.items():
                fact.slot[word] = max(fact.slot.get(word, 0.0), weight)
        previous = fact


def drop_overlaps(facts: list[Fact]) -> list[Fact]:
    kept: list[Fact] = []
    for fact in facts:
        if kept and fact.start < kept[-1].end:
            if (fact.end - fact.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = fact
            continue
        kept.append(fact)
    return kept


def attach_ages(facts: list[Fact], text: str) -> None:
    """A figure right after a name is the person's age: "Major Petrov, 47," / "Comeaux Jr., 49".
    After a possessive the age is of what the person has: "Moore's 26-year-old girlfriend".

    The owner is the person's key and the initial of the given name the article gives them
    ("person:cole/f" for "Frank Cole, 55"), so that a family's ages are never set against each
    other ("Janet Cole, 52" / "Frank Cole, 56"). A bare surname takes the one initial the article
    gives that surname; of several (a family), it owns its age alone."""
    initials = given_initials(facts)
    for person, figure in itertools.pairwise(facts):
        if (
            person.type is MentionType.PERSON
            and figure.number is not None
            and figure.slot.get("age", 0.0) >= 1.0
            and figure.sentence == person.sentence
            and 0 < figure.start - person.end <= 3
            and not _POSSESSIVE.match(text, person.end)
        ):
            person.age = figure.value
            figure.owner = age_owner(person, initials, figure.start)
            figure.owner_name = person.value


def given_initials(facts: Sequence[Fact]) -> dict[str, set[str]]:
    """The initials of the given names the article writes with each surname."""
    initials: dict[str, set[str]] = {}
    for fact in facts:
        if fact.type is MentionType.PERSON and fact.first:
            initials.setdefault(fact.key, set()).add(_initial(fact.first))
    return initials


def age_owner(person: Fact, initials: dict[str, set[str]], at: int) -> str:
    """The owner of an age given to ``person``: its key and given name's initial; a bare
    surname of several given names (a family) owns the age at ``at`` alone."""
    given = {_initial(person.first)} if person.first else initials.get(person.key, set())
    if len(given) == 1:
        return f"{person.key}/{next(iter(given))}"
    return f"{person.key}/?{at}" if given else person.key


def _initial(first: str) -> str:
    """ "Bill" and "William", "J." and "John": one given name by its everyday form's initial."""
    first = fold(first)
    return GIVEN_NAME_FORMS.get(first, first)[:1]


def owner_person(owner: str) -> str:
    """The person key of an age's owner: "person:cole" for "person:cole/f"."""
    return owner.split("/", 1)[0]


# "Moore's", "Moore’s", "Harris'": the name owns what follows it.
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")


def own_ages(facts: list[Fact]) -> None:
    """After clustering, an age belongs to its person's final key ("person:petrov"), with the
    given name's initial it was read with."""
    keys = {(f.start, f.end): f.key for f in facts if f.type is MentionType.PERSON}
    for person, figure in itertools.pairwise(facts):
        if figure.owner and (person.start, person.end) in keys:
            given = figure.owner[len(owner_person(figure.owner)) :]
            figure.owner = keys[(person.start, person.end)] + given


def cluster_people(facts: list[Fact]) -> None:
    """One key per person: "Ilham Aliyev", "President Aliyev" and "Aliyev" share the fullest
    name."""
    people = [f for f in facts if f.type is MentionType.PERSON]
    full: dict[str, Fact] = {}
    for fact in people:
        best = full.get(fact.last)
        if best is None or len(fact.value.split()) > len(best.value.split()):
            full[fact.last] = fact
    # The first title and age given with each surname, in text order: what every mention of
    # that surname without its own takes (one look-up each, not a walk over all mentions).
    titles: dict[str, str] = {}
    ages: dict[str, str] = {}
    for fact in people:
        if fact.title:
            titles.setdefault(fact.last, fact.title)
        if fact.age:
            ages.setdefault(fact.last, fact.age)
    for fact in people:
        best = full[fact.last]
        fact.value = best.value
        fact.first = fact.first or best.first
        if not fact.title:
            fact.title = titles.get(fact.last, "")
        if not fact.age:
            fact.age = ages.get(fact.last, "")


def cluster_organisations(facts: list[Fact]) -> None:
    """An acronym joins the spelled-out name it abbreviates in the same article."""
    orgs = [f for f in facts if f.type is MentionType.ORGANISATION]
    long_by_acronym = {acronym(f.text): f for f in orgs if acronym(f.text)}
    for fact in orgs:
        short = fold(fact.text).replace(" ", "")
        if short in long_by_acronym and long_by_acronym[short] is not fact:
            fact.key = long_by_acronym[short].key
            fact.value = long_by_acronym[short].value
