"""Which one, in two matching sentences: "the fifth NBA coach fired this season" / "the sixth",
"stopped him in the sixth round" / "in the fourth round", "for the third time" / "the second".

An ordinal gives a place in a series, and two sentences that tell the same thing place it once:
when each gives its one ordinal before the same words, two different ordinals contradict each
other. A sentence that gives several ordinals ("down in the sixth, out early in the seventh")
says nothing the other's one can be set against; "a second-floor office" and "the third floor"
rank floors for two different things. Ordinals inside a date ("May 5th") are days, compared as
dates elsewhere, and a running count of time ("the eighth day of protests", "a third straight
night") grows with the day each article was written, like a toll; so does an event's place in
a series of events ("the second shooting this week", "the city's 20th homicide"), which each
outlet also counts over its own area and period. Nor do two ordinals clash when either article
names the other's too, of the same words ("revenue rose 34 percent in the third quarter ...
revenue of about $7 billion in the fourth quarter" / "forecast $7 billion for the fourth quarter
... Third-quarter revenue reached $6.2 billion"): it speaks of both places of the series, and the
pair only sets two of them side by side. A rank counted over a stretch ("the first election
since independence", "held after the new constitution", "the third person shot ... this month")
ranks in that stretch only, never against a rank in another stretch or the whole series ("the
country's fourth parliamentary election", "the fifth person shot ... this year").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.numbers.set_phrases import word_in_set_phrase
from desktop.core.figures.numbers.values import NumberValue, parse_number
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.sport.finishing_places import finishing_place
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.game_periods import NUMBERED_AFTER
from desktop.core.lexicon.ranks import (
    BE_FORMS,
    DATING_PREPOSITIONS,
    NOT_SERIES_WORDS,
    POSSESSIVE_DETERMINERS,
    RUNNING_WORDS,
    SERIES_EVENT_NOUNS,
    SERIES_START_AFTER_PARTICIPLE,
    SERIES_START_WORDS,
    STREET_NAMES,
    STRETCH_DEICTICS,
    STRETCH_PERIODS,
)
from desktop.core.model import MentionType, Side

_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
# "round 12" is a round; "stage 1000" no stage of any contest.
MAX_NUMBERED = 100


@dataclass(frozen=True, slots=True)
class Ordinal:
    """An ordinal and the content words after it."""

    number: int
    start: int
    end: int
    words: frozenset[str]
    dating: bool = False  # "In his first season, he led ...": the time of another deed
    stretch: str = ""  # "the first election since independence": a rank in a stretch only
    # The noun the ordinal's phrase ends on, the series it ranks: "defence" in "his fifth
    # successful defence", "season" in "his seventh NBA season"; "" when no noun follows.
    head: str = ""


def ordinals(analysis: Analysis, sentence: int) -> list[Ordinal]:
    """Each ordinal of the sentence with the words it ranks (none: "early in the seventh"),
    dates' days aside. Read once per sentence and kept (from the sentence's words and the
    places and types of its facts, which never change after ``analyse``): each pair the
    sentence stands in asks, and so does each ordinal looked for across the article."""
    kept: dict[int, list[Ordinal]] = analysis.derived("ordinal_pairs.ordinals", lambda _: {})
    if sentence not in kept:
        kept[sentence] = _read_ordinals(analysis, sentence)
    return list(kept[sentence])


def _read_ordinals(analysis: Analysis, sentence: int) -> list[Ordinal]:
    tokens = analysis.sentence_tokens[sentence]
    found: list[Ordinal] = []
    for at, token in enumerate(tokens):
        if (after := _numbered_after(tokens, at)) is not None:
            # "went out in round four": the fourth round, ranked as "the fourth round" ranks it
            found.append(
                Ordinal(
                    after,
                    token.start,
                    tokens[at + 1].end,
                    frozenset([token.content]),
                    head=token.content,
                )
            )
            continue
        number = _ordinal(token.lower)
        if number is None or _in_a_date(analysis, sentence, token):
            continue
        if word_in_set_phrase([t.lower for t in tokens], at):
            continue  # "the third time's the charm": a saying, no third occasion
        # "in the third round Saturday": the day dates the round, it names no part of it
        words = [t for t in _words_after(tokens, at + 1) if not _in_a_date(analysis, sentence, t)]
        if words and _names_a_street(analysis.document.text, words[0]):
            continue
        end = words[-1].end if words else token.end
        ranked = _contents(words) or finishing_place(tokens, at)  # "finished third"
        stretch = _stretch(tokens, at + 1 + len(words))
        # the noun the phrase ends on, a word further than the words compared: "his seventh
        # successful title defence" ranks defences
        phrase = _words_after(tokens, at + 1, tuning.ORDINAL_NOUN_WORDS + 1)
        nouns = [t for t in phrase if t.noun and not _in_a_date(analysis, sentence, t)]
        head = nouns[-1].content if nouns else ""
        end = max(end, nouns[-1].end) if nouns else end
        dating = _dating(tokens, at)
        found.append(Ordinal(number, token.start, end, ranked, dating, stretch, head))
    return found


def _stretch(tokens: Sequence[Token], at: int) -> str:
    """The stretch the words after the ordinal's noun count it over, or "" for the whole
    series: "the first parliamentary election since independence", "the first election held
    after the adoption of a new constitution", "the third person shot on Elm Street this month".
    A rank counted over a stretch never contradicts a rank over another stretch or the whole
    series ("the country's fourth parliamentary election", "the fifth person shot this year")."""
    window = tokens[at : at + tuning.SERIES_START_REACH]
    for step, token in enumerate(window):
        if token.lower in _CLAUSE_ENDS:
            return ""
        before = window[step - 1] if step else None
        # "held after", "played after": a participle, a content word that names no thing
        placed = before is not None and bool(before.content) and not before.noun
        opens = token.lower in SERIES_START_WORDS or (
            token.lower in SERIES_START_AFTER_PARTICIPLE and placed
        )
        following = tokens[at + step + 1] if at + step + 1 < len(tokens) else None
        if token.lower in STRETCH_DEICTICS and following and following.lower in STRETCH_PERIODS:
            return f"{token.lower} {following.lower}"
        if opens:
            # "since 2005", "since the 2004-05 season", "since 2005 and": the point is the first
            # word after the opener that names something
            point = next(
                (t.lower for t in tokens[at + step + 1 :] if t.content or t.lower[:1].isdigit()),
                "",
            )
            return f"{token.lower} {point}"
    return ""


def _other_stretches(mine: str, theirs: str) -> bool:
    """Two ranks over different stretches: two periods ("this month" / "this year"), or a
    series begun anew ("since independence") against any other. A plain rank against one over
    the present period ("the fifth coach fired" / "the sixth coach fired this season") counts
    over that period too, and still clashes."""
    if mine == theirs:
        return False
    if mine and theirs:
        return True
    return not (mine or theirs).startswith(tuple(f"{w} " for w in STRETCH_DEICTICS))


_CLAUSE_ENDS = frozenset([",", ";", ":", "--", ".", "(", ")"])


def _dating(tokens: Sequence[Token], at: int) -> bool:
    """The ordinal's phrase follows "in" or "during" and a possessive: "In his first season as
    coach, he led the team to a 38-44 record", "during her second term". It sets the time of
    the sentence's deed in one member of a series, and ranks nothing the sentence tells."""
    return (
        at >= 2
        and tokens[at - 1].lower in POSSESSIVE_DETERMINERS
        and tokens[at - 2].lower in DATING_PREPOSITIONS
        # "He is in his sixth season": after a form of "be" the phrase says where he stands in
        # the series, the sentence's own claim, not the time of another deed
        and not (at >= 3 and tokens[at - 3].lower in BE_FORMS)
    )


