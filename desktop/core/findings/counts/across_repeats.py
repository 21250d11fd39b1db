"""The other mentions of a figure the whole-article pass agreed on, gathered the same way
whichever article stands on the left.

"Tuesday" agreed with the other article's "Tuesday", and the same article's "a bloody Tuesday"
further down whose best partner is that agreed "Tuesday": the mention joins the agreement. The
pass walks the left figures, so a left mention joined as it was walked; a right mention with the
same best partner was left out, and the journalist who swapped the articles saw one more
"Tuesday" highlighted. A right figure left free now joins the agreement its best left partner
belongs to, as a left one does. Repeats told in headline and body ("6.1" twice) join likewise,
the verdicts walked in an order that names no side (``pair_order.mirrored_walk``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import is_value, overlap
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.pair_order import mirrored_walk
from desktop.core.model import Side

# A figure repeated with this much of the anchor's slot words is the same claim told again, not
# the same value for another thing ("the magnitude 6.1 quake" / "a 6.1 magnitude"). The 0.4 the
# pass used inline in across.py, moved here unchanged (stop 57); no bench figure was tuned on it.
REPEAT_SLOT = 0.4


def join_right_mentions(
    agreed: Sequence[Draft],
    rights: Sequence[Fact],
    best_left: Callable[[Fact], tuple[float, Fact] | None],
    ledger: Ledger,
) -> None:
    """Each right figure still free whose best agreeing left partner (``best_left``, scored as
    the left figures score theirs, at ``tuning.VALUE_MATCH`` or more) stands in one of the
    pass's agreements joins that agreement, as a left figure whose best partner is agreed does."""
    by_left = {(f.start, f.end): draft for draft in agreed for f in draft.left}
    for fb in rights:
        if ledger.judged(Side.RIGHT, fb):
            continue
        best = best_left(fb)
        if best is None or best[0] < tuning.VALUE_MATCH:
            continue
        draft = by_left.get((best[1].start, best[1].end))
        if draft is not None and all((f.start, f.end) != (fb.start, fb.end) for f in draft.right):
            draft.right.append(fb)
            ledger.judge("across", right=[fb])


def extend_with_repeats(
    drafts: list[Draft], left: Analysis, right: Analysis, ledger: Ledger
) -> None:
    """A figure repeated in headline and body ("6.1" twice) belongs to the same finding."""
    walk = mirrored_walk(drafts)  # a repeat two verdicts could take: the same one either order
    for side, analysis, pick in ((Side.LEFT, left, 0), (Side.RIGHT, right, 1)):
        index: dict[str, list[Fact]] = defaultdict(list)
        for fact in analysis.facts:
            if is_value(fact):
                index[fact.key].append(fact)
        for draft in walk:
            facts = (draft.left, draft.right)[pick]
            anchor = facts[0]
            for other in index.get(anchor.key, ()):
                if ledger.judged(side, other) or other.other_event != anchor.other_event:
                    continue
                if overlap(anchor.slot, other.slot) >= REPEAT_SLOT:
                    facts.append(other)
                    ledger.judge("repeat", **{side.value: [other]})
