"""Reasons that say both articles give a value when one of them does not: a defect a journalist
catches at once ("Both give 'five'" over "at least five" / "at least three").

An ``agree`` finding's reason is checked value by value: every number inside a quoted string of the
reason, and every ISO date anywhere in it, must be given by the finding's spans on *each* side. A
reason that claims sameness without quoting ("Both give the same figure, each in its own words") is
a defect when the two sides' spans give different numbers in the same units (or none), or different
weekdays. Numbers compare by value ("Ten" = "10", "26,000" = "26 thousand"); an ISO date counts as
given when a side's spans name its day and month, its weekday, or a day relative to publication
("yesterday"). Names are not checked here: linking them is the engine's job and the gold findings
score it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from desktop.core.model import Finding, FindingKind, Side

# A quote opens after a non-word character and closes before one, so "article's" opens nothing.
QUOTED = re.compile(r"(?<!\w)'([^'\n]+?)'(?!\w)|\"([^\"\n]+?)\"|‘([^’\n]+?)’|“([^”\n]+?)”")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
NUMERAL = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+")

UNITS = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * n
    for n, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
    )
}
# With the scales wire and financial copy glue to a figure ("110bn", "£5mn"): "m" is left out,
# as "5m" may be metres.
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 10**12,
}
DOZEN = {"dozen": 12}
MONTH_NAMES = {
    i: {calendar.month_name[i].lower(), calendar.month_abbr[i].lower()} for i in range(1, 13)
}
MONTH_NAMES[9].add("sept")
SAYS_BOTH = re.compile(
    r"\bboth (?:articles |sides )?(?:give|say|report|state|name|put)\b|\bthe same (?:figure|number|"
    r"date|day|time|value|count|toll)\b",
    re.IGNORECASE,
)
SAYS_NOT_SAME = re.compile(r"\bnot the same\b|\bcan both be true\b|\bdiffer", re.IGNORECASE)
# Units a figure may be given in: two sides in different units may state one value (200 ft, 60 m).
UNIT_WORDS = {
    "ft", "feet", "foot", "m", "metres", "meters", "metre", "meter", "km", "kilometres",
    "kilometers", "mile", "miles", "mi", "kg", "kilograms", "lb", "lbs", "pounds", "tons",
    "tonnes", "mph", "kmh", "f", "c", "fahrenheit", "celsius", "percent", "per", "cent",
    "acres", "hectares", "inches", "cm", "yards",
    # Spans of time: "90-day" and "three-month" may state one stay.
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years",
}  # fmt: skip
# A clock time written with a dot or a colon ("9.25 am", "9:25"): hours and minutes, not a decimal.
CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2})(?=\s*(?:a\.?m|p\.?m|gmt|utc|\b))", re.IGNORECASE)
WEEKDAY_NAMES = {d.lower() for d in calendar.day_name}
RELATIVE_DAYS = {"today", "yesterday", "tonight", "tomorrow"}
TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z]+")
# ECB+ texts are tokenised with a space after every comma, thousands' separators included
# ("$2, 199"): the engine reads that as one figure, and so must the check of its reasons.
SPACED_THOUSANDS = re.compile(r"(?<![\d,])(\d{1,3}), (?=\d{3}(?![\d.]))")


def numbers_in(text: str) -> set[float]:
    """Every number the text states, in figures or words: '26,000', '1.5 million', 'Ten',
    'twenty-five', '9th'."""
    found: set[float] = set()
    current: float | None = None  # the number being read, token by token
    worded = False  # whether ``current`` was read from words, so words may extend it
    text = SPACED_THOUSANDS.sub(r"\1,", text)
    for raw in TOKEN.findall(text.replace("-", " ")):
        word = raw.lower()
        numeral = NUMERAL.match(word)
        if numeral and numeral.end() >= len(word) - 2:
            if current is not None:
                found.add(current)
            current, worded = float(numeral.group().replace(",", "")), False
        elif word in UNITS or word in TENS:
            value = UNITS.get(word, TENS.get(word, 0))
            if current is not None and worded and _continues(current, value):
                current += value  # "twenty five", "two hundred five"
            else:
                if current is not None:
                    found.add(current)
                current, worded = value, True
        elif word in SCALES and current is not None:
            current *= SCALES[word]
        elif word == "and" and current is not None and worded and current >= 100:
            continue  # "one hundred and twenty"
        elif word in DOZEN:
            current, worded = (current or 1) * 12, True
        else:
            if current is not None:
                found.add(current)
            current = None
    if current is not None:
        found.add(current)
    return found


def _continues(current: float, value: int) -> bool:
    """Whether a number word extends the number read so far rather than starting another."""
    if current in TENS.values():
        return 0 < value < 10
    return current >= 100 and current % 100 == 0 and value < 100


def date_given(iso: re.Match[str], text: str) -> bool:
    """The side gives the date at some precision: its day and month, its weekday, or a day
    relative to publication ("yesterday", "last night"); the engine may resolve those to the
    calendar. A side naming another day, or no day at all, does not give it."""
    year, month, day = (int(g) for g in iso.groups())
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & MONTH_NAMES.get(month, set()) and float(day) in numbers_in(text):
        return True
    try:
        weekday = calendar.day_name[calendar.weekday(year, month, day)].lower()
    except ValueError:
        return False
    return weekday in words or bool(words & RELATIVE_DAYS)


@dataclass(frozen=True, slots=True)
class ReasonDefect:
    finding: Finding
    value: str  # the value the reason gives
    missing_on: Side  # a side whose spans do not give it


def reason_defects(finding: Finding) -> list[ReasonDefect]:
    """Values an agree finding's reason attributes to both sides that one side does not give."""
    if finding.kind is not FindingKind.AGREE:
        return []
    sides = {side: " ".join(s.text for s in finding.spans(side)) for side in Side}
    defects = []
    for match in QUOTED.finditer(finding.reason):
        quote = next(g for g in match.groups() if g is not None)
        if ISO_DATE.search(quote):
            continue  # dates are checked below, once
        for side, text in sides.items():
            if numbers_in(quote) - numbers_in(text):
                defects.append(ReasonDefect(finding, quote, side))
    for iso in ISO_DATE.finditer(finding.reason):
        for side, text in sides.items():
            if not date_given(iso, text):
                defects.append(ReasonDefect(finding, iso.group(), side))
    if not defects and claims_same(finding.reason):
        defects += _unquoted_differences(finding, sides[Side.LEFT], sides[Side.RIGHT])
    return defects


def claims_same(reason: str) -> bool:
    """'Both give the same figure', 'Both articles name ...': the reason says the sides agree."""
    return bool(SAYS_BOTH.search(reason)) and not SAYS_NOT_SAME.search(reason)


def _unquoted_differences(finding: Finding, left: str, right: str) -> list[ReasonDefect]:
    """A sameness claim quoting nothing, over spans that give different numbers (in the same units,
    or none) or different weekdays: the reason says both give what one side does not."""
    units = (_words(left) & UNIT_WORDS, _words(right) & UNIT_WORDS)
    numbers = (numbers_in(CLOCK.sub(r"\1 \2", left)), numbers_in(CLOCK.sub(r"\1 \2", right)))
    if all(numbers) and not numbers[0] & numbers[1] and units[0] == units[1]:
        return [ReasonDefect(finding, f"{left} / {right}", Side.RIGHT)]
    days = (_words(left) & WEEKDAY_NAMES, _words(right) & WEEKDAY_NAMES)
    if all(days) and not days[0] & days[1]:
        return [ReasonDefect(finding, f"{left} / {right}", Side.RIGHT)]
    return []


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def has_reason_defect(finding: Finding) -> bool:
    return bool(reason_defects(finding))
