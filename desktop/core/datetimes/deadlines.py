"""A time given as a deadline: "By 1958, her modeling days had ended", "residents were allowed
back by Saturday evening".

"By" before a time says the happening came at that time or before it, not when: "by 1958" is
true of a career ended in 1957, and "allowed back by Saturday evening" of a return on Friday
night. Only the time is read here; what it allows is judged with the other article's date
(``findings.bookkeeping.claim_dates``).
"""

from __future__ import annotations

from typing import Any


def by_a_deadline(span: Any) -> bool:
    """The time is the object of "by": the latest the happening came, not its time."""
    root = span.root
    if span[0].lower_ == "by":
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.i < span.start
