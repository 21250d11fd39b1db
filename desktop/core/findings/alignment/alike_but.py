"""Two sentences worded alike in every word but one replaced run: "Protesters threw two petrol
bombs at the courthouse" / "... threw nine petrol bombs ...". Such a pair tells one happening
whatever the rest of either article makes of it; a sentence with words added or dropped
("arrested four times" / "arrested three times since October") may tell another."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import Replacement
from desktop.core.extraction.extract import Token


def alike_but_for(a_tokens: Sequence[Token], b_tokens: Sequence[Token], rep: Replacement) -> bool:
    """Every word outside the replaced run is the same, in the same order, on both sides."""
    outside_a = [t.lower for t in a_tokens if not rep.left_start <= t.start < rep.left_end]
    outside_b = [t.lower for t in b_tokens if not rep.right_start <= t.start < rep.right_end]
    return outside_a == outside_b
