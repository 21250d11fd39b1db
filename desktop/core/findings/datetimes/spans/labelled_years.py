"""A happening both articles label with a year, each its own: "his deadly 2005 rampage" / "the
March 2004 rampage".

A year before a noun of a happening says which happening it is (``year_labels``). When each
article labels that noun with exactly one year, both speak of the same happening by the same
noun, wherever their sentences stand, and two different years for it contradict each other
(inside two matching sentences: ``one_labelled_happening``). An
article labelling the noun with two years ("the 2004 and 2005 floods") tells of several, and
settles nothing. Nouns that name one happening in other words ("the 1967 slayings" / "the 1966
murders") label one happening (lexicon ``SAME_HAPPENING``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.claims import Relation, relation
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.wording import value_reason
from desktop.core.lexicon.happenings import HAPPENING_NOUNS, SAME_HAPPENING
from desktop.core.model import FindingKind, Side


def labelled_year_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    refs = (left.reference_date, right.reference_date)
    mine, theirs = _labelled(left), _labelled(right)
    drafts = []
    for noun in sorted(mine.keys() & theirs.keys()):
        a_side, b_side = mine[noun], theirs[noun]
        if len({_year(f) for f in a_side}) != 1 or len({_year(f) for f in b_side}) != 1:
            continue
        if ledger.free(Side.LEFT, a_side) != a_side or ledger.free(Side.RIGHT, b_side) != b_side:
            continue
        a, b = a_side[0], b_side[0]
        if relation(a, b, refs) is not Relation.CLASH:
            continue
        ledger.judge("labelled year", a_side, b_side)
        reason = value_reason(Relation.CLASH, a, b, noun, refs)
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                report_type(a),
                a_side,
                b_side,
                reason,
                tuning.LABELLED_YEAR_CONFIDENCE,
            )
        )
    return drafts


def one_labelled_happening(a: Fact, b: Fact, mine: Sequence[Fact], theirs: Sequence[Fact]) -> bool:
    """Two years label one happening's noun in two matching sentences, each sentence giving that
    noun one year: "his deadly 2005 rampage" / "the March 2004 rampage" say which rampage, and
    are one claim however the words around them differ. "The 2004 Tony Awards" / "the 2005 Tony
    Awards" may be two shows, one each year."""
    if not a.labels or a.labels not in HAPPENING_NOUNS or _happening(a) != _happening(b):
        return False
    return all(
        len({_year(f) for f in facts if _happening(f) == _happening(a)}) == 1
        for facts in (mine, theirs)
    )


def _labelled(analysis: Analysis) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = defaultdict(list)
    for fact in analysis.facts:
        if (
            fact.date is not None
            and fact.date.year is not None
            and fact.labels in HAPPENING_NOUNS
            and not fact.weak
        ):
            out[_happening(fact)].append(fact)
    return out


def _happening(fact: Fact) -> str:
    """The happening a labelled noun names: "slaying" and "murder" name one killing."""
    return SAME_HAPPENING.get(fact.labels, fact.labels)


def _year(fact: Fact) -> int | None:
    return fact.date.year if fact.date is not None else None
