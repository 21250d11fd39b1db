"""The verbose listing of bench/quotes.py: each edit that was missed or brought something new, with
the planted edit's sentence and, for every finding, the sentence around it on its side, so a reader
can tell why a finding appeared. Run it through ``python -m bench.quotes --verbose``."""

from __future__ import annotations

from collections.abc import Sequence

from bench.common import short
from desktop.core.model import Finding, Span

# Characters shown either side of a span when its sentence is quoted in the listing.
_AROUND = 90


def around(text: str, start: int, end: int, width: int = _AROUND) -> str:
    """The stretch of ``text`` around ``start..end``, cut at line ends, the span in [brackets]."""
    lo = max(text.rfind("\n", 0, start) + 1, start - width)
    hi_line = text.find("\n", end)
    hi = min(end + width, len(text) if hi_line < 0 else hi_line)
    inner = " ".join(text[start:end].split())
    return " ".join(f"{text[lo:start]}[{inner}]{text[end:hi]}".split())


def _side(label: str, text: str, spans: Sequence[Span]) -> list[str]:
    return [f"        {label}: {short(around(text, s.start, s.end), 200)}" for s in spans[:2]]


def print_case(
    kind: str,
    article: str,
    note: str,
    edit: str,
    right_ones: Sequence[Finding],
    new: Sequence[Finding],
    left_text: str,
    right_text: str,
) -> None:
    """One case of the listing: the edit, then each finding with its sentences on both sides."""
    print(f"  {kind:16} {article:14} {note}")
    print(f"      edit: {short(edit, 200)}")
    for f in [*right_ones, *new]:
        mark = "ok " if f in right_ones else "NEW"
        spans = short(" | ".join(s.text for s in f.left or f.right), 50)
        print(f"      {mark} {f.kind.value:10} {f.type.value:9} {short(f.reason, 110)} | {spans}")
        if mark == "NEW":
            print("\n".join([*_side("L", left_text, f.left), *_side("R", right_text, f.right)]))
