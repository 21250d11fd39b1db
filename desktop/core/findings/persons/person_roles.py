"""One person given two roles that part, wherever each article names them: "Saints coach Sean
Payton" / "Saints assistant coach Sean Payton", "Smith, a 19-year-old student" / "Smith, an
unemployed man", "Sergeant Ann Cole" / "Lieutenant Ann Cole", "a 19-year-old student" / "a
19-year-old unemployed man" in two sentences telling the same thing.

What a person is in the story is a fact a reporter checks, and each article gives it in the words
around the name: before it ("assistant coach Sean Payton") or as a description of it ("Smith, a
teacher", "Smith was a nurse", read off the parse by ``core/naming/descriptions.py``); an unnamed
person is one person by the age both articles give, in aligned sentences only. Roles are paths from
the general to the particular (``lexicon/person_roles.py``): "an official" / "the mayor" is one role
told at two precisions and gives no verdict; a student is no teacher. A deputy's prefix makes
another post of the same office ("assistant coach" / "coach"). A role in another time or a
stand-in's ("former teacher", "acting mayor") is left alone, and so is a person one article itself
gives two parting roles, whose surname names two people there, or whom the other article also calls
by the role in a sentence naming them ("Brandt, who trained as a teacher").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.weapons import leads_on
from desktop.core.lexicon.person_roles import (
    DEPUTY_OFFICES,
    DEPUTY_PREFIXES,
    HEAD_PREFIXES,
    OFFICE_INNER_WORDS,
    OTHER_TIME_WORDS,
    ROLE_KINDS,
)
from desktop.core.model import FindingKind, MentionType

_ROLE_WORDS = frozenset(ROLE_KINDS) | DEPUTY_OFFICES
# The path police ranks start from: "an officer" may be of any rank (lexicon/person_roles.py).
_POLICE = "officer"
# "19-year-old" as the parser splits it after the figure, and how many words after it may still
# describe the person.
_AGED = ["-", "year", "-", "old"]
_AGED_WORDS = 3
_BEFORE_NAME_WORDS = (
    _ROLE_WORDS | DEPUTY_PREFIXES | HEAD_PREFIXES | OTHER_TIME_WORDS | OFFICE_INNER_WORDS
)


@dataclass(frozen=True, slots=True)
class Role:
    """The role one phrase gives a person: its path (None for an office with no path, such as
    "president"), its head word, whether a deputy's prefix stands before it, and where."""

    kind: tuple[str, ...] | None
    office: str
    deputy: bool
    start: int
    end: int
    sentence: int


def person_roles(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    ledger: Ledger,
) -> list[Draft]:
    mine, theirs = _roles_by_person(left), _roles_by_person(right)
    matched = [(key, links[key]) for key in sorted(mine) if links.get(key) in theirs]
    # "a 19-year-old student" / "a 19-year-old unemployed man": an unnamed person is one person
    # by an age both give, in two sentences telling the same thing.
    aligned = {(p.left, p.right) for p in pairs if p.score >= tuning.CLAIM_PAIR}
    aged = (_aged_roles(left), _aged_roles(right))
    drafts: list[Draft] = []
    for key, other in matched + [(k, k) for k in sorted(aged[0].keys() & aged[1].keys())]:
        if key.startswith("age:"):
            found = _aligned_only(aged[0][key], aged[1][key], aligned)
            if found is None:
                continue
            roles = found
        else:
            roles = mine[key], theirs[other]
        clash = _first_clash(
            *roles,
            (left, _sentences(left, key, roles[0])),
            (right, _sentences(right, other, roles[1])),
        )
        if clash is None:
            continue
        a, b = _role_fact(left, clash[0]), _role_fact(right, clash[1])
        if not ledger.take("person roles", a, b):
            continue
        who = f"the {key[4:]}-year-old" if key.startswith("age:") else key.split(":", 1)[1].title()
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PERSON,
                [a],
                [b],
                f"Two roles for {who} that one person does not hold at once: the left says "
                f"{a.text!r}, the right {b.text!r}.",
                tuning.PERSON_ROLE_CONFLICT_CONFIDENCE,
            )
        )
    return drafts


def _aligned_only(
    mine: list[Role], theirs: list[Role], aligned: set[tuple[int, int]]
) -> tuple[list[Role], list[Role]] | None:
    """The roles of one age whose sentences align, or None when none do."""
    pairs = [(a, b) for a in mine for b in theirs if (a.sentence, b.sentence) in aligned]
    if not pairs:
        return None
    return [a for a, _ in pairs], [b for _, b in pairs]


def _sentences(analysis: Analysis, key: str, roles: list[Role]) -> set[int]:
    """The sentences that name the person: where the name stands, or where the roles do."""
    return {f.sentence for f in analysis.facts if f.key == key} | {r.sentence for r in roles}


def _first_clash(
    mine: list[Role],
    theirs: list[Role],
    left: tuple[Analysis, set[int]],
    right: tuple[Analysis, set[int]],
) -> tuple[Role, Role] | None:
    for a in mine:
        for b in theirs:
            if not _clash(a, b):
                continue
            if a.office == b.office or not (
                _said_near(*right, a.office) or _said_near(*left, b.office)
            ):
                return a, b  # "assistant coach" / "coach": one office word, two posts
    return None


