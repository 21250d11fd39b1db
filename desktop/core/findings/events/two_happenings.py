"""One deed told of two happenings: a conflict between days of two kinds of happening is withdrawn.

A day belongs to the happening its clause tells. "She left a rehab clinic in Newport Beach on
Thursday" / "she checked into the Betty Ford Center on Friday" date a leaving and an arrival, two
steps of one story; "arrested on Monday" / "sentenced on Friday" a taking into custody and a step
in court. Two days (dates, weekdays, times) conflict only when their clauses' deeds are of one
family (``lexicon/deed_families.py``: going in, going out, harm, custody, court). A deed of no
family, or a clause the parse does not reach, says nothing: the conflict stays. Read after every
pass has paired its values, as ``summed_parts`` is.

A count summed over several happenings ("14 rifles seized during the five operations") set only
against a count summed over as many was built too and not kept: it cost a right conflict of the
check group (docs/findings-studies.md, "Stop 54").
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.findings.bookkeeping.assembly import Draft, one_fact_conflict
from desktop.core.lexicon.deed_families import (
    CHECK_IN_PARTICLES,
    CHECK_IN_VERB,
    DEED_FAMILIES,
    ENTER_FAMILY,
)
from desktop.core.lexicon.happenings import SUBJECT_HAPPENINGS
from desktop.core.model import MentionType

_DAYS = frozenset({MentionType.DATE, MentionType.TIME})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# A day written as a noun's modifier ("the 2005 rampage", "Saturday's protests") dates the
# happening that noun names (test_years_of_one_happening's "deadly 2005 rampage" / "the March
# 2004 rampage": both a rampage, though one hangs on "sentences for" and one on "murder for").
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
# How far up the parse a value's words reach the deed they date: "on Thursday" -> "exit" in "her
# quick exit from Morningside Recovery in Newport Beach, Calif. on Thursday" is seven steps (the
# parser hangs the day on the last place named). The walk stops at the first verb anyway.
_MAX_STEPS = 8
# Labels above which another statement stands: the walk stops there.
_CLAUSE_LABELS = frozenset({"ccomp", "parataxis", "relcl"})
# How many words either side of a token its children are looked for in (a sentence's reach).
_CHILD_REACH = 40


def without_two_happenings(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but conflicts whose two values are told of two happenings."""
    return [d for d in drafts if not _two_happenings(d, left, right)]


def _two_happenings(draft: Draft, left: Analysis, right: Analysis) -> bool:
    pair = one_fact_conflict(draft)
    if pair is None:
        return False
    fa, fb = pair
    if fa.type not in _DAYS or fb.type not in _DAYS:
        return False
    families = (deed_family(left, fa), deed_family(right, fb))
    return "" not in families and families[0] != families[1]


def deed_family(analysis: Analysis, fact: Fact) -> str:
    """The family of the deed the value's clause tells ("leave" for "left ... on Thursday"), or
    "" when the first verb it hangs on names none or the parse gives nothing."""
    token = deed_token(analysis, fact)
    return "" if token is None else family_of(analysis, token)


def deed_token(analysis: Analysis, fact: Fact) -> int | None:
    """The token of the deed the words hang on: the first verb up the parse, or a noun naming a
    deed on the way; None when a clause boundary, a happening noun or the parse's end comes
    first, or the words label a noun ("his deadly 2005 rampage")."""
    parse = analysis.clause_parse
    head = None if parse is None else parse.head_of(fact.start, fact.end)
    if parse is None or head is None:
        return None
    if parse.labels[head] in _NOUN_MODIFIERS and parse.tags[parse.heads[head]] in _NOUNS:
        return None  # "his deadly 2005 rampage": the year labels the noun's happening, not a deed
    return deed_token_from(analysis, head)


def deed_token_from(analysis: Analysis, head: int) -> int | None:
    """The deed token above ``head`` (``deed_token``'s walk from a token)."""
    parse = analysis.clause_parse
    if parse is None:
        return None
    current = head
    for _ in range(_MAX_STEPS):
        if parse.labels[current] in _CLAUSE_LABELS or parse.heads[current] == current:
            return None
        current = parse.heads[current]
        if parse.lemmas[current].lower() in SUBJECT_HAPPENINGS:
            return None  # "sentenced for the rampage of March 2004": the day dates the rampage
        if _family(analysis, parse, current) or parse.tags[current] in _VERBS:
            return current
    return None


def family_of(analysis: Analysis, token: int) -> str:
    """The family of the deed at ``token``, "" for none."""
    parse = analysis.clause_parse
    return "" if parse is None else _family(analysis, parse, token)


def _family(analysis: Analysis, parse: ClauseParse, token: int) -> str:
    lemma = parse.lemmas[token].lower()
    if lemma == CHECK_IN_VERB:
        words = {_text(analysis, parse, c).lower() for c in _children(parse, token)}
        return ENTER_FAMILY if words & CHECK_IN_PARTICLES else ""
    return DEED_FAMILIES.get(lemma, "")


def _children(parse: ClauseParse, token: int) -> list[int]:
    reach = range(max(0, token - _CHILD_REACH), min(len(parse.heads), token + _CHILD_REACH))
    return [c for c in reach if parse.heads[c] == token and c != token]


def _text(analysis: Analysis, parse: ClauseParse, token: int) -> str:
    return analysis.document.text[parse.starts[token] : parse.ends[token]]
