"""Which season a figure is a tally of: "who scored 20 goals last season" / "has nine goals this
season". A sports report sets a player's or a team's figures of two seasons side by side; a
figure of last season and one of this season are two tallies, never one told two ways, and a
career's figure ("a career ERA of 2.48") counts every season, never this one's alone."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.time_words import NEWS_DAY_WORDS
from desktop.core.lexicon.years import (
    CAREER_NOUNS,
    PLAY_SEASON_NOUNS,
    SEASON_AGO_WORDS,
    SEASON_NOW_WORDS,
)


def season_of(span: Any) -> str:
    """ "last", "this", "career" or "day" (a deed dated to one day's game), for a figure whose clause names the season it is counted in ("20
    goals last season", "nine this season", "in the previous campaign"); "" when it names none.
    Looked for on the figure's noun and on its verb, and through a preposition they govern."""
    heads = [span.root.head]
    if span.root.head.head.i != span.root.head.i:
        heads.append(span.root.head.head)
    for head in heads:
        for child in head.children:
            for noun in [child, *[c for c in child.children if child.dep_ == "prep"]]:
                told = _season_word(noun)
                if told:
                    return told
    return "day" if any(_done_on_a_day(head) for head in heads) else ""


def _done_on_a_day(verb: Any) -> bool:
    """ "scored three goals in 23 minutes on Wednesday": a deed the clause dates to one day (a
    weekday, "yesterday", "tonight") is counted over that day's game, never over a season or a
    career, so it is never the other article's "has 19 goals this season" told another way."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    for child in verb.children:
        days = [child] if child.dep_ == "npadvmod" else []
        if child.dep_ == "prep" and child.lower_ == "on":
            days = [c for c in child.children if c.dep_ == "pobj"]
        if any(day.lower_ in NEWS_DAY_WORDS and day.ent_type_ == "DATE" for day in days):
            return True
    return False


def _season_word(noun: Any) -> str:
    if noun.lower_ in CAREER_NOUNS:
        return "career"  # "a career ERA of 2.48", "200 wins in his career": every season's
    if noun.lower_ not in PLAY_SEASON_NOUNS:
        return ""
    for modifier in noun.children:
        if modifier.lower_ in SEASON_AGO_WORDS:
            return "last"
        if modifier.lower_ in SEASON_NOW_WORDS:
            return "this"
    return ""