def _names_a_street(text: str, word: Token) -> bool:
    """ "East 113th Street", "the 1200 block of 3rd Avenue": the ordinal is part of a street's
    name, a place, and two streets are two spots (where the victim was shot, where he was found),
    never two ranks of one thing."""
    return text[word.start : word.start + 1].isupper() and word.lower.strip(".") in STREET_NAMES


def _in_a_date(analysis: Analysis, sentence: int, token: Token) -> bool:
    return any(
        f.date is not None and f.start <= token.start < f.end for f in facts_of(analysis, sentence)
    )


def _numbered_after(tokens: Sequence[Token], at: int) -> int | None:
    """The rank a cardinal after a noun of a contest's series gives it: 4 for "round four",
    5 for "stage 5"; None elsewhere."""
    if tokens[at].lower not in NUMBERED_AFTER or at + 1 >= len(tokens):
        return None
    if at + 2 < len(tokens) and tokens[at + 2].noun:
        return None  # "shot in the leg two times", "a hole 10 feet deep": a count, no rank
    value = parse_number(tokens[at + 1].lower)
    if value is None or not value.exact or value.dimension or value.low != value.high:
        return None
    number = int(value.low)
    return number if number == value.low and 0 < number < MAX_NUMBERED else None


def _ordinal(word: str) -> int | None:
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    if not word[:1].isdigit():
        return None  # asked of every word of every aligned pair: no pattern where no digit opens
    match = _DIGITS.fullmatch(word)
    return int(match.group(1)) if match else None


def _words_after(
    tokens: Sequence[Token], at: int, most: int = tuning.ORDINAL_NOUN_WORDS
) -> list[Token]:
    """The content words right after an ordinal ("sixth round", "fifth NBA coach", "third-
    largest city"), up to the first word that is none."""
    words: list[Token] = []
    while at < len(tokens) and len(words) < most:
        token = tokens[at]
        if token.lower == "-":
            at += 1
            continue
        if not token.content:
            break
        words.append(token)
        at += 1
    return words


def _contents(words: list[Token]) -> frozenset[str]:
    return frozenset(t.content for t in words)


