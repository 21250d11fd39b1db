"""How long after the shooting each article says one thing followed: a death, an arrest, a
briefing. "died two hours later" / "died the next day" and "was arrested hours later" / "was
arrested two days later" are conflicts; "90 minutes later" / "an hour and a half later" and "the
next day" / "a day later" agree, at the precision both give.

A lapse is counted to the happening its clause tells (``lexicon/lapses.py``, a surrender read
as an arrest), and compared only with the same person's (``whom_told``: one name or age, or the
one such happening each article times); a sentence about another incident tells nothing of this
one. A lapse of hours against "the next day" may be one moment when the
shooting came late at night, so that conflict is shown with less weight and says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.datetimes.lapses import LAPSE, Lapse, latest_day, read_lapse
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import (
    WORD,
    Whom,
    alone,
    other_incident_sentences,
    same_person,
    whom,
)
from desktop.core.lexicon.lapses import HAPPENING_NAMES, HAPPENING_WORDS, SURRENDER_PHRASES
from desktop.core.model import FindingKind, MentionType

_BY = "lapses"
# How many words from its lapse a happening's word may stand: "died at a hospital two hours
# later", "Two hours later, he died".
_BEFORE, _AFTER = 8, 4
# Minutes under which a lapse of hours cannot reach "the next day" unless the shooting came late
# at night: half a day.
_HALF_DAY = 12 * 60


@dataclass(frozen=True, slots=True)
class _Told:
    words: Fact  # a stand-in fact over the lapse's words
    lapse: Lapse
    happening: str  # "death", "arrest", "briefing"
    whom: Whom


def lapse_findings(
    left: Analysis, right: Analysis, links: Mapping[str, str], ledger: Ledger
) -> list[Draft]:
    mine, theirs = _lapses(left), _lapses(right)
    drafts: list[Draft] = []
    for a in mine:
        for b in theirs:
            if a.happening != b.happening:
                continue
            sole = (
                alone(a.whom, [t.whom for t in mine if t.happening == a.happening]),
                alone(b.whom, [t.whom for t in theirs if t.happening == b.happening]),
            )
            if not same_person(a.whom, b.whom, links, sole):
                continue
            draft = _verdict(a, b)
            if draft is None:
                if ledger.take(_BY, a.words, b.words):
                    break  # one moment told at two precisions: no verdict, nor a one-sided mark
                continue
            if ledger.take(_BY, a.words, b.words):
                drafts.append(draft)
                break
    return drafts


# What every lapse holds ("two hours later", "after the shooting", "the next day"): a sentence
# without any is not searched, as the pattern is tried at each of its characters.
_CUES = ("later", "after", "next", "following")


def _lapses(analysis: Analysis) -> list[_Told]:
    text = analysis.document.text
    found: list[_Told] = []
    elsewhere = other_incident_sentences(analysis)
    for index, sentence in enumerate(analysis.sentences):
        lowered = text[sentence.start : sentence.end].lower()
        if index in elsewhere or not any(cue in lowered for cue in _CUES):
            continue
        for match in LAPSE.finditer(lowered):
            lapse = read_lapse(match.group(0))
            happening = _happening(lowered, match.start(), match.end())
            if lapse is None or not happening:
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            words = Fact(start, end, text[start:end], MentionType.TIME, "", index)
            told = whom(analysis, index, (sentence.start, start), words.text)
            found.append(_Told(words, lapse, happening, told))
    return found


def _happening(lowered: str, start: int, end: int) -> str:
    """The happening nearest the lapse in its clause: "died ... two hours later"."""
    before = WORD.findall(_surrenders(lowered[:start]).split(";")[-1])[-_BEFORE:]
    after = WORD.findall(_surrenders(lowered[end:]).split(";")[0])[:_AFTER]
    near = [(len(before) - i, w) for i, w in enumerate(before)] + [
        (i + 1, w) for i, w in enumerate(after)
    ]
    told = sorted((d, HAPPENING_WORDS[w]) for d, w in near if w in HAPPENING_WORDS)
    return told[0][1] if told else ""


def _surrenders(text: str) -> str:
    for phrase in SURRENDER_PHRASES:
        text = text.replace(phrase, "surrendered")
    return text


def _verdict(a: _Told, b: _Told) -> Draft | None:
    """A conflict for two lapses that cannot both hold, an agreement for one lapse told at the
    precision both give, None for hours against days that may be one moment ("hours later" /
    "the next day")."""
    x, y = a.lapse, b.lapse
    if x.days == y.days:
        if not x.overlaps(y):
            return _conflict(a, b, tuning.LAPSE_CLASH_CONFIDENCE, "")
        return _agreement(a, b)  # "hours later" / "two hours later": told at its precision
    hours, days = (x, y) if y.days else (y, x)
    if days.low > latest_day(hours):
        return _conflict(a, b, tuning.LAPSE_CLASH_CONFIDENCE, "")
    if days.low >= 1 and hours.high < _HALF_DAY:
        late = (
            " Both may hold if the shooting came late at night, so check the hour it was reported."
        )
        return _conflict(a, b, tuning.LAPSE_LATE_NIGHT_CONFIDENCE, late)
    return None


def _conflict(a: _Told, b: _Told, confidence: float, hedge: str) -> Draft:
    reason = (
        f"Two lapses before {HAPPENING_NAMES[a.happening]} that cannot both hold: the left says "
        f"{a.words.text!r}, the right {b.words.text!r}, if both count from the same moment (the "
        f"shooting, or the police's arrival).{hedge}"
    )
    return Draft(FindingKind.CONFLICT, MentionType.TIME, [a.words], [b.words], reason, confidence)


def _agreement(a: _Told, b: _Told) -> Draft:
    reason = (
        f"Both tell the same lapse before {HAPPENING_NAMES[a.happening]}: "
        f"{a.words.text!r} / {b.words.text!r}."
    )
    return Draft(
        FindingKind.AGREE,
        MentionType.TIME,
        [a.words],
        [b.words],
        reason,
        tuning.LAPSE_AGREE_CONFIDENCE,
    )
