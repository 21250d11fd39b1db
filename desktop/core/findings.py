"""The verdicts: which facts the two articles share, which they contradict, which only one reports.

Names are judged by identity (the same person anywhere in both articles corroborates); figures
and dates are judged by what they count (their slot) and where they stand (aligned sentences),
because "10" killed and "10" villages are different facts. A conflict needs strong evidence of the
same slot: journalists stop trusting a tool that cries wolf.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein

from desktop.core.align import Replacement, SentencePair, near_duplicates, replacements
from desktop.core.extract import _GENERIC_SLOT_WORDS as _GENERIC_WORDS
from desktop.core.extract import VALUE_TYPES, Analysis, Fact, Token
from desktop.core.link import NAME_TYPES
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span
from desktop.core.values import (
    NumberValue,
    dates_compatible,
    numbers_compatible,
    parse_date,
    parse_number,
)

STATEMENT_AGREE = 0.36  # aligned sentences at least this close are shown as corroborated
STATEMENT_ALONE = 0.22  # a sentence whose best partner is below this is reported as one-sided
_MIN_STATEMENT_WORDS = 4
_VALUE_MATCH = 0.45
_CONFLICT_SLOT = 0.5
_CONFLICT_SCORE = 0.45
_DATED_ALIKE = 0.35  # sentence similarity above which month-precise dates must agree

_ContentIndex = dict[str, list[tuple[int, Token]]]  # content word -> (sentence, token)


@dataclass(slots=True)
class _Draft:
    kind: FindingKind
    type: MentionType
    left: list[Fact]
    right: list[Fact]
    reason: str
    confidence: float


def build_findings(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
) -> list[Finding]:
    aligned = _sentence_scores(pairs)
    drafts: list[_Draft] = []
    used: set[int] = set()  # id() of facts already given a verdict

    drafts += _inline_conflicts(left, right, pairs, links, used)
    drafts += _person_conflicts(left, right, links, aligned, used)
    drafts += _value_findings(left, right, scores, used)
    drafts += _name_findings(left, right, links, used)
    drafts += _leftover_values(left, right, used)
    findings = [_finish(d, left, right) for d in drafts if d.left or d.right]
    findings += _statement_findings(left, right, pairs, scores)
    indexes = (_content_index(left), _content_index(right))
    findings += _detail_findings(left, right, indexes, pairs, scores)
    findings += _unique_detail_findings(left, right, indexes, scores)
    findings += _diverging_clauses(left, right, pairs)
    findings.sort(key=_order)
    return _unique_ids(findings)


# --- conflicts from swapped words in near-identical sentences ------------------------------------


def _inline_conflicts(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    links: dict[str, str],
    used: set[int],
) -> list[_Draft]:
    """An edited copy shows itself here: one name, place, figure or date swapped for another.

    When the model recognised the name on one side only (it knows "Hollywood" but not
    "Manchester"), the swapped words on the other side stand in for it.
    """
    left_facts = _by_sentence(left.facts)
    right_facts = _by_sentence(right.facts)
    drafts = []
    for pair in pairs:
        mine, theirs = left_facts.get(pair.left, []), right_facts.get(pair.right, [])
        if not (mine or theirs) or not near_duplicates(
            left.sentence_tokens[pair.left], right.sentence_tokens[pair.right]
        ):
            continue
        for rep in replacements(left.sentence_tokens[pair.left], right.sentence_tokens[pair.right]):
            a = [f for f in mine if f.start < rep.left_end and rep.left_start < f.end]
            b = [f for f in theirs if f.start < rep.right_end and rep.right_start < f.end]
            if not a and not b:
                a, b = _figures_swapped(left, right, pair, rep)
            elif a and not b:
                b = _stand_in(right, pair.right, rep.right_start, rep.right_end, a[0])
            elif b and not a:
                a = _stand_in(left, pair.left, rep.left_start, rep.left_end, b[0])
            for fa in a:
                fb = next((f for f in b if _family(f) == _family(fa) and id(f) not in used), None)
                if fb is None and b:
                    # "two Academy Awards" / "nine Academy Awards" read as an organisation.
                    stand_in = _stand_in(right, pair.right, rep.right_start, rep.right_end, fa)
                    fb = stand_in[0] if stand_in else None
                if fb is None or id(fa) in used or _same(fa, fb, links):
                    continue
                used.update((id(fa), id(fb)))
                drafts.append(
                    _Draft(
                        FindingKind.CONFLICT,
                        _report_type(fa),
                        [fa],
                        [fb],
                        f"The same sentence names {_what(fa)} {fa.text!r} on the left "
                        f"but {fb.text!r} on the right.",
                        0.9,
                    )
                )
    return drafts


def _figures_swapped(
    left: Analysis, right: Analysis, pair: SentencePair, rep: Replacement
) -> tuple[list[Fact], list[Fact]]:
    """Digits changed where the model saw no entity ("the 2008-09 season" / "2007-09")."""
    texts = (
        left.document.text[rep.left_start : rep.left_end],
        right.document.text[rep.right_start : rep.right_end],
    )
    if not all(any(c.isdigit() for c in t) and len(t.split()) <= 3 for t in texts):
        return [], []
    a = Fact(rep.left_start, rep.left_end, texts[0], MentionType.NUMBER, "", pair.left)
    b = Fact(rep.right_start, rep.right_end, texts[1], MentionType.NUMBER, "", pair.right)
    a.number, b.number = parse_number(texts[0]), parse_number(texts[1])
    if a.number is None or b.number is None:
        return [], []
    a.key, b.key = f"unlabelled:{texts[0]}", f"unlabelled:{texts[1]}"
    a.value, b.value = a.number.display(), b.number.display()
    return [a], [b]


def _by_sentence(facts: Iterable[Fact]) -> dict[int, list[Fact]]:
    out: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        if not fact.weak:
            out[fact.sentence].append(fact)
    return out


def _stand_in(analysis: Analysis, sentence: int, start: int, end: int, like: Fact) -> list[Fact]:
    """Words that took a recognised fact's place, read as the same kind of fact if they can be."""
    text = analysis.document.text[start:end]
    words = text.split()
    if not words or len(words) > 4:
        return []
    if like.type in NAME_TYPES:
        if not all(w[:1].isupper() for w in words):
            return []
        fact = Fact(start, end, text, like.type, "", sentence, key=f"unlabelled:{text.lower()}")
        fact.value = text
        return [fact]
    number = parse_number(text) if like.number is not None else None
    date = parse_date(text, analysis.reference_date) if like.date is not None else None
    if number is None and (date is None or date.is_empty):
        return []
    fact = Fact(start, end, text, like.type, "", sentence, key=f"unlabelled:{text.lower()}")
    fact.number, fact.date, fact.value = number, date, text
    return [fact]