def _clash(a: Role, b: Role) -> bool:
    """Two roles that part: two paths neither leading on from the other, or one office with and
    without a deputy's prefix."""
    if a.kind is not None and b.kind is not None and not leads_on(a.kind, b.kind):
        return True
    same_office = a.office == b.office or (
        a.kind is not None and b.kind is not None and leads_on(a.kind, b.kind)
    )
    return same_office and a.deputy != b.deputy


def _said_near(analysis: Analysis, sentences: set[int], office: str) -> bool:
    """The article writes the other's role word in a sentence where it names this person too
    ("Smith, a teacher who coaches the school's team"): the person may hold both."""
    return any(
        t.lower.rstrip(".") == office for n in sentences for t in analysis.sentence_tokens[n]
    )


def _roles_by_person(analysis: Analysis) -> dict[str, list[Role]]:
    return analysis.derived("person_roles", _read_roles)


def _read_roles(analysis: Analysis) -> dict[str, list[Role]]:
    """Each person's roles, for a person the article gives roles of one line only and whose
    surname it gives one first name at most."""
    found: dict[str, list[Role]] = {}
    firsts: dict[str, set[str]] = {}
    for fact in analysis.facts:
        if fact.type is not MentionType.PERSON or not fact.key.startswith("person:"):
            continue
        if fact.first:
            firsts.setdefault(fact.key, set()).add(fact.first.lower())
        for role in _roles_of(analysis, fact):
            found.setdefault(fact.key, []).append(role)
    return {
        key: roles
        for key, roles in found.items()
        if len(firsts.get(key, ())) <= 1
        and not any(_clash(a, b) for i, a in enumerate(roles) for b in roles[i + 1 :])
    }


def _aged_roles(analysis: Analysis) -> dict[str, list[Role]]:
    return analysis.derived("aged_roles", _read_aged_roles)


def _read_aged_roles(analysis: Analysis) -> dict[str, list[Role]]:
    """Each age an unnamed description gives ("a 19-year-old unemployed man"), with its roles,
    for an age the article gives roles of one line only."""
    found: dict[str, list[Role]] = {}
    for n, tokens in enumerate(analysis.sentence_tokens):
        for at, token in enumerate(tokens):
            after = at + len(_AGED) + 1
            if not token.lower.isdigit() or [t.lower for t in tokens[at + 1 : after]] != _AGED:
                continue
            phrase = list(tokens[after : after + _AGED_WORDS])
            role = _role(phrase[: _last_role_word(phrase) + 1], n) if phrase else None
            if role is not None:
                found.setdefault(f"age:{token.lower}", []).append(role)
    return {
        key: roles
        for key, roles in found.items()
        if not any(_clash(a, b) for i, a in enumerate(roles) for b in roles[i + 1 :])
    }


def _last_role_word(phrase: list[Token]) -> int:
    """Up to the head noun of the aged phrase: its words up to the first that is no adjective or
    role word ("unemployed man from Dover": "unemployed man")."""
    end = 0
    for i, token in enumerate(phrase):
        end = i
        if token.noun:
            break
    return end


def _roles_of(analysis: Analysis, fact: Fact) -> list[Role]:
    tokens = analysis.sentence_tokens[fact.sentence]
    phrase: list[Token] = []
    for token in reversed([t for t in tokens if t.end <= fact.start]):
        if token.lower.rstrip(".") not in _BEFORE_NAME_WORDS:
            break
        phrase.insert(0, token)
    for token in (t for t in tokens if fact.start <= t.start and t.end <= fact.end):
        if token.lower.rstrip(".") not in _BEFORE_NAME_WORDS:
            break  # "Sgt. Ann Cole" read as one name: its rank stands inside it
        phrase.append(token)
    phrases = [phrase] if phrase else []
    for d in analysis.descriptions:
        if d.sentence == fact.sentence and d.name[0] < fact.end and fact.start < d.name[1]:
            phrases.append([t for t in tokens if d.start <= t.start and t.end <= d.end])
    roles = (_role(p, fact.sentence) for p in phrases)
    return [r for r in roles if r is not None]


def _role(phrase: Sequence[Token], sentence: int) -> Role | None:
    """The role the phrase gives: its last role word, with a deputy's prefix before it or none."""
    words = [t.lower.rstrip(".") for t in phrase]
    if any(w in OTHER_TIME_WORDS for w in words):
        return None
    heads = [i for i, w in enumerate(words) if w in _ROLE_WORDS]
    if not heads:
        return None
    kinds = [ROLE_KINDS[w] for w in words if w in ROLE_KINDS]
    if kinds and not all(leads_on(k, max(kinds, key=len)) for k in kinds):
        return None  # "a retired teacher", "a student nurse": two lines, no one role
    head = heads[-1]
    # "Sheriff's Deputy Sgt. Hoyt Teasley": a police rank has no deputy's post; the prefix is
    # the officer's job (a sheriff's deputy), and his rank a sergeant's, as "Sgt." alone says.
    rank = ROLE_KINDS.get(words[head], ("",))[0] == _POLICE
    deputy = not rank and any(w in DEPUTY_PREFIXES for w in words[:head])
    return Role(
        ROLE_KINDS.get(words[head]),
        words[head],
        deputy,
        phrase[0].start,
        phrase[-1].end,
        sentence,
    )


def _role_fact(analysis: Analysis, role: Role) -> Fact:
    text = analysis.document.text[role.start : role.end]
    fact = Fact(role.start, role.end, text, MentionType.PERSON, "", role.sentence)
    fact.key, fact.value = f"role:{role.office}", text
    return fact
