"""Claims compared where the articles speak of the same thing: inside aligned sentence pairs.

Two passes: near-identical sentences (an edited copy) give up their swapped words; then every
well-aligned pair has its claims of one kind compared one by one: a weekday against a weekday,
the count of dead against the count of dead, the person in a role against the person in it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from desktop.core.align import Replacement, SentencePair, near_duplicates, replacements
from desktop.core.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.assembly import Draft, report_type
from desktop.core.findings.claims import (
    Relation,
    comparable_scale,
    family,
    overlap,
    relation,
    slot_name,
    specific,
    written_date,
)
from desktop.core.findings.ledger import Ledger
from desktop.core.findings.wording import value_reason, what
from desktop.core.link import NAME_TYPES
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.places import nested
from desktop.core.values import parse_date, parse_number

Refs = tuple[date | None, date | None]

# The ledger's name for a verdict that one figure only allows the other ("at least 50" / "80").
ALLOWED = "allowed"


def by_sentence(facts: Iterable[Fact], *, weak: bool = False) -> dict[int, list[Fact]]:
    out: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        if weak or not fact.weak:
            out[fact.sentence].append(fact)
    return out


def value_draft(rel: Relation, a: Fact, b: Fact, slot: str, refs: Refs, strength: float) -> Draft:
    """One verdict on two claims of one slot, worded with both wordings."""
    kind = (
        FindingKind.AGREE if rel in (Relation.SAME, Relation.CONSISTENT) else FindingKind.CONFLICT
    )
    confidence = {
        Relation.SAME: min(0.95, 0.5 + strength / 2),
        Relation.CONSISTENT: tuning.CONSISTENT_CONFIDENCE,
        Relation.BOUNDS: tuning.BOUNDS_CONFIDENCE,
        Relation.CLASH: min(0.95, max(strength, tuning.CONFLICT_SCORE)),
    }[rel]
    reason = value_reason(rel, a, b, slot, refs)
    return Draft(kind, report_type(a), [a], [b], reason, confidence)


# --- near-identical sentences ---------------------------------------------------------------------


def inline_conflicts(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    links: dict[str, str],
    ledger: Ledger,
) -> list[Draft]:
    """An edited copy shows itself here: one name, place, figure or date swapped for another.

    When the model recognised the name on one side only (it knows "Hollywood" but not
    "Manchester"), the swapped words on the other side stand in for it.
    """
    refs = (left.reference_date, right.reference_date)
    # Weak figures too: "executed two of them" edited to "nine of them" is a swap all the same.
    left_facts = by_sentence(left.facts, weak=True)
    right_facts = by_sentence(right.facts, weak=True)
    drafts = []
    for pair in pairs:
        mine, theirs = left_facts.get(pair.left, []), right_facts.get(pair.right, [])
        a_tokens, b_tokens = left.sentence_tokens[pair.left], right.sentence_tokens[pair.right]
        if not (mine or theirs) or not near_duplicates(a_tokens, b_tokens):
            continue
        for rep in replacements(a_tokens, b_tokens):
            a = [f for f in mine if f.start < rep.left_end and rep.left_start < f.end]
            b = [f for f in theirs if f.start < rep.right_end and rep.right_start < f.end]
            if not a and not b:
                a, b = _figures_swapped(left, right, pair, rep)
            elif a and not b:
                b = stand_in(right, pair.right, rep.right_start, rep.right_end, a[0])
            elif b and not a:
                a = stand_in(left, pair.left, rep.left_start, rep.left_end, b[0])
            for fa in a:
                if ledger.judged(Side.LEFT, fa):
                    continue
                fb = next(
                    (f for f in b if family(f) == family(fa) and not ledger.judged(Side.RIGHT, f)),
                    None,
                )
                if fb is None and b:
                    # "two Academy Awards" / "nine Academy Awards" read as an organisation.
                    found = stand_in(right, pair.right, rep.right_start, rep.right_end, fa)
                    fb = found[0] if found else None
                if fb is None:
                    continue
                draft = _swap_draft(fa, fb, links, refs)
                if draft is not None:
                    ledger.judge("inline", [fa], [fb])
                    drafts.append(draft)
    return drafts


def _swap_draft(fa: Fact, fb: Fact, links: dict[str, str], refs: Refs) -> Draft | None:
    if fa.type in NAME_TYPES or fb.type in NAME_TYPES:
        if links.get(fa.key) == fb.key or _nested_places(fa, fb):
            return None
        return Draft(
            FindingKind.CONFLICT,
            report_type(fa),
            [fa],
            [fb],
            f"The same sentence names {what(fa)} {fa.text!r} on the left but {fb.text!r} on the right.",
            0.9,
        )
    rel = relation(fa, fb, refs)
    if rel is None and fa.key != fb.key and fa.other_event == fb.other_event:
        rel = Relation.CLASH if _different_values(fa, fb) else None
    if rel is None or rel in (Relation.SAME, Relation.CONSISTENT):
        return None
    return value_draft(rel, fa, fb, slot_name(fa, fb), refs, 0.9)


def _different_values(fa: Fact, fb: Fact) -> bool:
    return fa.value != fb.value and (fa.number is not None) == (fb.number is not None)


def _nested_places(a: Fact, b: Fact) -> bool:
    places = (MentionType.PLACE, MentionType.NATIONALITY)
    return a.type in places and b.type in places and nested(a.key, b.key)


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


def stand_in(analysis: Analysis, sentence: int, start: int, end: int, like: Fact) -> list[Fact]:
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
    day = parse_date(text, analysis.reference_date) if like.date is not None else None
    if number is None and (day is None or day.is_empty):
        return []
    fact = Fact(start, end, text, like.type, "", sentence, key=f"unlabelled:{text.lower()}")
    fact.number, fact.date, fact.value = number, day, text
    fact.slot = dict(like.slot)
    return [fact]


# --- claims of one slot inside aligned sentences --------------------------------------------------


def aligned_claims(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    links: dict[str, str],
    ledger: Ledger,
) -> list[Draft]:
    """Compare what two well-aligned sentences say of the same thing, claim by claim.

    "sank off the coast on Sunday" / "... on Monday" is a conflict on the weekday; "killing one
    man" / "killing four men" on the count; "coach Sean Miller" / "head coach Sean Parker" on the
    person in the role. Best-aligned pairs go first, so each claim meets its closest partner.
    """
    refs = (left.reference_date, right.reference_date)
    left_facts, right_facts = (
        by_sentence(left.facts, weak=True),
        by_sentence(right.facts, weak=True),
    )
    linked_right = set(links.values())
    keys = ({f.key for f in left.facts}, {f.key for f in right.facts})
    drafts: list[Draft] = []
    for pair in sorted(pairs, key=lambda p: -p.score):
        if pair.score < tuning.CLAIM_PAIR:
            continue
        mine = ledger.free(Side.LEFT, left_facts.get(pair.left, []))
        theirs = ledger.free(Side.RIGHT, right_facts.get(pair.right, []))
        if not mine or not theirs:
            continue
        drafts += _values_in_pair(mine, theirs, pair, refs, ledger, keys)
        drafts += _counts_the_parser_missed((left, right), pair, mine, theirs, refs, ledger)
        drafts += _names_in_pair(mine, theirs, links, linked_right, (left, right), pair, ledger)
    return drafts


def _values_in_pair(
    mine: list[Fact],
    theirs: list[Fact],
    pair: SentencePair,
    refs: Refs,
    ledger: Ledger,
    keys: tuple[set[str], set[str]],
) -> list[Draft]:
    drafts = []
    for kind in ("value", "date"):
        a_side = [f for f in mine if family(f) == kind and not ledger.judged(Side.LEFT, f)]
        b_side = [f for f in theirs if family(f) == kind]
        for fa in a_side:
            best: tuple[float, Fact, Relation] | None = None
            for fb in b_side:
                if ledger.judged(Side.RIGHT, fb):
                    continue
                rel = relation(fa, fb, refs)
                if rel is None:
                    continue
                slot = overlap(fa.slot, fb.slot)
                lone = _lone(fa, a_side, refs[0]) and _lone(fb, b_side, refs[1])
                if fa.date is not None and fb.date is not None:
                    lone = lone and _grain(fa, refs[0]) == _grain(fb, refs[1])
                if slot < tuning.CONFLICT_SLOT and not (lone and _same_unit(fa, fb)):
                    continue
                if rel is Relation.CLASH and not (
                    (specific(fa) or specific(fb)) and comparable_scale(fa, fb)
                ):
                    continue
                if rel in (Relation.CLASH, Relation.BOUNDS) and (
                    fa.key in keys[1] or fb.key in keys[0]
                ):
                    # The other side gives this very value elsewhere ("10 killed and at least 50
                    # injured" hangs both on one verb): the two figures count different things.
                    continue
                if fa.weak != fb.weak and rel is not Relation.CLASH and fa.key != fb.key:
                    continue
                score = slot + (1.0 if rel is Relation.SAME else 0.0)
                if best is None or score > best[0]:
                    best = (score, fb, rel)
            if best is None:
                continue
            _, fb, rel = best
            # A bound that merely allows the other figure settles nothing: the figure stays open
            # to a clash with a plain figure of the same count elsewhere (see across.py).
            ledger.judge(ALLOWED if rel is Relation.CONSISTENT else "aligned", [fa], [fb])
            strength = 0.6 * overlap(fa.slot, fb.slot) + 0.6 * pair.score
            drafts.append(value_draft(rel, fa, fb, slot_name(fa, fb), refs, strength))
    return drafts


def _counts_the_parser_missed(
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    mine: list[Fact],
    theirs: list[Fact],
    refs: Refs,
    ledger: Ledger,
) -> list[Draft]:
    """ "killing one man" / "killing four men" where the parser saw only "four": the number word
    before the same counted noun on the other side is the figure to compare."""
    drafts = []
    sides = (
        (Side.RIGHT, theirs, analyses[0], pair.left, mine),
        (Side.LEFT, mine, analyses[1], pair.right, theirs),
    )
    for side, facts, other, sentence, other_facts in sides:
        for fact in facts:
            if fact.number is None or fact.other_event or ledger.judged(side, fact):
                continue
            found = _number_before_noun(other, sentence, fact, other_facts)
            if found is None:
                continue
            a, b = (found, fact) if side is Side.RIGHT else (fact, found)
            rel = relation(a, b, refs)
            if rel is None:
                continue
            ledger.judge("aligned", [a], [b])
            drafts.append(value_draft(rel, a, b, slot_name(a, b), refs, 0.6 + pair.score / 2))
    return drafts


def _number_before_noun(
    analysis: Analysis, sentence: int, like: Fact, facts: list[Fact]
) -> Fact | None:
    nouns = {w for w, weight in like.slot.items() if weight >= 1.0}
    tokens = analysis.sentence_tokens[sentence]
    for token, following in itertools.pairwise(tokens):
        if following.content not in nouns or any(f.start <= token.start < f.end for f in facts):
            continue
        number = parse_number(token.lower)
        if number is None or number.dimension:
            continue
        text = analysis.document.text[token.start : token.end]
        fact = Fact(token.start, token.end, text, MentionType.NUMBER, "", sentence)
        fact.number, fact.value, fact.key = number, number.display(), f"number:{number.display()}"
        fact.slot = dict(like.slot)
        return fact
    return None


def _lone(fact: Fact, facts: list[Fact], reference: date | None) -> bool:
    """The only claim of its grain in its sentence: the only figure, or the only year, the only
    weekday. "floored Lewis in 2001 ... on Saturday" / "floored Lewis to win the title in 2000":
    a year is set against the year, whatever weekday the sentence also names."""
    if fact.date is None:
        return len(facts) == 1
    grain = _grain(fact, reference)
    return sum(f.date is not None and _grain(f, reference) == grain for f in facts) == 1


def _grain(fact: Fact, reference: date | None) -> tuple[bool, bool, bool, bool]:
    """Which parts of a date the text gives: year, month, day, weekday."""
    day = written_date(fact, reference)
    if day is None:
        return (False, False, False, False)
    return (
        day.year is not None,
        day.month is not None,
        day.day is not None,
        day.weekday is not None,
    )


def _same_unit(a: Fact, b: Fact) -> bool:
    """Two lone figures in two aligned sentences are one claim when they measure alike."""
    if a.number is not None and b.number is not None:
        return a.number.dimension == b.number.dimension and a.number.dimension != ""
    return a.date is not None and b.date is not None


def _names_in_pair(
    mine: list[Fact],
    theirs: list[Fact],
    links: dict[str, str],
    linked_right: set[str],
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[Draft]:
    """A person or place in one sentence where the other has a different one in the same role."""
    drafts = []
    for types, role in (((MentionType.PERSON,), _same_role), (_PLACES, _same_preposition)):
        a_side = [f for f in mine if f.type in types and f.key not in links and not f.weak]
        b_side = [f for f in theirs if f.type in types and f.key not in linked_right]
        if len({f.key for f in a_side}) != 1 or len({f.key for f in b_side}) != 1:
            continue
        fa, fb = a_side[0], b_side[0]
        if types == _PLACES and nested(fa.key, fb.key):
            ledger.judge("aligned", a_side, b_side)
            drafts.append(
                Draft(
                    FindingKind.AGREE,
                    MentionType.PLACE,
                    a_side,
                    b_side,
                    f"The left says {fa.text!r}, the right {fb.text!r}: one lies in the other, "
                    f"so this is the same place at a different precision.",
                    0.7,
                )
            )
            continue
        if not role(fa, fb, analyses, pair):
            continue
        ledger.judge("aligned", a_side, b_side)
        noun = "person" if types == (MentionType.PERSON,) else "place"
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                report_type(fa),
                a_side,
                b_side,
                f"The two articles tell this in matching sentences, but the left names the {noun} "
                f"{fa.text!r} and the right {fb.text!r}.",
                min(0.9, 0.4 + pair.score / 2),
            )
        )
    return drafts


_PLACES = (MentionType.PLACE, MentionType.NATIONALITY)


def _same_role(fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair) -> bool:
    """The same first name, the same title, or words around the names the same."""
    if fa.first and fa.first == fb.first:
        return True
    titles = {w for w, weight in fa.slot.items() if weight >= 1.0}
    if titles & {w for w, weight in fb.slot.items() if weight >= 1.0}:
        return True
    return _same_neighbours(fa, fb, analyses, pair)


def _same_preposition(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    """ "in Manchester" / "in Leeds", "Mannheim, Germany" / "Mannheim, Australia", "shook Oman and
    the Emirates" / "felt in Marseille and the Emirates": the place stands where the other stood."""
    left_tokens = analyses[0].sentence_tokens[pair.left]
    right_tokens = analyses[1].sentence_tokens[pair.right]
    before = _word_before(left_tokens, fa.start), _word_before(right_tokens, fb.start)
    after = _word_after(left_tokens, fa.end), _word_after(right_tokens, fb.end)
    if before[0] is not None and before[0] == before[1] and before[0] in _PLACE_WORDS:
        return True
    return after[0] is not None and after[0] == after[1] and after[0] in _PLACE_WORDS


