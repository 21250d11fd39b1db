"""Different people in the same role across the two articles: "Ivan Kovgan" here, "Major Ivan
Petrov" there, in sentences that need not align."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import written_alone
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import lead_sentences
from desktop.core.findings.bookkeeping.comparison import by_key
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.quoting.sources import speaks
from desktop.core.lexicon import COUNT_SLOTS, SPEAKING_FORMS
from desktop.core.lexicon.titles import SOCIAL_TITLES
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.names import name_within


def person_conflicts(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    ledger: Ledger,
) -> list[Draft]:
    aligned = {(p.left, p.right): p.score for p in pairs}
    linked_right = set(links.values())
    lonely_left = by_key(
        f for f in left.facts if f.type is MentionType.PERSON and f.key not in links
    )
    lonely_right = by_key(
        f for f in right.facts if f.type is MentionType.PERSON and f.key not in linked_right
    )
    ages = (_ages_before_names(left), _ages_before_names(right))
    texts = (left.document.text, right.document.text)
    drafts = []
    taken: set[str] = set()
    for facts in lonely_left.values():
        best, best_score = None, 0.0
        for other, other_facts in lonely_right.items():
            if other in taken or name_within(facts[0].text, other_facts[0].text):
                continue  # a name cut short is the same person, never one in the same role
            score = _role_match(facts, other_facts, aligned, (ages[0], ages[1]))
            if _surname_unwritten(facts, texts[1]) and _surname_unwritten(other_facts, texts[0]):
                score = max(score, _renamed((left, facts), (right, other_facts), aligned))
            if score > best_score:
                best, best_score = other, score
        if best is None or best_score < tuning.ROLE_MATCH:
            continue
        taken.add(best)
        a = ledger.free(Side.LEFT, facts)
        b = ledger.free(Side.RIGHT, lonely_right[best])
        if not a or not b:
            continue
        ledger.judge("people", a, b)
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PERSON,
                a,
                b,
                f"Both articles name a person in the same role "
                f"({_role(facts, lonely_right[best], left.document.text)}), "
                f"but the left says {_described(facts)} and the right "
                f"{_described(lonely_right[best])}.",
                min(0.95, best_score),
            )
        )
    return drafts


def _described(facts: list[Fact]) -> str:
    """The name with what the article says about the person: 'Ivan Petrov' (Major, 47)."""
    fact = facts[0]
    extras = [v for v in (fact.title, fact.age) if v]
    return f"{fact.value!r}" + (f" ({', '.join(extras)})" if extras else "")


def _ages_before_names(analysis: Analysis) -> dict[int, str]:
    """ "23-year-old Aaron Dunnings": the age written just before a name, by the name's start."""
    text = analysis.document.text
    ages = [f for f in analysis.facts if f.number is not None and f.slot.get("age", 0.0) >= 1.0]
    out = {}
    for fact in analysis.facts:
        if fact.type is not MentionType.PERSON:
            continue
        for age in ages:
            gap = text[age.end : fact.start] if age.sentence == fact.sentence else "x"
            if 0 <= fact.start - age.end <= 1 and not gap.strip() and age.number is not None:
                out[fact.start] = age.number.display()
    return out


def _surname_unwritten(facts: list[Fact], other_text: str) -> bool:
    """The other article never writes this person's surname anywhere."""
    last = next((f.text.split()[-1] for f in facts if f.first and f.last), "")
    last = re.sub(r"['’]s$", "", last)
    return bool(last) and not written_alone(last, other_text)


def _renamed(
    a: tuple[Analysis, list[Fact]],
    b: tuple[Analysis, list[Fact]],
    aligned: dict[tuple[int, int], float],
) -> float:
    """Two people of one first name, neither of whose surnames the other article writes: each
    article tells its story without the other's person. They are one person named two ways when
    the articles call them by the same title or office ("agent Scott Boras" / "agent Scott
    Okafor", "Sgt. Marty Earley" / "Sgt. Marty Castillo"), or when sentences about them align
    and they are not both sources: a story quotes many people, and many share a first name
    ("John Owen, the safety director, says" / "Fire Chief John McNutt")."""
    (left, facts), (right, others) = a, b
    first = _first_name(facts)
    if not first or first != _first_name(others):
        return 0.0
    if _role_words(facts, left) & _role_words(others, right):
        return tuning.ROLE_MATCH
    if len(given := _given_names(facts)) >= 2 and given == _given_names(others):
        # "Jose Luis Orozco" / "Jose Luis Brennan": two given names in one order are one
        # person's, however the articles' sentences align and whoever speaks.
        return tuning.ROLE_MATCH
    near = any((x.sentence, y.sentence) in aligned for x in facts for y in others)
    sources = all(any(speaks(an, f) for f in group) for an, group in (a, b))
    if near and not sources:
        return tuning.ROLE_MATCH
    # The person each opening introduces and the story comes back to is the one it is about:
    # "Hugh Jackman will host the Oscars ... Jackman will have to" / "Hugh Castillo will be the
    # host ... their choice of Castillo", wherever the sentences align. A source is quoted, not
    # followed: neither may speak anywhere.
    told_about = _protagonist(facts, left) and _protagonist(others, right)
    if told_about and _headlined(facts) and _headlined(others):
        # "Hugh Jackman to host Oscars" / "Hugh Moreau will be hosting ...": the person each
        # headline names is whom the story follows, even when the story quotes them.
        return tuning.ROLE_MATCH
    a_source = any(speaks(an, f) for an, group in (a, b) for f in group)
    return tuning.ROLE_MATCH if told_about and not a_source else 0.0


