"""A person's age as a news report gives it, read around one mention of the name.

A linguist's rules, one per construction:

* a figure set off right after the name: "Petrov, 47,", "Petrov (47)", "Petrov, aged 47",
  "Smith Jr., 23;", "the dead man was Smith, 23.";
* an "N-year-old" right before the name, a title between allowed: "the 47-year-old Ivan Petrov",
  "3-year-old Major Howard", "Three-year-old Ann Lee" (figures in words count);
* an "N-year-old" on the noun the name restates: "the 45-year-old mother, Mary Johnson";
* the name as subject of "be" with an age, or of "turn" with a figure: "Smith is 19 years old",
  "Smith, who was 30", "Smith turned 16 in February".

A baby's age in months, weeks or days is an age in completed years, as a record keeps it: "Ann
Lee, 2 months old", "Ann Lee, age 9 months", "a 9-month-old girl, Ann Lee" are 0, "an 18-month-old"
is 1. A bare figure after the name is no age when another unit of time follows it ("Smith, 20
minutes later") or when the name is a possessor ("Smith's 3-year-old son": the son's age).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.mentions import owner_person
from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon.people import AGE_VERBS, SHORT_AGE_UNITS
from desktop.core.model import PersonAttribute
from desktop.core.persons.event_ages import at_an_earlier_step

# A human age as reporters give it; larger figures beside a name are house numbers or years.
MAX_AGE = 120
# How far before a name an "N-year-old" may start: "the 47-year-old Ivan Petrov" leaves room for
# one adjective between ("the 19-year-old suspect Ann Lee"), not for a clause.
BEFORE_CHARS = 40
# How far after a name its set-off age figure ends: ", Jr., aged 47" and no further.
AFTER_CHARS = 20

_FIGURE = r"\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?"
# A baby's age: "2 months old", "age 9 months", "(6 weeks)".
_BABY_UNIT = r"\s+(months?|weeks?|days?)(?:\s+old)?"
_AGE_AFTER = re.compile(
    r"(?:,?\s*(?:Jr|Sr|II|III|IV)\.?)?"  # "John Smith Jr., 23": the suffix the name leaves out
    rf"(?:,\s*(?:aged?\s+)?|\s*\()((\d{{1,3}})(?:{_BABY_UNIT})?)"
    r"(?=\s*[,;)]|\.(?:\s|\Z)|\s+(?:of|and|was|is|were|who|from|in|had|has|died)\b)"
)
_BABY_AGE = re.compile(rf"\d{{1,3}}{_BABY_UNIT}")
_UNIT = r"(years?|months?|weeks?|days?)"
_AGE_BEFORE = re.compile(rf"(({_FIGURE})[- ]{_UNIT}[- ]old)(?:\s+[a-z]+)?\s+\Z")
_AGE_PHRASE = re.compile(rf"(({_FIGURE})[- ]{_UNIT}[- ]old)")
# Months in a year: a baby's age in months, in completed years.
MONTHS_PER_YEAR = 12
_POSSESSIVE = re.compile(r"\s*['\u2019]s?\b")
_NEXT_WORD = re.compile(r"[\s-]*([a-z]+)")


def owned_figures(facts: Sequence[Fact]) -> dict[int, Fact]:
    """The figures the engine gave an owner ("Petrov, 47" read by ``attach_ages``), by start."""
    return {f.start: f for f in facts if f.owner and f.number is not None}


def mention_ages(mention: Fact, owned: Mapping[int, Fact], text: str) -> list[PersonAttribute]:
    """Ages written right beside one mention: set off after it, or "N-year-old" before it."""
    found: list[PersonAttribute] = []
    after = _AGE_AFTER.match(text, mention.end, min(len(text), mention.end + AFTER_CHARS))
    if after:
        years = _in_years(after.group(2), after.group(3))
        found.append(PersonAttribute("age", years, after.start(1), after.end(1)))
    start = _start_with_title(mention, text)
    # Asked for every mention: the pattern is tried at each character, its "old" looked for first.
    lo = max(0, start - BEFORE_CHARS)
    before = _AGE_BEFORE.search(text, lo, start) if text.find("old", lo, start) != -1 else None
    if before:
        found += _phrase_age(before)
    for at in range(mention.end + 1, mention.end + 4):
        figure = owned.get(at)  # the engine's own attachment, "Petrov, 47"
        if (
            figure is not None
            and owner_person(figure.owner) == mention.key
            and figure.sentence == mention.sentence
            and not _POSSESSIVE.match(text, mention.end, figure.start)
            and not _AGE_PHRASE.match(text, figure.start)  # "Ray, 33-year-old Ann Lee": Lee's
        ):
            found.append(PersonAttribute("age", figure.value, figure.start, figure.end))
    return [a for a in found if _is_age(a, text)]


def noun_ages(noun: Any, span: Any, text: str) -> list[PersonAttribute]:
    """ "the 45-year-old mother, Mary Johnson" / "Johnson, the 45-year-old mother": the age on the
    noun the name restates, written between the start of its phrase and the noun."""
    start = max(noun.left_edge.idx, span.end_char if noun.i > span.start else 0)
    found: list[PersonAttribute] = []
    end = noun.idx + len(noun.text)  # "Smith, a 23-year-old from Chicago": the noun is "old"
    for match in _AGE_PHRASE.finditer(text, start, max(start, end)):
        found += _phrase_age(match)
    return [a for a in found if _is_age(a, text)]


def described_ages(noun: Any, known: Sequence[PersonAttribute], text: str) -> list[PersonAttribute]:
    """ "the 16-year-old victim" standing for a named person: the age in the description, unless
    the article gives that person another (then the description is someone else's age)."""
    found = [
        age
        for match in _AGE_PHRASE.finditer(text, noun.left_edge.idx, noun.idx)
        for age in _phrase_age(match)
        if _is_age(age, text)
    ]
    ages = {a.value for a in known if a.kind == "age"}
    return [] if ages and not ages & {a.value for a in found} else found


def modifier_ages(root: Any, text: str) -> list[PersonAttribute]:
    """ "a 23 year old current State University student Ann Lee": an "N-year-old" the parse
    hangs on the name itself or on a title noun before it, however many words stand between."""
    found: list[PersonAttribute] = []
    # "Twenty-two year old Army soldier Bo Ray": the title noun before the name may carry it.
    nouns = [root] + [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
    before = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    if before is not None and before.tag_ == "NN":
        nouns.append(before)  # the title noun right before the name, however the parser hung it
    olds = [c for n in nouns for c in n.children if c.dep_ == "amod" and c.lower_ == "old"]
    for old in olds:
        end = old.idx + len(old.text)
        for match in _AGE_PHRASE.finditer(text, old.left_edge.idx, end):
            found += _phrase_age(match)
    return [a for a in found if _is_age(a, text)]


def predicate_ages(anchor: Any, text: str) -> list[PersonAttribute]:
    """ "Smith is 19 years old", "Smith, who was 30,", "Smith turned 16": the age said of the
    name's clause. ``anchor`` is the name's head token, or the relative pronoun standing for it."""
    verb = anchor.head
    if anchor.dep_ != "nsubj" or verb.lemma_.lower() not in AGE_VERBS:
        return []
    if any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children) or (
        verb.lemma_.lower() == "turn" and verb.tag_ in ("VBZ", "VBP", "VBG")
    ):
        # "Smith will be 29 in April", "who turns 29 on April 11", "would have turned 30": an
        # age to come or never reached, not the age now
        return []
    if at_an_earlier_step(verb):
        return []  # "Smith was 17 when he joined the army": a past age, not the age now
    found = []
    for child in verb.children:
        if child.dep_ not in ("attr", "acomp", "dobj", "npadvmod"):
            continue
        if (figure := _figure_in_words(child)) is not None:
            found.append(figure)  # "He was seventy-two."
            continue
        number = next((t for t in child.subtree if t.like_num), None)
        bare = child.like_num and not list(child.children)
        in_years = any(t.lemma_.lower() == "year" for t in child.subtree) and (
            # "was a 12-year veteran of the force": the years measure the noun, his service
            child.lemma_.lower() == "year" or any(t.lower_ == "old" for t in child.subtree)
        )
        if number is None or not (bare or in_years):
            continue  # "is 19", "is 19 years old"; never "is one of three victims"
        found.append(PersonAttribute("age", number.text, number.idx, number.idx + len(number.text)))
    return [a for a in found if _is_age(a, text)]


def _figure_in_words(word: Any) -> PersonAttribute | None:
    """ "seventy", "seventy-two": a figure written out and said on its own, its words joined by
    a hyphen and hung on the last, as the age in digits it stands for."""
    if not (word.like_num and word.is_alpha):
        return None
    if any(not (c.like_num or c.text == "-") or c.i > word.i for c in word.children):
        return None
    value = parse_number(word.doc[word.left_edge.i : word.i + 1].text)
    if value is None or not value.exact:
        return None
    return PersonAttribute("age", str(int(value.low)), word.left_edge.idx, word.idx + len(word))


# Auxiliaries that put an age ahead of the telling or out of the world: "will", "would".
_TO_COME = frozenset(["will", "'ll", "would", "shall"])


def _start_with_title(mention: Fact, text: str) -> int:
    """Where the name starts with its title: "3-year-old Major Howard" has the age before
    "Major"."""
    if mention.title:
        before = text[max(0, mention.start - len(mention.title) - 2) : mention.start]
        at = before.rfind(mention.title)
        if at >= 0 and not before[at + len(mention.title) :].strip(". "):
            return mention.start - len(before) + at
    return mention.start


def _phrase_age(match: re.Match[str]) -> list[PersonAttribute]:
    """The age of an "N-year-old" or "N-month-old" match, in digits whether written so or in
    words, in completed years."""
    figure = match.group(2)
    if not figure.isdigit():
        value = parse_number(figure)
        if value is None or not value.exact or value.low != int(value.low):
            return []
        figure = str(int(value.low))
    return [PersonAttribute("age", _in_years(figure, match.group(3)), match.start(1), match.end(1))]


def _in_years(figure: str, unit: str | None) -> str:
    """ "9" "months" is 0 years, "18" "months" 1, "6" "weeks" 0; years and no unit stay."""
    unit = (unit or "year").lower()
    if unit.startswith("month"):
        return str(int(figure) // MONTHS_PER_YEAR)
    return figure if unit.startswith("year") else "0"


def _is_age(attribute: PersonAttribute, text: str) -> bool:
    if not attribute.value.isdigit() or not 0 <= int(attribute.value) <= MAX_AGE:
        return False
    said = text[attribute.start : attribute.end]
    if _AGE_PHRASE.fullmatch(said) or _BABY_AGE.fullmatch(said):
        return True  # "9-month-old", "2 months old": already counted in years
    if int(attribute.value) == 0:
        return False  # a bare "0" beside a name is a score or a count, never an age
    inside = {w.lower() for w in re.findall(r"[A-Za-z]+", said)}
    unit = _NEXT_WORD.match(text, attribute.end)
    return not (inside & SHORT_AGE_UNITS or (unit and unit.group(1).lower() in SHORT_AGE_UNITS))