# Words a place of the event stands beside: "in X", "X, Y", "X and Y", "near X".
_PLACE_WORDS = frozenset({"in", "at", "near", "off", "outside", ",", "and"})


def _same_neighbours(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    before_a = _word_before(analyses[0].sentence_tokens[pair.left], fa.start)
    before_b = _word_before(analyses[1].sentence_tokens[pair.right], fb.start)
    after_a = _word_after(analyses[0].sentence_tokens[pair.left], fa.end)
    after_b = _word_after(analyses[1].sentence_tokens[pair.right], fb.end)
    return before_a is not None and before_a == before_b and after_a == after_b


def _word_before(tokens: Sequence[Token], offset: int) -> str | None:
    previous = [t for t in tokens if t.end <= offset]
    return previous[-1].lower if previous else None


def _word_after(tokens: Sequence[Token], offset: int) -> str | None:
    following = [t for t in tokens if t.start >= offset]
    return following[0].lower if following else None


# --- the day of the event in the two leads --------------------------------------------------------


def lead_dates(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """The day each lead gives the event: "hit southern Iran on Sunday" / "... coast Friday".

    A news lead dates the story's event; when each article's lead names exactly one day (a
    weekday, a date, "yesterday"), the two are compared at the precision both give, wherever
    the sentences stand and however they are worded.
    """
    refs = (left.reference_date, right.reference_date)
    found = []
    for side, analysis in ((Side.LEFT, left), (Side.RIGHT, right)):
        days = [
            f
            for f in ledger.free(side, analysis.facts)
            if f.date is not None
            and f.sentence < tuning.LEAD_SENTENCES
            and not f.other_event
            and not f.said_on
            and (f.date.weekday is not None or f.date.day is not None)
        ]
        if len({f.date for f in days}) != 1:
            return []
        found.append(days)
    a, b = found[0][0], found[1][0]
    rel = relation(a, b, refs)
    if rel is None:
        return []
    ledger.judge("lead", found[0], found[1])
    draft = value_draft(rel, a, b, "", refs, tuning.LEAD_DATE_CONFIDENCE)
    draft.left, draft.right = found[0], found[1]
    if rel is Relation.CLASH:
        draft.reason = (
            f"The two leads date the event differently: the left says {a.text!r}, the right "
            f"{b.text!r}."
        )
    return [draft]
