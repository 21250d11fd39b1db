"""Where a game is played, home or away: "the 76ers were to play at home ... against Washington"
/ "DiLeo will coach the Sixers in Saturday's game at Washington".

In sports English a game "at Washington" is played at Washington's ground. When one article has
a team play a game at home against an opponent, and the other has the game at that opponent,
the two put one game in two places. A game still to come and one already played, or two games
on two named days, are two games, never one told twice.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from desktop.core.datetimes.dates import DateValue, dates_compatible
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.lexicon.games import (
    COMING_BEFORE_TO,
    COMING_WORDS,
    GAME_WORDS,
    HOME_PHRASES,
    OPPONENT_CUES,
)
from desktop.core.model import FindingKind, MentionType, Side

# A name: capitalised words ("Washington", "New York", "the L.A. Lakers" from "L.A.").
_NAME = r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})"
_AT_NAME = re.compile(r"\bat\s+" + _NAME)
_OPPONENT = re.compile(r"\b(?:" + any_of(OPPONENT_CUES) + r")\s+(?:the\s+)?" + _NAME)
_WORD = re.compile(r"[\w'.]+")


@dataclass(frozen=True, slots=True)
class Venue:
    """A game's place as one sentence tells it: at home against an opponent, or at a name."""

    sentence: int
    start: int
    end: int
    place: str  # "home", or the name the game is at, lowercase
    opponent: str  # for a home game, the side it is played against, lowercase
    coming: bool
    days: tuple[DateValue, ...]  # the days the sentence names


def venues(analysis: Analysis) -> list[Venue]:
    """Each game the article places, one per sentence at most."""
    text = analysis.document.text
    found = []
    for index, sentence in enumerate(analysis.sentences):
        words = [w.lower() for w in _WORD.findall(text[sentence.start : sentence.end])]
        if not set(words) & GAME_WORDS:
            continue
        venue = _venue(analysis, index, words)
        if venue is not None:
            found.append(venue)
    return found


def _venue(analysis: Analysis, index: int, words: list[str]) -> Venue | None:
    sentence = analysis.sentences[index]
    text = analysis.document.text
    body = text[sentence.start : sentence.end]
    lowered = body.lower()
    coming = bool(set(words) & COMING_WORDS) or any(
        a in COMING_BEFORE_TO and b == "to" for a, b in itertools.pairwise(words)
    )
    days = tuple(f.date for f in facts_of(analysis, index) if f.date is not None)
    homes = [(lowered.find(p), p) for p in HOME_PHRASES if p in lowered]
    if homes:
        opponents = {_name(m.group(1)).lower() for m in _OPPONENT.finditer(body)}
        if len(opponents) != 1:
            return None  # a home game needs the one side it is played against
        at, phrase = min(homes)
        start, end = sentence.start + _game_start(body, at), sentence.start + at + len(phrase)
        return Venue(index, start, end, "home", opponents.pop(), coming, days)
    places = [m for m in _AT_NAME.finditer(body) if _near_game(body, m.start())]
    if len(places) != 1:
        return None
    match = places[0]
    start = sentence.start + _game_start(body, match.start())
    name = _name(match.group(1))
    end = sentence.start + match.start(1) + len(name)
    return Venue(index, start, end, name.lower(), "", coming, days)


def _name(words: str) -> str:
    """The name without the full stop that ends its sentence ("at Washington."); "L.A." keeps
    its own."""
    return words[:-1] if words.endswith(".") and words.count(".") == 1 else words


def _near_game(body: str, at: int) -> bool:
    """ "game at Washington", "play at Boston": a game word just before the place."""
    before = [w.lower() for w in _WORD.findall(body[max(0, at - 30) : at])][-2:]
    return bool(set(before) & GAME_WORDS)


def _game_start(body: str, at: int) -> int:
    """Where the game word before the place begins."""
    window = body[max(0, at - 30) : at]
    starts = [
        m.start() + max(0, at - 30)
        for m in _WORD.finditer(window)
        if m.group(0).lower() in GAME_WORDS
    ]
    return starts[-1] if starts else at


def venue_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """A home game against an opponent in one article, played at that opponent in the other."""
    drafts = []
    places = venues(left), venues(right)
    for side, homes, aways in (
        (Side.LEFT, places[0], places[1]),
        (Side.RIGHT, places[1], places[0]),
    ):
        for home in homes:
            for away in aways:
                if home.place != "home" or away.place == "home":
                    continue
                if away.place != home.opponent or home.coming != away.coming:
                    continue
                if _two_days(home.days, away.days):
                    continue
                pair = (home, away) if side is Side.LEFT else (away, home)
                drafts += _draft(left, right, pair, ledger)
    return drafts


def _two_days(a: tuple[DateValue, ...], b: tuple[DateValue, ...]) -> bool:
    """Both sentences name days, and none of one's can be one of the other's: two games."""
    return bool(a and b) and all(dates_compatible(x, y) is False for x in a for y in b)


def _draft(
    left: Analysis, right: Analysis, pair: tuple[Venue, Venue], ledger: Ledger
) -> list[Draft]:
    facts = _fact(left, pair[0]), _fact(right, pair[1])
    if not ledger.take("venue", facts[0], facts[1]):
        return []
    opponent = pair[0].opponent or pair[1].opponent
    reason = (
        f"The two articles place the game against {opponent.title()} differently: the left "
        f"says {facts[0].text!r}, the right {facts[1].text!r}."
    )
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.PLACE,
            [facts[0]],
            [facts[1]],
            reason,
            tuning.VENUE_CONFIDENCE,
        )
    ]


def _fact(analysis: Analysis, venue: Venue) -> Fact:
    text = analysis.document.text[venue.start : venue.end]
    fact = Fact(venue.start, venue.end, text, MentionType.PLACE, "", venue.sentence)
    fact.key, fact.value = f"venue:{venue.place}", text
    return fact
