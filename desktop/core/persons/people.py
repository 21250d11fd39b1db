"""One card per person either article names: what each article says about them, side by side.

A person's mentions share a key inside an article ("Ilham Aliyev", "President Aliyev", "Aliyev")
and ``link_names`` joins the keys across the two articles. Where the article speaks of a person
(names the tagger missed, and "he" / "the 19-year-old" standing for one named person) is
``person_mentions``'s job. What it says about them is read from the parse around each mention, as
a linguist would state it:

* title: the rank or office written before the name ("Major Ivan Petrov");
* age (``person_ages``): "Petrov, 47", "Petrov (47)", "the 47-year-old Ivan Petrov", "Petrov is
  47", "the 47-year-old officer, Ivan Petrov";
* role, affiliation, nationality: an apposition ("Petrov, a spokesman for the Defense Ministry"),
  a noun compound before the name ("suspect John Smith"), a nationality adjective ("Russian");
* status (``person_status``): killed, injured, arrested, charged, missing, quoted, from the
  clause around the name ("Smith was arrested", "the death of Smith", "Smith, who died").

One article saying a person was wounded and died gives one fate, killed.
Each attribute keeps the span that says it. Across the articles, different ages, nationalities or
exclusive fates (killed / injured) are conflicts; different titles, roles or affiliations are
differences, shown but not contradictions ("Major" beside "deputy chief of submarine forces").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.parse_cache import parsed_text
from desktop.core.lexicon.people import (
    FATE_NOUNS,
    NATIONALITY_NOUNS,
    NOT_NAME_ENDINGS,
    NOT_NAME_WORDS,
)
from desktop.core.lexicon.titles import TITLE_WORDS_IN_FULL
from desktop.core.model import (
    AttributeComparison,
    MentionType,
    PersonAttribute,
    PersonCard,
    PersonSide,
    Span,
)
from desktop.core.naming.link import shared_surnames
from desktop.core.naming.name_words import has_name_word
from desktop.core.naming.names import fold
from desktop.core.persons.card_roles import compound_roles, describes_one
from desktop.core.persons.event_ages import referred_ages, subject_ages
from desktop.core.persons.person_ages import (
    described_ages,
    mention_ages,
    modifier_ages,
    noun_ages,
    owned_figures,
    predicate_ages,
)
from desktop.core.persons.person_counts import counted_shooting
from desktop.core.persons.person_doers import doers
from desktop.core.persons.person_ledes import introduced_ages, story_age
from desktop.core.persons.person_mentions import coordinated, person_mentions
from desktop.core.persons.person_past import past_fates
from desktop.core.persons.person_references import (
    described,
    name_genders,
    references,
    restated_by_noun,
)
from desktop.core.persons.person_sole_referent import sole_referent_ages
from desktop.core.persons.person_status import (
    group_said,
    headline_passive,
    identified_nouns,
    set_off_participle,
    statuses,
)
from desktop.core.persons.person_surnames import Person, people_of, rank

if TYPE_CHECKING:
    from desktop.core.extraction.extract import Analysis

KINDS = ("title", "age", "role", "nationality", "affiliation", "status")

# Fates one person cannot share in one event's record: a card saying both is a conflict.
EXCLUSIVE_STATUSES = (frozenset({"killed", "injured"}), frozenset({"killed", "missing"}))
# Kinds with one true value per person: two different values are a conflict, not a difference.
SINGLE_VALUED = frozenset({"age", "nationality"})

# Named groups a person belongs to, by the attribute kind they give ("a spokesman for the Defense
# Ministry", "Russian").
_GROUP_KINDS = {MentionType.ORGANISATION: "affiliation", MentionType.NATIONALITY: "nationality"}

# Tags of a finite verb: a description of a person is a noun phrase, never a clause.
_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})


AGREE, CONFLICT, DIFFERENT, ONE_SIDE = "agree", "conflict", "different", "one_side"

_LEADING_DETERMINERS = frozenset({"a", "an", "the"})
# What no name or description of a person holds: a slash of a photo credit, a handle, a web
# address ("Joe Raedle/Getty Images", "@ActionNewsJax", "CBSDFW.COM", "pic.twitter.com/...").
_WEB = re.compile(r"[/@]|\.(?:com|org|net|gov)\b|https?:", re.IGNORECASE)


def side_values(side: PersonSide, kind: str) -> frozenset[str]:
    """The folded values of one kind of attribute an article gives a person; a rank's
    abbreviation written out ("Lt." and "Lieutenant" are one rank, "Police Capt." one title)."""
    values = (fold(a.value) for a in side.attributes if a.kind == kind)
    if kind not in ("title", "role"):
        return frozenset(values)
    return frozenset(" ".join(TITLE_WORDS_IN_FULL.get(w, w) for w in v.split()) for v in values)


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
    # The cards tell a family's members apart by given name ("Steve and Shirley Timmons"), so
    # every surname both articles write is a link here, whatever given names the engine saw.
    links = {**shared_surnames(left.facts, right.facts), **links}
    left_sides, left_new = _sides(left, left_doc)
    right_sides, right_new = _sides(right, right_doc)
    cards: list[PersonCard] = []
    used_ids: set[str] = set()
    taken_right: set[Person] = set()
    for (key, first), side in left_sides.items():
        target = links.get(key)
        if target is None and (key in left_new or key in right_new):
            target = key  # a person only the cards found: no engine link names them
        other = _partner(target, first, right_sides, taken_right)
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
    """The right person a left one is: the linked key, and the same first name where both give
    one."""
    if key is None:
        return None
    candidates = [p for p in right if p[0] == key and p not in taken]
    same = [p for p in candidates if p[1] == first]
    if same:
        return same[0]
    # "John Smith Jr." on one side, "John Smith" on the other: one person, unless the article
    # writing the suffix tells two of that name apart (then only the same suffix is the same).
    base = [p for p in candidates if first and p[1] and first.split()[0] == p[1].split()[0]]
    plain = [p for p in base if len(p[1].split()) == 1 or len(first.split()) == 1]
    if plain:
        return plain[0]
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
    name = max(names, key=_fullness) if names else key
    base = "person:" + "-".join(fold(name).split()) if names else key
    card_id, n = base, 2
    while card_id in used:
        card_id, n = f"{base}-{n}", n + 1
    used.add(card_id)
    return PersonCard(card_id, name, left, right, compare_sides(left, right))


def _sides(analysis: Analysis, doc: Any) -> tuple[dict[Person, PersonSide], frozenset[str]]:
    """Each person of one article by (key, first name) with what the article says about them,
    and the keys of the people only the cards found (no engine link can name them)."""
    facts = analysis.facts
    text = analysis.document.text
    owned = owned_figures(facts)
    groups = _Groups(sorted((f for f in facts if f.type in _GROUP_KINDS), key=_fact_start))
    mentions, new_keys = person_mentions(analysis, doc)
    people = people_of(mentions, doc, _could_be_name)
    headline = _headline_end(text)
    said: dict[Person, list[PersonAttribute]] = {}
    for person, named in people.items():
        for mention in named:
            said.setdefault(person, [])
            said[person] += _title(mention, text)
            said[person] += mention_ages(mention, owned, text)
            said[person] += _parsed(mention, groups, doc, text, mention.start < headline)
    ordered = sorted(((m, p) for p, named in people.items() for m in named), key=_start)
    for (one, first_of), (full, _) in itertools.pairwise(ordered):
        if len(one.text.split()) == 1 and one.last and coordinated(one, full, text):
            # "Bo and Cal Ray, who have pleaded not guilty": the first name shares
            # what the clause says of the full name, however the parser hung it.
            parsed = _parsed(full, groups, doc, text, full.start < headline)
            said[first_of] += [a for a in parsed if a.kind == "status"]
    starts = [sentence.start for sentence in analysis.sentences]
    read: set[int] = set()
    doing = doers(ordered, doc)  # never "the victim": "Police arrested Bo Ray. The victim died"
    for person, token in references(ordered, doc, starts, doing):
        said[person] += _referred(token, text)
        read.add(token.idx)
    sexes = name_genders(ordered, doc)[0]
    for person, told in sole_referent_ages(ordered, doc, read, sexes):
        said[person].append(PersonAttribute("age", *told))  # "... She died at 86"
    for person, token in restated_by_noun(ordered, doc):
        said[person] += described_ages(token, said[person], text) + _referred(token, text)
    ages = {p: {a.value for a in attrs if a.kind == "age"} for p, attrs in said.items()}
    for person, token, age in described(ages, ordered, doc, starts, doing):
        said[person] += age + _referred(token, text)
    for person, introduced in introduced_ages(said, ordered, sexes, doc):
        said[person].append(introduced)  # "A 15-year-old was killed ... Ann Lee died"
    sides = {
        person: PersonSide(
            tuple(_unique(" ".join(m.text.split()) for m in people[person])),
            tuple(_unique(_final_fate(past_fates(said[person], doc, analysis.reference_date)))),
            tuple(Span(m.start, m.end, m.text) for m in people[person]),
        )
        for person in people
    }
    return sides, new_keys


def _headline_end(text: str) -> int:
    """Where the headline ends: the first line, when it is no sentence (no full stop)."""
    end = text.find("\n")
    return end if end > 0 and not text[:end].rstrip().endswith(".") else 0


def _final_fate(said: list[PersonAttribute]) -> list[PersonAttribute]:
    """One article saying a person was wounded and died tells one fate: killed (the wound came
    first). The record keeps the two apart; so does the comparison across articles."""
    if any(a.kind == "status" and a.value == "killed" for a in said):
        return [a for a in said if not (a.kind == "status" and a.value == "injured")]
    return said


def _start(item: tuple[Fact, Person]) -> int:
    return item[0].start


def _referred(token: Any, text: str) -> list[PersonAttribute]:
    """What a pronoun or a description standing for a person says of them: their fate and age,
    never a quotation (the quotes feature attributes those)."""
    found = [
        PersonAttribute("status", value, start, end)
        for value, start, end in statuses(token)
        if value != "quoted"
    ]
    # "She died at 86": the age at death told of the one the pronoun stands for.
    told = [PersonAttribute("age", *age) for age in referred_ages(token)]
    return found + predicate_ages(token, text) + told


def _could_be_name(text: str) -> bool:
    """Not a photo credit or a site ("Joe Raedle/Getty Images", "CBSDFW.COM"), a street or a
    school ("Phillip Drive", "Seminole High"), nor what befell someone ("Attempted Murder",
    "Gunfire"), which the tagger sometimes reads as a person's name; nor a name with no word a name
    can be ("Ch" of "Ch. 4": naming/name_words.py)."""
    words = fold(text).split()
    if _WEB.search(text) or not words or words[-1] in NOT_NAME_ENDINGS:
        return False
    if not has_name_word(words):
        return False
    return not any(w in FATE_NOUNS or w in NOT_NAME_WORDS for w in words)


def _fullness(name: str) -> tuple[int, int, int]:
    """How fully a name names its person, for the card's heading: most name words, then no rank
    in capitals ("Laura Grant" over "DI Laura Grant"), then longest."""
    initials = rank(name)
    return len(name[len(initials) :].split()), -len(initials), len(name)


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def _title(mention: Fact, text: str) -> list[PersonAttribute]:
    initials = rank(mention.text).strip()
    if initials:
        return [PersonAttribute("title", initials, mention.start, mention.start + len(initials))]
    if not mention.title:
        return []
    window_start = max(0, mention.start - len(mention.title) - 40)
    at = text.rfind(mention.title, window_start, mention.end)
    if at < 0:
        return []  # the title came from another mention of the person: that one carries it
    return [PersonAttribute("title", mention.title, at, at + len(mention.title))]


def _parsed(
    mention: Fact, groups: _Groups, doc: Any, text: str, in_headline: bool
) -> list[PersonAttribute]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    root = span.root
    found = [
        PersonAttribute("status", value, start, end)
        for value, start, end in statuses(root)
        + set_off_participle(span)
        + counted_shooting(root, group_said)  # "killed four ... shot A, B, C and D"
        + (headline_passive(root) if in_headline else [])
    ]
    found += _descriptions(root, span, groups, text)
    found += predicate_ages(root, text)  # "Smith is 19 years old", "Smith turned 16"
    found += modifier_ages(root, text)  # "a 23 year old State University student Ann Lee"
    found += [PersonAttribute("age", *told) for told in subject_ages(root)]  # "died at 86"
    for noun in identified_nouns(root):
        # "identified the 25-year-old victim as Smith"; "The girl has been identified as Smith"
        # after "The 16-year-old victim was in the basement"
        found += noun_ages(noun, span, text) or story_age(noun)
    if root.dep_ == "appos" and root.head.lower_ == "old":
        found += noun_ages(root.head, span, text)  # "The 25-year-old, John Doe, was killed"
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        for pronoun in (t for t in clause.children if t.tag_ in ("WP", "WDT")):
            found += predicate_ages(pronoun, text)  # "Smith, who was 30,"
    return found


def _descriptions(root: Any, span: Any, facts: _Groups, text: str) -> list[PersonAttribute]:
    """Role, affiliation and nationality from the noun phrase around the name."""
    found: list[PersonAttribute] = []
    phrases = [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ")]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        phrases.append(root.head)  # "the victim, John Smith"
    for head in (h for h in phrases if describes_one(h, root)):
        # The name's own phrase (its age, its conjuncts) is no part of the description.
        own = {t.i for t in root.subtree} | set(range(span.start, span.end))
        if head.head.i == root.i:  # "Smith, a spokesman": the description hangs from the name
            own -= {t.i for t in head.subtree}
        words = [t for t in head.subtree if t.i not in own]
        if head.i < span.start:
            words = [t for t in words if t.i < span.start]
        while words and (words[0].is_punct or words[0].lower_ in _LEADING_DETERMINERS):
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        found += noun_ages(head, span, text)
        between = span.doc[min(head.i, span.end) : max(head.i, span.start)]
        if any(t.tag_ in _FINITE_VERBS for t in words) or any(t.text == ";" for t in between):
            continue  # a clause or list item the parser hung on the name, not a description
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            if _WEB.search(text, start, end):
                continue  # a tweet's handle or link the parser hung on the name: no description
            if head.lemma_.lower() not in NATIONALITY_NOUNS:  # "a British national": no job
                found.append(PersonAttribute("role", text[start:end], start, end))
            found += _named_inside(start, end, facts)
    found += [PersonAttribute("role", *role) for role in compound_roles(root, span, text)]
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            for g in objects:
                found += _named_inside(
                    g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text), facts
                )
    found += _named_inside(root.left_edge.idx, span.start_char, facts, only=MentionType.NATIONALITY)
    return _hyphens_joined(found, text)


def _hyphens_joined(found: list[PersonAttribute], text: str) -> list[PersonAttribute]:
    """One role for a hyphened noun the parser cut in two ("her ex-boyfriend" read as the roles
    "her ex" and "boyfriend"): roles that only a hyphen, with no space, keeps apart are one word."""
    roles = sorted((a for a in found if a.kind == "role"), key=lambda a: a.start)
    for first, second in itertools.pairwise(roles):
        if text[first.end : second.start] == "-":
            whole = PersonAttribute("role", text[first.start : second.end], first.start, second.end)
            kept = [whole if a is first else a for a in found if a is not second]
            return _hyphens_joined(kept, text)
    return found


class _Groups:
    """The organisations and nationalities of an article, sorted, to find those inside a phrase
    without reading them all for every name (the cards stay linear in the text)."""

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        self.starts = [f.start for f in facts]

    def inside(self, start: int, end: int) -> list[Fact]:
        first = bisect_left(self.starts, start)
        return [f for f in self.facts[first : bisect_left(self.starts, end)] if f.end <= end]


def _fact_start(fact: Fact) -> int:
    return fact.start


def _text(doc: Any) -> str:
    """The parse's text, joined once per doc: spaCy rebuilds ``Doc.text`` from every token on each
    call, which made reading a long article's cards quadratic (bench.speed)."""
    return parsed_text(doc)


def _named_inside(
    start: int, end: int, facts: _Groups, only: MentionType | None = None
) -> list[PersonAttribute]:
    found = []
    for fact in facts.inside(start, end):
        if only is None or fact.type is only:
            found.append(PersonAttribute(_GROUP_KINDS[fact.type], fact.text, fact.start, fact.end))
    return found
