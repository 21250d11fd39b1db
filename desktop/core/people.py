"""One card per person either article names: what each article says about them, side by side.

A person's mentions share a key inside an article ("Ilham Aliyev", "President Aliyev", "Aliyev")
and ``link_names`` joins the keys across the two articles. What an article says about a person is
read from the parse around each mention, as a linguist would state it:

* title: the rank or office written before the name ("Major Ivan Petrov");
* age: "Petrov, 47", "Petrov (47)", "Petrov, aged 47", "the 47-year-old Ivan Petrov";
* role, affiliation, nationality: an apposition ("Petrov, a spokesman for the Defense Ministry"),
  a noun compound before the name ("suspect John Smith"), a nationality adjective ("Russian");
* status: the person as passive subject of kill / wound / arrest / charge ("Smith was arrested"),
  as subject of die / say / tell ("Smith died", "Smith told reporters"), as object of kill / arrest
  ("police arrested Smith"), with "dead" / "missing" as complement ("was found dead").

Each attribute keeps the span that says it. Across the articles, different ages, nationalities or
exclusive fates (killed / injured) are conflicts; different titles, roles or affiliations are
differences, shown but not contradictions ("Major" beside "deputy chief of submarine forces").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop.core.facts import Fact
from desktop.core.mentions import sentence_at
from desktop.core.model import (
    AttributeComparison,
    MentionType,
    PersonAttribute,
    PersonCard,
    PersonSide,
    Span,
)
from desktop.core.names import fold, person_key
from desktop.core.person_status import statuses

if TYPE_CHECKING:
    from desktop.core.extract import Analysis

KINDS = ("title", "age", "role", "nationality", "affiliation", "status")
STATUSES = ("killed", "injured", "arrested", "charged", "missing", "quoted")

# Fates one person cannot share in one event's record: a card saying both is a conflict.
EXCLUSIVE_STATUSES = (frozenset({"killed", "injured"}), frozenset({"killed", "missing"}))
# Kinds with one true value per person: two different values are a conflict, not a difference.
SINGLE_VALUED = frozenset({"age", "nationality"})

# Name types the label vote sometimes gives a person's full name.
_MISREAD_AS = frozenset({MentionType.PLACE, MentionType.ORGANISATION})

AGREE, CONFLICT, DIFFERENT, ONE_SIDE = "agree", "conflict", "different", "one_side"

# A human age as reporters give it; larger figures beside a name are house numbers or years.
MAX_AGE = 120

_AGE_AFTER = re.compile(r"(?:,\s*(?:aged?\s+)?|\s*\()(\d{1,3})(?=\s*[,)]|\s+(?:of|and|was|is)\b)")
_AGE_BEFORE = re.compile(r"((\d{1,3})[- ]years?[- ]old)(?:\s+[a-z]+)?\s+\Z")
_AGE_PHRASE = re.compile(r"((\d{1,3})[- ]years?[- ]old)")
_POSSESSIVES = ("'s", "’s", "'", "’")
_LEADING_DETERMINERS = frozenset({"a", "an", "the"})


def side_values(side: PersonSide, kind: str) -> frozenset[str]:
    """The folded values of one kind of attribute an article gives a person."""
    return frozenset(fold(a.value) for a in side.attributes if a.kind == kind)


def person_cards(
    left: Analysis,
    right: Analysis,
    links: Mapping[str, str],
    left_doc: Any,
    right_doc: Any,
) -> tuple[PersonCard, ...]:
    """Cards for every person of both articles, in order of first mention (left, then right).

    ``links`` is ``link_names``'s map from left keys to right keys; the docs are the spaCy parses
    the analyses were made from (same text, same offsets).
    """
    left_sides = _sides(left, left_doc)
    right_sides = _sides(right, right_doc)
    cards: list[PersonCard] = []
    used_ids: set[str] = set()
    taken_right: set[tuple[str, str]] = set()
    for (key, first), side in left_sides.items():
        other = _partner(links.get(key), first, right_sides, taken_right)
        if other is not None:
            taken_right.add(other)
        cards.append(_card(key, side, right_sides[other] if other else PersonSide(), used_ids))
    for person, side in right_sides.items():
        if person not in taken_right:
            cards.append(_card(person[0], PersonSide(), side, used_ids))
    return tuple(cards)


def _partner(
    key: str | None,
    first: str,
    right: Mapping[tuple[str, str], PersonSide],
    taken: set[tuple[str, str]],
) -> tuple[str, str] | None:
    """The right person a left one is: the linked key, and the same first name where both give one."""
    if key is None:
        return None
    candidates = [p for p in right if p[0] == key and p not in taken]
    same = [p for p in candidates if p[1] == first]
    if same:
        return same[0]
    loose = [p for p in candidates if not p[1] or not first]
    if loose:
        return loose[0]
    # Different first names on both sides are different people; one unnamed-first each is one.
    return None


def compare_sides(left: PersonSide, right: PersonSide) -> tuple[AttributeComparison, ...]:
    """Each kind either side gives, judged across the two."""
    rows = []
    for kind in KINDS:
        lv, rv = side_values(left, kind), side_values(right, kind)
        if not lv and not rv:
            continue
        rows.append(
            AttributeComparison(kind, tuple(sorted(lv)), tuple(sorted(rv)), _verdict(kind, lv, rv))
        )
    # A rank on one side and a job on the other ("Major" / "deputy chief of submarine forces")
    # describe one standing two ways: a difference to show, never a contradiction.
    lt, lr, rt, rr = (side_values(s, k) for s in (left, right) for k in ("title", "role"))
    if lt and not lr and rr and not rt:
        rows.append(
            AttributeComparison("title/role", tuple(sorted(lt)), tuple(sorted(rr)), DIFFERENT)
        )
    elif rt and not rr and lr and not lt:
        rows.append(
            AttributeComparison("title/role", tuple(sorted(lr)), tuple(sorted(rt)), DIFFERENT)
        )
    return tuple(rows)


def _verdict(kind: str, lv: frozenset[str], rv: frozenset[str]) -> str:
    if not lv or not rv:
        return ONE_SIDE
    if kind == "status":
        for pair in EXCLUSIVE_STATUSES:
            if (lv & pair) and (rv & pair) and not (lv & rv & pair):
                return CONFLICT
        return AGREE if lv & rv else DIFFERENT
    if lv & rv:
        return AGREE
    return CONFLICT if kind in SINGLE_VALUED else DIFFERENT


def _card(key: str, left: PersonSide, right: PersonSide, used: set[str]) -> PersonCard:
    names = left.names + right.names
    name = max(names, key=lambda n: (len(n.split()), len(n))) if names else key
    base = "person:" + "-".join(fold(name).split()) if names else key
    card_id, n = base, 2
    while card_id in used:
        card_id, n = f"{base}-{n}", n + 1
    used.add(card_id)
    return PersonCard(card_id, name, left, right, compare_sides(left, right))


def _sides(analysis: Analysis, doc: Any) -> dict[tuple[str, str], PersonSide]:
    """Each person of one article by (key, first name) with what the article says about them."""
    text = analysis.document.text
    near = _facts_near(analysis.facts)
    sides: dict[tuple[str, str], PersonSide] = {}
    for person, mentions in _people(_mentions(analysis, doc)).items():
        names = _unique(" ".join(m.text.split()) for m in mentions)
        attributes: list[PersonAttribute] = []
        for mention in mentions:
            facts = near.get(mention.sentence, [])
            attributes += _title(mention, text)
            attributes += _ages(mention, facts, text)
            attributes += _parsed(mention, facts, doc)
        spans = tuple(Span(m.start, m.end, m.text) for m in mentions)
        sides[person] = PersonSide(tuple(names), tuple(_unique(attributes)), spans)
    return sides


def _facts_near(facts: Sequence[Fact]) -> dict[int, list[Fact]]:
    """The facts of each sentence and its neighbours, in text order: what a mention's phrase can
    hold (a parse never reaches further), so reading a long article stays linear."""
    near: dict[int, list[Fact]] = {}
    for fact in facts:
        for sentence in (fact.sentence - 1, fact.sentence, fact.sentence + 1):
            near.setdefault(sentence, []).append(fact)
    return near


def _mentions(analysis: Analysis, doc: Any) -> list[Fact]:
    """The engine's person mentions, plus the ones a reader sees that the tagger missed: a bare
    surname of a person the article names ("Wade was arrested"), and a full name with a named
    person's surname that the label vote made a place or an organisation ("Marsha Lynch" beside
    "Quincy Lynch")."""
    facts = analysis.facts
    people = [f for f in facts if f.type is MentionType.PERSON and f.key]
    by_last = {f.last: f.key for f in people if f.last}
    starts = [sentence.start for sentence in analysis.sentences]
    extra: list[Fact] = []
    for fact in facts:
        words = fact.text.split()
        if (
            fact.type in _MISREAD_AS
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
        ):
            last = person_key(fact.text)[1]
            if last in by_last:
                extra.append(_person(fact.start, fact.end, fact.text, by_last[last], starts))
    covered = {offset for f in facts for offset in range(f.start, f.end)}  # linear, not per token
    for token in doc:
        key = by_last.get(fold(token.text)) if token.pos_ == "PROPN" else None
        if key is None or token.idx in covered:
            continue
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in beside):
            continue  # part of a longer name: "Wade County", "Dwayne Wade"
        extra.append(_person(token.idx, token.idx + len(token.text), token.text, key, starts))
    return sorted(people + extra, key=lambda f: f.start)


def _person(start: int, end: int, text: str, key: str, starts: list[int]) -> Fact:
    return Fact(start, end, text, MentionType.PERSON, "PERSON", sentence_at(starts, start), key=key)


def _people(facts: Sequence[Fact]) -> dict[tuple[str, str], list[Fact]]:
    """Mentions by person. The engine keys people by surname; family members ("Caleb Jackson",
    "Trinity Jackson") share it, so full names with different first names are told apart here and
    a bare surname goes to the last person of that surname named before it (the reader's rule)."""
    people: dict[tuple[str, str], list[Fact]] = {}
    last_named: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for fact in facts:
        if fact.type is MentionType.PERSON and fact.key:
            first = person_key(fact.text)[0]
            if first:
                firsts.setdefault(fact.key, []).append(first)
    for fact in facts:
        if fact.type is not MentionType.PERSON or not fact.key:
            continue
        first = person_key(fact.text)[0]
        known = firsts.get(fact.key, [])
        if not first and known:
            first = last_named.get(fact.key, known[0])
        elif len(first) == 1:  # "J. Smith": the John Smith named in full
            first = next((f for f in known if f.startswith(first)), first)
        last_named[fact.key] = first
        people.setdefault((fact.key, first), []).append(fact)
    return people


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def _title(mention: Fact, text: str) -> list[PersonAttribute]:
    if not mention.title:
        return []
    window_start = max(0, mention.start - len(mention.title) - 40)
    at = text.rfind(mention.title, window_start, mention.end)
    if at < 0:
        return []  # the title came from another mention of the person: that one carries it
    return [PersonAttribute("title", mention.title, at, at + len(mention.title))]


def _ages(mention: Fact, facts: Sequence[Fact], text: str) -> list[PersonAttribute]:
    found: list[PersonAttribute] = []
    after = _AGE_AFTER.match(text, mention.end, min(len(text), mention.end + 16))
    if after:
        found.append(PersonAttribute("age", after.group(1), after.start(1), after.end(1)))
    before = _AGE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before:
        found.append(PersonAttribute("age", before.group(2), before.start(1), before.end(1)))
    for figure in facts:
        # The engine's own attachment ("Petrov, 47" read by ``attach_ages``).
        if (
            figure.owner == mention.key
            and figure.owner
            and figure.number is not None
            and figure.sentence == mention.sentence
            and 0 < figure.start - mention.end <= 3
            # "Powell's 3-year-old son": the age of what the person has, not of the person.
            and not text[mention.end : figure.start].startswith(_POSSESSIVES)
        ):
            found.append(PersonAttribute("age", figure.value, figure.start, figure.end))
    return [a for a in found if a.value.isdigit() and 0 < int(a.value) <= MAX_AGE]


def _parsed(mention: Fact, facts: Sequence[Fact], doc: Any) -> list[PersonAttribute]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    root = span.root
    found = [PersonAttribute("status", value, start, end) for value, start, end in statuses(root)]
    found += _descriptions(root, span, facts)
    return found


def _attr(kind: str, value: str, token: Any) -> PersonAttribute:
    return PersonAttribute(kind, value, token.idx, token.idx + len(token.text))


def _descriptions(root: Any, span: Any, facts: Sequence[Fact]) -> list[PersonAttribute]:
    """Role, affiliation and nationality from the noun phrase around the name."""
    found: list[PersonAttribute] = []
    phrases = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        phrases.append(root.head)  # "the victim, John Smith"
    for head in phrases:
        words = [t for t in head.subtree if t.i < span.start or t.i >= span.end]
        while words and (words[0].is_punct or words[0].lower_ in _LEADING_DETERMINERS):
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        found += _age_on_noun(head, span)
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            found.append(PersonAttribute("role", _text(span.doc)[start:end], start, end))
            found += _named_inside(start, end, facts)
    for child in root.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < span.start:
            found.append(_attr("role", child.text, child))
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            for g in objects:
                found += _named_inside(
                    g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text), facts
                )
    found += _named_inside(root.left_edge.idx, span.start_char, facts, only=MentionType.NATIONALITY)
    return found


def _age_on_noun(noun: Any, span: Any) -> list[PersonAttribute]:
    """ "the 45-year-old mother, Marsha Lynch" / "Lynch, the 45-year-old mother": the age on the
    noun the name restates, written between the start of its phrase and the noun."""
    start = max(noun.left_edge.idx, span.end_char if noun.i > span.start else 0)
    return [
        PersonAttribute("age", match.group(2), match.start(1), match.end(1))
        for match in _AGE_PHRASE.finditer(_text(span.doc), start, max(start, noun.idx))
    ]


def _text(doc: Any) -> str:
    """The parse's text, joined once per doc: spaCy rebuilds ``Doc.text`` from every token on each
    call, which made reading a long article's cards quadratic (bench.speed)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "crosscheck.people.text"


def _named_inside(
    start: int, end: int, facts: Sequence[Fact], only: MentionType | None = None
) -> list[PersonAttribute]:
    kinds = {MentionType.ORGANISATION: "affiliation", MentionType.NATIONALITY: "nationality"}
    found = []
    for fact in facts:
        inside = start <= fact.start and fact.end <= end
        if inside and fact.type in kinds and (only is None or fact.type is only):
            found.append(PersonAttribute(kinds[fact.type], fact.text, fact.start, fact.end))
    return found
