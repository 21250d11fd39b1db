"""A day counted from the writing ("yesterday", "last night", "this morning") set against a named
day ("Sunday night", "May 5"): told differently, not contradicted.

A relative day is resolved through the article's date, and a news page's date is often the day
it was updated or filed, not the day it was written (a story written on the night of a shooting
and stamped the next morning still says "this morning"). So a relative day that lands a day or
two off a named day does not contradict it: the finding says both, as told differently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.extract import Fact
from desktop.core.findings import tuning
from desktop.core.findings.assembly import Draft
from desktop.core.lexicon import RELATIVE_DAYS
from desktop.core.model import FindingKind, MentionType

_RELATIVE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")\b"
)
# What makes a day named rather than counted from the writing: a weekday, a month, a figure.
_NAMED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\b|\d"
)
_DAYS = frozenset({MentionType.DATE, MentionType.TIME})


def relative_only(facts: Iterable[Fact]) -> bool:
    """Every mention counts its day from the writing and none names it ("last night")."""
    texts = [f.text.lower() for f in facts]
    return bool(texts) and all(_RELATIVE.search(t) and not _NAMED.search(t) for t in texts)


def retold_days(drafts: list[Draft]) -> list[Draft]:
    """Conflicts between a relative day and a named one, turned into told-differently notes."""
    return [_retold(d) if _relative_against_named(d) else d for d in drafts]


def _relative_against_named(draft: Draft) -> bool:
    return (
        draft.kind is FindingKind.CONFLICT
        and draft.type in _DAYS
        and relative_only(draft.left) != relative_only(draft.right)
    )


def _retold(draft: Draft) -> Draft:
    left, right = draft.left[0].text, draft.right[0].text
    relative = "left" if relative_only(draft.left) else "right"
    reason = (
        f"The left says {left!r}, the right {right!r}: told differently, not contradicted. The "
        f"{relative} counts its day from when it was written, which its page's date may not give."
    )
    return Draft(
        FindingKind.AGREE, draft.type, draft.left, draft.right, reason, tuning.RELATIVE_DAY_AGREE
    )
