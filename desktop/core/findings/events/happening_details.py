"""One deed told of two happenings that its details tell apart: the conflict is withdrawn.

Stop 54 withdrew two days of two kinds of deed (a leaving against an arrival). Two values of one
kind of deed may still belong to two happenings, and a linguist tells them by the deed's other
arguments: "checked into Promises on Thursday" / "checked into the Betty Ford Center on Friday"
name two institutions of one kind, so two check-ins, and the two days date one each. Two
readings, both only where both deeds are of one family (``lexicon/deed_families.py``) or one
verb:

1. *Two institutions.* Each value's deed names an institution or a named occasion
   (organisation, named event) among its arguments, and no name of one deed is a name of the
   other ("Promises" / "Betty Ford Center"; "Betty Ford clinic" / "the Betty Ford Center" share
   their name words and are one). Places are not read this way: "in Rancho Mirage" / "in
   California" are one place told at two precisions.
2. *The other's happening told beside it.* One side's value hangs on a deed that names nothing
   the other side's deed names, while its own sentence tells, on another deed of the same family,
   what the other side's value dates ("less than an hour after checking in on Thursday, she
   admitted herself to the Betty Ford Center" / "checked into Betty Ford Center on Friday"):
   the sentence tells two happenings, and the value belongs to the one the other article does not
   date.

A deed with no names of its own on both sides says nothing: "checked into rehab on Thursday"
names no institution, and the conflict stays (a side without details keeps it). Days and counts
only; read after every pass has paired its values, beside ``two_happenings``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.facts import VALUE_TYPES
from desktop.core.findings.bookkeeping.assembly import Draft, one_fact_conflict
from desktop.core.findings.events.two_happenings import deed_token, deed_token_from, family_of
from desktop.core.lexicon.deed_families import DETAIL_NAME_FILLERS
from desktop.core.model import MentionType

_VALUES = VALUE_TYPES | {MentionType.DATE, MentionType.TIME}
# Names that set one happening apart from another of its kind when they differ: the institution
# a deed is done at or to, a named occasion. Places are left out (one place at two precisions).
_SETTING_APART = frozenset({MentionType.ORGANISATION, MentionType.EVENT})
# Names that tell which happening a deed is, when the same name stands on both sides.
_DETAILS = frozenset({MentionType.ORGANISATION, MentionType.EVENT, MentionType.PLACE})
# A name sets a happening apart as the deed's setting or its object ("into Harbor House", "at
# the Kraft plant", "watched the 2011 Academy Awards"), never as its doer: "INS Tabar arrested
# 12" / "the Indian Navy arrested 23" may be one arrest told of a ship and of its navy.
_SETTING_LABELS = frozenset({"pobj", "dobj", "obj"})
# A count labelling the noun it counts ("38 million viewers"): its deed is that noun's.
_COUNT_LABELS = frozenset({"nummod", "quantmod"})
_YEAR_BEFORE = re.compile(r"\b(1[89]\d\d|20\d\d)(?:'s)?\s+$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def without_detailed_happenings(
    drafts: list[Draft], left: Analysis, right: Analysis
) -> list[Draft]:
    """The drafts but conflicts whose two values are told of two happenings by their details."""
    return [d for d in drafts if not _told_apart(d, left, right)]


def _told_apart(draft: Draft, left: Analysis, right: Analysis) -> bool:
    pair = one_fact_conflict(draft)
    if pair is None:
        return False
    fa, fb = pair
    if fa.type not in _VALUES or fb.type not in _VALUES:
        return False
    a, b = _Deed.of(left, fa), _Deed.of(right, fb)
    if a is None or b is None or not a.same_kind(b):
        return False
    if _two_institutions(a, b):
        return True
    return _told_beside(a, b) or _told_beside(b, a)


class _Deed:
    """The deed a value hangs on, with the names among its arguments."""

    def __init__(self, analysis: Analysis, value: Fact, token: int) -> None:
        self.analysis = analysis
        self.value = value
        self.token = token
        self.family = family_of(analysis, token)
        self.lemma = _lemma(analysis, token)
        self.names = _names_of(analysis, value, token)

    @classmethod
    def of(cls, analysis: Analysis, value: Fact) -> _Deed | None:
        token = deed_token(analysis, value)
        if token is None and value.type not in (MentionType.DATE, MentionType.TIME):
            token = _counted_deed(analysis, value)
        return None if token is None else cls(analysis, value, token)

    def same_kind(self, other: _Deed) -> bool:
        if self.family or other.family:
            return self.family == other.family
        return self.lemma == other.lemma

    def others_in_sentence(self) -> list[tuple[str, list[Fact]]]:
        """The other deeds of the value's sentence that name something: (family, names)."""
        found: dict[int, list[Fact]] = {}
        for fact in _sentence_names(self.analysis, self.value):
            token = deed_token(self.analysis, fact)
            if token is not None and token != self.token:
                found.setdefault(token, []).append(fact)
        return [(family_of(self.analysis, t), names) for t, names in found.items()]


