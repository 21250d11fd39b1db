"""Every dated or timed statement of both articles on one timeline.

Dates are resolved against the article's own date by the engine's date reading (``parse_date``:
"Sunday" is the last Sunday before the piece, "Nov. 8" the nearest November 8th), at the
precision the text gives: a year stays a year, a weekday without an article date stays a weekday.
Phrases no calendar can place ("hours later", "last week") are ordered after the statement before
them in their article. Statements of both articles about the same moment share a row; where two
aligned sentences place their happening at incompatible times, both rows name the other's time as
a conflict.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.core.extraction.text_search import ascii_lowered
from desktop.core.figures.numbers.values import DateValue, dates_compatible
from desktop.core.lexicon.people import COURT_STEPS, FUTURE_CUES, POSTPONED_WORDS, RELATIVE_TIME
from desktop.core.model import MentionType, Span, TimelineEntry
from desktop.core.naming.entity_types import DATELINE_LINES

if TYPE_CHECKING:
    from desktop.core.alignment.align import SentencePair
    from desktop.core.extraction.extract import Analysis
    from desktop.core.extraction.facts import Fact

TIME, DAY, MONTH, YEAR, WEEKDAY, RELATIVE = "time", "day", "month", "year", "weekday", "relative"

# The weight the engine gives a date's head word (the verb or noun it modifies) among the words
# around it; lesser weights are words further off ("border" in "shot dead near the border").
HEAD_WEIGHT = 1.0

# A row's label is its first statement, cut to this many characters: one line in the dock.
LABEL_CHARS = 90

# A dateline's place ("HARLOW, ", "PINE BLUFF, Ark., ") before its date, and its agency and dash
# after it; found among the first lines, as the engine finds datelines (entity_types).
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Za-z.'\u2019 -]*(?:, [A-Z][A-Za-z.' -]*)*,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:\u2014|\u2013|--|-)")
# How many words before a date a cue of the future may stand: "is due back in court on May 28"
# (five), not "scheduled for two brothers charged in the January shooting" (seven). GVC tune
# timelines: every future hearing date placed ahead, every past shooting behind.
FUTURE_CUE_WORDS = 5
# A month named in a date ("Nov. 1", "in December") and a year written out ("2015").
_YEARLESS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
_YEAR = re.compile(r"\b\d{4}\b")
_SPACES = re.compile(r"\s*")
_RELATIVE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in RELATIVE_TIME) + r")\b", re.I)
# The same phrases for the lower-cased text (text_search.ascii_lowered), where the engine jumps
# between their first letters: the case-blind pattern is tried at every character.
_LOWER_RELATIVE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p.lower()) for p in RELATIVE_TIME) + r")\b"
)


@dataclass(slots=True)
class _Moment:
    side: str
    span: Span
    sentence: int
    when: str
    precision: str
    date: DateValue | None
    order: tuple[int, str] = (0, "")
    said_on: bool = False
    about: frozenset[str] = frozenset()  # the happening's head words ("death", "arrest")
    context: frozenset[str] = frozenset()  # every word the engine read around the date


def timeline(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair]
) -> tuple[TimelineEntry, ...]:
    """The rows of both articles' timeline, earliest first."""
    moments = _moments(left, "left") + _moments(right, "right")
    aligned = {(p.left, p.right) for p in pairs}
    rows: dict[tuple[str, str], list[int]] = {}  # each row's moments, by place in ``moments``
    for i, m in enumerate(moments):
        key = (m.when, m.precision) if m.when else (f"{m.side}:{m.span.start}", RELATIVE)
        rows.setdefault(key, []).append(i)
    conflicts: dict[int, set[str]] = {}  # the times set against a moment, by its place
    lefts = [i for i, m in enumerate(moments) if m.side == "left" and m.date is not None]
    rights = [j for j, m in enumerate(moments) if m.side == "right" and m.date is not None]
    for i in lefts:
        for j in rights:
            a, b = moments[i], moments[j]
            if a.date and b.date and (a.sentence, b.sentence) in aligned:
                if dates_compatible(a.date, b.date) is not False or not _same_happening(a, b):
                    continue
                conflicts.setdefault(i, set()).add(b.when)
                conflicts.setdefault(j, set()).add(a.when)
    entries = []
    for (when, precision), places in sorted(
        rows.items(), key=lambda kv: min(moments[i].order for i in kv[1])
    ):
        group = [moments[i] for i in places]
        first = group[0]
        text = (left if first.side == "left" else right).document.text
        sentence = (left if first.side == "left" else right).sentences[first.sentence]
        label = " ".join(text[sentence.start : sentence.end].split())
        others = sorted({w for i in places for w in conflicts.get(i, ())})
        entries.append(
            TimelineEntry(
                when=when if precision != RELATIVE else "",
                precision=precision,
                left=tuple(m.span for m in group if m.side == "left"),
                right=tuple(m.span for m in group if m.side == "right"),
                label=label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…",
                conflicts=tuple(others),
            )
        )
    return tuple(entries)


