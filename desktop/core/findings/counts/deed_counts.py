"""One deed done to one kind of thing, counted once in each article: one claim wherever it stands.

"all of whom said that four bombs were dropped" / "Five bombs were dropped, of which four
exploded"; "a drive-by shooting that injured 13 people" / "Eleven people were injured when
gunmen opened fire". Each article counts the bombs dropped, or the people injured, once, and the
two counts clash however little else the two sentences share: a long quote or a relative clause
lowers the sentences' alignment, and a parser misreading the clause ("13 people had circled")
hangs the figure on another verb, but the frame of words, the deed's verb and the noun it counts,
says what the figure is. Active and passive are one frame ("injured 13 people" / "13 people were
injured"). An article that counts the deed in two figures (two incidents, a toll that rose) gives
no one count, so nothing is set against it; a count tied to another event or adding up several
never is. Clashes only: the same count is agreed by the passes that pair figures (``across``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claimable import claimable, questions, tally_sentences
from desktop.core.findings.bookkeeping.claims import Relation, comparable_scale, relation, specific
from desktop.core.findings.bookkeeping.comparison import value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.happenings import happening
from desktop.core.findings.events.tolls import is_age
from desktop.core.lexicon import GENERIC_SLOT_WORDS, PERSON_NOUNS
from desktop.core.lexicon.deed_frames import (
    HARM_HAPPENINGS,
    OBJECT_OPENERS,
    PASSIVE_BE,
    PASSIVE_LEADS,
    PHRASE_PREPOSITIONS,
)
from desktop.core.lexicon.news_verbs import NEWS_VERB_SETS
from desktop.core.lexicon.speakers import SPEAKING_FORMS
from desktop.core.model import Side

Frame = tuple[str, str]  # (the deed's verb, the noun counted)

# The one word every noun for people is counted under: "13 people" / "Eleven persons".
_PEOPLE = "people"


def deed_counts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """A clash between the one count each article gives of one deed on one kind of thing."""
    ours, theirs = _counts_by_frame(left), _counts_by_frame(right)
    refs = (left.reference_date, right.reference_date)
    skips = (_skipped(left), _skipped(right))
    drafts: list[Draft] = []
    for frame, lefts in ours.items():
        rights = theirs.get(frame)
        if not rights or len({f.key for f in lefts}) > 1 or len({f.key for f in rights}) > 1:
            continue
        fa, fb = _candidate(lefts, skips[0]), _candidate(rights, skips[1])
        if fa is None or fb is None:
            continue
        if any(ledger.judged(Side.LEFT, f) for f in lefts) or any(
            ledger.judged(Side.RIGHT, f) for f in rights
        ):
            continue  # a mention of either count has its verdict already
        verb = frame[0]
        rel = relation(replace(fa, slot={verb: 1.0}), replace(fb, slot={verb: 1.0}), refs)
        if rel not in (Relation.CLASH, Relation.BOUNDS) or not comparable_scale(fa, fb):
            continue
        if not (specific(fa) or specific(fb)):
            continue
        ledger.judge("deed count", lefts, rights)
        drafts.append(value_draft(rel, fa, fb, verb, refs, tuning.DEED_COUNT_STRENGTH))
    return drafts


def _candidate(facts: list[Fact], skip: frozenset[int]) -> Fact | None:
    """The mention that carries the article's count: none when every one is tied elsewhere (to
    another event, a part of the group, someone's family, a tally of several events)."""
    return next((f for f in facts if _own_count(f, skip)), None)


def _own_count(fact: Fact, skip: frozenset[int]) -> bool:
    return not (
        fact.other_event
        or fact.family
        or fact.stage
        or fact.generic
        or fact.coming
        or fact.held
        or fact.sentence in skip
    )


def _skipped(analysis: Analysis) -> frozenset[int]:
    """Sentences whose counts are no claim of the story's: tallies of several events, questions."""
    return tally_sentences(analysis) | questions(analysis)


