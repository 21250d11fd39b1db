"""Two shares of one whole: "Floods destroyed half of the 300 homes" / "200 of the 300 homes".

When two sentences telling the same thing both take a share of the same counted whole (the same
figure, the same noun), the shares must agree at the precision both give: a fraction word is a
round figure (``tuning.FRACTION_SLACK`` either side), a count of the whole is exact. Half of 300
is 150 give or take 15; 200 of 300 is two-thirds: a conflict. A share hedged ("about half",
"nearly 200") is left alone: its words allow more than the slack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.slot_words import slot_word
from desktop.core.extraction.text_search import any_of, may_hold_case_blind_in
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.sport.won_and_lost import won_and_lost
from desktop.core.lexicon.shares import FRACTION_WORDS
from desktop.core.model import FindingKind, MentionType, Side

_FRACTION = any_of(FRACTION_WORDS)
_FIGURE = r"\d[\d,]*|[a-z]+(?:-[a-z]+)?"
# "half of the 300 homes", "200 of the 300 homes", "two-thirds of its 90 members"; a hedge
# right before the share ("about", "nearly", "more than") is caught to leave the share alone.
_SHARE = re.compile(
    rf"(?<![\w-])(?P<hedge>(?:about|around|nearly|almost|roughly|some|over|more than|less than|"
    rf"fewer than|at least|up to|as many as)\s+)?(?P<part>{_FRACTION}|{_FIGURE})\s+of\s+"
    rf"(?:the|its|their|all)\s+(?P<whole>{_FIGURE})\s+(?P<noun>[a-z]+)",
    re.I,
)

# What every share holds ("of the 300"), looked for before the share, which opens with a
# lookbehind tried at every character.
_OF_WHOLE = re.compile(r"of\s+(?:the|its|their|all)\s")


@dataclass(frozen=True)
class _Share:
    start: int
    part_end: int  # where the part ends: "half" of "half of the 300 homes"
    text: str
    share: float  # the part as a share of the whole, 0..1
    slack: float  # how far the words allow the share to lie from ``share``
    whole: float
    noun: str  # the counted noun as a slot word: "building" for "homes"


def share_conflicts(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Two shares of one whole in aligned sentences that cannot both hold."""
    drafts: list[Draft] = []
    # Each sentence read once, however many partners it has (bench.speed); most have no share.
    mine: dict[int, list[_Share]] = {}
    theirs: dict[int, list[_Share]] = {}
    for pair in pairs:
        if pair.score < tuning.CONFLICT_NEAR:
            continue
        if pair.left not in mine:
            mine[pair.left] = _shares(left, pair.left)
        if not mine[pair.left]:
            continue
        if pair.right not in theirs:
            theirs[pair.right] = _shares(right, pair.right)
        for a in mine[pair.left]:
            for b in theirs[pair.right]:
                if (a.whole, a.noun) != (b.whole, b.noun):
                    continue
                if abs(a.share - b.share) <= a.slack + b.slack:
                    continue
                facts = (_fact(left, a, pair.left), _fact(right, b, pair.right))
                if _judged(left, a, Side.LEFT, ledger) or _judged(right, b, Side.RIGHT, ledger):
                    continue
                if any(won_and_lost(x, y) for x in _told(left, a) for y in _told(right, b)):
                    continue  # "won 9 of its 12 games" / "lost three of its 12": two tallies
                ledger.judge("shares", [facts[0]], [facts[1]])
                drafts.append(_draft(a, b, facts))
    return drafts


def _shares(analysis: Analysis, index: int) -> list[_Share]:
    sentence = analysis.sentences[index]
    text = analysis.document.text
    found: list[_Share] = []
    if not may_hold_case_blind_in(_OF_WHOLE, text, sentence.start, sentence.end):
        return found
    for match in _SHARE.finditer(text, sentence.start, sentence.end):
        if match.group("hedge"):
            continue
        whole = parse_number(match.group("whole"))
        if whole is None or not whole.exact or whole.low <= 1:
            continue
        part = match.group("part").lower()
        if part in FRACTION_WORDS:
            share, slack = FRACTION_WORDS[part], tuning.FRACTION_SLACK
        else:
            count = parse_number(part)
            if count is None or not count.exact or not 0 < count.low < whole.low:
                continue
            share, slack = count.low / whole.low, 0.0
        found.append(
            _Share(
                match.start("part"),
                match.end("part"),
                text[match.start("part") : match.end("noun")],
                share,
                slack,
                whole.low,
                slot_word(match.group("noun")),
            )
        )
    return found


def _fact(analysis: Analysis, share: _Share, sentence: int) -> Fact:
    """The engine's figure for the share's words, or a new one standing for them."""
    for fact in _part_facts(analysis, share):
        return fact  # "200" of "200 of the 300 homes"
    return Fact(
        share.start,
        share.part_end,
        analysis.document.text[share.start : share.part_end],
        MentionType.NUMBER,
        "CARDINAL",
        sentence,
        key=f"share:{share.share:.3f}",
        value=f"{share.share:.3f}",
    )


def _part_facts(analysis: Analysis, share: _Share) -> list[Fact]:
    """The engine's figures inside the part's words."""
    return [
        f
        for f in analysis.facts
        if f.number is not None and share.start <= f.start and f.end <= share.part_end
    ]


def _told(analysis: Analysis, share: _Share) -> list[Fact]:
    """The engine's figures that overlap the part's words ("only three" of "three of its 12")."""
    return [
        f
        for f in analysis.facts
        if f.number is not None and f.start < share.part_end and share.start < f.end
    ]


def _judged(analysis: Analysis, share: _Share, side: Side, ledger: Ledger) -> bool:
    return any(ledger.judged(side, f) for f in _part_facts(analysis, share))


def _draft(a: _Share, b: _Share, facts: tuple[Fact, Fact]) -> Draft:
    reason = (
        f"Different shares of the same {_whole(a)}: the left says {a.text!r}, the right {b.text!r}."
    )
    return Draft(
        FindingKind.CONFLICT,
        MentionType.NUMBER,
        [facts[0]],
        [facts[1]],
        reason,
        tuning.SHARE_CONFIDENCE,
    )


def _whole(share: _Share) -> str:
    words = share.text.split(" of ", 1)[1].split()
    return (
        " ".join(words[1:])
        if words and words[0].lower() in ("the", "its", "their", "all")
        else " ".join(words)
    )
