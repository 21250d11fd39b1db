"""One figure or date of one thing in each article, in sentences no alignment pairs: "Dr. Ellis
was the only dentist for 4,800 people" / "Most of the valley's 4,800 residents farm", "the
gunmen fled in two cars" / "one of the two vehicles", "He hurt his knee in training on Thursday"
/ "felt the strain in training Thursday".

The sentences tell other things around the fact, so neither the alignment nor the claims of
aligned sentences pair it, and the pass that looks for one-sided facts says nothing of it (the
value stands on the other side too). A linguist would still say both articles state it: the same
value, and what it is about named alike, the noun a figure counts or the word a date hangs on,
in the same lemma or one class of ``lexicon/thing_classes.py``. Never on the value alone: a bare
small count, a year or a weekday with nothing in common around it turns up all over a story, of
different things. A count under ``tuning.DISTINCTIVE_FIGURE`` agrees only by the noun it counts
on both sides; a figure tied to another event, another named subject or another owner's people
stays apart. Each claim meets exactly one partner, or none; a claim its article tells again
("Four people were injured ... Four people from one family were injured") is one claim, and
its agreement holds every telling.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.claims import Relation, relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.rare_values import (
    one_rare_value,
    one_span,
    rare_reason,
    rare_values,
)
from desktop.core.findings.events.happenings import happening
from desktop.core.findings.events.tolls import is_age
from desktop.core.lexicon import GENERIC_SLOT_WORDS, WEEKDAYS
from desktop.core.lexicon.thing_classes import DATE_WORDS, THING_CLASSES
from desktop.core.model import FindingKind, MentionType, Side

Refs = tuple[date | None, date | None]
Things = dict[str, str]  # what a fact is about: each class to the word the article uses
# The weight of the word a figure hangs on in its slot (the verb or noun it is the count of);
# a date's slot is read a step further out, the verb and the nouns of its clause.
_HEAD_WEIGHT = 1.0
_CLAUSE_WEIGHT = 0.5
# "for 4,800 people": the slot drops "people" as too common to tell slots apart, but a count
# of people is still a count of the people the other calls residents.
_PEOPLE_AFTER = re.compile(r"\s+(people|persons)\b", re.I)
# The key of a day told relative to the page's own ("last week", "earlier this month").
_RELATIVE = "when:"
# The class of a count of people (``lexicon/thing_classes.py``): what any two counts of people
# share, so it never makes two of them one claim.
_PEOPLE = frozenset({THING_CLASSES["people"]})
_TIMES = re.compile(r"\s+times\b", re.I)
_DECADE = re.compile(r"0'?s\b")
_FIGURES = frozenset(
    {MentionType.NUMBER, MentionType.MONEY, MentionType.QUANTITY, MentionType.PERCENT}
)


def apart_facts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Agreements on one value of one thing, each side's only such fact with a verdict to give."""
    refs = (left.reference_date, right.reference_date)
    mine = _by_shape(left, ledger.free(Side.LEFT, left.facts))
    theirs = _by_shape(right, ledger.free(Side.RIGHT, right.facts))
    drafts: list[Draft] = []
    # "in January of 1955" / "the January 1955 issue": a month of a year each article names once
    # is one time of one happening, whatever words stand around it (``rare_values``).
    once = rare_values(left) & rare_values(right)
    for shape in sorted(mine.keys() & theirs.keys(), key=repr):  # the same order every run
        ours = [(f, _things(f, left)) for f in mine[shape]]
        others = [(f, _things(f, right)) for f in theirs[shape]]
        for fa, things_a in ours:
            if ledger.judged(Side.LEFT, fa):
                continue  # told again in a claim agreed already
            matches = [(fb, tb) for fb, tb in others if _paired(fa, things_a, fb, tb, refs, once)]
            if not _one_claim(matches, refs[1]) and not one_span([f for f, _ in matches], once):
                continue
            fb, things_b = matches[0]
            back = [(f, t) for f, t in ours if _paired(f, t, fb, things_b, refs, once)]
            if not _one_claim(back, refs[0]) and not one_span([f for f, _ in back], once):
                continue
            lefts, rights = [f for f, _ in back], [f for f, _ in matches]
            if any(ledger.judged(Side.LEFT, f) for f in lefts) or any(
                ledger.judged(Side.RIGHT, f) for f in rights
            ):
                continue
            ledger.judge("apart fact", lefts, rights)
            drafts.append(_agreement(lefts, things_a, rights, things_b))
    drafts.sort(key=lambda d: d.left[0].start)
    return drafts


