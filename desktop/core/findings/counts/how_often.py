"""How many times one thing was done: "shot twice in the chest" / "shot three times in the chest".

A count of times is no count of people (facts.py leaves "three times" out of the tolls), but two
matching sentences that each say how often the same verb's act was done, and say it once, tell
one number: "twice" is two times, and "stabbed him twice" is not "stabbed him five times".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.numbers.values import NumberValue, parse_number
from desktop.core.findings.bookkeeping.figures import Relation, number_relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.events.shooters import shooter
from desktop.core.lexicon.how_often import (
    FIRED_COUNT_VERBS,
    HOW_OFTEN_WORDS,
    NOT_HOW_OFTEN_AFTER,
    OBJECT_PRONOUNS,
    ONCE_BEFORE,
    SHOT_NOUNS,
    SPAN_AFTER_IN,
    SPAN_OPENERS,
    TIMES_HEDGES,
    VAGUE_TIMES,
)
from desktop.core.model import MentionType, Side


@dataclass(frozen=True, slots=True)
class Times:
    """A count of times an act was done, and the verb of the act."""

    verb: str
    start: int
    end: int
    number: NumberValue
    fired: bool = False  # told after a firing verb as written: "fired four times"
    shots: bool = False  # told as shots or rounds: "fired six shots"


def counts_of_times(analysis: Analysis, sentence: int) -> list[Times]:
    """Each "<verb> twice", "<verb> (him) three times" of the sentence (read once per sentence:
    every aligned pair and every ordinal asks again)."""
    memo = analysis.derived("how_often.counts_of_times", _no_counts)
    found = memo.get(sentence)
    if found is None:
        found = memo[sentence] = tuple(_counts_of_times(analysis, sentence))
    return list(found)


def _no_counts(analysis: Analysis) -> dict[int, tuple[Times, ...]]:
    return {}


def _counts_of_times(analysis: Analysis, sentence: int) -> list[Times]:
    tokens = analysis.sentence_tokens[sentence]
    text = analysis.document.text
    found = []
    for at, token in enumerate(tokens):
        if token.lower in HOW_OFTEN_WORDS:
            first, last = at, at
            value: NumberValue | None = NumberValue(*(HOW_OFTEN_WORDS[token.lower],) * 2)
            after = tokens[at + 1].lower if at + 1 < len(tokens) else ""
        elif token.lower == "once" and _a_count_once(tokens, at):
            first, last = at, at
            value = NumberValue(1.0, 1.0)
            after = tokens[at + 1].lower if at + 1 < len(tokens) else ""
        elif token.lower == "repeatedly":
            first, last = at, at
            value = NumberValue(*VAGUE_TIMES["repeatedly"], exact=False, bound="vague")
            after = tokens[at + 1].lower if at + 1 < len(tokens) else ""
        elif token.lower == "times" and at > 0:
            first, last = _hedged_start(tokens, at), at - 1
            word = tokens[last].lower
            if word in VAGUE_TIMES:
                value = NumberValue(*VAGUE_TIMES[word], exact=False, bound="vague")
            else:
                value = parse_number(text[tokens[first].start : tokens[last].end])
            last = at
            after = tokens[at + 1].lower if at + 1 < len(tokens) else ""
        elif token.lower in SHOT_NOUNS and at > 0 and _fired_count(tokens, at):
            # "fired six shots": as many times as "fired six times", under the same verb
            first, last = _hedged_start(tokens, at), at - 1
            value = parse_number(text[tokens[first].start : tokens[last].end])
            last = at
            after = tokens[at + 1].lower if at + 1 < len(tokens) else ""
        else:
            continue
        if (
            value is None
            or (value.bound == "vague" and tokens[first].lower not in VAGUE_TIMES)
            or value.low <= 0
            or after in NOT_HOW_OFTEN_AFTER
            or _within_a_span(tokens, last + 1)
        ):
            continue
        verb = _verb_before(tokens, first)
        if verb:
            number = NumberValue(value.low, value.high, "times", value.exact, value.bound)
            fired = _word_before(tokens, first) in FIRED_COUNT_VERBS
            shots = tokens[last].lower in SHOT_NOUNS
            found.append(Times(verb, tokens[first].start, tokens[last].end, number, fired, shots))
    return found


def _fired_count(tokens: Sequence[Token], at: int) -> bool:
    """The shots at ``at`` follow a numeral (a hedge aside) that follows a firing verb: "fired
    six shots", "fired at least 10 rounds", not "six shots were heard" or "heard six shots"."""
    word = tokens[at - 1].lower
    if not (word.isdigit() or parse_number(word) is not None):
        return False
    return _word_before(tokens, _hedged_start(tokens, at)) in FIRED_COUNT_VERBS


def _hedged_start(tokens: Sequence[Token], at: int) -> int:
    """Where the count before ``at`` starts, its hedges included: "at least 10 times"."""
    first = at - 1
    while first > 0 and tokens[first - 1].lower in TIMES_HEDGES:
        first -= 1
    return first


# The act a count of shots fired is shown as in a reason: "(times fired)".
_TIMES_FIRED = "times fired"


def _a_count_once(tokens: Sequence[Token], at: int) -> bool:
    """ "shot once in the leg", "stabbed him once.": "once" right after its verb and before a
    pause or a preposition, not "fled once the police arrived" or "was once a star"."""
    after = tokens[at + 1].lower if at + 1 < len(tokens) else "."
    return after in ONCE_BEFORE and bool(_verb_before(tokens, at))


