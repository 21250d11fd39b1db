"""A span of time as an amount: "nine days", "two weeks", "a week after", "two decades".

Minutes, hours, days and weeks are one scale (a week is seven days, a day 24 hours), so "nine
days after the heart attack" and "a week after the heart attack" are two lengths of one interval,
and "held for two days" / "held for 48 hours" one length. A single unit said with "a"
("a week after", "a day later") is an interval between two happenings, told round: "a week" is
six to eight days, as loosely as people say it.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.datetimes.decades import in_years
from desktop.core.figures.numbers.values import NumberValue, parse_number

# Days in each unit that is counted in days.
_DAYS_IN = {"days": 1.0, "weeks": 7.0}
# Units that many to a day: divided, not multiplied by a rounded fraction, so that "90 minutes"
# and "1.5 hours" land on the very same number.
_PER_DAY = {"hours": 24.0, "minutes": 1440.0}
# "a week" said round reaches a day either side: "a week after" may be six or eight days.
_ROUND_WEEK_DAYS = 1.0
# The same 5% either side that "about 20" gets (core/figures/numbers/values.py), for "a month", "a
# year".
_ROUND_SPREAD = 0.05

# "a week", "a day later", "one month earlier": one unit, with "later"/"earlier" kept when the
# model takes it into the span.
_ONE_UNIT = re.compile(r"(?:a|an|one) (day|week|month|year)(?: (later|earlier))?")
# "a decade", "a year and a half", "half a day": an amount of time told in words with no number.
_WORDED = re.compile(
    r"\b(?:(?:a|an|one) (decade|year|month|week|day) and a half|half an? (decade|year|month|week|day)"
    r"|(?:a|one) (decade))\b"
)


def worded_amount(text: str) -> NumberValue | None:
    """ "a decade" is one decade, "a year and a half" 1.5 years and "half a day" 0.5 of one,
    read as those figures with any bound said before them ("more than a decade"); the unit is
    read from the words, as for any duration. "a week after" and "a year ago" are left to the
    interval and the date readers."""
    words = " ".join(text.lower().split())
    figure = _WORDED.sub(_as_figure, words)
    return None if figure == words else parse_number(figure)


def _as_figure(match: re.Match[str]) -> str:
    if match.group(1):
        return f"1.5 {match.group(1)}s"
    if match.group(2):
        return f"0.5 {match.group(2)}s"
    return f"1 {match.group(3)}"


# Words after the span that make it the interval between two happenings ("a week after ...").
_INTERVAL_WORDS = frozenset({"after", "before", "later", "earlier"})


def duration_number(value: NumberValue, unit: str) -> NumberValue:
    """The amount in its unit; weeks, hours and minutes as days, decades as years."""
    if unit == "decades":
        return in_years(value)
    per_day = _PER_DAY.get(unit)
    if per_day is not None:
        return NumberValue(
            value.low / per_day, value.high / per_day, "days", value.exact, value.bound
        )
    factor = _DAYS_IN.get(unit)
    if factor is not None:
        return NumberValue(
            value.low * factor, value.high * factor, "days", value.exact, value.bound
        )
    # The bound stays: "more than three years" / "more than six years" are two floors, never one
    # figure allowing the other.
    return NumberValue(value.low, value.high, unit, value.exact, value.bound)


def is_interval(text: str, span: Any) -> bool:
    """ "nine days after the heart attack", "a week later": the time between two happenings.
    "in hospital for three weeks" measures how long a state lasted: another quantity, so the two
    are never compared."""
    if text.lower().rstrip(" .,").endswith(("later", "earlier")):
        return True
    following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return following in _INTERVAL_WORDS


def one_unit_interval(text: str, span: Any) -> tuple[NumberValue, str] | None:
    """ "a week after suffering a heart attack", "died a day later": one unit of time between two
    happenings, with its unit's name. "$500 a week" (a rate) and "a week ago" (a point in time)
    are no interval and give None."""
    match = _ONE_UNIT.fullmatch(" ".join(text.lower().split()))
    if match is None:
        return None
    if not is_interval(text, span):
        return None
    return _one_unit(match.group(1) + "s")


def one_unit_length(text: str, span: Any) -> tuple[NumberValue, str] | None:
    """ "a curfew imposed for a week", "troops deployed for a year": one unit of time said with
    "a" after "for" or "lasting" is how long something lasts, as "for seven days" is, told as
    round as "a week after" is; "a week ago" and "$500 a week" are no length."""
    match = _ONE_UNIT.fullmatch(" ".join(text.lower().split()))
    if match is None or match.group(2):
        return None
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return _one_unit(match.group(1) + "s") if before in _LENGTH_WORDS else None


# probewar: words a length of time follows ("for a week", "a truce lasting a month").
_LENGTH_WORDS = frozenset({"for", "lasting", "last", "lasted"})


def _one_unit(unit: str) -> tuple[NumberValue, str]:
    if unit == "weeks":
        days = 7.0
        return NumberValue(
            days - _ROUND_WEEK_DAYS, days + _ROUND_WEEK_DAYS, "days", False, "approx"
        ), unit
    if unit == "days":
        return NumberValue(1.0, 1.0, "days", True), unit
    return NumberValue(1.0 - _ROUND_SPREAD, 1.0 + _ROUND_SPREAD, unit, False, "approx"), unit


# "10 hours", "about 45 minutes", "seven-hour", "several hours", "up to seven hours" (a battery's
# ceiling, probetech39: any hedge values.py reads before a figure; agree45: "under four minutes",
# "just over five minutes" too, which stayed an unread time): a count of hours or minutes with
# nothing of a clock in it. The model labels such spans a time, as it labels "10:30 a.m."; they are
# amounts. "the final hours", "the early hours", "the midnight hour" count nothing. "The next two
# hours", "the past 24 hours": a stretch of counted hours next to a moment is a length too.
_HOURS_LONG = re.compile(
    r"(?:(?:the )?(?:next|past|last|first|final|following|previous) )?"
    r"(?:(?:about|around|nearly|almost|some|over|more than|less than|at least|roughly"
    r"|up to|as much as|as long as|as many as|(?:just )?(?:under|over)|below) )?"
    r"(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)[ -](?:hours?|minutes?)",
    re.I,
)


def hours_long(text: str) -> bool:
    """The span counts hours or minutes ("the siege lasted 10 hours"), a length of time, not
    a moment: it is compared as a duration, never as a clock time."""
    if in_minutes(text) is not None:
        return True  # "two hours and 28 minutes"
    match = _HOURS_LONG.fullmatch(" ".join(text.split()))
    return match is not None and parse_number(match.group(1)) is not None


# "two hours and 28 minutes", "an hour and 45 minutes", "2 hours 28 minutes": one length told in
# two units, as a film's running time or an operation's length is.
_HOURS_AND_MINUTES = re.compile(
    r"(?:(?:about|around|nearly|almost|some|over|more than|less than|at least|roughly) )?"
    r"(an?|\d+|[a-z]+(?:-[a-z]+)?) hours?,? (?:and )?(\d+|[a-z]+(?:-[a-z]+)?) minutes?",
    re.I,
)


def in_minutes(text: str) -> NumberValue | None:
    """ "two hours and 28 minutes" as 148 minutes: the sum of its two parts, with the bound
    said before it; None for any other wording."""
    words = " ".join(text.split())
    match = _HOURS_AND_MINUTES.fullmatch(words)
    if match is None:
        return None
    hours_word = match.group(1).lower()
    hours = 1.0 if hours_word in ("a", "an") else _whole(hours_word)
    minutes = _whole(match.group(2))
    if hours is None or minutes is None:
        return None
    told = f"{words[: match.start(1)]}{hours * 60 + minutes:g}"  # "about 148"
    return parse_number(told)


def _whole(word: str) -> float | None:
    value = parse_number(word)
    return value.low if value is not None and value.exact else None


# A count of seasons of play: "14 seasons", "three NBA seasons", "12 seasons".
_SEASONS = re.compile(r"^(.*?\S)\s+(?:[A-Z]{2,4}\s+)?seasons$")


def seasons_as_years(text: str) -> str:
    """ "14 seasons" as "14 years": a sports page counts a career or a tenure in seasons of play,
    one a year, and the other article may count the same stretch in years. Only a count of
    seasons is read so ("last season", "the 2019 season", "his 18th season" measure nothing)."""
    match = _SEASONS.match(text.strip())
    if match is None or re.search(r"\d{4}", match.group(1)) or parse_number(match.group(1)) is None:
        return text
    return f"{match.group(1)} years"
