"""Figures one article bears out: the other article's figures of the same slot that some figure
of the first tells alike. Such a figure is never a clash partner: parses of "10 killed and at
least 50 injured" hang both figures on one verb, and a figure that already agrees with its own
counterpart must not be blamed for contradicting another."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import dates_compatible
from desktop.core.findings.bookkeeping.claims import (
    Relation,
    overlap,
    relation,
    specific,
    written_date,
)


def borne_out(
    facts: Iterable[Fact],
    near: Callable[[Fact], list[Fact]],
    refs: tuple[date | None, date | None],
) -> set[tuple[int, int]]:
    """The spans of the other article's figures (those ``near`` asks for) that one of ``facts``
    bears out."""
    out: set[tuple[int, int]] = set()
    for fa in facts:
        for fb in near(fa):
            if (fb.start, fb.end) in out:
                continue
            rel = relation(fa, fb, refs)
            if (
                fa.key == fb.key
                or (
                    rel in (Relation.SAME, Relation.CONSISTENT)
                    and fa.number is not None
                    and overlap(fa.slot, fb.slot) >= 0.6
                )
                # "recovering Wednesday night from Tuesday's shooting" / "in court on
                # Wednesday": a day both articles name is no evidence against the other day.
                or _same_day_written(fa, fb, refs)
            ):
                out.add((fb.start, fb.end))
    return out


def _same_day_written(fa: Fact, fb: Fact, refs: tuple[date | None, date | None]) -> bool:
    """Both name the same day at the precision both give ("Wednesday night" / "on Wednesday"),
    whatever calendar day a weekday was guessed to fall on."""
    if fa.date is None or fb.date is None or not (specific(fa) and specific(fb)):
        return False
    written = written_date(fa, refs[0]), written_date(fb, refs[1])
    if written[0] is None or written[1] is None:
        return False
    return dates_compatible(written[0], written[1]) is True