def _within_a_span(tokens: Sequence[Token], at: int) -> bool:
    """ "three times since October", "twice in the past year", "four times in 2008": the count
    is of the acts within a span of time, not of all of them."""
    words = [t.lower for t in tokens[at : at + 3]]
    if not words or words[0] not in SPAN_OPENERS:
        return False
    if words[0] != "in":
        return True
    rest = " ".join(words[1:])
    return any(rest.startswith(w) for w in SPAN_AFTER_IN) or (
        len(words) > 1 and words[1].isdigit() and len(words[1]) == 4
    )


def _word_before(tokens: Sequence[Token], first: int) -> str:
    """The word the count follows as written, an object pronoun aside."""
    at = first - 1
    if at >= 0 and tokens[at].lower in OBJECT_PRONOUNS:
        at -= 1
    return tokens[at].lower if at >= 0 else ""


def _verb_before(tokens: Sequence[Token], first: int) -> str:
    """The content word the count follows, an object pronoun aside: "shot" in "shot him twice"."""
    at = first - 1
    if at >= 0 and tokens[at].lower in OBJECT_PRONOUNS:
        at -= 1
    return tokens[at].content if at >= 0 else ""


def times_in_pair(
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[tuple[Relation, Fact, Fact, str]]:
    """The one count of times each sentence gives, of the same verb, compared: how the two
    relate, the two counts as facts, and the verb."""
    counts = counts_of_times(analyses[0], pair.left), counts_of_times(analyses[1], pair.right)
    if len(counts[0]) != 1 or len(counts[1]) != 1 or not _one_act(counts[0][0], counts[1][0]):
        return []
    a, b = counts[0][0], counts[1][0]
    kinds = _shooter(analyses[0], pair.left, a), _shooter(analyses[1], pair.right, b)
    if all(kinds) and kinds[0] != kinds[1]:
        return []  # "the gunman fired six shots" / "an officer fired four times": two shooters
    rel = number_relation(a.number, b.number)
    vague = "vague" in (a.number.bound, b.number.bound)
    if vague and _within_vague(a.number, b.number):
        rel = Relation.CONSISTENT  # "stabbed repeatedly" / "stabbed five times"
    if (
        rel is None
        or (rel is Relation.CONSISTENT) != vague
        or (vague and a.number.bound == b.number.bound)
    ):
        # Two figures one allows are left to the figures' own verdicts; a vague count ("shot
        # several times") is told only by a figure inside it ("three times"), never set against
        # one outside it, which it does not deny.
        return []
    if _judged(analyses[0], pair.left, a, ledger, Side.LEFT) or _judged(
        analyses[1], pair.right, b, ledger, Side.RIGHT
    ):
        return []
    facts = (
        times_fact(analyses[0], pair.left, a, ledger, Side.LEFT),
        times_fact(analyses[1], pair.right, b, ledger, Side.RIGHT),
    )
    ledger.judge("aligned", [facts[0]], [facts[1]])
    return [(rel, facts[0], facts[1], _TIMES_FIRED if a.shots or b.shots else a.verb)]


def _one_act(a: Times, b: Times) -> bool:
    """Two counts of one act: of one verb, or both of the times a gun was fired ("fired six
    shots" / "fired four times", whatever lemma the model gave "fired"). Shots fired are no count
    of the times someone was hit: "fired six shots" / "shot him four times" are two counts."""
    if a.fired and b.fired:
        return True
    return a.verb == b.verb and a.shots == b.shots


def _shooter(analysis: Analysis, sentence: int, times: Times) -> str:
    """The kind of shooter who fired the count of times (shooters.py), "" when none is told."""
    text = analysis.document.text[times.start : times.end]
    fact = Fact(times.start, times.end, text, MentionType.NUMBER, "", sentence)
    fact.number = times.number
    return shooter(analysis, fact)


def _within_vague(a: NumberValue, b: NumberValue) -> bool:
    """The exact count lies inside the vague one's span ("several times" holds three)."""
    vague, other = (a, b) if a.bound == "vague" else (b, a)
    return other.bound != "vague" and vague.low <= other.low and other.high <= vague.high


def _judged(analysis: Analysis, sentence: int, times: Times, ledger: Ledger, side: Side) -> bool:
    """The model's figure inside the count has a verdict already."""
    return any(
        ledger.judged(side, f)
        for f in facts_of(analysis, sentence)
        if times.start <= f.start < times.end
    )


def times_fact(analysis: Analysis, sentence: int, times: Times, ledger: Ledger, side: Side) -> Fact:
    """The count as a fact of its own words ("three times"); the model's fact for its figure
    ("three"), if any, shares its verdict and gets no other."""
    inside = [f for f in facts_of(analysis, sentence) if times.start <= f.start < times.end]
    if inside and side is Side.LEFT:
        ledger.judge("aligned", left=inside)
    elif inside:
        ledger.judge("aligned", right=inside)
    text = analysis.document.text[times.start : times.end]
    fact = Fact(times.start, times.end, text, MentionType.NUMBER, "", sentence)
    fact.number, fact.value = times.number, times.number.display()
    fact.key, fact.slot = f"times:{fact.value}", {times.verb: 1.0}
    return fact
