"""A person or place in one sentence where the matching sentence has a different one.

"coach Sean Miller" / "head coach Sean Parker", "in Manchester" / "in Leeds": in two sentences
that tell the same thing, a different name in the same role is a conflict, and a place lying in
the other ("Athens" / "Greece") is the same place at a coarser precision.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, aligned_clash, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.related import related
from desktop.core.findings.datetimes.days.steps import places_of_one_step
from desktop.core.findings.locations.locative import (
    at_one_rank,
    both_locate,
    finest,
    kind_phrase_preposition,
    landmark,
    may_hold,
    may_lie_in,
    nearby,
    places_a_building,
    region_frame,
)
from desktop.core.findings.locations.named_as_places import named_as_places
from desktop.core.findings.locations.place_clash import may_clash
from desktop.core.findings.locations.place_lists import in_a_list_of_places
from desktop.core.findings.locations.place_nouns import two_scenes
from desktop.core.findings.locations.street_names import both_streets_on
from desktop.core.findings.names.one_sentence_people import named_beside
from desktop.core.findings.persons.life_steps import two_life_steps
from desktop.core.findings.quoting.sources import two_sources
from desktop.core.lexicon import INSTITUTION_HEADS, TIME_FRAME_WORDS, VICINITY_WORDS
from desktop.core.locations.places import is_known_place, nested
from desktop.core.locations.street_forms import one_street, other_compass
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.names import fold, name_within


def names_in_pair(
    mine: list[Fact],
    theirs: list[Fact],
    links: dict[str, str],
    linked_right: set[str],
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[Draft]:
    """A person or place in one sentence where the other has a different one in the same role."""
    drafts = _same_first_name(mine, theirs, links, linked_right, analyses, pair, ledger)
    for types, role in (((MentionType.PERSON,), _same_role), (_PLACES, _same_preposition)):
        a_side = [
            f
            for f in mine
            if f.type in types
            and f.key not in links
            and not f.weak
            and not ledger.judged(Side.LEFT, f)
        ]
        b_side = [
            f
            for f in theirs
            if f.type in types and f.key not in linked_right and not ledger.judged(Side.RIGHT, f)
        ]
        a_all, b_all = a_side, b_side
        if types == _PLACES:
            a_side, b_side = places_of_one_step(
                finest([f for f in a_side if not landmark(analyses[0], f)]),
                finest([f for f in b_side if not landmark(analyses[1], f)]),
            )
        if len({f.key for f in a_side}) != 1 or len({f.key for f in b_side}) != 1:
            continue
        fa, fb = a_side[0], b_side[0]
        if types == _PLACES and one_street(fa.text, fb.text):
            reason = (
                f"The left writes {fa.text!r}, the right {fb.text!r}: one street, written "
                "out on one side and abbreviated on the other."
            )
            drafts.append(_one_place(a_side, b_side, reason, tuning.SPELLED_ALIKE_CONFIDENCE))
            ledger.judge("aligned", a_side, b_side)
            continue
        # Two quarters of one city ("North Philadelphia" / "South Philadelphia") lie side by
        # side but are two scenes: neither holds the other, nor is one its suburb.
        quarters = types == _PLACES and other_compass(fa.text, fb.text)
        if (
            types == _PLACES
            and not quarters
            and (nested(fa.key, fb.key) or may_hold(fa.key, fb.key))
        ):
            reason = (
                f"The left says {fa.text!r}, the right {fb.text!r}: one "
                f"{'lies' if nested(fa.key, fb.key) else 'may lie'} in the other, so this is "
                f"the same place at a different precision."
            )
            drafts.append(_one_place(a_side, b_side, reason, 0.7))
            ledger.judge("aligned", a_side, b_side)
            continue
        if name_within(fa.text, fb.text):
            continue  # "Hawaiian" / "Hawaiian Gardens": one name cut short, not another name
        km = nearby(fa.key, fb.key) if types == _PLACES and not quarters else None
        if km is not None:
            ledger.judge("aligned", a_side, b_side)
            drafts.append(_suburb(a_side, b_side, km))
            continue
        if types == _PLACES and (
            may_lie_in(fa, fb)
            or not may_clash((analyses[0], fa), (analyses[1], fb))
            or two_life_steps(analyses[0], fa, analyses[1], fb)  # born in / grew up in
        ):
            continue
        if not role(fa, fb, analyses, pair) and not (
            types == _PLACES and both_locate(fa, fb, analyses, pair)
        ):
            continue
        if types == _PLACES and (
            places_a_building(analyses[0], fa) or places_a_building(analyses[1], fb)
        ):
            continue
        if types == (MentionType.PERSON,) and two_sources(
            (analyses[0], a_side), (analyses[1], b_side)
        ):
            continue
        if types == _PLACES:
            a_side, b_side = at_one_rank((a_all, a_side), (b_all, b_side))
        ledger.judge("aligned", a_side, b_side)
        drafts.append(_renamed(a_side, b_side, pair))
    drafts += _renamed_unrecognised(mine, theirs, links, linked_right, analyses, pair, ledger)
    return drafts


def _one_place(a_side: list[Fact], b_side: list[Fact], reason: str, confidence: float) -> Draft:
    return Draft(FindingKind.AGREE, MentionType.PLACE, a_side, b_side, reason, confidence)


def _suburb(a_side: list[Fact], b_side: list[Fact], km: float) -> Draft:
    fa, fb = a_side[0], b_side[0]
    return Draft(
        FindingKind.AGREE,
        MentionType.PLACE,
        a_side,
        b_side,
        f"The left says {fa.text!r}, the right {fb.text!r}: the two lie about {km:.0f} km apart, "
        f"a town and the city beside it, so this is one scene told at a different precision.",
        tuning.SUBURB_AGREE,
    )


def _same_first_name(
    mine: list[Fact],
    theirs: list[Fact],
    links: dict[str, str],
    linked_right: set[str],
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[Draft]:
    """ "Wladimir Klitschko retained his titles" / "Wladimir Brennan blasted ... to retain the
    titles": the same first name with another surname in matching sentences is the same person
    named differently, even when the other article spells the first surname elsewhere too."""
    drafts = []
    people = [f for f in mine if f.type is MentionType.PERSON and f.first and not f.weak]
    others = [f for f in theirs if f.type is MentionType.PERSON and f.first and not f.weak]
    for fa in people:
        for fb in others:
            if (
                fa.first != fb.first
                or fa.last == fb.last
                or links.get(fa.key) == fb.key
                or (fa.key in links and fb.key in linked_right)
                or ledger.judged(Side.LEFT, fa)
                or ledger.judged(Side.RIGHT, fb)
                or name_within(fa.text, fb.text)
                or _known_surname(fa.first, analyses)
                or named_beside(fa, fb, analyses, pair)  # "Andre Miller ..., Andre Iguodala"
            ):
                continue
            ledger.judge("aligned", [fa], [fb])
            drafts.append(_renamed([fa], [fb], pair))
    return drafts


def _known_surname(word: str, analyses: tuple[Analysis, Analysis]) -> bool:
    """ "Obama White House reverses ..." / "Obama Reverses Bush ...": a headline's capitals glue
    a surname to the words after it; a word either article uses as a surname is no first name."""
    return any(
        f.type is MentionType.PERSON and f.last == word
        for analysis in analyses
        for f in analysis.facts
    )


def _renamed(a_side: list[Fact], b_side: list[Fact], pair: SentencePair) -> Draft:
    fa, fb = a_side[0], b_side[0]
    noun = "person" if fa.type is MentionType.PERSON else "place"
    return aligned_clash(
        report_type(fa),
        a_side,
        b_side,
        f"the left names the {noun} {fa.text!r} and the right {fb.text!r}.",
        pair.score,
    )


def _renamed_unrecognised(
    mine: list[Fact],
    theirs: list[Fact],
    links: dict[str, str],
    linked_right: set[str],
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[Draft]:
    """ "59-year-old Raj Chohan" / "59-year-old Raj Castillo" where the model missed the second
    name: the same first name followed by another surname is another person in the same place."""
    drafts: list[Draft] = []
    sides = (
        (Side.LEFT, mine, links.keys(), analyses[1], pair.right, theirs),
        (Side.RIGHT, theirs, linked_right, analyses[0], pair.left, mine),
    )
    for side, facts, linked, other, sentence, other_facts in sides:
        people = [
            f
            for f in facts
            if f.type is MentionType.PERSON and f.key not in linked and not f.weak and f.first
        ]
        if len({f.key for f in people}) != 1 or ledger.judged(side, people[0]):
            continue
        found = _first_name_with_other_surname(other, sentence, people[0], other_facts)
        if (
            found is None
            or ledger.judged(side.other, found)
            or _known_surname(people[0].first, analyses)
        ):
            continue
        a_side, b_side = (people, [found]) if side is Side.LEFT else ([found], people)
        ledger.judge("aligned", a_side, b_side)
        drafts.append(_renamed(a_side, b_side, pair))
    return drafts


def _first_name_with_other_surname(
    analysis: Analysis, sentence: int, like: Fact, facts: list[Fact]
) -> Fact | None:
    tokens = analysis.sentence_tokens[sentence]
    text = analysis.document.text
    if any(fold(text[t.start : t.end]) == like.last for t in tokens):
        return None  # "Mary Lou Smith" for "Mary Smith": a middle name, not another person
    for first, surname in itertools.pairwise(tokens):
        written = text[surname.start : surname.end]
        if (
            fold(text[first.start : first.end]) != like.first
            or not written[:1].isupper()
            or fold(written) == like.last
            or any(f.start < surname.end and surname.start < f.end for f in facts)
        ):
            continue
        name = text[first.start : surname.end]
        fact = Fact(first.start, surname.end, name, MentionType.PERSON, "", sentence)
        fact.key, fact.value = f"unlabelled:{name.lower()}", name
        fact.first, fact.last = like.first, fold(written)
        return fact
    return None


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
    # "in the Syrian city of Homs" / "in Hama": the place stands where "in" puts it.
    located = (
        kind_phrase_preposition(left_tokens, fa.start) or before[0],
        kind_phrase_preposition(right_tokens, fb.start) or before[1],
    )
    if located[0] is not None and located[0] == located[1] and located[0] in _PLACE_WORDS:
        return True
    if both_streets_on(fa, fb, before):
        return True  # "on Main Street" / "on Elm Street"
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


def same_words_before(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    """ "off the southern coast on Sunday" / "off Iran's southern coast on Friday": the same two
    words, one of them a content word, lead up to the two values, so they fill the same place."""
    before = [
        [t for t in analyses[side].sentence_tokens[sentence] if t.end <= fact.start][-2:]
        for side, sentence, fact in ((0, pair.left, fa), (1, pair.right, fb))
    ]
    if len(before[0]) < 2 or len(before[1]) < 2:
        return False
    words = [[t.lower for t in tokens] for tokens in before]
    return words[0] == words[1] and any(t.content for t in before[0])


def _word_before(tokens: Sequence[Token], offset: int) -> str | None:
    previous = [t for t in tokens if t.end <= offset]
    return previous[-1].lower if previous else None


def _word_after(tokens: Sequence[Token], offset: int) -> str | None:
    following = [t for t in tokens if t.start >= offset]
    return following[0].lower if following else None


# --- places in the same frame anywhere in the two articles ----------------------------------------


def framed_places(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    ledger: Ledger,
    scores: np.ndarray,
) -> list[Draft]:
    """A place in the same frame of words on both sides ("CHANNELVIEW, Texas" / "CHANNELVIEW, New
    York", "Leeds-Bradford Airport" / "York-Bradford Airport") fills the same place in the story
    when the two sentences are related (``related``). Only places the other article never names,
    as places (``named_as_places``), known to the gazetteer at the same rank and not lying in
    each other, and frames with a content word ("in the" frames everything)."""
    frames: list[dict[tuple[str, ...], Fact]] = []
    named = named_as_places(left, right, links)  # "Greek rioters" names no place
    for side, analysis, linked in ((Side.LEFT, left, named[0]), (Side.RIGHT, right, named[1])):
        found: dict[tuple[str, ...], Fact] = {}
        for fact in ledger.free(side, analysis.facts):
            if (
                fact.type in _PLACES
                and not linked(fact)
                and is_known_place(fact.key)
                and not places_a_building(analysis, fact)
                and not in_a_list_of_places(analysis, fact)
            ):
                for frame in _frames(analysis, fact):
                    if not region_frame(frame):
                        found.setdefault(frame, fact)
        frames.append(found)
    drafts = []
    for frame in sorted(frames[0].keys() & frames[1].keys()):
        fa, fb = frames[0][frame], frames[1][frame]
        if (
            not related(scores, fa, fb)
            or ledger.judged(Side.LEFT, fa)
            or ledger.judged(Side.RIGHT, fb)
            or not two_scenes((left, fa), (right, fb))
            or not may_clash((left, fa), (right, fb))
            or two_life_steps(left, fa, right, fb)
        ):
            continue
        ledger.judge("framed", [fa], [fb])
        shown = " ".join(w for w in frame if w not in ("<", ">"))
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PLACE,
                [fa],
                [fb],
                f"Both articles name a place in the same words ({shown!r}), but the left says "
                f"{fa.text!r} and the right {fb.text!r}.",
                tuning.FRAMED_PLACE_CONFIDENCE,
            )
        )
    return drafts


def _frames(analysis: Analysis, fact: Fact) -> list[tuple[str, ...]]:
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t for t in tokens if t.end <= fact.start][-2:]
    after = [t for t in tokens if t.start >= fact.end][:2]
    out = []
    if len(before) == 2 and any(_framing(t) for t in before):
        out.append((*(t.lower for t in before), ">"))
    if before and _framing(before[-1]) and before[-1].lower.isalpha():
        out.append((before[-1].lower, ">"))
    if len(after) == 2 and any(_framing(t) for t in after):
        out.append(("<", *(t.lower for t in after)))
    if after and _names_on(analysis, after[0]):
        out.append(("<", after[0].lower))
    return out


def _names_on(analysis: Analysis, token: Token) -> bool:
    """The place opens a name that goes on ("the Philadelphia 76ers", "the Boston Red Sox"): the
    same name after another place is the same team or firm said to be another place's. Not an
    institution's kind ("Texas Department", "Boston Police"): many places have one."""
    written = analysis.document.text[token.start : token.end]
    return (
        len(written) >= 3
        and written[:1].isupper() | written[:1].isdigit()
        and written[-1:].isalpha()
        and token.lower not in INSTITUTION_HEADS
        and _framing(token)
    )


def _framing(token: Token) -> bool:
    """A word that says something of the place beside it: not "in", not "the", not a digit, not
    a word of time ("in Decatur early Sunday" / "near Atlanta early Sunday") or of vicinity."""
    return (
        bool(token.content)
        and len(token.lower) >= 4
        and token.content not in _FRAME_IGNORE
        and token.lower not in TIME_FRAME_WORDS
        and token.lower not in VICINITY_WORDS
    )


# Words that stand beside any place name: they frame nothing in particular.
_FRAME_IGNORE = frozenset({"city", "county", "state", "police", "say", "said", "people"})