def _moments(analysis: Analysis, side: str) -> list[_Moment]:
    text = analysis.document.text
    found: list[_Moment] = []
    for fact in analysis.facts:
        if fact.type not in (MentionType.DATE, MentionType.TIME) or _in_dateline(fact, text):
            continue
        moment = _dated(fact, side, analysis.reference_date, _ahead(analysis, fact))
        if moment is not None:
            found.append(moment)
    taken = [(m.span.start, m.span.end) for m in found]
    starts = {start for start, _ in taken}
    lowered = ascii_lowered(text)
    relative = (
        _RELATIVE_RE.finditer(text) if lowered is None else _LOWER_RELATIVE_RE.finditer(lowered)
    )
    for match in relative:
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if _SPACES.match(text, match.end()).end() in starts:  # type: ignore[union-attr]
            continue  # "shortly after 9:30 p.m.": a time, said roughly, not a moment of its own
        sentence = _sentence_of(analysis, match.start())
        if sentence is None:
            continue
        span = Span(match.start(), match.end(), text[match.start() : match.end()])
        found.append(_Moment(side, span, sentence, "", RELATIVE, None))
    found.sort(key=lambda m: m.span.start)
    _time_on_day(found)
    previous = (0, "")
    for i, m in enumerate(found):
        # Calendar moments sort by their date; relative ones right after the statement before them.
        m.order = (
            (_ordinal(m.date), m.when)
            if m.date and _ordinal(m.date)
            else (previous[0], previous[1] + f"~{i:04d}")
        )
        previous = m.order
    return found


def _in_dateline(fact: Fact, text: str) -> bool:
    """ "HARLOW, May 6 (Reuters) -": the date a story was filed, in the dateline that opens one of
    its first paragraphs (place, date, agency, dash), dates no happening of the story."""
    line_start = text.rfind("\n", 0, fact.start) + 1
    if not _DATELINE_BEFORE.fullmatch(text, line_start, fact.start):
        return False
    if not _DATELINE_AFTER.match(text, fact.end):
        return False
    lines_above = sum(1 for line in text[:line_start].split("\n") if line.strip())
    return lines_above < DATELINE_LINES


def _same_happening(a: _Moment, b: _Moment) -> bool:
    """Two dates in aligned sentences place one happening when the head word of one is a word
    around the other ("was shot dead on Sunday" / "died on Saturday": a death both). "Charges were
    announced Sunday" beside "was killed Friday" are two happenings, and "police said Sunday"
    dates a statement, not a happening."""
    if a.said_on or b.said_on:
        return False
    return bool(a.about & b.context or b.about & a.context)


