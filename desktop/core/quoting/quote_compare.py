"""Quotes of the two articles compared: the same words from the same speaker, a misquote, a
misattribution, or a quote only one article carries.

Wording is compared word by word (lower-cased, punctuation dropped), so a changed comma or capital
never counts; an ellipsis in one quote covers whatever the other has in its place, and a quote that
is a leading or trailing part of the other's is a shorter cut of the same words, not a misquote.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from rapidfuzz.distance import Indel

from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.speech import REFERRING_PRONOUNS, SPEECH_FILLERS, TENSE_FORMS
from desktop.core.model import FindingKind, Side, TextRange
from desktop.core.quoting.quote_forms import written_alike
from desktop.core.quoting.quote_negation import negation_raised
from desktop.core.quoting.quote_reframed import reframed

# Speakers are compared in quote_speakers; the names stay importable from here.
from desktop.core.quoting.quote_speakers import Sameness as Sameness
from desktop.core.quoting.quote_speakers import quote_speakers as quote_speakers
from desktop.core.quoting.quote_speakers import speaker_sameness as speaker_sameness
from desktop.core.quoting.quote_tenses import tense_shifted
from desktop.core.quoting.quote_words import ELLIPSIS, QuoteWords, is_content_word, quote_words
from desktop.core.quoting.quotes import Quote

# Two quotes are the same utterance when this share of the shorter one's words recurs, in order,
# in the other: a misquote changes a word or two of a sentence, two different quotes of one
# speaker share little beyond "we" and "the". Chosen a priori; bench/quotes.py tune (a): recall
# 1.00, precision 1.00.
SAME_UTTERANCE_SHARE = 0.6
# ...and at least this many words recur (two 2-word quotes sharing "we will" are not one quote).
MIN_SHARED_WORDS = 3
# ...of which this many are content words, not stop words: "there's a lot of crime in the
# neighborhood" and "there's a lot of anger here" share four words but only "lot". Fewer when the
# shorter quote has fewer content words.
MIN_SHARED_CONTENT_WORDS = 2
# Near-identical wording under another speaker's name is a misattribution; below this share the
# two are more likely different quotes that happen to overlap. Chosen a priori; bench/quotes.py
# tune (b): recall 1.00, precision 1.00.
MISATTRIBUTION_SHARE = 0.8
# gvc20: a quote of fewer words than this ("He was a good kid", "This has to stop") is a formula
# two people may both say; only a longer one under another speaker's name is a misattribution.
# Chosen a priori (mourners' formulas run 3-5 words); bench/quotes.py tune (b) swapped speakers
# 9/9 kept, where a bar of 4 content words lost two 6- and 9-word quotes.
DISTINCT_QUOTE_WORDS = 6


class QuoteIssue(StrEnum):
    WORDING = "wording"  # the quote differs
    # The same words told a little differently (a tense, a filler, the order of two words):
    # shown as told differently (≈), not as a misquote (≠).
    RETOLD = "retold"
    SPEAKER = "speaker"  # attributed to different people


@dataclass(frozen=True, slots=True)
class WordChange:
    """One changed stretch between two wordings: empty on one side for an added or dropped word."""

    left: TextRange
    right: TextRange


@dataclass(frozen=True, slots=True)
class QuoteVerdict:
    kind: FindingKind
    left: Quote | None
    right: Quote | None
    reason: str
    issue: QuoteIssue | None = None
    changes: tuple[WordChange, ...] = ()


def compare_quotes(
    left_quotes: Sequence[Quote], right_quotes: Sequence[Quote], left_text: str, right_text: str
) -> list[QuoteVerdict]:
    """One verdict per quote pair or unpaired quote, left quotes first in text order."""
    left_words = [quote_words(q, left_text) for q in left_quotes]
    right_words = [quote_words(q, right_text) for q in right_quotes]
    candidates = _candidates(left_words, right_words)
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    paired: dict[int, int] = {}
    used_right: set[int] = set()
    for share, i, j in candidates:
        if i in paired or j in used_right:
            continue
        lq, rq = left_quotes[i], right_quotes[j]
        if (
            lq.direct
            and rq.direct
            and quote_speakers(lq, rq) is Sameness.DIFFERENT
            and share < MISATTRIBUTION_SHARE
        ):
            # Only someone's own words can be put in another's mouth: a claim one article
            # reports ("the navy said it had fired in self-defense") and a spokesman's quote of
            # it ("We fired in self-defense") are one report from two sources, as _pair_verdict
            # says; two different speakers' quotes that merely overlap are not one.
            continue
        if not _one_utterance(left_words[i], right_words[j]):
            continue
        if _two_accounts(lq, rq, left_words[i], right_words[j]):
            continue
        paired[i] = j
        used_right.add(j)

    verdicts: list[QuoteVerdict] = []
    for i, lq in enumerate(left_quotes):
        if i not in paired:
            verdicts.append(_one_sided(lq, Side.LEFT))
            continue
        j = paired[i]
        verdicts.append(_pair_verdict(lq, right_quotes[j], left_words[i], right_words[j]))
    for j, rq in enumerate(right_quotes):
        if j not in used_right:
            verdicts.append(_one_sided(rq, Side.RIGHT))
    return verdicts


def _two_accounts(lq: Quote, rq: Quote, lw: QuoteWords, rw: QuoteWords) -> bool:
    """Two people's own words that differ in what they say ("I saw two men running," said Ruiz /
    "I saw three men running away," said Hill): two witnesses telling one scene, each in their
    words. A quote put in the wrong mouth keeps its words; changed words as well as another
    speaker make two statements, not one misattributed. So does a formula too short to be
    anyone's own ("He was a good kid", "This has to stop"): mourners and neighbours say it alike."""
    if not (lq.direct and rq.direct) or quote_speakers(lq, rq) is not Sameness.DIFFERENT:
        return False
    if min(_length(lw), _length(rw)) < DISTINCT_QUOTE_WORDS:
        return True  # "He was a good kid," said his mother / said a neighbor: both may say it
    return any(
        not _said_alike(lw.norm[a0:a1], rw.norm[b0:b1]) for a0, a1, b0, b1 in _change_blocks(lw, rw)
    )


