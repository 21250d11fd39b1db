"""Different people in the same role across the two articles: "Ivan Kovgan" here, "Major Ivan
Petrov" there, in sentences that need not align."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from desktop.core.align import SentencePair
from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.assembly import Draft
from desktop.core.findings.ledger import Ledger
from desktop.core.lexicon import COUNT_SLOTS
from desktop.core.model import FindingKind, MentionType, Side


def person_conflicts(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    ledger: Ledger,
) -> list[Draft]:
    aligned = {(p.left, p.right): p.score for p in pairs}
    linked_right = set(links.values())
    lonely_left = _by_key(
        f for f in left.facts if f.type is MentionType.PERSON and f.key not in links
    )
    lonely_right = _by_key(
        f for f in right.facts if f.type is MentionType.PERSON and f.key not in linked_right
    )
    drafts = []
    taken: set[str] = set()
    for facts in lonely_left.values():
        best, best_score = None, 0.0
        for other, other_facts in lonely_right.items():
            if other in taken:
                continue
            score = _role_match(facts, other_facts, aligned)
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
                f"Both articles name a person in the same role ({_role(facts, lonely_right[best])}), "
                f"but the left says {_described(facts)} and the right "
                f"{_described(lonely_right[best])}.",
                min(0.95, best_score),
            )
        )
    return drafts


def _by_key(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.key].append(fact)
    return dict(groups)


def _described(facts: list[Fact]) -> str:
    """The name with what the article says about the person: 'Ivan Petrov' (Major, 47)."""
    fact = facts[0]
    extras = [v for v in (fact.title, fact.age) if v]
    return f"{fact.value!r}" + (f" ({', '.join(extras)})" if extras else "")


def _role_match(a: list[Fact], b: list[Fact], aligned: dict[tuple[int, int], float]) -> float:
    """How sure we are that two differently named people fill the same role.

    A shared first name with a different surname is the telling sign ("Ivan Kovgan" / "Ivan
    Petrov"); without it, two names are usually two people, so no conflict is claimed.
    """
    first_a = next((f.first for f in a if f.first), "")
    first_b = next((f.first for f in b if f.first), "")
    if not first_a or first_a != first_b:
        return 0.0
    titles_a = {w for f in a for w, weight in f.slot.items() if weight >= 1.0}
    titles_b = {w for f in b for w, weight in f.slot.items() if weight >= 1.0}
    roles_a = {w for f in a for w in f.slot}
    roles_b = {w for f in b for w in f.slot}
    near = max((aligned.get((x.sentence, y.sentence), 0.0) for x in a for y in b), default=0.0)
    # The part a person plays in the event: both among the dead, both arrested...
    same_part = bool(roles_a & roles_b & COUNT_SLOTS)
    if not (titles_a & titles_b or same_part or near >= tuning.CLAIM_PAIR):
        return 0.0  # a police spokesman and a friend: two people who share a first name
    shared = len(roles_a & roles_b)
    return 0.5 + 0.15 * min(shared, 3) + 0.5 * near


def _role(a: list[Fact], b: list[Fact]) -> str:
    roles_a = {w for f in a for w, weight in f.slot.items() if weight >= 1.0}
    roles_b = {w for f in b for w, weight in f.slot.items() if weight >= 1.0}
    shared = sorted(roles_a & roles_b) or sorted(
        {w for f in a for w in f.slot} & {w for f in b for w in f.slot}
    )
    return ", ".join(shared[:3]) or "same passage"