def _two_institutions(a: _Deed, b: _Deed) -> bool:
    if any(_two_occasions(x, y) for x in a.names for y in b.names):
        return True
    kinds_a = {f.type for f in a.names} & _SETTING_APART
    kinds_b = {f.type for f in b.names} & _SETTING_APART
    if not kinds_a & kinds_b:
        return False
    return not any(_one_name(x, y) for x in a.names for y in b.names)


def _told_beside(mine: _Deed, theirs: _Deed) -> bool:
    """My value's deed names none of theirs, but another deed of my sentence, of their deed's
    family, names what theirs does: my sentence tells their happening apart from my value's."""
    if not theirs.names or not theirs.family:
        return False
    if any(_one_name(x, y) for x in mine.names for y in theirs.names):
        return False
    return any(
        family == theirs.family and any(_one_name(x, y) for x in names for y in theirs.names)
        for family, names in mine.others_in_sentence()
    )


def _sentence_names(analysis: Analysis, value: Fact) -> list[Fact]:
    return [
        _with_year(analysis, f)
        for f in analysis.facts
        if f.sentence == value.sentence
        and f.type in _DETAILS
        and f is not value
        and _a_setting(analysis, f)
    ]


def _with_year(analysis: Analysis, name: Fact) -> Fact:
    """The name with the year written just before it, which the tagger often leaves out of
    it ("the 2010 Academy Awards"): the year tells which occasion of a series it is."""
    before = _YEAR_BEFORE.search(analysis.document.text, max(0, name.start - 8), name.start)
    return replace(name, text=f"{before.group(1)} {name.text}") if before else name


def _a_setting(analysis: Analysis, name: Fact) -> bool:
    parse = analysis.clause_parse
    head = None if parse is None else parse.head_of(name.start, name.end)
    return parse is not None and head is not None and parse.labels[head] in _SETTING_LABELS


def _names_of(analysis: Analysis, value: Fact, token: int) -> list[Fact]:
    return [f for f in _sentence_names(analysis, value) if deed_token(analysis, f) == token]


def _counted_deed(analysis: Analysis, value: Fact) -> int | None:
    """The deed of the noun a count labels: "38 million viewers watched" -> "watched"."""
    parse = analysis.clause_parse
    head = None if parse is None else parse.head_of(value.start, value.end)
    if parse is None or head is None or parse.labels[head] not in _COUNT_LABELS:
        return None
    return deed_token_from(analysis, parse.heads[head])


def _one_name(x: Fact, y: Fact) -> bool:
    """Two names of one institution or place: one key, or a name word in common beyond the
    words any institution's name may hold ("the Betty Ford clinic" / "Betty Ford Center")."""
    years = (set(_YEAR.findall(x.text)), set(_YEAR.findall(y.text)))
    if all(years) and not years[0] & years[1]:
        return False  # "the 2011 Academy Awards" / "the 2010 Academy Awards": two occasions
    if x.key and x.key == y.key:
        return True
    return bool(_name_words(x.text) & _name_words(y.text))


def _two_occasions(x: Fact, y: Fact) -> bool:
    """One series' name with two years: "the 2011 Academy Awards" / "the 2010 Academy Awards"."""
    years = (set(_YEAR.findall(x.text)), set(_YEAR.findall(y.text)))
    shared = _name_words(x.text) & _name_words(y.text)
    return all(years) and not years[0] & years[1] and bool(shared - years[0] - years[1])


def _name_words(text: str) -> set[str]:
    words = {w.strip(".,'’\"()").lower() for w in text.split()}
    return {w for w in words if len(w) > 1 and w not in DETAIL_NAME_FILLERS}


def _lemma(analysis: Analysis, token: int) -> str:
    parse = analysis.clause_parse
    return "" if parse is None else parse.lemmas[token].lower()