def _length(words: QuoteWords) -> int:
    return sum(w != ELLIPSIS for w in words.norm)


def _candidates(
    left_words: Sequence[QuoteWords], right_words: Sequence[QuoteWords]
) -> list[tuple[float, int, int]]:
    """(share, left index, right index) of every pair that may be one utterance.

    Words recurring in order are words in common: a pair with too few cannot reach the share,
    and most pairs of a long article are such. An index of the right quotes' words rules them
    out without aligning each pair."""
    candidates: list[tuple[float, int, int]] = []
    right_lengths = [sum(1 for w in rw.norm if w != ELLIPSIS) for rw in right_words]
    # Each quote's kept words and what they say, read once, not once per pair it is weighed in.
    lefts = [_Kept.of(lw) for lw in left_words]
    rights: dict[int, _Kept] = {}
    holders: dict[str, list[int]] = {}
    for j, rw in enumerate(right_words):
        for word in set(rw.norm) - {ELLIPSIS}:
            holders.setdefault(word, []).append(j)
    for i, lw in enumerate(left_words):
        bag = Counter(w for w in lw.norm if w != ELLIPSIS)
        hits = Counter[int]()
        for word, n in bag.items():
            for j in holders.get(word, ()):
                hits[j] += n
        length = bag.total()
        for j, hit in sorted(hits.items()):
            # ``hit`` bounds how many left words can recur in the right quote.
            if hit < SAME_UTTERANCE_SHARE * min(length, right_lengths[j]):
                continue
            if j not in rights:
                rights[j] = _Kept.of(right_words[j])
            share = _shared_share(lefts[i], rights[j])
            if share >= SAME_UTTERANCE_SHARE:
                candidates.append((share, i, j))
    return candidates


