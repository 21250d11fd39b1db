"""A toll one article denies and the other counts: "No one was hurt" / "Three people were injured".

"No one was injured", "Nobody died", "There were no injuries" give a count of nought, in words
the parser reads as no figure at all (or, worse, reads "No one" as one). Set against a count of
more than nought of the same harm in the other article, about the same event, the two cannot
both be true, and a journalist must see it.

A denial counts only when it speaks of everyone and of the whole harm: "no one else", "no one was
seriously hurt", "nobody on the ground", "none of the passengers" leave room for the other count,
and so does an article that gives a count of that harm itself. The count it meets must be told of
the same thing: in the sentence aligned with the denial, or as the toll the other article's lead
gives; never a figure tied to another event, a running tally or a part of a group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import (
    claimable,
    is_age,
    lead_sentences,
    tally_sentences,
    tolls_told,
)
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.wording import about
from desktop.core.lexicon.denials import (
    DENIAL_FILLERS,
    DENIED_NOUN_FILLERS,
    DENIED_NOUNS,
    DENIED_VERBS,
    NARROWING_WORDS,
    NOBODY_WORDS,
)
from desktop.core.model import FindingKind, MentionType, Side

_WORD = re.compile(r"[a-z][a-z'-]*")
# The end of the clause a denial stands in: what follows a comma, a stop or a conjunction says
# something else ("No one was hurt although a handful of people were inside": "inside" there
# narrows nothing of the denial).
_CLAUSE_END = re.compile(
    r"[,.;:!?()\"\u201c\u201d]|\b(?:and|but|while|when|after|as|although|though)\b"
)


@dataclass(frozen=True)
class Denial:
    """A toll an article says nobody suffered: its words and the tolls it rules out."""

    start: int
    end: int
    text: str
    sentence: int
    tolls: frozenset[str]


def denied_tolls(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Each denial against the other article's count of the same harm, told of the same thing."""
    drafts: list[Draft] = []
    partners = {(p.left, p.right) for p in pairs if p.score >= tuning.CLAIM_PAIR}
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        own_tolls = _counted_tolls(mine)
        counts = [f for f in _toll_counts(theirs) if not ledger.judged(side.other, f)]
        lead, my_lead = lead_sentences(theirs), lead_sentences(mine)
        for denial in denials(mine):
            if denial.tolls & own_tolls:
                continue  # the article counts that harm itself: its denial is of someone else
            # A denial in the lead speaks of the story's toll, as does the other article's one
            # figure for that harm, wherever it gives it.
            sole = denial.sentence < my_lead and _one_figure(counts, denial.tolls)
            aligned = {
                (b if side is Side.LEFT else a)
                for a, b in partners
                if (a if side is Side.LEFT else b) == denial.sentence
            }
            found = [
                f
                for f in counts
                if tolls_told(f) & denial.tolls
                and (f.sentence in aligned or f.sentence < lead or sole)
                and not ledger.judged(side.other, f)
            ]
            if not found:
                continue
            found.sort(key=lambda f: (f.sentence not in aligned, f.sentence))
            count = found[0]
            stand_in = _stand_in(denial, count)
            a, b = (stand_in, count) if side is Side.LEFT else (count, stand_in)
            ledger.judge("denied", [a], [b])
            drafts.append(_draft(a, b, count))
    return drafts


def denials(analysis: Analysis) -> list[Denial]:
    """The denials of a toll the article makes, outside questions and tallies."""
    return analysis.derived("denied_tolls.denials", _denials)


def _denials(analysis: Analysis) -> list[Denial]:
    text = analysis.document.text
    skip = tally_sentences(analysis) | _other_event_sentences(analysis)
    found = []
    for i, sentence in enumerate(analysis.sentences):
        if i in skip:
            continue
        chunk = text[sentence.start : sentence.end]
        if chunk.rstrip().endswith("?"):
            continue
        for start, end, tolls in _in_sentence(chunk.lower()):
            found.append(
                Denial(
                    sentence.start + start,
                    sentence.start + end,
                    chunk[start:end],
                    i,
                    tolls,
                )
            )
    return found


def _in_sentence(lower: str) -> Iterator[tuple[int, int, frozenset[str]]]:
    """(start, end, tolls) of each denial in a lowercased sentence."""
    if not any(opening in lower for opening in _OPENINGS):
        return  # a sentence without the words a denial opens with is not read word by word
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(lower)]
    for at, (start, _, word) in enumerate(words):
        nobody = _nobody_at(words, at)
        if nobody:
            harm = _after_fillers(words, at + nobody, DENIAL_FILLERS, DENIED_VERBS)
        elif word == "no":
            harm = _after_fillers(words, at + 1, DENIED_NOUN_FILLERS, DENIED_NOUNS)
        else:
            continue
        if harm is None:
            continue
        last, tolls = harm
        end = words[last][1]
        if _narrowed(lower, words, at, end):
            continue
        yield start, end, tolls


