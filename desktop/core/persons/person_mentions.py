"""Where an article speaks of a person: the engine's name mentions, the ones a reader sees that
the tagger missed, and the pronouns and descriptions that stand for a named person.

Missed names, as a reader states them:

* a bare surname of a person the article names ("Wade was arrested"), also when the label vote
  made it a place or an organisation, and a bare first name of the one person named in full
  with it ("Jayden Choate ... Jayden was pronounced dead");
* a full name with a named person's surname that the label vote made a place or an organisation
  ("Marsha Lynch" beside "Quincy Lynch");
* a full name the tagger read as a person but the label vote moved elsewhere ("the death of Ann
  Lee": after "of"), when the article says something only a person has: a death, a wound, an
  arrest, an age.

The pronouns and descriptions that stand for a named person are ``person_references``'s job.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.mentions import sentence_at
from desktop.core.extraction.parse_cache import parsed_text, token_rows
from desktop.core.model import MentionType
from desktop.core.naming.names import fold, person_key
from desktop.core.naming.nicknamed_names import nicknamed_names
from desktop.core.persons.person_ages import mention_ages, owned_figures
from desktop.core.persons.person_status import statuses

if TYPE_CHECKING:
    from desktop.core.extraction.extract import Analysis

# Name types the label vote sometimes gives a person's full name.
_MISREAD_AS = frozenset({MentionType.PLACE, MentionType.ORGANISATION})
# What only a person has done to them: evidence that a misread name is a person's. Not "quoted"
# or "charged": companies speak and are charged.
PERSON_ONLY_STATUSES = frozenset({"killed", "injured", "arrested", "missing"})
# Words in a full name: "Ann Lee", "Mary Ann Lee"; longer runs are titles of works or bodies.
MAX_NAME_WORDS = 3

# What stands between a first name and the full name it is coordinated with: "Cedric and ".
_COORDINATED = re.compile(r"\s+(?:and|&)\s+")
# Suffixes telling a father and a son of one name apart: "Dwayne Jackson Sr.", "Dwayne Jr.".
_GENERATIONS = frozenset({"jr", "sr"})


def person_mentions(analysis: Analysis, doc: Any) -> tuple[list[Fact], frozenset[str]]:
    """Every name mention of a person, in text order, and the keys of people only found here."""
    facts = analysis.facts
    text = analysis.document.text
    owned = owned_figures(facts)
    people = [f for f in facts if f.type is MentionType.PERSON and f.key]
    by_last = {f.last: f.key for f in people if f.last}
    owners = first_name_owners(facts)
    starts = [sentence.start for sentence in analysis.sentences]
    extra = _nicknamed(text, by_last, owned, doc, starts)
    nicknames = [(n.start, n.end) for n in extra]
    new_keys = {n.key for n in extra if n.key not in by_last.values()}
    people = [f for f in people if not _within(nicknames, f)]
    for nicknamed in extra:
        by_last.setdefault(person_key(nicknamed.text)[1], nicknamed.key)
    for fact in facts:
        words = fact.text.split()
        if _within(nicknames, fact):
            continue  # "Scoop" of "Earnest (Scoop) Fells" is no one of its own
        if not (
            fact.type in _MISREAD_AS
            and 1 <= len(words) <= MAX_NAME_WORDS
            and all(w[:1].isupper() for w in words)
        ):
            continue
        last = person_key(fact.text)[1]
        known = by_last.get(last, owners.get(last) if len(words) == 1 else None)
        if known is not None:
            extra.append(_person(fact.start, fact.end, fact.text, known, starts))
        elif len(words) > 1 and _acts_as_person(fact, owned, doc, text):
            new_keys.add("person:" + last)
            extra.append(_person(fact.start, fact.end, fact.text, "person:" + last, starts))
    for mention in extra:
        by_last.setdefault(person_key(mention.text)[1], mention.key)
    covered = sorted([(f.start, f.end) for f in facts] + nicknames)
    covered_starts = [start for start, _ in covered]
    # The proper nouns read from the parse's lists: a Token object per word of the article is slow.
    rows, parsed = token_rows(doc), parsed_text(doc)
    for i, pos in enumerate(rows.pos):
        if pos != "PROPN":
            continue
        word = parsed[rows.idx[i] : rows.end[i]]
        folded = fold(word)
        key = by_last.get(folded, owners.get(folded))
        if key is None or _inside(covered, covered_starts, rows.idx[i]):
            continue
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(rows.pos)]
        if any(
            rows.pos[j] == "PROPN" and parsed[rows.idx[j] : rows.end[j]][:1].isupper()
            for j in beside
        ):
            continue  # part of a longer name: "Wade County", "Dwayne Wade"
        extra.append(_person(rows.idx[i], rows.end[i], word, key, starts))
    mentions = sorted(people + extra, key=lambda f: f.start)
    return _coordinated_firsts(mentions, text), frozenset(new_keys)


def _coordinated_firsts(mentions: list[Fact], text: str) -> list[Fact]:
    """ "Cedric and James Poore", "Steve and Shirley Timmons": a first name coordinated with a
    full name shares its surname. The mention keeps its text and takes the person's key, with
    the first name it gives (``first``) and the surname it shares (``last``)."""
    found = list(mentions)
    # "Wilson and Andrew Allen": a surname of someone named in full is that person, no first name.
    surnames = {person_key(m.text)[1] for m in mentions if len(m.text.split()) > 1}
    for i, (one, full) in enumerate(itertools.pairwise(mentions)):
        alone = fold(one.text)
        if (
            len(one.text.split()) == 1
            and len(full.text.split()) >= 2
            and alone not in surnames
            and coordinated(one, full, text)
        ):
            found[i] = dataclasses.replace(one, key=full.key, first=alone, last=full.last)
    return found


def coordinated(one: Fact, full: Fact, text: str) -> bool:
    """Is the mention ``one`` joined to the next one by "and" ("Bo and Cal Ray")?"""
    return bool(_COORDINATED.fullmatch(text, one.end, full.start))


def _nicknamed(
    text: str, by_last: Mapping[str, str], owned: Mapping[int, Fact], doc: Any, starts: list[int]
) -> list[Fact]:
    """ "Earnest (Scoop) Fells", 'Earnest "Scoop" Fells': a nickname in parentheses or quotation
    marks between a first name and a surname is part of the name, which the tagger then misses.
    A person's when the surname is one the article gives a person, or the tagger, an age or a
    fate says so."""
    found = []
    for match in nicknamed_names(text):
        last = person_key(match.group(0))[1]
        fact = _person(match.start(), match.end(), match.group(0), "person:" + last, starts)
        if last in by_last:
            found.append(dataclasses.replace(fact, key=by_last[last]))
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        fated = any(s in PERSON_ONLY_STATUSES for s, _, _ in statuses(span.root))
        tagged = any(t.ent_type_ == "PERSON" for t in span)
        if fated or tagged or mention_ages(fact, owned, text):
            found.append(fact)
    return found


def _within(spans: Sequence[tuple[int, int]], fact: Fact) -> bool:
    """Does ``fact`` lie inside one of a few spans (the article's nicknamed names)?"""
    return any(start <= fact.start and fact.end <= end for start, end in spans)


def first_name_owners(facts: Sequence[Fact]) -> dict[str, str]:
    """ "Jaden Rahm, 16, ... Jaden was pronounced dead": a first name alone is the one person of
    the article named in full with it; their surname key by first name. Not when two people
    share the first name, nor when a "Jr." or "Sr." tells a father and a son of one name apart
    ("Dwayne Jackson Sr.", "their son Dwayne"), nor when it is someone's surname."""
    people = [f for f in facts if f.type is MentionType.PERSON and f.key]
    by_first: dict[str, set[str]] = {}
    surnames: set[str] = set()
    shared: set[str] = set()
    for fact in people:
        first, last = person_key(fact.text)
        if len(first) > 1:
            by_first.setdefault(first, set()).add(fact.key)
            surnames.add(last)
        if _GENERATIONS & set(fold(fact.text).split()):
            shared.add(first or last)
    return {
        first: next(iter(keys))
        for first, keys in by_first.items()
        if len(keys) == 1 and first not in shared | surnames
    }


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Is ``at`` inside one of the sorted ``spans`` (a fact)? The few spans starting just before."""
    first = bisect_right(starts, at)
    return any(spans[i][1] > at for i in range(max(0, first - 3), first))


def _acts_as_person(fact: Fact, owned: Mapping[int, Fact], doc: Any, text: str) -> bool:
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ != "PERSON" for t in span):
        return False  # the tagger itself never read it as a person
    if any(s in PERSON_ONLY_STATUSES for s, _, _ in statuses(span.root)):
        return True
    return bool(mention_ages(fact, owned, text))


def _person(start: int, end: int, text: str, key: str, starts: list[int]) -> Fact:
    return Fact(start, end, text, MentionType.PERSON, "PERSON", sentence_at(starts, start), key=key)