@dataclass(frozen=True, slots=True)
class _Kept:
    """A quote's words less its ellipses, whether each says something (a content word outside a
    name), and how many do."""

    words: list[str]
    said: list[bool]
    said_count: int

    @staticmethod
    def of(words: QuoteWords) -> _Kept:
        kept = [i for i, w in enumerate(words.norm) if w != ELLIPSIS]
        said = [
            is_content_word(words.norm[i]) and not (words.named and words.named[i]) for i in kept
        ]
        return _Kept([words.norm[i] for i in kept], said, sum(said))


def _shared_share(aw: _Kept, bw: _Kept) -> float:
    """The share of the shorter wording's words that recur in order in the other (ellipses
    aside), sharing content words beyond names ("... of the Endangered Species Act": two quotes,
    one law)."""
    a, b = aw.words, bw.words
    shorter = min(len(a), len(b))
    if shorter == 0:
        return 0.0
    equal = [op for op in Indel.opcodes(a, b) if op.tag == "equal"]
    matched = sum(op.src_end - op.src_start for op in equal)
    content = sum(aw.said[k] for op in equal for k in range(op.src_start, op.src_end))
    fewer = min(aw.said_count, bw.said_count)
    if content < min(MIN_SHARED_CONTENT_WORDS, fewer):
        return 0.0
    # A quote of two words ("some progress") is the same quote only when all of it recurs.
    return matched / shorter if matched >= min(MIN_SHARED_WORDS, shorter) else 0.0


def _one_utterance(lw: QuoteWords, rw: QuoteWords) -> bool:
    """Whether two wordings are one quote, some words changed: no changed stretch is longer than
    the words they share. "handed over to appropriate authorities ashore" and a paragraph that
    ends "handing them over to appropriate ashore authorities" share a phrase, not a quote."""
    blocks = _kept_blocks(lw, rw)
    if not blocks:
        return True
    longest = max(max(a1 - a0, b1 - b0) for a0, a1, b0, b1 in blocks)
    changed = sum(a1 - a0 for a0, a1, _, _ in blocks)
    shared = len(lw.norm) - changed
    return longest <= shared


def _pair_verdict(lq: Quote, rq: Quote, lw: QuoteWords, rw: QuoteWords) -> QuoteVerdict:
    sameness = quote_speakers(lq, rq)
    if sameness is Sameness.DIFFERENT and not (lq.direct and rq.direct):
        # Reported claims are paraphrase: two sources may well say the same thing, and that is
        # corroboration; only someone's own quoted words can be put in another's mouth.
        return QuoteVerdict(
            FindingKind.AGREE,
            lq,
            rq,
            f"{lq.speaker} on the left and {rq.speaker} on the right report the same",
        )
    if sameness is Sameness.DIFFERENT:
        return QuoteVerdict(
            FindingKind.CONFLICT,
            lq,
            rq,
            f"attributed to {lq.speaker} on the left and to {rq.speaker} on the right",
            QuoteIssue.SPEAKER,
        )
    blocks = _change_blocks(lw, rw)
    changes = _word_changes(blocks, lw, rw)
    if changes and lq.direct and rq.direct:
        if all(_said_alike(lw.norm[a0:a1], rw.norm[b0:b1]) for a0, a1, b0, b1 in blocks):
            return QuoteVerdict(
                FindingKind.AGREE,
                lq,
                rq,
                f"the quote{_by(lq, rq)} is told a little differently",
                QuoteIssue.RETOLD,
                changes,
            )
        return QuoteVerdict(
            FindingKind.CONFLICT,
            lq,
            rq,
            f"the quote{_by(lq, rq)} differs",
            QuoteIssue.WORDING,
            changes,
        )
    return QuoteVerdict(FindingKind.AGREE, lq, rq, f"both quote the same words{_by(lq, rq)}")


def _by(lq: Quote, rq: Quote) -> str:
    speaker = lq.speaker or rq.speaker
    return f" of {speaker}" if speaker else ""