Shape = tuple[object, ...]


def _by_shape(analysis: Analysis, facts: list[Fact]) -> dict[Shape, list[Fact]]:
    """The usable facts by the shape of their value: only facts of one shape can be the same
    value (a figure's bounds and unit, a date's precision)."""
    out: dict[Shape, list[Fact]] = {}
    for fact in facts:
        if _usable(fact, analysis):
            out.setdefault(_shape(fact), []).append(fact)
    return out


def _shape(fact: Fact) -> Shape:
    if fact.type is MentionType.DATE:
        if fact.date is None:
            return ("when", fact.key)
        return ("date", _precision(fact), fact.date.part, _decade(fact))
    number = fact.number
    assert number is not None
    return ("figure", number.low, number.high, number.bound, number.dimension, number.exact)


def _usable(fact: Fact, analysis: Analysis) -> bool:
    """A value stated of the story's own happening, precise enough to be one fact."""
    if fact.type not in _FIGURES and fact.type is not MentionType.DATE:
        return False
    # "last week", "in March": too loose to contradict, but one date all the same.
    if fact.type is MentionType.DATE:
        if fact.date is None and not fact.key.startswith(_RELATIVE):
            return False
    elif fact.number is None or fact.number.bound == "vague" or fact.number.high <= 0:
        return False  # "hundreds"; but "up to 1,500" states its figure
    if (fact.weak or fact.part) and not _how_often(fact, analysis):
        return False
    return not (
        fact.other_event
        or fact.generic
        or fact.family
        or fact.held
        or fact.said_on
        or fact.coming
        or fact.ahead
        or fact.ongoing
        or fact.interval
        or fact.deadline
        or is_age(fact)
    )


def _how_often(fact: Fact, analysis: Analysis) -> bool:
    """ "can be recharged up to 1,500 times": how often one thing is done, which counts the doings
    themselves ("up to 1,500 recharges"), never part of a group. Only a distinctive figure: "shot
    three times" / "three shots" may be two shooters' (findings/events/shooters.py)."""
    number = fact.number
    return (
        number is not None
        and number.high >= tuning.DISTINCTIVE_FIGURE
        and _TIMES.match(analysis.document.text, fact.end) is not None
    )


def _things(fact: Fact, analysis: Analysis) -> Things:
    """What the fact is about, each class to the word the article uses for it: the noun a figure
    counts and the word it hangs on, or the content words of a date's clause."""
    dated = fact.type is MentionType.DATE
    weight = _CLAUSE_WEIGHT if dated else _HEAD_WEIGHT
    words = [w for w, v in fact.slot.items() if v >= weight]
    if fact.counted:
        words.append(fact.counted)
    if not dated and (after := _PEOPLE_AFTER.match(analysis.document.text, fact.end)):
        words.append(after.group(1).lower())
    things: Things = {}
    for word in words:
        if (
            not word.isalpha()  # "1990" in the slot of "the 1990s"
            or word in DATE_WORDS
            or word in WEEKDAYS
            or word in GENERIC_SLOT_WORDS - {"people"}
        ):
            continue
        things.setdefault(_class(word), word)
    return things


def _class(word: str) -> str:
    folded = happening(word)
    return THING_CLASSES.get(folded, folded)


def _counted(fact: Fact, analysis_things: Things) -> set[str]:
    """The classes of the noun the figure counts (its own counted noun, or "people" after it)."""
    nouns = {fact.counted} if fact.counted else set()
    nouns |= {w for w in analysis_things.values() if w in ("people", "persons")}
    return {_class(n) for n in nouns}


def _paired(
    fa: Fact, things_a: Things, fb: Fact, things_b: Things, refs: Refs, once: frozenset[str]
) -> bool:
    """One claim: the same value of one thing (``_alike``), or a month of a year each article
    names only once or a run of days both count (``rare_values``), of no two owners."""
    if one_rare_value(fa, fb, once) and not _owned_apart(fa, fb) and not _labelled_apart(fa, fb):
        return True
    return _alike(fa, things_a, fb, things_b, refs)


def _labelled_apart(fa: Fact, fb: Fact) -> bool:
    """ "the June 2009 shooting spree" / "the June 2009 robbery": a date set before a noun names
    what it dates, and two dates set before two different things date two things, however rare
    the month ("spree" / "rampage" are one, ``lexicon/thing_classes.py``)."""
    return bool(fa.labels and fb.labels and _class(fa.labels) != _class(fb.labels))


