"""A player's rate told in each article: "lowered his ERA to 3.12" / "his earned run average is now
3.41", "Freeman hit .331" / "Freeman batted .313", "a 2.45 goals-against average" / "his GAA
stands at 2.61".

A rate (an earned run average, a batting average, a goals-against average, a save percentage)
is a measure of its own: "3.12" is no sum of money and ".331" no count, and the two sentences
that give one need share no other word. Two articles give one player's rate when each names the
same measure (under any of its names, lexicon/sport_rates.py) for a player whose name both
sentences give, or the sentence before them does when the rate's sentence says "he" or "his".
Each article giving that player one value of that measure, two values contradict each other and
one value agrees. A career rate is another measure than a season's, and a rate over one count of
games another than over a different count (rate_stretches.py).
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.counts.told_of import told_of
from desktop.core.findings.persons.person_claims import Claim, claims_alike, sentence_matches
from desktop.core.findings.sport.rate_stretches import stretches_apart
from desktop.core.lexicon.sport_rates import (
    BATTING_VERBS,
    PER_GAME_RATES,
    RATE_LINKS,
    THOUSANDTH_RATES,
)
from desktop.core.model import FindingKind, MentionType


def _alternatives(names: dict[str, str]) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_PER_GAME, _THOUSANDTH = _alternatives(PER_GAME_RATES), _alternatives(THOUSANDTH_RATES)
_PER_GAME_VALUE = r"(?<![\d.$])(\d{1,2}\.\d{2})(?![\d.]?\d)"
_THOUSANDTH_VALUE = r"(?<![\d.$])(\.\d{3})(?![\d.]?\d)"
_LINKS = "|".join(sorted(RATE_LINKS))
_BATS = "|".join(sorted(BATTING_VERBS))
# "a 3.12 ERA", "a .921 save percentage"; "an ERA of 2.48", "his GAA stands at 2.61"; "hit .331".
# Each pattern: the figure's group, then the measure's group (0: batting, told by the verb).
_PATTERNS = (
    (re.compile(rf"{_PER_GAME_VALUE} (?:career )?({_PER_GAME})\b"), 1, 2, PER_GAME_RATES),
    (re.compile(rf"\b({_PER_GAME})(?: (?:{_LINKS}))* {_PER_GAME_VALUE}"), 2, 1, PER_GAME_RATES),
    (re.compile(rf"{_THOUSANDTH_VALUE} (?:career )?({_THOUSANDTH})\b"), 1, 2, THOUSANDTH_RATES),
    (
        re.compile(rf"\b({_THOUSANDTH})(?: (?:{_LINKS}))* {_THOUSANDTH_VALUE}"),
        2,
        1,
        THOUSANDTH_RATES,
    ),
    (re.compile(rf"\b(?:{_BATS}) {_THOUSANDTH_VALUE}", re.IGNORECASE), 1, 0, THOUSANDTH_RATES),
)

# Every rate's figure holds a point before a digit ("3.12", ".331"): the sentences without one
# are not searched (person_claims.sentence_matches).
_CUE = re.compile(r"\.\d")


def sport_rate_findings(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts = []
    for measure, a, found, mine in claims_alike(_rates(left), _rates(right)):
        if len({f.number.low for f in found if f.number}) != 1 or len(mine) != 1:
            continue
        b = found[0]
        if not ledger.take("sport rates", a, b):
            continue
        same = a.number == b.number
        if not same and stretches_apart((left, a), (right, b)):
            continue  # ".358 in 54 games" / ".308 over a combined 157 games": two stretches
        drafts.append(_draft(FindingKind.AGREE if same else FindingKind.CONFLICT, measure, a, b))
    return drafts


def _draft(kind: FindingKind, measure: str, a: Fact, b: Fact) -> Draft:
    if kind is FindingKind.AGREE:
        reason = f"Both give the player's {measure} as {a.text!r}."
    else:
        reason = f"The left gives the player's {measure} as {a.text!r}, the right as {b.text!r}."
    return Draft(kind, MentionType.NUMBER, [a], [b], reason, tuning.SPORT_RATE_CONFIDENCE)


def _rates(analysis: Analysis) -> list[Claim]:
    text = analysis.document.text
    out: list[Claim] = []
    seen: set[int] = set()  # a figure two patterns read is one rate
    for sentence, index, match in sentence_matches(analysis, [p[0] for p in _PATTERNS], _CUE):
        _, value_group, name_group, names = _PATTERNS[index]
        at = match.start(value_group)
        if at in seen:
            continue
        seen.add(at)
        measure = names[match.group(name_group)] if name_group else "batting average"
        start = analysis.sentence_tokens[sentence][0].start
        if "career" in text[max(start, at - 40) : match.end()].lower().split():
            measure = f"career {measure}"
        fact = _fact(match, value_group, sentence)
        out.append((measure, told_of(analysis, sentence, at), fact))
    return out


def _fact(match: re.Match[str], group: int, sentence: int) -> Fact:
    value = match.group(group)
    fact = Fact(match.start(group), match.end(group), value, MentionType.NUMBER, "", sentence)
    number = float(value)
    fact.number = NumberValue(number, number, dimension="rate")
    fact.value, fact.key = value, f"rate:{value}"
    return fact