def ordinals_in_pair(
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
    told: set[tuple[Side, int]] | None = None,
) -> list[tuple[Relation, Fact, Fact, str]]:
    """Two different ordinals before the same words, each its sentence's only ordinal.

    ``told`` gathers, over pairs taken best-aligned first, the ordinals a closer sentence of the
    other article gives alike: one told there is not set against a later sentence. "was so good
    as a host the first time" printed by both is one claim; the left's own "to be hosting for the
    second time", paired with the right's copy as a restatement, ranks the next step of the same
    series, which the left tells too, not another value for the right's "first"."""
    mine, theirs = ordinals(analyses[0], pair.left), ordinals(analyses[1], pair.right)
    found = []
    for a, b in _partners(mine, theirs):
        clash = _one_pair(analyses, pair, ledger, told, (a, b))
        found += [clash] if clash is not None else []
    return found


def _partners(mine: list[Ordinal], theirs: list[Ordinal]) -> list[tuple[Ordinal, Ordinal]]:
    """The ordinals to set against each other: each sentence's only ordinal, before the same
    words; or, in sentences of several ordinals, the one ordinal of each that ranks one noun
    ("in his sixth season ... a fifth straight win" / "in his seventh NBA season"), however the
    words before that noun differ ("his fifth defence" / "his fifth successful defence"). A
    rank whose noun is left out ("early in the seventh") may rank any noun the sentence ranks."""
    if len(mine) == 1 and len(theirs) == 1 and mine[0].words and mine[0].words == theirs[0].words:
        return [(mine[0], theirs[0])]
    if any(not o.words for o in (*mine, *theirs)):
        return []  # "in the sixth round and ... early in the seventh": the bare rank may be any
    pairs = []
    for a in mine:
        same_a = [o for o in mine if o.head == a.head]
        same_b = [o for o in theirs if o.head == a.head]
        if a.head and len(same_a) == 1 and len(same_b) == 1:
            pairs.append((a, same_b[0]))
    return pairs


def _one_pair(
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
    told: set[tuple[Side, int]] | None,
    ranks: tuple[Ordinal, Ordinal],
) -> tuple[Relation, Fact, Fact, str] | None:
    a, b = ranks
    here = {(Side.LEFT, a.start), (Side.RIGHT, b.start)}
    if a.number == b.number:
        if told is not None:
            told |= here
        return None
    if told is not None and here & told:
        return None
    if a.dating != b.dating:
        return None  # "was starting his fourth season" / "In his first season, he led ...": two
        # members of the series, one ranked, one the time of another deed
    if _other_stretches(a.stretch, b.stretch):
        return None  # "the fourth parliamentary election" / "the first ... since independence"
    if (a.words | b.words) & RUNNING_WORDS or _places_in_a_series(a.words | b.words):
        return None
    if _ranked_anywhere(analyses[0], b) or _ranked_anywhere(analyses[1], a):
        return None  # "the third quarter ... the fourth quarter": both places of one series
    facts = _fact(analyses[0], pair.left, a), _fact(analyses[1], pair.right, b)
    if ledger.judged(Side.LEFT, facts[0]) or ledger.judged(Side.RIGHT, facts[1]):
        return None
    ledger.judge(
        "aligned", [facts[0], *_inside(analyses[0], a)], [facts[1], *_inside(analyses[1], b)]
    )
    # the noun as written ("round"), not its slot word
    named = facts[0].text.split()[-1].lower() if a.head else min(a.words)
    return (Relation.CLASH, facts[0], facts[1], named)


def _ranked_anywhere(analysis: Analysis, ordinal: Ordinal) -> bool:
    """The article gives this ordinal somewhere before one of the same words ("Third-quarter
    revenue" ranks the quarter as "the third quarter" does)."""
    return any(
        other.number == ordinal.number and other.words & ordinal.words
        for sentence in range(len(analysis.sentence_tokens))
        for other in ordinals(analysis, sentence)
    )


def _places_in_a_series(words: frozenset[str]) -> bool:
    """The ordinal gives the story's event a place among many ("the second shooting this week",
    "the city's 20th homicide"): a tally of other events, not a fact of this one."""
    return bool(words & SERIES_EVENT_NOUNS) and not words & NOT_SERIES_WORDS


def _inside(analysis: Analysis, ordinal: Ordinal) -> list[Fact]:
    return [f for f in analysis.facts if ordinal.start <= f.start < ordinal.end]


def _fact(analysis: Analysis, sentence: int, ordinal: Ordinal) -> Fact:
    text = analysis.document.text[ordinal.start : ordinal.end]
    fact = Fact(ordinal.start, ordinal.end, text, MentionType.NUMBER, "", sentence)
    fact.number = NumberValue(ordinal.number, ordinal.number)
    fact.value, fact.key = str(ordinal.number), f"ordinal:{ordinal.number}"
    fact.slot = dict.fromkeys(ordinal.words, 1.0)
    return fact