def _family(fact: Fact) -> str:
    # The small model calls "Alicante" a person as readily as a place: within one sentence a
    # name swapped for another name is the change, whatever the labels say.
    if fact.type in NAME_TYPES:
        return "name"
    if fact.type in VALUE_TYPES:
        return "value"
    return fact.type.value


def _same(a: Fact, b: Fact, links: dict[str, str]) -> bool:
    if a.type in NAME_TYPES:
        return links.get(a.key) == b.key
    if a.number is not None and b.number is not None:
        return numbers_compatible(a.number, b.number) is not False
    if a.date is not None and b.date is not None:
        return dates_compatible(a.date, b.date) is not False
    return a.key == b.key


# --- people in the same role --------------------------------------------------------------------


def _person_conflicts(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    aligned: dict[tuple[int, int], float],
    used: set[int],
) -> list[_Draft]:
    """Different people in the same role: "Ivan Kovgan" here, "Major Ivan Petrov" there."""
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
        if best is None or best_score < 0.7:
            continue
        taken.add(best)
        a, b = (
            [f for f in facts if id(f) not in used],
            [f for f in lonely_right[best] if id(f) not in used],
        )
        used.update(id(f) for f in a + b)
        drafts.append(
            _Draft(
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
    roles_a = {w for f in a for w in f.slot}
    roles_b = {w for f in b for w in f.slot}
    shared = len(roles_a & roles_b)
    near = max((aligned.get((x.sentence, y.sentence), 0.0) for x in a for y in b), default=0.0)
    return 0.5 + 0.15 * min(shared, 3) + 0.5 * near


def _role(a: list[Fact], b: list[Fact]) -> str:
    roles_a = {w for f in a for w, weight in f.slot.items() if weight >= 1.0}
    roles_b = {w for f in b for w, weight in f.slot.items() if weight >= 1.0}
    shared = sorted(roles_a & roles_b) or sorted(
        {w for f in a for w in f.slot} & {w for f in b for w in f.slot}
    )
    return ", ".join(shared[:3]) or "same passage"


# --- figures and dates ----------------------------------------------------------------------------


def _value_findings(
    left: Analysis,
    right: Analysis,
    scores: np.ndarray,
    used: set[int],
) -> list[_Draft]:
    """Pair each figure or date with the other side's figure of the same slot.

    First every left figure picks its best agreeing and best clashing partner; then each right
    figure keeps only the clash with the left figure that fits it best, so "about 50 hurt" is
    set against "80 hurt" and not also against "10 killed" in a sentence the parser muddled.
    """
    lefts = [f for f in left.facts if _is_value(f) and not f.weak and id(f) not in used]
    rights = [f for f in right.facts if _is_value(f) and not f.weak and id(f) not in used]
    candidates = _Candidates(rights, scores)
    frequency = Counter(word for fact in lefts + rights for word in fact.slot)
    explained = _explained(lefts, candidates)
    choices: list[tuple[Fact, tuple[float, Fact] | None, tuple[float, Fact] | None]] = []
    best_clash_for: dict[int, tuple[float, str]] = {}
    for fa in lefts:
        best_ok, best_bad = _best_partners(fa, candidates.near(fa), scores)
        if best_bad is not None and (best_bad[0] < _CONFLICT_SCORE or id(best_bad[1]) in explained):
            best_bad = None
        if best_bad is not None:
            previous = best_clash_for.get(id(best_bad[1]))
            if previous is None or best_bad[0] > previous[0]:
                best_clash_for[id(best_bad[1])] = (best_bad[0], fa.key)
        choices.append((fa, best_ok, best_bad))

    drafts: list[_Draft] = []
    conflicts: dict[tuple[str, str], _Draft] = {}
    for fa, best_ok, best_bad in choices:
        if best_bad is not None and best_clash_for[id(best_bad[1])][1] == fa.key:
            fb = best_bad[1]
            slot_name = _slot_name(fa, fb, frequency)
            used.update((id(fa), id(fb)))
            # One finding per clash: "80" in headline and body against "about 50" and "50".
            group = conflicts.get(("right", fb.key)) or conflicts.get(("left", fa.key))
            if group is not None:
                if fa not in group.left:
                    group.left.append(fa)
                if fb not in group.right:
                    group.right.append(fb)
                continue
            draft = _Draft(
                FindingKind.CONFLICT,
                _report_type(fa),
                [fa],
                [fb],
                f"Different figures for the same thing ({slot_name}): the left says "
                f"{fa.text!r}, the right {fb.text!r}.",
                min(0.95, best_bad[0]),
            )
            conflicts[("right", fb.key)] = conflicts[("left", fa.key)] = draft
            drafts.append(draft)
            # The right may give both figures ("5.9, but the USGS said 6.1"): show the match too.
        if best_ok is not None and best_ok[0] >= _VALUE_MATCH and id(best_ok[1]) not in used:
            fb = best_ok[1]
            used.update((id(fa), id(fb)))
            drafts.append(
                _Draft(
                    FindingKind.AGREE,
                    _report_type(fa),
                    [fa],
                    [fb],
                    f"Both give {_value_text(fa)} ({_slot_name(fa, fb, frequency)}).",
                    min(0.95, 0.5 + best_ok[0] / 2),
                )
            )
        elif best_ok is not None and best_ok[0] >= _VALUE_MATCH:
            # Its partner already agrees with another left figure ("10" in headline and body).
            for draft in drafts:
                if draft.kind is FindingKind.AGREE and best_ok[1] in draft.right:
                    draft.left.append(fa)
                    used.add(id(fa))
                    break
    _extend_with_repeats(drafts, left, right, used)
    return drafts


def _best_partners(
    fa: Fact, rights: list[Fact], scores: np.ndarray
) -> tuple[tuple[float, Fact] | None, tuple[float, Fact] | None]:
    best_ok: tuple[float, Fact] | None = None
    best_bad: tuple[float, Fact] | None = None
    for fb in rights:
        relation = _compatible(fa, fb)
        if relation is None:
            continue
        near = float(scores[fa.sentence, fb.sentence])
        slot = _overlap(fa.slot, fb.slot)
        score = 0.6 * slot + 0.6 * near
        if relation and fa.key == fb.key:
            # The very same figure is strong evidence on its own; the same date more so.
            score += 0.45 if fa.date is not None else 0.15
        if relation and (best_ok is None or score > best_ok[0]):
            best_ok = (score, fb)
        elif (
            not relation
            and (
                (
                    slot >= _CONFLICT_SLOT
                    and near >= 0.2
                    and (_specific(fa) or _specific(fb))
                    and _comparable_scale(fa, fb)
                )
                or _dated_alike(fa, fb, near)
            )
            and (best_bad is None or score > best_bad[0])
        ):
            best_bad = (max(score, _CONFLICT_SCORE), fb)
    return best_ok, best_bad


def _extend_with_repeats(
    drafts: list[_Draft], left: Analysis, right: Analysis, used: set[int]
) -> None:
    """A figure repeated in headline and body ("6.1" twice) belongs to the same finding."""
    by_key = (
        _by_key(f for f in left.facts if _is_value(f)),
        _by_key(f for f in right.facts if _is_value(f)),
    )
    for draft in drafts:
        for facts, index in ((draft.left, by_key[0]), (draft.right, by_key[1])):
            anchor = facts[0]
            for other in index.get(anchor.key, ()):
                if id(other) in used:
                    continue
                if _overlap(anchor.slot, other.slot) >= 0.4:
                    facts.append(other)
                    used.add(id(other))


class _Candidates:
    """The right-hand figures that could possibly pair with a left one, found through indexes.

    A pair scores only through a shared slot word, the very same value, or a near-identical
    sentence; checking every pair of figures in two long documents would be quadratic.
    """

    def __init__(self, rights: list[Fact], scores: np.ndarray) -> None:
        self.order = {id(f): i for i, f in enumerate(rights)}
        self.by_word: dict[str, list[Fact]] = defaultdict(list)
        self.by_key = _by_key(rights)
        self.by_sentence: dict[int, list[Fact]] = defaultdict(list)
        for fact in rights:
            self.by_sentence[fact.sentence].append(fact)
            for word in fact.slot:
                self.by_word[word].append(fact)
        self.scores = scores

    def near(self, fa: Fact) -> list[Fact]:
        found: dict[int, Fact] = {}
        for word in fa.slot:
            for fact in self.by_word.get(word, ()):
                found[id(fact)] = fact
        for fact in self.by_key.get(fa.key, ()):
            found[id(fact)] = fact
        if self.scores.size:
            floor = _DATED_ALIKE if fa.date is not None else 0.7
            for j in np.nonzero(self.scores[fa.sentence] >= floor)[0]:
                for fact in self.by_sentence.get(int(j), ()):
                    found[id(fact)] = fact
        return sorted(found.values(), key=lambda f: self.order[id(f)])


def _comparable_scale(fa: Fact, fb: Fact) -> bool:
    """Two readings of one count differ by a little, not by orders of magnitude (6.1 vs 120,000)."""
    if fa.number is None or fb.number is None:
        return True
    low, high = sorted((abs(fa.number.centre), abs(fb.number.centre)))
    return low > 0 and high / low <= 25


def _dated_alike(fa: Fact, fb: Fact, near: float) -> bool:
    """Two closely aligned sentences that date the same thing to different months or days.

    ("convicted in June 1998 of aggravated sexual assault" / "in June 1999 ... for aggravated
    sexual assault"): the wording says it is one event, so the dates must agree.
    """
    if fa.date is None or fb.date is None or near < _DATED_ALIKE:
        return False
    return all(d.year is not None and d.month is not None for d in (fa.date, fb.date))


def _explained(lefts: list[Fact], candidates: _Candidates) -> set[int]:
    """Right-hand figures that some left figure of the same slot bears out: never a clash partner.

    Parses of "10 killed and at least 50 injured" hang both figures on one verb; a figure that
    already agrees with its own counterpart must not be blamed for contradicting another.
    """
    out: set[int] = set()
    for fa in lefts:
        for fb in candidates.near(fa):
            if id(fb) in out:
                continue
            if fa.key == fb.key or (
                _compatible(fa, fb) and fa.number is not None and _overlap(fa.slot, fb.slot) >= 0.6
            ):
                out.add(id(fb))
    return out


def _is_value(fact: Fact) -> bool:
    return fact.number is not None or fact.date is not None


def _compatible(a: Fact, b: Fact) -> bool | None:
    if a.number is not None and b.number is not None:
        if _is_age(a) != _is_age(b):
            return None
        relation = numbers_compatible(a.number, b.number)
        if relation and not _close(a.number, b.number):
            return None  # "at least 50" and "600" can both hold, but say little about each other
        return relation
    if a.date is not None and b.date is not None:
        return dates_compatible(a.date, b.date)
    return None


def _close(a: NumberValue, b: NumberValue) -> bool:
    low, high = sorted((a.centre, b.centre))
    return (low > 0 and high / low <= 2.0) or low == high


def _is_age(f: Fact) -> bool:
    return "age" in f.slot and f.slot["age"] >= 1.0


def _specific(fact: Fact) -> bool:
    """A figure precise enough to contradict: not "at least", not "hundreds"."""
    if fact.number is not None:
        return fact.number.high != float("inf") and fact.number.low > 0
    if fact.date is not None:
        return fact.date.year is not None or fact.date.day is not None
    return False


def _slot_name(a: Fact, b: Fact, frequency: Counter[str] | None = None) -> str:
    """The context word that best names what both figures count.

    Among equally weighted words the rarer one is the more specific ("injury" rather than
    "death" in a quake report full of deaths); the word itself breaks remaining ties, since set
    order varies between runs and reports must not.
    """
    counts = frequency or Counter()
    shared = sorted(
        set(a.slot) & set(b.slot), key=lambda w: (-(a.slot[w] + b.slot[w]), counts[w], w)
    )
    return shared[0] if shared else "same passage"


def _same_slot(a: Fact, b: Fact) -> bool:
    """Both speak of the same thing: much shared context, or the same head word."""
    heads = {w for w, weight in a.slot.items() if weight >= 1.0}
    shared_head = any(b.slot.get(w, 0.0) >= 1.0 for w in heads)
    return shared_head or _overlap(a.slot, b.slot) >= 0.3


def _value_text(fact: Fact) -> str:
    return fact.value if fact.type in (MentionType.DATE,) else repr(fact.text)


def _overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted overlap of two context-word bags, 0..1."""
    if not a or not b:
        return 0.0
    shared = sum(min(a[w], b[w]) for w in a.keys() & b.keys())
    # Dice, not containment: a bare "death" must not match "death and injury" as well as "injury".
    return 2 * shared / (sum(a.values()) + sum(b.values()))


# --- names ---------------------------------------------------------------------------------------


def _name_findings(
    left: Analysis, right: Analysis, links: dict[str, str], used: set[int]
) -> list[_Draft]:
    left_groups = _by_key(f for f in left.facts if f.type in NAME_TYPES and id(f) not in used)
    right_groups = _by_key(f for f in right.facts if f.type in NAME_TYPES and id(f) not in used)
    drafts = []
    matched_right: set[str] = set()
    for key, facts in left_groups.items():
        other = links.get(key)
        if other is not None and other in right_groups:
            matched_right.add(other)
            counterpart = right_groups[other]
            drafts.append(
                _Draft(
                    FindingKind.AGREE,
                    _report_type(facts[0]),
                    facts,
                    counterpart,
                    f"Both articles name {_display(facts)}"
                    + (
                        f" (as {counterpart[0].value!r})"
                        if _display(counterpart) != _display(facts)
                        else ""
                    )
                    + ".",
                    0.9,
                )
            )
        elif other is None:
            drafts.append(_only(Side.LEFT, facts))
    for key, facts in right_groups.items():
        if key not in matched_right and key not in set(links.values()):
            drafts.append(_only(Side.RIGHT, facts))
    return drafts


def _display(facts: list[Fact]) -> str:
    return max((f.value for f in facts), key=len)


def _only(side: Side, facts: list[Fact]) -> _Draft:
    other = "right" if side is Side.LEFT else "left"
    return _Draft(
        FindingKind.only(side),
        _report_type(facts[0]),
        facts if side is Side.LEFT else [],
        facts if side is Side.RIGHT else [],
        f"Only the {side.value} article mentions {_what(facts[0])} {_display(facts)!r}; "
        f"the {other} does not.",
        0.8,
    )


def _leftover_values(left: Analysis, right: Analysis, used: set[int]) -> list[_Draft]:
    """Figures and dates with no counterpart: one-sided unless the same value appears anywhere."""
    drafts: list[_Draft] = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        their_keys = {f.key for f in theirs.facts}
        groups: list[list[Fact]] = []
        for fact in mine.facts:
            if id(fact) in used or fact.weak or fact.type in NAME_TYPES:
                continue
            used.add(id(fact))
            if fact.key in their_keys:
                continue  # the same figure stands on the other side too: say nothing rather than guess
            # "seven villages" three times over is one fact, not three.
            group = next(
                (g for g in groups if g[0].key == fact.key and _same_slot(g[0], fact)),
                None,
            )
            if group is None:
                groups.append([fact])
            else:
                group.append(fact)
        drafts.extend(_only(side, group) for group in groups)
    return drafts


# --- statements ----------------------------------------------------------------------------------


def _statement_findings(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], scores: np.ndarray
) -> list[Finding]:
    """Whole sentences: corroborated when well aligned, one-sided when nothing comes close."""
    findings = []
    for pair in pairs:
        if pair.score < STATEMENT_AGREE:
            continue
        findings.append(
            _finding(
                FindingKind.AGREE,
                MentionType.STATEMENT,
                [_sentence_span(left, pair.left)],
                [_sentence_span(right, pair.right)],
                f"These sentences report the same thing (similarity {pair.score:.0%}).",
                pair.score,
            )
        )
    for side, analysis, axis in ((Side.LEFT, left, 1), (Side.RIGHT, right, 0)):
        best = scores.max(axis=axis) if scores.size else np.zeros(len(analysis.sentences))
        for i in range(len(analysis.sentences)):
            if best[i] >= STATEMENT_ALONE or len(analysis.sentence_words[i]) < _MIN_STATEMENT_WORDS:
                continue
            span = [_sentence_span(analysis, i)]
            findings.append(
                _one_sided_statement(
                    side,
                    span,
                    f"Nothing in the {side.other.value} article reports this sentence.",
                    float(1.0 - best[i]),
                )
            )
    return findings


_DETAIL_IGNORE = frozenset(
    [
        "say",
        "tell",
        "report",
        "state",
        "official",
        "police",
        "people",
        "year",
        "time",
        "day",
        "week",
        "also",
        "include",
        "told",
        "according",
        "accord",
        "news",
        "agency",
        "medium",
        "local",
        "city",
        "area",
        "place",
        "thing",
        "make",
        "take",
        "give",
        "come",
        "going",
        "know",
        "think",
        "want",
        "need",
        "call",
    ]
)
_DETAIL_MIN_SCORE = 0.1


def _detail_findings(
    left: Analysis,
    right: Analysis,
    indexes: tuple[_ContentIndex, _ContentIndex],
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
) -> list[Finding]:
    """Details two related sentences share in other words: "took the officers' weapons" and
    "stole their weapons" both speak of the guards' weapons.

    Only rare words count (a word in many sentences says little), names are left to the name
    findings, and sentence pairs already shown as one corroborated statement are skipped.
    """
    left_index, right_index = indexes
    shared = {
        word
        for word in left_index.keys() & right_index.keys()
        if len({i for i, _ in left_index[word]}) <= 3
        and len({j for j, _ in right_index[word]}) <= 3
    }
    whole = {(p.left, p.right) for p in pairs if p.score >= STATEMENT_AGREE}
    per_pair: dict[tuple[int, int], set[str]] = defaultdict(set)
    for word in shared:
        for i, _ in left_index[word]:
            for j, _ in right_index[word]:
                per_pair[(i, j)].add(word)
    findings = []
    for (i, j), words in sorted(per_pair.items()):
        score = float(scores[i, j]) if scores.size else 0.0
        if (i, j) in whole or score < _DETAIL_MIN_SCORE or (len(words) < 2 and score < 0.25):
            continue
        left_spans = _word_spans(left, i, words)
        right_spans = _word_spans(right, j, words)
        if not left_spans or not right_spans:
            continue
        shown = ", ".join(sorted({s.text.lower() for s in left_spans})[:4])
        findings.append(
            _finding(
                FindingKind.AGREE,
                MentionType.STATEMENT,
                left_spans,
                right_spans,
                f"Related sentences share these details: {shown}.",
                min(0.9, score + 0.1 * len(words)),
            )
        )
    return findings


def _unique_detail_findings(
    left: Analysis,
    right: Analysis,
    indexes: tuple[_ContentIndex, _ContentIndex],
    scores: np.ndarray,
) -> list[Finding]:
    """Details only one side gives inside a story both tell: "held them hostage" on the left.

    Sentences with no counterpart at all are already reported whole; here the sentence has a
    partner, and the words in question occur nowhere in the other article.
    """
    findings = []
    sides = ((Side.LEFT, left, right, indexes[0], 1), (Side.RIGHT, right, left, indexes[1], 0))
    for side, mine, theirs, index, axis in sides:
        other_words = {w for words in theirs.sentence_words for w in words}
        best = scores.max(axis=axis) if scores.size else np.zeros(len(mine.sentences))
        per_sentence: dict[int, set[str]] = defaultdict(set)
        for word, places in index.items():
            sentences = {i for i, _ in places}
            if word in other_words or len(sentences) > 1 or len(word) < 5:
                continue
            per_sentence[next(iter(sentences))].add(word)
        for i, words in sorted(per_sentence.items()):
            if best[i] < STATEMENT_ALONE:
                continue  # the whole sentence is already reported as one-sided
            spans = _word_spans(mine, i, words)
            shown = ", ".join(s.text for s in spans[:4])
            findings.append(
                _one_sided_statement(
                    side,
                    spans,
                    f"Only the {side.value} article gives these details: {shown}.",
                    0.5,
                )
            )
    return findings


_CLAUSE_PAIR = 0.55  # sentences this close tell one story; a clause only one of them has matters
_CLAUSE_TOKENS = 4
_CLAUSE_CONTENT = 2


def _diverging_clauses(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair]
) -> list[Finding]:
    """In two sentences that tell one story, the clause only one of them has.

    "Prosecutors allege Simpson shot Flynn after she told him she was pregnant" against "...shot
    Flynn twice in the head because he did not want another child": each motive is one-sided.
    """
    best_left: dict[int, float] = defaultdict(float)
    best_right: dict[int, float] = defaultdict(float)
    for pair in pairs:
        best_left[pair.left] = max(best_left[pair.left], pair.score)
        best_right[pair.right] = max(best_right[pair.right], pair.score)
    findings = []
    for pair in pairs:
        if pair.score < _CLAUSE_PAIR or pair.score < max(
            best_left[pair.left], best_right[pair.right]
        ):
            continue  # only each sentence's own best partner: a fragment's match says nothing
        a, b = left.sentence_tokens[pair.left], right.sentence_tokens[pair.right]
        for op in Levenshtein.opcodes([t.lower for t in a], [t.lower for t in b]):
            if op.tag == "equal":
                continue
            for side, analysis, tokens, nearby in (
                (Side.LEFT, left, a[op.src_start : op.src_end], _words_near(right, pair.right)),
                (Side.RIGHT, right, b[op.dest_start : op.dest_end], _words_near(left, pair.left)),
            ):
                content = [t for t in tokens if t.content]
                if len(tokens) < _CLAUSE_TOKENS or len(content) < _CLAUSE_CONTENT:
                    continue
                if sum(t.content in nearby for t in content) >= 0.6 * len(content):
                    continue  # the other side says it in the next sentence: a split, not a gap
                text = analysis.document.text
                span = Span(tokens[0].start, tokens[-1].end, text[tokens[0].start : tokens[-1].end])
                findings.append(
                    _one_sided_statement(
                        side,
                        [span],
                        f"The other article tells the same sentence without this: {span.text!r}.",
                        0.5,
                    )
                )
    return findings


def _words_near(analysis: Analysis, sentence: int) -> set[str]:
    lo, hi = max(0, sentence - 1), min(len(analysis.sentence_words), sentence + 2)
    return {w for words in analysis.sentence_words[lo:hi] for w in words}


def _content_index(analysis: Analysis) -> _ContentIndex:
    """Content word -> (sentence, token) for words outside any name or figure."""
    inside = bytearray(len(analysis.document.text) + 1)
    for fact in analysis.facts:
        inside[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
    index: _ContentIndex = defaultdict(list)
    for i, tokens in enumerate(analysis.sentence_tokens):
        for token in tokens:
            word = token.content
            if len(word) < 4 or word in _DETAIL_IGNORE or word in _GENERIC_WORDS:
                continue
            if inside[token.start]:
                continue
            index[word].append((i, token))
    return index


def _word_spans(analysis: Analysis, sentence: int, words: set[str]) -> list[Span]:
    """The shared words of one sentence, neighbours merged into phrases ("life sentence")."""
    text = analysis.document.text
    spans: list[Span] = []
    for token in analysis.sentence_tokens[sentence]:
        if token.content not in words:
            continue
        if spans and text[spans[-1].end : token.start].strip() == "":
            start = spans[-1].start
            spans[-1] = Span(start, token.end, text[start : token.end])
        else:
            spans.append(Span(token.start, token.end, text[token.start : token.end]))
    return spans


def _one_sided_statement(side: Side, spans: list[Span], reason: str, confidence: float) -> Finding:
    return _finding(
        FindingKind.only(side),
        MentionType.STATEMENT,
        spans if side is Side.LEFT else [],
        spans if side is Side.RIGHT else [],
        reason,
        confidence,
    )


def _sentence_span(analysis: Analysis, index: int) -> Span:
    s = analysis.sentences[index]
    return Span(s.start, s.end, analysis.document.text[s.start : s.end])


# --- assembling ----------------------------------------------------------------------------------


def _sentence_scores(pairs: Iterable[SentencePair]) -> dict[tuple[int, int], float]:
    return {(p.left, p.right): p.score for p in pairs}


def _by_key(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.key].append(fact)
    return dict(groups)


def _report_type(fact: Fact) -> MentionType:
    return MentionType.PLACE if fact.type is MentionType.NATIONALITY else fact.type


def _what(fact: Fact) -> str:
    return {
        MentionType.PERSON: "the person",
        MentionType.ORGANISATION: "the organisation",
        MentionType.PLACE: "the place",
        MentionType.NATIONALITY: "the country",
        MentionType.DATE: "the date",
        MentionType.TIME: "the time",
        MentionType.EVENT: "the event",
    }.get(fact.type, "the figure")


def _finish(draft: _Draft, left: Analysis, right: Analysis) -> Finding:
    def spans(facts: list[Fact]) -> list[Span]:
        return sorted({Span(f.start, f.end, f.text) for f in facts}, key=lambda s: s.start)

    reason = draft.reason
    notes = _hedges(draft.left, left, "left") + _hedges(draft.right, right, "right")
    if notes:
        reason += " " + " ".join(notes)
    return _finding(
        draft.kind, draft.type, spans(draft.left), spans(draft.right), reason, draft.confidence
    )


def _hedges(facts: list[Fact], analysis: Analysis, side: str) -> list[str]:
    """Say when a side's claim is hedged or rests on one source: a journalist weighs it differently."""
    notes = []
    for index in sorted({f.sentence for f in facts})[:1]:
        sentence = analysis.sentences[index] if index < len(analysis.sentences) else None
        if sentence is None:
            continue
        if sentence.hedged:
            notes.append(f"The {side} article hedges this (unconfirmed or claimed).")
        if sentence.attribution:
            notes.append(f"The {side} article attributes it to {sentence.attribution}.")
    return notes


def _finding(
    kind: FindingKind,
    mtype: MentionType,
    left: list[Span],
    right: list[Span],
    reason: str,
    confidence: float,
) -> Finding:
    return Finding(
        id="",
        kind=kind,
        type=mtype,
        left=tuple(left),
        right=tuple(right),
        reason=reason,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
    )


def _order(f: Finding) -> tuple[int, int, int]:
    first_left = f.left[0].start if f.left else 10**9
    first_right = f.right[0].start if f.right else 10**9
    return (min(first_left, first_right), first_right, 0 if f.type != "statement" else 1)


def _unique_ids(findings: list[Finding]) -> list[Finding]:
    """Ids from content, so the same inputs always give the same ids (saved reviews refer to them)."""
    from dataclasses import replace

    out = []
    seen: set[str] = set()
    for f in findings:
        basis = "|".join(
            [f.kind.value, f.type]
            + [f"L{s.start}-{s.end}" for s in f.left]
            + [f"R{s.start}-{s.end}" for s in f.right]
        )
        digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]
        fid = f"f-{digest}"
        n = 1
        while fid in seen:
            n += 1
            fid = f"f-{digest}-{n}"
        seen.add(fid)
        out.append(replace(f, id=fid))
    return out
