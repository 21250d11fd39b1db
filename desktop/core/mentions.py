"""Facts of one article put in order: names the parser missed found again, overlaps resolved,
ages attached to people, and each person and organisation given one key."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from desktop.core.facts import NAME_LABELS, Fact
from desktop.core.model import MentionType
from desktop.core.names import acronym, fold
from desktop.core.text_search import NO_WORD_BEFORE, iter_after
from desktop.core.truecase import truecase


@lru_cache(maxsize=4)  # read by the parse and again by the name rescan, for both articles
def nlp_view(text: str) -> str:
    """The string spaCy reads: same length as the shown text so offsets carry over unchanged.

    Hashtags become plain words ("#Azerbaijan" -> " Azerbaijan"); curly apostrophes become straight
    ones, which the small model's tokenizer handles better; ALL-CAPS paragraphs are truecased.
    """
    text = text.replace("#", " ").replace("\u2019", "'").replace("\u2018", "'")
    return truecase(text)


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
    pattern = re.compile("(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    for match in iter_after(NO_WORD_BEFORE, pattern, nlp_view(text)):
        start, end = match.span()
        if any(covered[start:end]):
            continue
        template = by_surface[match.group(1)]
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
        if (
            not strong
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


def attach_ages(facts: list[Fact]) -> None:
    """A figure right after a name is the person's age: "Major Petrov, 47," / "Comeaux Jr., 49"."""
    for person, figure in itertools.pairwise(facts):
        if (
            person.type is MentionType.PERSON
            and figure.number is not None
            and figure.slot.get("age", 0.0) >= 1.0
            and figure.sentence == person.sentence
            and 0 < figure.start - person.end <= 3
        ):
            person.age = figure.value
            figure.owner = person.key


def own_ages(facts: list[Fact]) -> None:
    """After clustering, an age belongs to its person's final key ("person:petrov")."""
    keys = {(f.start, f.end): f.key for f in facts if f.type is MentionType.PERSON}
    for person, figure in itertools.pairwise(facts):
        if figure.owner and (person.start, person.end) in keys:
            figure.owner = keys[(person.start, person.end)]


def cluster_people(facts: list[Fact]) -> None:
    """One key per person: "Ilham Aliyev", "President Aliyev" and "Aliyev" share the fullest name."""
    people = [f for f in facts if f.type is MentionType.PERSON]
    full: dict[str, Fact] = {}
    for fact in people:
        best = full.get(fact.last)
        if best is None or len(fact.value.split()) > len(best.value.split()):
            full[fact.last] = fact
    for fact in people:
        best = full[fact.last]
        fact.value = best.value
        fact.first = fact.first or best.first
        if not fact.title:
            fact.title = next((p.title for p in people if p.last == fact.last and p.title), "")
        if not fact.age:
            fact.age = next((p.age for p in people if p.last == fact.last and p.age), "")


def cluster_organisations(facts: list[Fact]) -> None:
    """An acronym joins the spelled-out name it abbreviates in the same article."""
    orgs = [f for f in facts if f.type is MentionType.ORGANISATION]
    long_by_acronym = {acronym(f.text): f for f in orgs if acronym(f.text)}
    for fact in orgs:
        short = fold(fact.text).replace(" ", "")
        if short in long_by_acronym and long_by_acronym[short] is not fact:
            fact.key = long_by_acronym[short].key
            fact.value = long_by_acronym[short].value