def _alike(fa: Fact, things_a: Things, fb: Fact, things_b: Things, refs: Refs) -> bool:
    """Of one shape (``_shape``): the same value, about one thing, owned alike."""
    shared = things_a.keys() & things_b.keys()
    if not shared or _owned_apart(fa, fb) or not _same_value(fa, fb, refs):
        return False
    number = fa.number
    if number is not None and fa.date is None and number.high < tuning.DISTINCTIVE_FIGURE:
        # "two cars" / "the two vehicles": a small count only by the noun both count.
        return bool(_counted(fa, things_a) & _counted(fb, things_b) & shared)
    return True


def _same_value(fa: Fact, fb: Fact, refs: Refs) -> bool:
    if fa.key.startswith(_RELATIVE) or fb.key.startswith(_RELATIVE):
        # "last week" on two pages written weeks apart is two weeks.
        return fa.key == fb.key and _same_period(fa.key, refs)
    if fa.date is not None and fb.date is not None:
        if (
            fa.date.part != fb.date.part
            or _decade(fa) != _decade(fb)
            or _precision(fa) != _precision(fb)
        ):
            # "the early 1990s" / "the 1990s", "in 1950" / "the 1950s", "March 11, 2005" /
            # "2005": one may hold the other, but they are not the same date.
            return False
        return fa.key == fb.key or relation(fa, fb, refs) is Relation.SAME
    na, nb = fa.number, fb.number
    if na is None or nb is None or (na.low, na.high, na.bound) != (nb.low, nb.high, nb.bound):
        return False
    return na.dimension == nb.dimension and na.exact == nb.exact


def _precision(fact: Fact) -> str:
    """The finest unit the date names: a day (or a weekday), a month, or a year."""
    told = fact.date
    if told is None or told.day is not None or told.weekday is not None:
        return "day"
    return "month" if told.month is not None else "year"


def _decade(fact: Fact) -> bool:
    """ "the 1950s", "the '90s": a decade, read as its first year."""
    return _DECADE.search(fact.text) is not None


def _same_period(key: str, refs: Refs) -> bool:
    """Two pages written in the one period a relative date counts from: "last week" on a
    Wednesday and on the Thursday after is one week; "yesterday" needs the one day."""
    a, b = refs
    if a is None or b is None:
        return False
    unit = key.rsplit(" ", 1)[-1]
    if unit == "week":
        return a.isocalendar()[:2] == b.isocalendar()[:2]
    if unit == "month":
        return (a.year, a.month) == (b.year, b.month)
    if unit == "year":
        return a.year == b.year
    return a == b


def _owned_apart(fa: Fact, fb: Fact) -> bool:
    """Two named subjects, parties or peoples: "Warsaw's 1.8 million" is not "Poland's"."""
    return any(
        x and y and x != y
        for x, y in (
            (fa.subject, fb.subject),
            (fa.party, fb.party),
            (fa.population_of, fb.population_of),
            (fa.owner, fb.owner),
        )
    )


def _one_claim(facts: list[tuple[Fact, Things]], ref: date | None) -> bool:
    """One fact, or one claim its article tells again: "Four people were injured ..." and, later,
    "Four people from one family were injured" count the injured twice, and both agree with
    the other article's "Four people were shot". Facts that share only their people ("two people
    died" / "two people were arrested") are two claims, and neither is taken for the other's."""
    if not facts:
        return False
    first, things = facts[0]
    return all(
        _alike(first, things, fact, other, (ref, ref)) and (things.keys() & other.keys()) - _PEOPLE
        for fact, other in facts[1:]
    )


def _agreement(lefts: list[Fact], things_a: Things, rights: list[Fact], things_b: Things) -> Draft:
    """One agreement holding every telling of the claim on each side."""
    fa, fb = lefts[0], rights[0]
    shared = sorted(things_a.keys() & things_b.keys())
    if not shared:  # a rare value, about no thing named alike (``rare_values``)
        return Draft(
            FindingKind.AGREE,
            report_type(fa),
            lefts,
            rights,
            rare_reason(fa, fb),
            tuning.APART_FACT_CONFIDENCE,
        )
    thing = shared[0]
    word_a, word_b = things_a[thing], things_b[thing]
    about = repr(word_a) if word_a == word_b else f"{word_a!r} / {word_b!r}"
    noun = "date" if fa.type is MentionType.DATE else "figure"
    reason = (
        f"Both articles give the same {noun} for one thing ({about}), wherever each tells it: "
        f"the left {fa.text!r}, the right {fb.text!r}."
    )
    return Draft(
        FindingKind.AGREE, report_type(fa), lefts, rights, reason, tuning.APART_FACT_CONFIDENCE
    )