def _nobody_at(words: list[tuple[int, int, str]], at: int) -> int:
    """How many words of "no one" / "nobody" start at ``at`` (0 when none)."""
    for parts in _NOBODY_PARTS:
        if words[at][2] == parts[0] and [w for _, _, w in words[at : at + len(parts)]] == parts:
            return len(parts)
    return 0


# Each phrase's words, split once; a phrase is only compared where its first word stands.
_NOBODY_PARTS = tuple(phrase.split() for phrase in NOBODY_WORDS if phrase.split())
_OPENINGS = ("no", *(parts[0] for parts in _NOBODY_PARTS))


def _after_fillers(
    words: list[tuple[int, int, str]],
    at: int,
    fillers: frozenset[str],
    harms: dict[str, frozenset[str]],
) -> tuple[int, frozenset[str]] | None:
    """The harm word after a few filler words, with "or" joining a second harm ("killed or
    injured"): the index of the last harm word and the tolls they rule out."""
    while at < len(words) and words[at][2] in fillers:
        at += 1
    if at >= len(words) or words[at][2] not in harms:
        return None
    tolls = harms[words[at][2]]
    if at + 2 < len(words) and words[at + 1][2] == "or" and words[at + 2][2] in harms:
        at += 2
        tolls = tolls | harms[words[at][2]]
    return at, tolls


def _narrowed(lower: str, words: list[tuple[int, int, str]], at: int, end: int) -> bool:
    """The denial speaks of some people or some harm only: a narrowing word in it or in the
    rest of its clause ("no one was hurt in the second blast"), or "none of"/"no other" before."""
    stop = _CLAUSE_END.search(lower, end)
    rest = lower[words[at][0] : stop.start() if stop else len(lower)]
    if any(w in NARROWING_WORDS for w in _WORD.findall(rest)):
        return True
    return bool(re.search(r"\d", rest))  # "no one was hurt in the 2004 quake"


def _other_event_sentences(analysis: Analysis) -> frozenset[int]:
    """Sentences holding a value of another event: a denial there may be that event's."""
    return frozenset(f.sentence for f in analysis.facts if f.other_event)


def _toll_counts(analysis: Analysis) -> list[Fact]:
    """Counts of more than nought, each of one toll, told of this event."""
    tallies = tally_sentences(analysis)
    return [
        f
        for f in claimable(analysis)
        if f.number is not None
        and f.number.low > 0
        and not f.number.dimension
        and not (f.other_event or f.part or f.generic or f.coming or f.held or is_age(f))
        and f.sentence not in tallies
        and len(tolls_told(f) & _TOLLS) == 1
        and not _denied_words(analysis, f)
        and not _spared(analysis, f)
        and not _AMONG.search(analysis.document.text, max(0, f.start - _AMONG_REACH), f.start)
    ]


# "Nobody was hurt among the 231 passengers and crew": a figure after "among" counts the group
# the harmed are sought in, never the harmed themselves.
_AMONG = re.compile(r"\bamong\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_AMONG_REACH = 16


_TOLLS = frozenset(["death", "injury", "shoot"])


def _one_figure(counts: list[Fact], tolls: frozenset[str]) -> bool:
    """Every count of these tolls gives the same figure ("at least 12" killed, "12 people had
    been killed"): the article's one toll of that harm."""
    figures = {
        tuple(f.number.stated) for f in counts if f.number is not None and tolls_told(f) & tolls
    }
    return len(figures) == 1


def _denied_words(analysis: Analysis, fact: Fact) -> bool:
    """ "No one" read as the figure one: a denial, never a count."""
    return any(d.start <= fact.start < d.end for d in denials(analysis))


def _spared(analysis: Analysis, fact: Fact) -> bool:
    """A count in a sentence that itself denies the harm the count is read as: "No one was hurt,
    although a handful of people were inside" counts the people the harm spared, never the hurt."""
    tolls = tolls_told(fact)
    return any(d.sentence == fact.sentence and d.tolls & tolls for d in denials(analysis))


def _counted_tolls(analysis: Analysis) -> frozenset[str]:
    """The tolls the article itself counts above nought."""
    found: set[str] = set()
    for fact in _toll_counts(analysis):
        found |= tolls_told(fact)
    return frozenset(found)


def _stand_in(denial: Denial, count: Fact) -> Fact:
    fact = Fact(denial.start, denial.end, denial.text, MentionType.NUMBER, "", denial.sentence)
    fact.number = NumberValue(0.0, 0.0)
    fact.value, fact.key = "0", "number:0"
    fact.slot = {toll: 1.0 for toll in tolls_told(count) & denial.tolls}
    return fact


def _draft(a: Fact, b: Fact, count: Fact) -> Draft:
    toll = min(tolls_told(count) & _TOLLS)
    reason = (
        f"One article says nobody was harmed, the other gives a count{about(toll)}: the left "
        f"says {a.text!r}, the right {b.text!r}. Both cannot be true of the same event, unless "
        f"the count came later."
    )
    return Draft(
        FindingKind.CONFLICT, MentionType.NUMBER, [a], [b], reason, tuning.DENIED_TOLL_CONFIDENCE
    )