def _counts_by_frame(analysis: Analysis) -> dict[Frame, list[Fact]]:
    """Every count of the article by the frame of words it stands in. Counts tied to another
    event or a tally stay in, so an article that counts the deed twice is seen to; a part of a
    group ("injured seven men and six women") or a vague "one of them" counts no group."""
    out: dict[Frame, list[Fact]] = defaultdict(list)
    for fact in claimable(analysis):
        if fact.number is None or fact.number.dimension or fact.date is not None:
            continue  # a sum or a measure is no count of the noun after it
        if is_age(fact) or fact.part or fact.weak:
            continue
        frame = deed_frame(analysis.sentence_tokens[fact.sentence], fact)
        if frame is not None:
            out[frame].append(fact)
    return out


def deed_frame(tokens: Sequence[Token], fact: Fact) -> Frame | None:
    """The deed a count's noun undergoes and the noun: "injured 13 people" and "13 people were
    injured" both ("injury", "people"); "Two people were critically hurt" and "two people died"
    too. None when the count stands in no such frame."""
    inside = [t for t in tokens if fact.start <= t.start and t.end <= fact.end]
    before = [t for t in tokens if t.end <= fact.start]
    after = [t for t in tokens if t.start >= fact.end]
    if not inside:
        return None
    if inside[-1].noun and inside[-1].content:
        words = [inside[-1]]
    else:
        words = _counted_words(after)
        after = after[len(words) :]
    if not words:
        return None
    # The words before the noun say which kind of it ("two young men"): kept, so a count of
    # a kind never meets a count of the whole.
    noun = words[-1].content
    counted = " ".join(
        [t.content for t in words[:-1]] + [_PEOPLE if noun in PERSON_NOUNS else noun]
    )
    subject = not before or before[-1].lower not in PHRASE_PREPOSITIONS
    verb = (_passive_verb(after) if subject else "") or _active_verb(before)
    if not verb or verb in GENERIC_SLOT_WORDS:
        return None  # "including three people", "have two children": no deed done to them
    return (_deed(verb), counted)


def _deed(verb: str) -> str:
    """One word for the deed: "shooting" and "shot", "hurled" and "thrown", "killed" and "died"."""
    word = happening(verb)
    return next((key for key, verbs in NEWS_VERB_SETS.items() if word in verbs), word)


def _counted_words(after: Sequence[Token]) -> list[Token]:
    """The words of the noun a count stands before, up to the noun itself: "people", "young
    men"; none when no noun follows within a short phrase."""
    words: list[Token] = []
    for token in after[:_NOUN_PHRASE]:
        if not token.content:
            return []
        words.append(token)
        if token.noun:
            return words
    return []


# Words from a count to its noun: "four armed men".
_NOUN_PHRASE = 3


def _passive_verb(after: Sequence[Token]) -> str:
    """The participle of "were dropped", "had been critically injured" after the counted noun,
    or the verb of a harm told with no "be" ("13 people injured", "two people died"): a toll's
    verb says what befell the people counted in either voice."""
    at = 0
    while at < len(after) and after[at].lower in PASSIVE_LEADS:
        at += 1
    passive = at < len(after) and after[at].lower in PASSIVE_BE
    at += passive
    while at < len(after) and after[at].lower.endswith(_ADVERB_ENDING) and not after[at].noun:
        at += 1  # "were critically injured", "were reportedly fired"
    following = after[at : at + 1]
    if not following or not following[0].content or following[0].noun:
        return ""
    verb = following[0].content
    if passive:
        return verb
    if happening(verb) not in HARM_HAPPENINGS or _has_object(after[at + 1 : at + 2]):
        return ""  # "Two men killed a guard": the men did the killing
    return verb


def _has_object(next_word: Sequence[Token]) -> bool:
    return bool(next_word) and (
        next_word[0].noun or next_word[0].lower in OBJECT_OPENERS or next_word[0].lower.isdigit()
    )


_ADVERB_ENDING = "ly"


def _active_verb(before: Sequence[Token]) -> str:
    """The verb right before the count ("injured 13 people"), not one of saying ("said 13
    people"): a reporting verb tells who speaks, not what befell the people."""
    if not before:
        return ""
    verb = before[-1]
    if not verb.content or verb.noun or verb.lower in SPEAKING_FORMS:
        return ""
    return verb.content