def _time_on_day(moments: list[_Moment]) -> None:
    """ "About 9:35 p.m. on Sunday": a clock time and the one day its sentence names are one
    moment, placed at that day's time. A sentence naming two days leaves its times unplaced, and
    the day of a statement ("police said Monday the shots came at 9 p.m.") places none."""
    days: dict[int, set[str]] = {}
    values: dict[tuple[int, str], DateValue] = {}
    for m in moments:
        if m.precision == DAY and m.date is not None and not m.said_on:
            days.setdefault(m.sentence, set()).add(m.when)
            values[(m.sentence, m.when)] = m.date
    for m in moments:
        named = days.get(m.sentence, set())
        if m.precision == TIME and m.date is None and len(named) == 1:
            (day,) = named
            m.when, m.date = f"{day}{m.when}", values[(m.sentence, day)]


def _dated(fact: Fact, side: str, reference: date | None, ahead: bool) -> _Moment | None:
    value = fact.date
    if value is not None and _YEARLESS.search(fact.text) and not _YEAR.search(fact.text):
        value = _with_year(dataclasses.replace(value, year=None), reference, ahead)
    clock = (
        fact.value
        if fact.type is MentionType.TIME and re.fullmatch(r"\d\d:\d\d.*", fact.value)
        else ""
    )
    clock = clock[:5]
    span = Span(fact.start, fact.end, fact.text)
    if value is None or value.is_empty:
        if not clock:
            return None
        return _Moment(side, span, fact.sentence, f"T{clock}", TIME, None, **_words(fact))
    when, precision = _when(value)
    if clock and precision == DAY:
        when, precision = f"{when}T{clock}", TIME
    return _Moment(side, span, fact.sentence, when, precision, value, **_words(fact))


def _with_year(value: DateValue, reference: date | None, ahead: bool) -> DateValue:
    """ "The April 7 shooting" in a piece of 12 December 2013 is 7 April 2013, "Nov. 1" in one of
    1 January 2016 is 1 November 2015: a month named without a year is the last one on or before
    the article's own date, as a report tells what has happened; the next one when the sentence
    speaks of what is to come ("the hearing will resume Sept. 9", "is due in court May 28")."""
    if value.month is None or reference is None:
        return value
    year = reference.year
    if (value.month, value.day or 1) > (reference.month, reference.day) and not ahead:
        year -= 1
    elif (value.month, value.day or 31) < (reference.month, reference.day) and ahead:
        year += 1
    return dataclasses.replace(value, year=year)


def _ahead(analysis: Analysis, fact: Fact) -> bool:
    """Do the words just before the date speak of what is to come ("will resume", "scheduled
    for", "is due back in court on")? Not a cue further off: "a hearing is scheduled for two
    brothers charged in the January shooting" dates the shooting, in the past. A court's step
    the date belongs to ("a preliminary hearing on April 4") takes a cue anywhere before it, and
    a case continued or postponed to a date is ahead by itself."""
    sentence = analysis.sentences[fact.sentence]
    before = re.findall(r"[a-z']+", analysis.document.text[sentence.start : fact.start].lower())
    heads = {w for w, weight in fact.slot.items() if weight >= HEAD_WEIGHT}
    if heads & POSTPONED_WORDS:
        return True  # "the case was continued to September"
    if heads & COURT_STEPS:
        return bool(set(before) & FUTURE_CUES)  # "is scheduled for a preliminary hearing on"
    return bool(set(before[-FUTURE_CUE_WORDS:]) & FUTURE_CUES)


def _words(fact: Fact) -> dict[str, Any]:
    return {
        "about": frozenset(w for w, weight in fact.slot.items() if weight >= HEAD_WEIGHT),
        "context": frozenset(fact.slot),
        "said_on": fact.said_on,
    }


def _when(value: DateValue) -> tuple[str, str]:
    display = value.display()
    if value.day is not None:
        return display, DAY
    if value.month is not None:
        return display, MONTH
    if value.year is not None:
        return display, YEAR
    return display, WEEKDAY


def _ordinal(value: DateValue) -> int:
    if value.year is None:
        return 0
    try:
        return date(value.year, value.month or 1, value.day or 1).toordinal()
    except ValueError:
        return 0


def _sentence_of(analysis: Analysis, offset: int) -> int | None:
    for i, sentence in enumerate(analysis.sentences):
        if sentence.start <= offset < sentence.end:
            return i
    return None