def wording_changes(lw: QuoteWords, rw: QuoteWords) -> tuple[WordChange, ...]:
    """The changed stretches between two wordings of one quote. Words missing at either end, or
    whole sentences missing in between, are a shorter cut (one quote a part of the other is one),
    and words in place of an ellipsis were left out on purpose: none of these is a change."""
    return _word_changes(_change_blocks(lw, rw), lw, rw)


def _change_blocks(lw: QuoteWords, rw: QuoteWords) -> list[tuple[int, int, int, int]]:
    return _moved_joined(_kept_blocks(lw, rw), lw.norm, rw.norm)


def _word_changes(
    blocks: Sequence[tuple[int, int, int, int]], lw: QuoteWords, rw: QuoteWords
) -> tuple[WordChange, ...]:
    return tuple(
        WordChange(_span(lw.ranges, a0, a1), _span(rw.ranges, b0, b1)) for a0, a1, b0, b1 in blocks
    )


def told_alike(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether one changed stretch of a quote says the same in other words: what is left once
    fillers of speech are set aside ("that", "the", "just") pairs up word for word, in any order,
    each word with itself or with another tense of the same verb ("gonna probably" / "probably
    going to", "she could" / "that she can"), or the same figure spelled out or in digits
    ("three" / "3"). A negation, another figure or any other word changes what was said, and
    makes a misquote."""
    figures = parse_number(" ".join(left)), parse_number(" ".join(right))
    if figures[0] is not None and figures[0] == figures[1]:
        return True
    mine = [w for w in left if w not in SPEECH_FILLERS]
    theirs = [w for w in right if w not in SPEECH_FILLERS]
    if len(mine) != len(theirs):
        return False
    for word in mine:
        partner = next((w for w in theirs if _one_verb(word, w)), None)
        if partner is None:
            return False
        theirs.remove(partner)
    return True


def _said_alike(left: Sequence[str], right: Sequence[str]) -> bool:
    """The same words told a little differently (a filler, an order, a figure in digits), in
    another tense, recast in an existential or cleft frame, or in another written form or
    grammar only (a clock time, an added "of", "this" for "the"): no word that carries a fact
    changes."""
    return (
        told_alike(left, right)
        or written_alike(left, right)
        or tense_shifted(left, right)
        or reframed(left, right, _one_verb)
        or negation_raised(left, right, _one_verb)
        or _pronoun_swapped(left, right)
    )


def _pronoun_swapped(left: Sequence[str], right: Sequence[str]) -> bool:
    """One pronoun pointing back to what was said for another ("with it the future" / "with that
    the future"): the same thing referred to, as two translations of one speech render it."""
    return (
        len(left) == len(right) == 1
        and left[0] in REFERRING_PRONOUNS
        and right[0] in REFERRING_PRONOUNS
    )


def _ordinal(text: str) -> int | None:
    """ "11th" or "eleventh" as 11; None for anything else."""
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    return int(match.group(1)) if match else ORDINAL_WORDS.get(text)


def _one_verb(a: str, b: str) -> bool:
    """One word, another tense of one verb, or one ordinal ("11th" / "eleventh")."""
    if a == b or any(a in forms and b in forms for forms in TENSE_FORMS):
        return True
    rank = _ordinal(a)
    return rank is not None and rank == _ordinal(b)


def _kept_blocks(lw: QuoteWords, rw: QuoteWords) -> list[tuple[int, int, int, int]]:
    """The changed stretches (word indices) that change what was said: see wording_changes.
    Sentences in place of other whole sentences are a different choice of what to quote."""
    if _contains(lw.norm, rw.norm) or _contains(rw.norm, lw.norm):
        return []
    kept = []
    for a0, a1, b0, b1 in _changed_blocks(lw.norm, rw.norm):
        # A side whose only words are fillers ("And I just wanted to say" / "I am sorry. I just
        # want to say") adds nothing said: the other side's words there are a longer cut.
        dropped_only = _fillers_only(lw.norm[a0:a1]) or _fillers_only(rw.norm[b0:b1])
        at_edge = (a0 == 0 and b0 == 0) or (a1 == len(lw.norm) and b1 == len(rw.norm))
        left_whole, right_whole = _whole_sentences(lw, a0, a1), _whole_sentences(rw, b0, b1)
        if dropped_only and (at_edge or left_whole or right_whole):
            continue
        if left_whole and right_whole:
            continue
        if _left_out(lw.norm, a0, a1) or _left_out(rw.norm, b0, b1):
            continue
        kept.append((a0, a1, b0, b1))
    return kept


def _fillers_only(words: Sequence[str]) -> bool:
    """No words, or only fillers of speech ("and", "so", "well")."""
    return all(w in SPEECH_FILLERS for w in words)


def _moved_joined(
    blocks: list[tuple[int, int, int, int]], a: Sequence[str], b: Sequence[str]
) -> list[tuple[int, int, int, int]]:
    """Changes joined into one where a word one side has in one change the other side has in
    another: "If I could give you more" / "If there was any more I could give you" is one
    rewording, not also "the right leaves out 'more'" (it has it, further on)."""
    joined = sorted(blocks)
    k = 0
    while k + 1 < len(joined):
        a0, a1, b0, b1 = joined[k]
        c0, c1, d0, d1 = joined[k + 1]
        moved = (set(a[a0:a1]) & set(b[d0:d1])) | (set(b[b0:b1]) & set(a[c0:c1]))
        if moved - {ELLIPSIS}:
            joined[k : k + 2] = [(a0, max(a1, c1), b0, max(b1, d1))]
        else:
            k += 1
    return joined


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether ``shorter`` (ellipses aside) runs word for word inside ``longer``."""
    inner = [w for w in shorter if w != ELLIPSIS]
    n = len(inner)
    return 0 < n <= len(longer) and any(
        list(longer[k : k + n]) == inner for k in range(len(longer) - n + 1)
    )


def _whole_sentences(words: QuoteWords, start: int, end: int) -> bool:
    """Whether words [start, end) are whole sentences: one begins at ``start`` and the next at
    ``end`` (or the quote ends there). An outlet that quotes less leaves sentences out."""
    if end <= start or not words.breaks:
        return False
    return words.breaks[start] and (end == len(words.norm) or words.breaks[end])


def _left_out(words: Sequence[str], start: int, end: int) -> bool:
    """Whether this side marks the block as left out: an ellipsis in its place, or nothing in its
    place right beside an ellipsis. A word changed next to an ellipsis both quotes share is still
    a change."""
    if ELLIPSIS in words[start:end]:
        return True
    return start == end and ELLIPSIS in words[max(0, start - 1) : start + 1]


def _changed_blocks(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """The non-equal stretches as (a_start, a_end, b_start, b_end). difflib anchors on the
    longest run both wordings share, then recurses either side of it, so a sentence one outlet
    leaves out shows as that sentence, not as words picked from all over the longer quote (the
    plain longest common subsequence may match "we" three sentences early)."""
    matcher = SequenceMatcher(None, list(a), list(b), autojunk=False)
    return [(i0, i1, j0, j1) for tag, i0, i1, j0, j1 in matcher.get_opcodes() if tag != "equal"]


def _span(ranges: Sequence[TextRange], start: int, end: int) -> TextRange:
    """The characters of words [start, end), or an empty range where a word was dropped."""
    if end > start:
        return TextRange(ranges[start].start, ranges[end - 1].end)
    at = ranges[start].start if start < len(ranges) else (ranges[-1].end if ranges else 0)
    return TextRange(at, at)


def _one_sided(quote: Quote, side: Side) -> QuoteVerdict:
    who = f" of {quote.speaker}" if quote.speaker else ""
    return QuoteVerdict(
        FindingKind.only(side),
        quote if side is Side.LEFT else None,
        quote if side is Side.RIGHT else None,
        f"only the {side.value} article has this quote{who}",
    )