def _headlined(facts: list[Fact]) -> bool:
    """The article's first sentence (its headline) names the person."""
    return any(f.sentence == 0 for f in facts)


def _protagonist(facts: list[Fact], analysis: Analysis) -> bool:
    """The headline or lead names the person, and a later sentence names them again."""
    lead = lead_sentences(analysis)
    opening = [f for f in facts if f.sentence < lead]
    return bool(opening) and any(f.sentence >= lead for f in facts)


def _first_name(facts: list[Fact]) -> str:
    return next((f.first for f in facts if f.first), "")


def _given_names(facts: list[Fact]) -> tuple[str, ...]:
    """The names before the surname, as the fullest mention writes them: ("jose", "luis")."""
    words = max((f.value.split() for f in facts if f.first and f.last), key=len, default=[])
    given = words[:-1]
    return tuple(w.lower() for w in given) if all(w[:1].isupper() for w in given) else ()


def _role_words(facts: list[Fact], analysis: Analysis) -> set[str]:
    """What the article calls the person just before the name: its title ("Sgt.") and the words
    leading up to it ("agent Scott Boras", "general manager Tony Reagins"); a courtesy title or
    a verb of saying tells no part."""
    words = {w.lower().strip(".") for f in facts for w in f.title.split()}
    for fact in facts:
        before = [t for t in analysis.sentence_tokens[fact.sentence] if t.end <= fact.start][-3:]
        words |= {t.content for t in before if t.content and t.lower not in SPEAKING_FORMS}
    return words - SOCIAL_TITLES - {""}


def _role_match(
    a: list[Fact],
    b: list[Fact],
    aligned: dict[tuple[int, int], float],
    ages: tuple[dict[int, str], dict[int, str]] = ({}, {}),
) -> float:
    """How sure we are that two differently named people fill the same role.

    A shared first name with a different surname is the telling sign ("Ivan Kovgan" / "Ivan
    Petrov"); without it, two names are usually two people, so no conflict is claimed.
    """
    first_a = _first_name(a)
    if not first_a or first_a != _first_name(b):
        return 0.0
    titles_a = {w for f in a for w, weight in f.slot.items() if weight >= 1.0}
    titles_b = {w for f in b for w, weight in f.slot.items() if weight >= 1.0}
    roles_a = {w for f in a for w in f.slot}
    roles_b = {w for f in b for w in f.slot}
    near = max((aligned.get((x.sentence, y.sentence), 0.0) for x in a for y in b), default=0.0)
    # The part a person plays in the event: both among the dead, both arrested...
    same_part = bool(roles_a & roles_b & COUNT_SLOTS)
    # "Jaden Rahm, 16" / "Jaden Moreau, 16": the same first name at the same age is one person.
    ages_a = {f.age for f in a if f.age} | {ages[0][f.start] for f in a if f.start in ages[0]}
    ages_b = {f.age for f in b if f.age} | {ages[1][f.start] for f in b if f.start in ages[1]}
    same_age = bool(ages_a & ages_b - {""})
    if not (titles_a & titles_b or same_part or same_age or near >= tuning.CLAIM_PAIR):
        return 0.0  # a police spokesman and a friend: two people who share a first name
    shared = len(roles_a & roles_b)
    return 0.5 + 0.15 * min(shared, 3) + 0.5 * near + tuning.SAME_AGE_BONUS * same_age


def _role(a: list[Fact], b: list[Fact], text: str) -> str:
    roles_a = {w for f in a for w, weight in f.slot.items() if weight >= 1.0}
    roles_b = {w for f in b for w, weight in f.slot.items() if weight >= 1.0}
    shared = sorted(roles_a & roles_b) or sorted(
        {w for f in a for w in f.slot} & {w for f in b for w in f.slot}
    )
    return ", ".join(_as_written(w, text) for w in shared[:3]) or "same passage"


def _as_written(word: str, text: str) -> str:
    """A role word as the article writes it when it is a proper adjective or a name ("Russian",
    "Navy"): the slot keeps words in lower case, and "russian" reads as a slip in a reason. A
    word the article ever writes in lower case is a common word, capitalised only where it opens
    a sentence."""
    found = re.findall(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    if not found or any(w.islower() for w in found):
        return word
    return found[0] if found[0][:1].isupper() and found[0][1:].islower() else word
