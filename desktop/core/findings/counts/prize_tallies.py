"""How many times a person has won or been nominated for one prize, told in any of the ways news
copy counts prizes: "a three-time Oscar winner" / "has won two Academy Awards", "nominated for an
Academy Award eight times" / "her eighth Oscar nomination" / "a nine-time Oscar nominee".

"An N-time winner", "won N prizes" and "his Nth prize" all give the tally of one person's wins
of a prize as the story stands ("his fifth Academy Award" is the fifth he has), and "an N-time
nominee", "nominated N times", "N nominations" and "her Nth nomination" the tally of its
nominations. A prize has its names ("Oscar" / "Academy Award", "Grammy" / "Grammy Award"), and
medals of any colour are another tally than wins. Two articles tell one tally when they count
the same kind of tally of the same prize for a person both name (told_of.py). A tally both give
agrees; one each, different, conflict. An article that tells two tallies of one prize is set
against nothing, and prizes won on a night the sentence dates ("won four Grammy Awards on
Sunday", "took home six awards at the ceremony") are that night's haul, no tally.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.spelled_numbers import COUNTING_VALUES
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.counts.told_of import told_of
from desktop.core.findings.persons.person_claims import Claim, claims_alike, sentence_matches
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.prizes import (
    MEDAL_NOUNS,
    NOMINATION_NOUNS,
    PRIZE_ALIASES,
    PRIZE_HEADS,
    PRIZE_NAME_TAILS,
    TIMES_NOUNS,
    WIN_VERBS,
)
from desktop.core.model import FindingKind, MentionType

_COUNT_WORDS = {w: v for w, v in COUNTING_VALUES.items() if v <= 20}  # "one" to "twenty"
_COUNT = rf"(\d{{1,3}}|{'|'.join(_COUNT_WORDS)})"
_ORDINAL = rf"(\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)})"
# A prize's name: capitalised words ("Oscar", "Academy Awards", "Stanley Cup", "Ballon d'Or",
# "Indianapolis 500", "U.S. Open").
_PRIZE = (
    r"((?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019-]*)"
    r"(?: (?:(?:[A-Z]\.){2,}|[A-Z0-9][\w'\u2019-]*|d'Or|d\u2019Or))*)"
)
_HEADS = "|".join(sorted(PRIZE_HEADS, key=len, reverse=True))
_HEAD = rf"((?: (?:{_HEADS}))*)"
_NAMED_HEAD = rf"((?: (?:{_HEADS}))+)"
_TIMES = "|".join(TIMES_NOUNS)
_OWNER = "(?:his|her|their|its|a|an)"
# Verbs that take a prize whose ordinal counts it: "earned her eighth Oscar nomination".
_TAKES = "earned|received|took|collected|claimed"
_WINS = "|".join(sorted(WIN_VERBS))

_WON = re.compile(rf"\b(?:{_WINS}) {_COUNT} {_PRIZE}{_HEAD}")
# A sentence that dates what it tells to one night: "won four Grammy Awards on Sunday".
_ONE_NIGHT = re.compile(r"\b(?:on the night|at the ceremony|at the awards)\b", re.IGNORECASE)
# Each pattern with the groups of its count, its prize and its head, and the tally it gives
# when no noun of nomination says otherwise: "times" as the noun after "N-time" says, "noun"
# only a tally of nominations its noun names.
_PATTERNS: tuple[tuple[re.Pattern[str], int, int, int, str], ...] = (
    # "a three-time Oscar winner", "an eight-time Olympic champion"
    (re.compile(rf"\b{_COUNT}-time {_PRIZE}{_HEAD} ({_TIMES})\b"), 1, 2, 3, "times"),
    # "won two Academy Awards", "has won 20 Grammys", "owns 22 major titles" (no name: skipped)
    (_WON, 1, 2, 3, "win"),
    # "received nine Oscar nominations", "has 54 Academy Award nominations"
    (re.compile(rf"\b{_COUNT} {_PRIZE}{_HEAD}"), 1, 2, 3, "noun"),
    # "won his fifth Academy Award", "claimed a third Michelin star": an ordinal a prize's verb
    # takes; or "her eighth Oscar nomination", "his second MVP award": one its noun names.
    (re.compile(rf"\b(?:{_WINS}|{_TAKES}) {_OWNER} {_ORDINAL} {_PRIZE}{_HEAD}"), 1, 2, 3, "win"),
    (re.compile(rf"\b{_OWNER} {_ORDINAL} {_PRIZE}{_NAMED_HEAD}"), 1, 2, 3, "win"),
    # "It was her second Pulitzer", "marked his fifth Stanley Cup": an ordinal a copula gives
    (re.compile(rf"\b(?:was|is|marks|marked) {_OWNER} {_ORDINAL} {_PRIZE}{_HEAD}"), 1, 2, 3, "win"),
    # "won the Ballon d'Or for a record eighth time"
    (re.compile(rf"\b(?:{_WINS}) (?:the |an? )?{_PRIZE}{_HEAD} for (?:a|the) (?:record )?{_ORDINAL} time\b"), 3, 1, 2, "win"),
    # "has won the U.S. Open four times", "won the Indianapolis 500 twice"
    (re.compile(rf"\b(?:{_WINS}) the {_PRIZE}{_HEAD} {_COUNT} times\b"), 3, 1, 2, "win"),
    # "nominated for an Academy Award eight times", "nominated for an Oscar nine times"
    (re.compile(rf"\bnominated for (?:an? |the )?{_PRIZE}{_HEAD} {_COUNT} times\b"), 3, 1, 2, "nomination"),
)  # fmt: skip
# What each tally read holds (person_claims.sentence_matches skips a sentence without it): a verb
# of winning, "N-time", an ordinal, or a word of nomination. A count before a prize's name
# ("54 Academy Awards") is read only with its noun of nomination.
_CUE = re.compile(rf"(?:{_WINS}) |-time |nominat|(?:\d(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)}) ")


def prize_tally_findings(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    drafts = []
    for _, a, found, mine in claims_alike(_tallies(left), _tallies(right)):
        same = [b for b in found if b.number == a.number]
        if same:
            if ledger.take("prize tallies", a, same[0]):
                drafts.append(_draft(FindingKind.AGREE, a, same[0]))
            continue
        if (
            len({f.number.low for f in found if f.number}) != 1
            or len({f.number.low for f in mine if f.number}) != 1
        ):
            continue  # the other article tells none, or tells two tallies (or this one does)
        if ledger.take("prize tallies", a, found[0]):
            drafts.append(_draft(FindingKind.CONFLICT, a, found[0]))
    return drafts


def _draft(kind: FindingKind, a: Fact, b: Fact) -> Draft:
    what = a.key.split(":", 1)[1]
    if kind is FindingKind.AGREE:
        reason = f"Both count the person's {what} alike: {a.text!r} / {b.text!r}."
    else:
        reason = f"The articles count the person's {what} differently: {a.text!r} / {b.text!r}."
    return Draft(kind, MentionType.NUMBER, [a], [b], reason, tuning.PRIZE_TALLY_CONFIDENCE)


def _tallies(analysis: Analysis) -> list[Claim]:
    out: list[Claim] = []
    seen: set[int] = set()  # a count two patterns read is one tally
    for sentence, index, match in sentence_matches(analysis, [p[0] for p in _PATTERNS], _CUE):
        pattern, count, prize, head, kind = _PATTERNS[index]
        at = match.start(count)
        read = _read(match, count, prize, head, kind)
        if at in seen or read is None or (pattern is _WON and _dated(analysis, sentence)):
            continue  # "won four Grammys on Sunday": one night's prizes, no tally
        seen.add(at)
        what, number = read
        fact = _fact(match, count, sentence, what, number)
        out.append((what, told_of(analysis, sentence, at), fact))
    return out


def _dated(analysis: Analysis, sentence: int) -> bool:
    """The sentence tells a day or a night: its prizes won are that night's, no career's."""
    tokens = analysis.sentence_tokens[sentence]
    if tokens and _ONE_NIGHT.search(analysis.document.text, tokens[0].start, tokens[-1].end):
        return True
    return any(f.type in (MentionType.DATE, MentionType.TIME) for f in facts_of(analysis, sentence))


def _read(
    match: re.Match[str], count: int, prize: int, head: int, kind: str
) -> tuple[str, float] | None:
    """The tally's prize and kind ("oscar wins"), and its count."""
    words = match.group(head).split()
    times = TIMES_NOUNS.get(match.group(head + 1), "") if kind == "times" else ""
    if kind == "nomination" or times == "nomination" or NOMINATION_NOUNS & set(words):
        kind = "nomination"
    elif kind == "noun":
        return None  # "54 Academy Awards" with no verb nor noun of nomination: no tally read
    elif MEDAL_NOUNS & set(words) and "gold" not in words:
        kind = "medal"
    else:
        kind = "win"
    name = _prize_name(match.group(prize))
    number = _number(match.group(count))
    if not name or number is None:
        return None
    return f"{name} {kind}s", number


def _prize_name(raw: str) -> str:
    words = [w.lower().rstrip("s") if w.lower() != "d'or" else w.lower() for w in raw.split()]
    while words and words[-1] in PRIZE_NAME_TAILS | {w.rstrip("s") for w in PRIZE_NAME_TAILS}:
        words.pop()
    if not words or words[0] in ("the", "a", "an", "his", "her"):
        return ""
    name = " ".join(words)
    for alias, prize in PRIZE_ALIASES.items():
        if name == alias or raw.lower().rstrip("s") == alias:
            return prize
    return name


def _number(raw: str) -> float | None:
    raw = raw.lower()
    if raw in _COUNT_WORDS:
        return _COUNT_WORDS[raw]
    if raw in ORDINAL_WORDS:
        return ORDINAL_WORDS[raw]
    digits = re.match(r"\d+", raw)
    return float(digits.group()) if digits else None


def _fact(match: re.Match[str], group: int, sentence: int, what: str, number: float) -> Fact:
    value = match.group(group)
    fact = Fact(match.start(group), match.end(group), value, MentionType.NUMBER, "", sentence)
    fact.number = NumberValue(number, number)
    fact.value, fact.key = value, f"prize:{what}"
    return fact
